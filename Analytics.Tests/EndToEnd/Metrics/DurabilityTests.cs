using Analytics.Tests.Infrastructure;

namespace Analytics.Tests.EndToEnd.Metrics;

/// <summary>Metrics live in Redis, not in the API process: restarts and replicas see the same data.</summary>
[Collection(AppCollection.Name)]
public sealed class DurabilityTests(DefaultAppFixture app)
{
    [Fact]
    public async Task Metrics_survive_a_restart_of_the_api()
    {
        var redis = new Dictionary<string, string> { ["ConnectionStrings__cache"] = await app.RedisConnectionStringAsync() };
        var type = MetricsClient.UniqueType("restart");
        string before;
        await using (var first = ApiProcess.Start(redis))
        {
            await first.WaitUntilAliveAsync();
            await first.Client.PostBatchCreatedAsync([(DateTime.UtcNow, 1, type), (DateTime.UtcNow.AddHours(-2), 2, type)]);
            before = (await first.Client.SummaryAsync(type)).ToString();
        }

        await using var second = ApiProcess.Start(redis);
        await second.WaitUntilAliveAsync();

        Assert.Equal(before, (await second.Client.SummaryAsync(type)).ToString());
        var listed = await second.Client.GetFromJsonAsync<JsonElement>($"/api/metrics/list?type={type}");
        Assert.Equal([1.0, 2.0], listed.EnumerateArray().Select(m => m.GetProperty("value").GetDouble()));
    }

    [Fact]
    public async Task Summary_counts_a_metric_posted_on_another_replica()
    {
        await using var replica = ApiProcess.Start(new Dictionary<string, string>
        {
            ["ConnectionStrings__cache"] = await app.RedisConnectionStringAsync(),
        });
        await replica.WaitUntilAliveAsync();
        var type = MetricsClient.UniqueType("replica");

        await replica.Client.PostMetricCreatedAsync(DateTime.UtcNow, 7, type);

        var summary = await app.Api.SummaryAsync(type);
        Assert.Equal(1, summary.GetProperty("count").GetInt64());
        Assert.Equal(7.0, summary.GetProperty("latest_value").GetDouble());
    }
}
