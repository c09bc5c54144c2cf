using Analytics.Tests.Infrastructure;
using Aspire.Hosting.ApplicationModel;
using StackExchange.Redis;

namespace Analytics.Tests.EndToEnd;

/// <summary>The zero-install backend: Garnet embedded in the AppHost serves the API.</summary>
[Collection(GarnetCollection.Name)]
public sealed class GarnetModeTests(GarnetAppFixture app)
{
    [Fact]
    public async Task Api_is_healthy_on_garnet()
    {
        using var body = JsonDocument.Parse(await app.Api.GetStringAsync("/health"));

        Assert.Equal("healthy", body.RootElement.GetProperty("status").GetString());
        Assert.True(body.RootElement.GetProperty("redis_connected").GetBoolean());
    }

    [Fact]
    public void Cache_server_is_the_embedded_garnet()
    {
        Assert.IsType<GarnetServerResource>(app.Resource("cache-server"));
    }

    [Fact]
    public async Task Garnet_runs_lua_scripts_and_keeps_hashes()
    {
        await using var redis = await app.ConnectRedisAsync();
        var db = redis.GetDatabase();
        var key = $"{{garnet-test}}:{Guid.NewGuid():N}";

        await db.HashSetAsync(key, "count", 1);
        var result = await db.ScriptEvaluateAsync(
            "return redis.call('HINCRBY', KEYS[1], 'count', ARGV[1])", [key], [41]);

        Assert.Equal(42, (long)result);
    }

    [Fact]
    public async Task Metrics_store_and_summarise_on_garnet()
    {
        var type = MetricsClient.UniqueType("garnet");
        var now = DateTime.UtcNow;
        await app.Api.PostBatchCreatedAsync([(now.AddMinutes(-5), 10, type), (now.AddHours(-3), 20, type), (now.AddDays(-2), 30, type)]);

        await app.Api.PostMetricCreatedAsync(now.AddSeconds(-1), 40.25, type);

        var all = await app.Api.SummaryAsync(type, "all");
        var daily = await app.Api.SummaryAsync(type, "daily");
        var hourly = await app.Api.SummaryAsync(type, "hourly");
        Assert.Equal(4, all.GetProperty("count").GetInt64());
        Assert.Equal(25.0625, all.GetProperty("average_value").GetDouble(), 9);
        Assert.Equal(3, daily.GetProperty("count").GetInt64());
        Assert.Equal(2, hourly.GetProperty("count").GetInt64());
        Assert.Equal(10, hourly.GetProperty("min_value").GetDouble());
        Assert.Equal(40.25, hourly.GetProperty("latest_value").GetDouble());
        Assert.Equal(4, (await app.Api.GetFromJsonAsync<JsonElement>($"/api/metrics/list?type={type}")).GetArrayLength());
    }
}
