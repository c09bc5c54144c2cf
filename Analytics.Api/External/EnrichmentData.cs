namespace Analytics.Api.External;

/// <summary>What the external service knows about a metric type (its <c>GET /data?type=</c> body).</summary>
internal sealed record EnrichmentData(string Type, string Unit, string Description, DateTime GeneratedAt);
