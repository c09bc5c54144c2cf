using Analytics.Tests.Infrastructure;

namespace Analytics.Tests.EndToEnd;

/// <summary>The stub's fault plan: changed by the dashboard commands while it runs, reproducible with a seed.</summary>
[Collection(ResilienceCollection.Name)]
public sealed class StubFaultPlanTests(ResilienceAppFixture app)
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

    [Fact]
    public async Task A_seed_repeats_the_same_faults_in_the_same_order()
    {
        try
        {
            var first = await DrawAsync();
            var second = await DrawAsync();

            Assert.Equal(first, second);
            Assert.Contains(HttpStatusCode.OK, first);
            Assert.Contains(HttpStatusCode.ServiceUnavailable, first);
        }
        finally
        {
            await app.ResetAsync();
        }
    }

    /// <summary>Applies a seeded plan (which restarts its draws) and records what 20 data requests get.</summary>
    private async Task<List<HttpStatusCode>> DrawAsync()
    {
        await app.SetFaultsAsync(new { failure_rate = 0.5, kinds = new[] { "server_error", "unavailable" }, seed = 7 });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            using var response = await app.Stub.GetAsync("/data?type=cpu_usage");
            statuses.Add(response.StatusCode);
        }

        return statuses;
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
