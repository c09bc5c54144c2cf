namespace Analytics.Api.Metrics.Listing;

/// <summary>An item of <c>GET /api/metrics/list</c>.</summary>
internal sealed record MetricView(string Id, DateTime Timestamp, double Value, string Type)
{
    public static MetricView From(Metric metric) => new(metric.Id, metric.Timestamp, metric.Value, metric.Type);
}
