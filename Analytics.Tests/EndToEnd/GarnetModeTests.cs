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
        await using var redis = await ConnectionMultiplexer.ConnectAsync(await app.RedisConnectionStringAsync());
        var db = redis.GetDatabase();
        var key = $"{{garnet-test}}:{Guid.NewGuid():N}";

        await db.HashSetAsync(key, "count", 1);
        var result = await db.ScriptEvaluateAsync(
            "return redis.call('HINCRBY', KEYS[1], 'count', ARGV[1])", [key], [41]);

        Assert.Equal(42, (long)result);
    }
}
