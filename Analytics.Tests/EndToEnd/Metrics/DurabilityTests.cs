using Analytics.Tests.Infrastructure;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace Analytics.Tests.EndToEnd.Metrics;

/// <summary>Metrics live in Redis, not in the API process: restarts and replicas see the same data.</summary>
[Collection(AppCollection.Name)]
public sealed class DurabilityTests(DefaultAppFixture app)
{
    [Fact]
    public async Task Metrics_survive_a_restart_of_the_api()
    {
        var type = MetricsClient.UniqueType("restart");
        using (var posted = await app.Api.PostBatchAsync([(DateTime.UtcNow, 1, type), (DateTime.UtcNow.AddHours(-2), 2, type)]))
        {
            Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        }

        var before = await app.Api.SummaryAsync(type);

        using (var timeout = new CancellationTokenSource(TestTimeouts.ResourceHealthy))
        {
            var result = await app.App.ResourceCommands.ExecuteCommandAsync("api", KnownResourceCommands.RestartCommand, timeout.Token)
                .WaitAsync(timeout.Token);
            Assert.True(result.Success, result.Message);
            await app.App.ResourceNotifications.WaitForResourceHealthyAsync("api", timeout.Token).WaitAsync(timeout.Token);
        }

        var after = await app.Api.SummaryAsync(type);
        Assert.Equal(before.ToString(), after.ToString());
        var listed = await app.Api.GetFromJsonAsync<JsonElement>($"/api/metrics/list?type={type}");
        Assert.Equal(2, listed.GetArrayLength());
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

        using (var posted = await replica.Client.PostMetricAsync(DateTime.UtcNow, 7, type))
        {
            Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        }

        var summary = await app.Api.SummaryAsync(type);
        Assert.Equal(1, summary.GetProperty("count").GetInt64());
        Assert.Equal(7.0, summary.GetProperty("latest_value").GetDouble());
    }
}
