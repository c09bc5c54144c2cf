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
        var received = metrics.Select(m => (RedisValue)StoredValues.ReceivedMetric(m)).ToArray();
        var pending = new List<Task>();
        foreach (var group in Enumerable.Range(0, metrics.Count).GroupBy(i => metrics[i].Type, StringComparer.Ordinal))
        {
            var indices = group.ToArray();
            var (keys, args) = IngestPlan.For(
                group.Key, [.. indices.Select(i => metrics[i])], [.. indices.Select(i => received[i])], options.Value.Retention, nowMs);
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

    private bool IsCluster() => redis.GetServers().Any(server => server.ServerType == ServerType.Cluster);
}
