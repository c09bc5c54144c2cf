using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Analytics.Api.Metrics.Storage;

/// <summary>
/// Writes metrics to Redis before they are acknowledged: one round trip per write, whatever is stored
/// already. On a single server the whole write is one script call, atomic, sent by its SHA1 once the
/// server knows it; on a cluster each type's script is atomic in its own slot, and the list of all
/// received metrics, in a slot of its own, follows in the same pipeline.
/// </summary>
internal sealed class MetricStore(IConnectionMultiplexer redis, IOptions<MetricsOptions> options, TimeProvider time)
{
    private bool? _isCluster;

    public async Task WriteAsync(IReadOnlyList<Metric> metrics)
    {
        var nowMs = time.GetUtcNow().ToUnixTimeMilliseconds();
        var retention = options.Value.Retention;
        var db = redis.GetDatabase();

        // Each metric is encoded once, for its type's list of received metrics and for the list of all.
        var received = new RedisValue[metrics.Count];
        for (var i = 0; i < metrics.Count; i++)
        {
            received[i] = StoredValues.ReceivedMetric(metrics[i]);
        }

        var types = ByType(metrics, received);
        if (!IsCluster())
        {
            var (keys, args) = IngestPlan.For(types, received, retention, nowMs);
            // StackExchange.Redis loads the script once, then sends its SHA1; when a server lost its scripts
            // (restart, SCRIPT FLUSH) it answers NOSCRIPT without running anything, and the client loads
            // the script again and resends the call (ScriptCacheTests).
            await db.ScriptEvaluateAsync(IngestScript.Source, keys, args);
            return;
        }

        // Not an IBatch: a script that meets NOSCRIPT is resent by the client, and a resend from inside a
        // batch that was already executed would never be sent. The multiplexer pipelines these calls anyway.
        var pending = types
            .Select(type => IngestPlan.For([type], allReceived: null, retention, nowMs))
            .Select(plan => (Task)db.ScriptEvaluateAsync(IngestScript.Source, plan.Keys, plan.Args))
            .ToList();
        pending.Add(db.ListRightPushAsync(MetricKeys.RecentAll, received));
        pending.Add(db.ListTrimAsync(MetricKeys.RecentAll, -IngestPlan.RecentCap, -1));
        await Task.WhenAll(pending);
    }

    /// <summary>The metrics grouped by type, in order; one type (the usual write) costs no grouping.</summary>
    private static List<IngestPlan.TypeWrite> ByType(IReadOnlyList<Metric> metrics, RedisValue[] received)
    {
        var first = metrics[0].Type;
        if (metrics.All(m => string.Equals(m.Type, first, StringComparison.Ordinal)))
        {
            return [new IngestPlan.TypeWrite(first, metrics, received)];
        }

        return [.. Enumerable.Range(0, metrics.Count)
            .GroupBy(i => metrics[i].Type, StringComparer.Ordinal)
            .Select(group => new IngestPlan.TypeWrite(group.Key, [.. group.Select(i => metrics[i])], [.. group.Select(i => received[i])]))];
    }

    // A server does not turn into a cluster: asked until the first answer from a connected server.
    private bool IsCluster()
    {
        if (_isCluster is { } known)
        {
            return known;
        }

        var isCluster = redis.GetServers().Any(server => server.ServerType == ServerType.Cluster);
        if (redis.IsConnected)
        {
            _isCluster = isCluster;
        }

        return isCluster;
    }
}
