using Analytics.Tests.Infrastructure;

namespace Analytics.Tests.Standalone;

/// <summary>A setting out of range stops the API at start with a message that names it.</summary>
public sealed class SettingsValidationTests
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData("CACHE_TTL_SECONDS", "0")]
    [InlineData("RATE_LIMIT_REQUESTS", "-1")]
    [InlineData("RATE_LIMIT_WINDOW_SECONDS", "0")]
    [InlineData("CIRCUIT_BREAKER_FAILURE_THRESHOLD", "1")]
    [InlineData("CIRCUIT_BREAKER_RESET_TIMEOUT", "0.1")]
    [InlineData("EXTERNAL_SERVICE_TIMEOUT", "0")]
    [InlineData("CACHE_TTL_SECONDS", "soon")]
    public async Task Api_refuses_to_start_naming_the_bad_setting(string setting, string value)
    {
        await using var api = ApiProcess.Start(new Dictionary<string, string>
        {
            ["ConnectionStrings__cache"] = $"127.0.0.1:{ApiProcess.FreeLoopbackPort()}",
            [setting] = value,
        });

        var exitCode = await api.WaitForExitAsync(ExitTimeout);

        Assert.NotNull(exitCode);
        Assert.NotEqual(0, exitCode);
        Assert.Contains(setting, api.Output);
    }
}
