using System.Diagnostics;

namespace Analytics.Tests.Infrastructure;

/// <summary>
/// The app with a breaker and timeouts short enough for tests (opens after 3 failed attempts in 1 s, probes after
/// 2 s, 0.5 s per attempt), a stub that does not fail until told to, and the calls the resilience tests make.
/// </summary>
public sealed class ResilienceAppFixture : AnalyticsAppFixture
{
    public const int FailureThreshold = 3;
    public static readonly TimeSpan ResetTimeout = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(0.5);
    public static readonly TimeSpan SamplingWindow = TimeSpan.FromSeconds(1);

    /// <summary>Long enough for the breaker to recover from whatever a previous test left: a probe, then a close.</summary>
    private static readonly TimeSpan RecoveryTimeout = TimeSpan.FromSeconds(15);

    protected override IEnumerable<string> Settings =>
    [
        $"CIRCUIT_BREAKER_FAILURE_THRESHOLD={FailureThreshold}",
        $"CIRCUIT_BREAKER_RESET_TIMEOUT={ResetTimeout.TotalSeconds}",
        $"CIRCUIT_BREAKER_SAMPLING_SECONDS={SamplingWindow.TotalSeconds}",
        $"EXTERNAL_SERVICE_TIMEOUT={AttemptTimeout.TotalSeconds}",
        "EXTERNAL_SERVICE_FAILURE_RATE=0",
        "EXTERNAL_SERVICE_SEED=4",
    ];

    public async Task SetFaultsAsync(object plan)
    {
        using var response = await Stub.PutAsJsonAsync("/faults", plan);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Back to the start-up plan (no faults), and waits until the breaker is closed again.</summary>
    public async Task ResetAsync()
    {
        using (var response = await Stub.DeleteAsync("/faults"))
        {
            response.EnsureSuccessStatusCode();
        }

        var deadline = Stopwatch.StartNew();
        while (await BreakerStateAsync() != "CLOSED")
        {
            if (deadline.Elapsed > RecoveryTimeout)
            {
                throw new TimeoutException($"The breaker did not close within {RecoveryTimeout}.");
            }

            // The breaker moves to half-open only on a call: this call is the probe once the break is over.
            await CallExternalAsync();
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }

    /// <summary>Data requests the stub has received since it started.</summary>
    public async Task<long> StubRequestsAsync()
    {
        using var stats = JsonDocument.Parse(await Stub.GetStringAsync("/stats"));
        return stats.RootElement.GetProperty("received").GetInt64();
    }

    public async Task<JsonElement> BreakerStatusAsync()
    {
        using var status = JsonDocument.Parse(await Api.GetStringAsync("/api/circuit-breaker/status"));
        return status.RootElement.Clone();
    }

    public async Task<string?> BreakerStateAsync() => (await BreakerStatusAsync()).GetProperty("state").GetString();

    /// <summary><c>GET /api/external</c>: asserts the contract's 200 and returns the body and how long it took.</summary>
    public async Task<(JsonElement Body, TimeSpan Elapsed)> CallExternalAsync(string? type = null)
    {
        var watch = Stopwatch.StartNew();
        using var response = await Api.GetAsync(type is null ? "/api/external" : $"/api/external?type={type}");
        var elapsed = watch.Elapsed;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (body.RootElement.Clone(), elapsed);
    }
}

[CollectionDefinition(Name)]
public sealed class ResilienceCollection : ICollectionFixture<ResilienceAppFixture>
{
    public const string Name = "resilience";
}
