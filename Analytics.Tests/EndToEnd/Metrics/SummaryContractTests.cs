using Analytics.Tests.Infrastructure;

namespace Analytics.Tests.EndToEnd.Metrics;

[Collection(AppCollection.Name)]
public sealed class SummaryContractTests(DefaultAppFixture app)
{
    private static DateTime Now => DateTime.UtcNow;

    [Fact]
    public async Task Summary_of_each_period_counts_the_metrics_inside_it()
    {
        var type = MetricsClient.UniqueType("periods");
        await app.Api.PostBatchCreatedAsync(
        [
            (Now.AddMinutes(-10), 10, type),
            (Now.AddHours(-5), 20, type),
            (Now.AddDays(-3), 30, type),
        ]);

        var all = await app.Api.SummaryAsync(type, "all");
        var daily = await app.Api.SummaryAsync(type, "daily");
        var hourly = await app.Api.SummaryAsync(type, "hourly");

        Assert.Equal((3, 20.0, 10.0, 30.0), Numbers(all));
        Assert.Equal((2, 15.0, 10.0, 20.0), Numbers(daily));
        Assert.Equal((1, 10.0, 10.0, 10.0), Numbers(hourly));
        Assert.Equal(10.0, all.GetProperty("latest_value").GetDouble());
        Assert.Equal("daily", daily.GetProperty("period").GetString());
        Assert.Equal(type, daily.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Latest_value_is_the_most_recent_timestamp_not_the_last_received()
    {
        var type = MetricsClient.UniqueType("latest");
        using (await app.Api.PostMetricAsync(Now.AddMinutes(-1), 1, type))
        using (await app.Api.PostMetricAsync(Now.AddMinutes(-30), 2, type))
        {
        }

        Assert.Equal(1.0, (await app.Api.SummaryAsync(type)).GetProperty("latest_value").GetDouble());
    }

    [Fact]
    public async Task Latest_value_on_equal_timestamps_is_the_last_received()
    {
        var type = MetricsClient.UniqueType("tie");
        var at = Now.AddMinutes(-1);
        using (await app.Api.PostMetricAsync(at, 1, type))
        using (await app.Api.PostMetricAsync(at, 2, type))
        {
        }

        Assert.Equal(2.0, (await app.Api.SummaryAsync(type)).GetProperty("latest_value").GetDouble());
    }

    [Fact]
    public async Task A_posted_metric_is_in_the_next_summary()
    {
        var type = MetricsClient.UniqueType("fresh");
        Assert.Equal(0, (await app.Api.SummaryAsync(type)).GetProperty("count").GetInt64());

        using (await app.Api.PostMetricAsync(Now, 42, type))
        {
        }

        Assert.Equal(1, (await app.Api.SummaryAsync(type)).GetProperty("count").GetInt64());
    }

    [Fact]
    public async Task A_type_without_metrics_has_every_number_zero()
    {
        var summary = await app.Api.SummaryAsync(MetricsClient.UniqueType("none"), "hourly");

        foreach (var field in new[] { "count", "average_value", "min_value", "max_value", "latest_value", "p50_value", "p95_value", "p99_value" })
        {
            Assert.Equal(0, summary.GetProperty(field).GetDouble());
        }
    }

    [Fact]
    public async Task Period_defaults_to_all()
    {
        var type = MetricsClient.UniqueType("default");
        using (await app.Api.PostMetricAsync(Now.AddDays(-2), 3, type))
        {
        }

        var summary = await app.Api.GetFromJsonAsync<JsonElement>($"/api/metrics/summary?type={type}");

        Assert.Equal("all", summary.GetProperty("period").GetString());
        Assert.Equal(1, summary.GetProperty("count").GetInt64());
    }

    [Fact]
    public async Task An_unknown_period_answers_400()
    {
        using var response = await app.Api.GetAsync("/api/metrics/summary?type=cpu&period=weekly");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("/api/metrics/summary")]
    [InlineData("/api/metrics/summary?type=")]
    [InlineData("/api/metrics/summary?type=%20%20")]
    public async Task A_missing_or_blank_type_answers_422(string path)
    {
        using var response = await app.Api.GetAsync(path);

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty("type", out _));
    }

    [Fact]
    public async Task Types_with_braces_and_separators_are_kept_apart()
    {
        var suffix = Guid.NewGuid().ToString("N");
        string[] types = [$"}}{suffix}", $"{{{suffix}}}", $"a|b{suffix}", $"%7B{suffix}"];
        foreach (var (type, value) in types.Select((t, i) => (t, (double)i)))
        {
            await app.Api.PostMetricCreatedAsync(Now, value, type);
        }

        foreach (var (type, value) in types.Select((t, i) => (t, (double)i)))
        {
            var summary = await app.Api.SummaryAsync(type);
            Assert.Equal(1, summary.GetProperty("count").GetInt64());
            Assert.Equal(value, summary.GetProperty("latest_value").GetDouble());
        }
    }

    private static (long Count, double Average, double Min, double Max) Numbers(JsonElement summary) =>
        (summary.GetProperty("count").GetInt64(), summary.GetProperty("average_value").GetDouble(),
         summary.GetProperty("min_value").GetDouble(), summary.GetProperty("max_value").GetDouble());
}
