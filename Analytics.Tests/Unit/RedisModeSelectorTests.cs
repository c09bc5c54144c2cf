using Analytics.AppHost.Redis;

namespace Analytics.Tests.Unit;

public sealed class RedisModeSelectorTests
{
    [Theory]
    [InlineData(null, RedisMode.Auto)]
    [InlineData("", RedisMode.Auto)]
    [InlineData("auto", RedisMode.Auto)]
    [InlineData("Local", RedisMode.Local)]
    [InlineData("GARNET", RedisMode.Garnet)]
    [InlineData("container", RedisMode.Container)]
    [InlineData("external", RedisMode.External)]
    public void Parses_every_mode_case_insensitively(string? setting, RedisMode expected)
    {
        Assert.Equal(expected, RedisModeSelector.Parse(setting));
    }

    [Theory]
    [InlineData("docker")]
    [InlineData("7")]
    public void Rejects_an_unknown_mode_naming_the_setting(string setting)
    {
        var error = Assert.Throws<InvalidOperationException>(() => RedisModeSelector.Parse(setting));

        Assert.Contains("Redis:Mode", error.Message);
    }

    [Theory]
    [InlineData(RedisMode.Local)]
    [InlineData(RedisMode.Garnet)]
    [InlineData(RedisMode.External)]
    public void An_explicit_mode_is_kept_as_set(RedisMode mode)
    {
        Assert.Equal(mode, RedisModeSelector.Resolve(mode).Mode);
    }

    [Fact]
    public void Auto_prefers_a_container_engine_that_answers()
    {
        Assert.Equal(RedisMode.Container, RedisModeSelector.Choose("docker", "/usr/bin/redis-server").Mode);
    }

    [Fact]
    public void Auto_runs_redis_server_when_no_container_engine_answers()
    {
        Assert.Equal(RedisMode.Local, RedisModeSelector.Choose(null, "/usr/bin/redis-server").Mode);
    }

    [Fact]
    public void Auto_falls_back_to_embedded_garnet_on_a_bare_machine()
    {
        Assert.Equal(RedisMode.Garnet, RedisModeSelector.Choose(null, null).Mode);
    }
}
