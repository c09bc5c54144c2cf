using Analytics.Tests.Infrastructure;

namespace Analytics.Tests.EndToEnd;

/// <summary>
/// The API's breaker against the real stub over HTTP. The tests share one breaker, so each starts from a healthy
/// stub and a closed breaker, and the whole open → probe → close story is one test.
/// </summary>
[Collection(ResilienceCollection.Name)]
public sealed class CircuitBreakerTests(ResilienceAppFixture app)
{
    private static readonly object FailAll = new { failure_rate = 1.0, kinds = new[] { "server_error" } };
    private static readonly object TooSlow = new { failure_rate = 1.0, kinds = new[] { "delay" }, delay_ms = 5000 };
    private static readonly TimeSpan ProbeMargin = TimeSpan.FromMilliseconds(150);
    private static readonly TimeSpan TimeoutMargin = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan WaitBound = ResilienceAppFixture.ResetTimeout + TimeSpan.FromSeconds(3);

    [Fact]
    public async Task External_returns_the_stub_data_while_the_breaker_is_closed()
    {
        await app.ResetAsync();
        var before = await app.StubRequestsAsync();

        var (body, _) = await app.CallExternalAsync("cpu_usage");

        Assert.Equal("success", body.GetProperty("status").GetString());
        Assert.Equal("external_service", body.GetProperty("source").GetString());
        Assert.Equal("cpu_usage", body.GetProperty("data").GetProperty("type").GetString());
        Assert.Equal("percent", body.GetProperty("data").GetProperty("unit").GetString());
        Assert.Equal("CLOSED", await app.BreakerStateAsync());
        Assert.Equal(before + 1, await app.StubRequestsAsync());
    }

    [Fact]
    public async Task Breaker_opens_after_the_threshold_sends_nothing_while_open_probes_after_the_reset_timeout_and_closes_when_the_stub_recovers()
    {
        await app.ResetAsync();
        // Successes still inside the sampling window would keep a failure ratio of 1.0 from being reached.
        await Task.Delay(ResilienceAppFixture.SamplingWindow + ProbeMargin);
        await app.SetFaultsAsync(FailAll);
        var beforeFailures = await app.StubRequestsAsync();

        for (var call = 0; call < 2 * ResilienceAppFixture.FailureThreshold && await app.BreakerStateAsync() != "OPEN"; call++)
        {
            var (failed, _) = await app.CallExternalAsync();
            Assert.Equal("fallback", failed.GetProperty("status").GetString());
            Assert.Equal("circuit_breaker_fallback", failed.GetProperty("source").GetString());
        }

        var opened = await app.BreakerStatusAsync();
        Assert.Equal("OPEN", opened.GetProperty("state").GetString());
        Assert.Equal(beforeFailures + ResilienceAppFixture.FailureThreshold, await app.StubRequestsAsync());

        // Open: answered at once, faster than any call to a stub that now delays past the timeout could fail.
        await app.SetFaultsAsync(TooSlow);
        var whileOpen = await app.StubRequestsAsync();
        for (var call = 0; call < 5; call++)
        {
            var (fallback, elapsed) = await app.CallExternalAsync();
            Assert.Equal("fallback", fallback.GetProperty("status").GetString());
            Assert.Contains("open", fallback.GetProperty("message").GetString());
            Assert.True(elapsed < ResilienceAppFixture.AttemptTimeout, $"An open breaker answered after {elapsed}.");
        }

        Assert.Equal(whileOpen, await app.StubRequestsAsync());

        // After the reset timeout exactly one probe reaches the stub; it times out, so the breaker opens again.
        await WaitUntilProbeAllowedAsync(opened);
        var (probe, _) = await app.CallExternalAsync();
        Assert.Equal("fallback", probe.GetProperty("status").GetString());
        Assert.Equal(whileOpen + 1, await app.StubRequestsAsync());
        var reopened = await app.BreakerStatusAsync();
        Assert.Equal("OPEN", reopened.GetProperty("state").GetString());
        Assert.True(reopened.GetProperty("opened_at").GetDateTime() > opened.GetProperty("opened_at").GetDateTime());

        // Stub healthy again: the next probe succeeds and closes the breaker.
        using (var reset = await app.Stub.DeleteAsync("/faults"))
        {
            reset.EnsureSuccessStatusCode();
        }

        await WaitUntilProbeAllowedAsync(reopened);
        var (recovered, _) = await app.CallExternalAsync();
        Assert.Equal("success", recovered.GetProperty("status").GetString());
        var closed = await app.BreakerStatusAsync();
        Assert.Equal("CLOSED", closed.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, closed.GetProperty("opened_at").ValueKind);
        Assert.Equal(0, closed.GetProperty("failure_count").GetInt32());
        Assert.Equal(whileOpen + 2, await app.StubRequestsAsync());
    }

    [Fact]
    public async Task A_stub_slower_than_the_timeout_counts_as_a_failure_and_the_caller_gets_the_fallback_in_time()
    {
        await app.ResetAsync();
        var failuresBefore = (await app.BreakerStatusAsync()).GetProperty("failure_count").GetInt32();
        var requestsBefore = await app.StubRequestsAsync();
        await app.SetFaultsAsync(TooSlow);
        try
        {
            var (body, elapsed) = await app.CallExternalAsync();

            Assert.Equal("fallback", body.GetProperty("status").GetString());
            Assert.Equal("circuit_breaker_fallback", body.GetProperty("source").GetString());
            Assert.InRange(elapsed, ResilienceAppFixture.AttemptTimeout * 0.9, ResilienceAppFixture.AttemptTimeout + TimeoutMargin);
            Assert.Equal(failuresBefore + 1, (await app.BreakerStatusAsync()).GetProperty("failure_count").GetInt32());
            // A timeout is not retried: the caller has waited long enough.
            Assert.Equal(requestsBefore + 1, await app.StubRequestsAsync());
        }
        finally
        {
            await app.ResetAsync();
        }
    }

    [Fact]
    public async Task Stub_rejects_an_invalid_fault_plan_with_problem_details()
    {
        using var response = await app.Stub.PutAsJsonAsync("/faults", new { failure_rate = 1.5, kinds = new[] { "meteor" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = body.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("failure_rate", out _));
        Assert.True(errors.TryGetProperty("kinds", out _));
    }

    private static async Task WaitUntilProbeAllowedAsync(JsonElement status)
    {
        var probeAt = status.GetProperty("probe_allowed_at").GetDateTime().ToUniversalTime();
        var wait = probeAt - DateTime.UtcNow + ProbeMargin;
        Assert.True(wait < WaitBound, $"The breaker would probe only after {wait}.");
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }
    }
}
