using Analytics.Tests.Infrastructure;

namespace Analytics.Tests.EndToEnd.Metrics;

[Collection(AppCollection.Name)]
public sealed class ListContractTests(DefaultAppFixture app)
{
    [Fact]
    public async Task List_returns_the_last_received_oldest_first_with_their_fields()
    {
        var type = MetricsClient.UniqueType("list");
        var timestamps = Enumerable.Range(0, 5).Select(i => DateTime.UtcNow.AddMinutes(-i)).ToList();
        foreach (var (timestamp, i) in timestamps.Select((t, i) => (t, i)))
        {
            using var response = await app.Api.PostMetricAsync(timestamp, i, type);
        }

        var listed = (await app.Api.GetFromJsonAsync<JsonElement>($"/api/metrics/list?type={type}&limit=3")).EnumerateArray().ToList();

        Assert.Equal([2.0, 3.0, 4.0], listed.Select(m => m.GetProperty("value").GetDouble()));
        Assert.All(listed, m => Assert.Equal(type, m.GetProperty("type").GetString()));
        Assert.Equal(MetricsClient.Iso(timestamps[4]), MetricsClient.Iso(listed[2].GetProperty("timestamp").GetDateTime().ToUniversalTime()));
        Assert.Equal(3, listed.Select(m => m.GetProperty("id").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task List_without_type_holds_every_type_in_order_received()
    {
        var first = MetricsClient.UniqueType("a");
        var second = MetricsClient.UniqueType("b");
        using (await app.Api.PostMetricAsync(DateTime.UtcNow, 1, first))
        using (await app.Api.PostMetricAsync(DateTime.UtcNow, 2, second))
        {
        }

        var listed = (await app.Api.GetFromJsonAsync<JsonElement>("/api/metrics/list?limit=2")).EnumerateArray().ToList();

        Assert.Equal([first, second], listed.Select(m => m.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task List_limit_defaults_to_100()
    {
        var type = MetricsClient.UniqueType("many");
        using (await app.Api.PostBatchAsync(Enumerable.Range(0, 150).Select(i => (DateTime.UtcNow, (double)i, type))))
        {
        }

        var listed = (await app.Api.GetFromJsonAsync<JsonElement>($"/api/metrics/list?type={type}")).EnumerateArray().ToList();

        Assert.Equal(100, listed.Count);
        Assert.Equal(50.0, listed[0].GetProperty("value").GetDouble());
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=-5", "limit")]
    [InlineData("limit=1001", "limit")]
    [InlineData("limit=ten", "limit")]
    [InlineData("type=%20", "type")]
    public async Task A_bad_query_answers_422_naming_the_parameter(string query, string field)
    {
        using var response = await app.Api.GetAsync($"/api/metrics/list?{query}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }
}
