using Analytics.Tests.Infrastructure;

namespace Analytics.Tests.EndToEnd;

/// <summary>The stub's dashboard commands change its fault plan while it runs.</summary>
[Collection(ResilienceCollection.Name)]
public sealed class FaultCommandsTests(ResilienceAppFixture app)
{
    [Fact]
    public async Task Fail_all_healthy_and_reset_commands_change_the_stub_fault_plan()
    {
        try
        {
            await RunAsync("fail-all");
            Assert.Equal(1.0, await FailureRateAsync());

            await RunAsync("healthy");
            Assert.Equal(0.0, await FailureRateAsync());

            await app.SetFaultsAsync(new { failure_rate = 0.5 });
            await RunAsync("reset-faults");
            Assert.Equal(0.0, await FailureRateAsync());
        }
        finally
        {
            await app.ResetAsync();
        }
    }

    private async Task RunAsync(string command)
    {
        using var timeout = new CancellationTokenSource(TestTimeouts.Request);
        var result = await app.App.ResourceCommands.ExecuteCommandAsync(app.Resource("stub"), command, timeout.Token)
            .WaitAsync(timeout.Token);
        Assert.True(result.Success, $"{command}: {result.Message}");
    }

    private async Task<double> FailureRateAsync()
    {
        using var plan = JsonDocument.Parse(await app.Stub.GetStringAsync("/faults"));
        return plan.RootElement.GetProperty("failure_rate").GetDouble();
    }
}
