using System.Diagnostics;
using Analytics.Tests.Infrastructure;

namespace Analytics.Tests.Standalone;

/// <summary>With Redis away the API still starts and says so, quickly, instead of failing.</summary>
public sealed class RedisUnavailableTests
{
    [Fact]
    public async Task Health_is_degraded_not_an_error_when_redis_does_not_answer()
    {
        await using var api = ApiProcess.Start(new Dictionary<string, string>
        {
            ["ConnectionStrings__cache"] = $"127.0.0.1:{ApiProcess.FreeLoopbackPort()}",
        });
        await api.WaitUntilAliveAsync();

        var clock = Stopwatch.StartNew();
        using var response = await api.Client.GetAsync("/health");
        clock.Stop();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("degraded", body.RootElement.GetProperty("status").GetString());
        Assert.False(body.RootElement.GetProperty("redis_connected").GetBoolean());
        // Bounded by the API's PING timeout (1 s), with room for a slow machine; not a benchmark.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"/health took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("POST", "/api/metrics")]
    [InlineData("POST", "/api/metrics/batch")]
    [InlineData("GET", "/api/metrics/summary?type=cpu")]
    [InlineData("GET", "/api/metrics/list")]
    public async Task Store_endpoints_answer_503_with_retry_after_when_redis_does_not_answer(string method, string path)
    {
        await using var api = ApiProcess.Start(new Dictionary<string, string>
        {
            ["ConnectionStrings__cache"] = $"127.0.0.1:{ApiProcess.FreeLoopbackPort()}",
        });
        await api.WaitUntilAliveAsync();
        var metric = MetricsClient.MetricJson(DateTime.UtcNow, 1, "cpu");

        var clock = Stopwatch.StartNew();
        using var response = method == "GET"
            ? await api.Client.GetAsync(path)
            : await api.Client.PostRawAsync(path, path.EndsWith("batch", StringComparison.Ordinal) ? $"[{metric}]" : metric);
        clock.Stop();

        await response.AssertProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "no Retry-After");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{path} took {clock.Elapsed}");
    }
}
