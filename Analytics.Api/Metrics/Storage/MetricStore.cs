using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Analytics.Api.Metrics.Storage;

/// <summary>
/// Writes metrics to Redis before they are acknowledged: one round trip per request, whatever is
/// stored already. On a single server the whole request is one MULTI/EXEC (all or nothing); on a
/// cluster each type's script is atomic in its own slot.
/// </summary>
internal sealed class MetricStore(IConnectionMultiplexer redis, IOptions<MetricsOptions> options, TimeProvider time)
{
    public async Task WriteAsync(IReadOnlyList<Metric> metrics)
    {
        var nowMs = time.GetUtcNow().ToUnixTimeMilliseconds();
        var db = redis.GetDatabase();
        var isCluster = IsCluster();
        IBatch commands = isCluster ? db.CreateBatch() : db.CreateTransaction();

        // Each metric is encoded once, for its type's list of received metrics and for the list of all.
        var received = new RedisValue[metrics.Count];
        for (var i = 0; i < metrics.Count; i++)
        {
            received[i] = StoredValues.ReceivedMetric(metrics[i]);
        }

        var pending = new List<Task>();
        foreach (var (type, ofType, receivedOfType) in ByType(metrics, received))
        {
            var (keys, args) = IngestPlan.For(type, ofType, receivedOfType, options.Value.Retention, nowMs);
            pending.Add(commands.ScriptEvaluateAsync(IngestScript.Source, keys, args));
        }

        pending.Add(commands.ListRightPushAsync(MetricKeys.RecentAll, received));
        pending.Add(commands.ListTrimAsync(MetricKeys.RecentAll, -IngestPlan.RecentCap, -1));

        if (commands is ITransaction transaction)
        {
            if (!await transaction.ExecuteAsync())
            {
                throw new RedisException("The metrics transaction was not applied.");
            }
        }
        else
        {
            commands.Execute();
        }

        await Task.WhenAll(pending);
    }

    /// <summary>The metrics grouped by type, in order; one type (the usual write) costs no grouping.</summary>
    private static IEnumerable<(string Type, IReadOnlyList<Metric> Metrics, IReadOnlyList<RedisValue> Received)> ByType(
        IReadOnlyList<Metric> metrics, RedisValue[] received)
    {
        var first = metrics[0].Type;
        if (metrics.All(m => string.Equals(m.Type, first, StringComparison.Ordinal)))
        {
            return [(first, metrics, received)];
        }

        return Enumerable.Range(0, metrics.Count)
            .GroupBy(i => metrics[i].Type, StringComparer.Ordinal)
            .Select(group => (group.Key, (IReadOnlyList<Metric>)[.. group.Select(i => metrics[i])],
                (IReadOnlyList<RedisValue>)[.. group.Select(i => received[i])]));
    }

    private bool IsCluster() => redis.GetServers().Any(server => server.ServerType == ServerType.Cluster);
}
