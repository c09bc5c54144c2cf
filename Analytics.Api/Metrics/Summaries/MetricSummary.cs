namespace Analytics.Api.Metrics.Summaries;

/// <summary>The body of <c>GET /api/metrics/summary</c>. Every number is 0 when no metric matches.</summary>
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
    double P99Value);
