using Analytics.Tests.Infrastructure;
using StackExchange.Redis;

namespace Analytics.Tests.EndToEnd.Metrics;

/// <summary>The API sends its scripts by SHA1; a Redis that lost them (restart, SCRIPT FLUSH) must not fail a write.</summary>
[Collection(AppCollection.Name)]
public sealed class ScriptCacheTests(DefaultAppFixture app)
{
    [Fact]
    public async Task Ingestion_and_summaries_work_after_redis_flushes_its_scripts()
    {
        await using var redis = await app.ConnectRedisAsync(allowAdmin: true);
        var type = MetricsClient.UniqueType("flush");
        await app.Api.PostMetricCreatedAsync(DateTime.UtcNow, 1, type);

        await app.Api.SummaryAsync(type);

        // A NOSCRIPT makes the client forget every script of that server, so each flush is met first by
        // the call under test: a write after the first, a summary after the second.
        await FlushScriptsAsync(redis);
        await app.Api.PostMetricCreatedAsync(DateTime.UtcNow, 2, type);

        await app.Api.PostBatchCreatedAsync([(DateTime.UtcNow, 3, type)]);

        await app.Api.SummaryAsync(type);
        await FlushScriptsAsync(redis);

        var summary = await app.Api.SummaryAsync(type);
        Assert.Equal(3, summary.GetProperty("count").GetInt64());
        Assert.Equal(3.0, summary.GetProperty("max_value").GetDouble());
    }

    private static async Task FlushScriptsAsync(ConnectionMultiplexer redis)
    {
        foreach (var server in redis.GetServers())
        {
            await server.ScriptFlushAsync();
        }
    }
}
