using Analytics.Tests.Infrastructure;

namespace Analytics.Tests.Standalone;

/// <summary>A fault setting out of range stops the stub at start with a message that names it.</summary>
public sealed class StubSettingsValidationTests
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData("EXTERNAL_SERVICE_FAILURE_RATE", "1.5")]
    [InlineData("EXTERNAL_SERVICE_FAILURE_RATE", "-0.1")]
    [InlineData("EXTERNAL_SERVICE_FAULT_KINDS", "server_error,meteor")]
    [InlineData("EXTERNAL_SERVICE_LATENCY_MS", "-1")]
    public async Task Stub_refuses_to_start_naming_the_bad_setting(string setting, string value)
    {
        await using var stub = ApiProcess.Start(new Dictionary<string, string> { [setting] = value }, Repository.StubAssembly);

        var exitCode = await stub.WaitForExitAsync(ExitTimeout);

        Assert.NotNull(exitCode);
        Assert.NotEqual(0, exitCode);
        Assert.Contains(setting, stub.Output);
    }
}
