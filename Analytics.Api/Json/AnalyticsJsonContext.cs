using System.Text.Json.Serialization;
using Analytics.Api.External;
using Analytics.Api.Health;
using Analytics.Api.Metrics.Ingestion;
using Analytics.Api.Metrics.Listing;
using Analytics.Api.Metrics.Summaries;
using Analytics.Api.Resilience;
using Analytics.Api.Root;

namespace Analytics.Api.Json;

/// <summary>Every body the API reads or writes, serialized without reflection (Native AOT).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ServiceInfo))]
[JsonSerializable(typeof(ServiceHealth))]
[JsonSerializable(typeof(MetricRequest))]
[JsonSerializable(typeof(MetricRequest[]))]
[JsonSerializable(typeof(MetricReceived))]
[JsonSerializable(typeof(BatchAccepted))]
[JsonSerializable(typeof(MetricSummary))]
[JsonSerializable(typeof(MetricView[]))]
[JsonSerializable(typeof(EnrichmentData))]
[JsonSerializable(typeof(ExternalSuccess))]
[JsonSerializable(typeof(ExternalFallback))]
[JsonSerializable(typeof(CircuitBreakerStatus))]
internal sealed partial class AnalyticsJsonContext : JsonSerializerContext;
