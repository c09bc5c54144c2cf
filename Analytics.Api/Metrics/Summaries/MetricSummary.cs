using Analytics.Api.External;

namespace Analytics.Api.Metrics.Summaries;

/// <summary>
/// The body of <c>GET /api/metrics/summary</c>. Every number is 0 when no metric matches.
/// <c>enrichment</c> is the external service's data about the type, null when it did not answer in time.
/// </summary>
internal sealed record MetricSummary(
    string Type,
    string Period,
    DateTime? PeriodStart,
    long Count,
    double AverageValue,
    double MinValue,
    double MaxValue,
    double LatestValue,
    double P50Value,
    double P95Value,
    double P99Value)
{
    public EnrichmentData? Enrichment { get; init; }
}
