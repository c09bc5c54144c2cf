using Analytics.Api.Metrics.Storage;
using StackExchange.Redis;

namespace Analytics.Api.Metrics.Listing;

/// <summary>The last metrics received (of one type, or of all), oldest first.</summary>
internal sealed class RecentMetricsReader(IConnectionMultiplexer redis)
{
    public const int MaxLimit = IngestPlan.RecentCap;

    public async Task<IReadOnlyList<Metric>> ReadAsync(string? type, int limit)
    {
        var key = type is null ? MetricKeys.RecentAll : MetricKeys.RecentOfType(type);
        var entries = await redis.GetDatabase().ListRangeAsync(key, -limit, -1);
        return [.. entries.Select(entry => StoredValues.ParseReceivedMetric(entry!))];
    }
}
