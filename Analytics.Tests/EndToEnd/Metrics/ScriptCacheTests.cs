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
        var options = ConfigurationOptions.Parse(await app.RedisConnectionStringAsync());
        options.AllowAdmin = true;
        await using var redis = await ConnectionMultiplexer.ConnectAsync(options);
        var type = MetricsClient.UniqueType("flush");
        using (var before = await app.Api.PostMetricAsync(DateTime.UtcNow, 1, type))
        {
            Assert.Equal(HttpStatusCode.Created, before.StatusCode);
        }

        await app.Api.SummaryAsync(type);

        foreach (var server in redis.GetServers())
        {
            await server.ScriptFlushAsync();
        }

        await app.Api.SummaryAsync(type); // the first script after the flush is a summary's

        foreach (var server in redis.GetServers())
        {
            await server.ScriptFlushAsync();
        }

        using (var after = await app.Api.PostMetricAsync(DateTime.UtcNow, 2, type))
        {
            Assert.Equal(HttpStatusCode.Created, after.StatusCode);
        }

        using var batch = await app.Api.PostBatchAsync([(DateTime.UtcNow, 3, type)]);
        Assert.Equal(HttpStatusCode.Created, batch.StatusCode);
        var summary = await app.Api.SummaryAsync(type);
        Assert.Equal(3, summary.GetProperty("count").GetInt64());
        Assert.Equal(6.0, summary.GetProperty("average_value").GetDouble() * 3);
    }
}
