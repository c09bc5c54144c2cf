using Analytics.Tests.Infrastructure;

namespace Analytics.Tests.EndToEnd.Metrics;

[Collection(AppCollection.Name)]
public sealed class IngestionContractTests(DefaultAppFixture app)
{
    private static DateTime Now => DateTime.UtcNow;

    [Fact]
    public async Task Posting_a_metric_answers_201_with_id_type_and_time_received()
    {
        var type = MetricsClient.UniqueType("cpu");
        var before = DateTime.UtcNow.AddSeconds(-5);

        using var response = await app.Api.PostMetricAsync(Now.AddHours(-3), 75.5, type);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("Metric received", body.GetProperty("message").GetString());
        Assert.Equal(type, body.GetProperty("type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("id").GetString()));
        var received = body.GetProperty("timestamp").GetDateTime();
        Assert.InRange(received.ToUniversalTime(), before, DateTime.UtcNow.AddSeconds(5));
    }

    [Fact]
    public async Task A_batch_is_stored_whole_with_an_id_per_item_in_order()
    {
        var type = MetricsClient.UniqueType("batch");

        using var response = await app.Api.PostBatchAsync([(Now, 1, type), (Now, 2, type), (Now, 3, type)]);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal(3, body.GetProperty("accepted").GetInt32());
        var ids = body.GetProperty("ids").EnumerateArray().Select(id => id.GetString()).ToList();
        var listed = (await app.Api.GetFromJsonAsync<JsonElement>($"/api/metrics/list?type={type}")).EnumerateArray().ToList();
        Assert.Equal(ids, listed.Select(m => m.GetProperty("id").GetString()));
        Assert.Equal([1.0, 2.0, 3.0], listed.Select(m => m.GetProperty("value").GetDouble()));
    }

    [Fact]
    public async Task A_batch_accepts_an_object_with_a_metrics_array()
    {
        var type = MetricsClient.UniqueType("wrapped");
        var body = $"{{\"metrics\":[{MetricsClient.MetricJson(Now, 4, type)}]}}";

        using var response = await app.Api.PostRawAsync("/api/metrics/batch", body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(1, (await app.Api.SummaryAsync(type)).GetProperty("count").GetInt64());
    }

    [Fact]
    public async Task A_batch_with_one_bad_item_stores_nothing_and_names_its_index()
    {
        var type = MetricsClient.UniqueType("atomic");
        var items = $"[{MetricsClient.MetricJson(Now, 1, type)},{MetricsClient.MetricJson(Now, 2, type)}," +
                    $"{{\"timestamp\":\"{MetricsClient.Iso(Now)}\",\"value\":\"high\",\"type\":\"{type}\"}}]";

        using var response = await app.Api.PostRawAsync("/api/metrics/batch", items);

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("[2].value", out _), errors.ToString());
        Assert.Single(errors.EnumerateObject());
        Assert.Equal(0, (await app.Api.SummaryAsync(type)).GetProperty("count").GetInt64());
        Assert.Empty((await app.Api.GetFromJsonAsync<JsonElement>($"/api/metrics/list?type={type}")).EnumerateArray());
    }

    [Fact]
    public async Task A_batch_over_1000_items_or_empty_is_rejected()
    {
        var type = MetricsClient.UniqueType("big");
        using var tooMany = await app.Api.PostBatchAsync(Enumerable.Range(0, 1001).Select(i => (Now, (double)i, type)));
        using var empty = await app.Api.PostRawAsync("/api/metrics/batch", "[]");

        await tooMany.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        await empty.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(0, (await app.Api.SummaryAsync(type)).GetProperty("count").GetInt64());
    }

    [Fact]
    public async Task A_batch_of_1000_is_accepted()
    {
        var type = MetricsClient.UniqueType("full");

        using var response = await app.Api.PostBatchAsync(Enumerable.Range(0, 1000).Select(i => (Now.AddSeconds(-i), (double)i, type)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var summary = await app.Api.SummaryAsync(type);
        Assert.Equal(1000, summary.GetProperty("count").GetInt64());
        Assert.Equal(499.5, summary.GetProperty("average_value").GetDouble(), 9);
    }

    [Fact]
    public async Task Concurrent_posts_are_each_stored_once_and_acknowledged()
    {
        var type = MetricsClient.UniqueType("concurrent");
        const int posts = 200;

        var responses = await Task.WhenAll(Enumerable.Range(0, posts).Select(async i =>
        {
            using var response = await app.Api.PostMetricAsync(Now, i, type);
            return (response.StatusCode, Id: (await response.JsonAsync()).GetProperty("id").GetString());
        }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var summary = await app.Api.SummaryAsync(type);
        Assert.Equal(posts, summary.GetProperty("count").GetInt64());
        Assert.Equal(Enumerable.Range(0, posts).Average(), summary.GetProperty("average_value").GetDouble(), 9);
        var listed = (await app.Api.GetFromJsonAsync<JsonElement>($"/api/metrics/list?type={type}&limit=1000")).EnumerateArray()
            .Select(m => m.GetProperty("id").GetString()).ToHashSet();
        Assert.True(listed.SetEquals(responses.Select(r => r.Id)));
    }

    [Theory]
    [InlineData("""{"value":1,"type":"t"}""", "timestamp")]
    [InlineData("""{"timestamp":"yesterday","value":1,"type":"t"}""", "timestamp")]
    [InlineData("""{"timestamp":12345,"value":1,"type":"t"}""", "timestamp")]
    [InlineData("""{"timestamp":"2020-01-01T00:00:00Z","value":1,"type":"t"}""", "timestamp")]
    [InlineData("""{"timestamp":"2999-01-01T00:00:00Z","value":1,"type":"t"}""", "timestamp")]
    [InlineData("""{"timestamp":"NOW","type":"t"}""", "value")]
    [InlineData("""{"timestamp":"NOW","value":"75.5","type":"t"}""", "value")]
    [InlineData("""{"timestamp":"NOW","value":"NaN","type":"t"}""", "value")]
    [InlineData("""{"timestamp":"NOW","value":"Infinity","type":"t"}""", "value")]
    [InlineData("""{"timestamp":"NOW","value":1e400,"type":"t"}""", "value")]
    [InlineData("""{"timestamp":"NOW","value":true,"type":"t"}""", "value")]
    [InlineData("""{"timestamp":"NOW","value":null,"type":"t"}""", "value")]
    [InlineData("""{"timestamp":"NOW","value":1e16,"type":"t"}""", "value")]
    [InlineData("""{"timestamp":"NOW","value":1}""", "type")]
    [InlineData("""{"timestamp":"NOW","value":1,"type":""}""", "type")]
    [InlineData("""{"timestamp":"NOW","value":1,"type":"   "}""", "type")]
    [InlineData("""{"timestamp":"NOW","value":1,"type":"a\u0007b"}""", "type")]
    [InlineData("""{"timestamp":"NOW","value":1,"type":42}""", "type")]
    public async Task An_invalid_field_answers_422_naming_it(string body, string field)
    {
        using var response = await app.Api.PostRawAsync("/api/metrics", body.Replace("NOW", MetricsClient.Iso(Now)));

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task A_type_over_100_characters_is_rejected_and_100_is_accepted()
    {
        using var tooLong = await app.Api.PostMetricAsync(Now, 1, new string('x', 101));
        using var longest = await app.Api.PostMetricAsync(Now, 1, "t" + Guid.NewGuid().ToString("N") + new string('x', 67));

        await tooLong.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(HttpStatusCode.Created, longest.StatusCode);
    }

    [Fact]
    public async Task Every_problem_of_a_metric_is_reported_at_once()
    {
        using var response = await app.Api.PostRawAsync("/api/metrics", """{"timestamp":"soon","value":"x","type":""}""");

        var errors = (await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("errors");
        Assert.Equal(["timestamp", "type", "value"], errors.EnumerateObject().Select(e => e.Name).Order());
    }

    [Theory]
    [InlineData("{\"timestamp\": ")]
    [InlineData("not json")]
    [InlineData("")]
    public async Task Malformed_json_answers_400(string body)
    {
        using var response = await app.Api.PostRawAsync("/api/metrics", body);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_body_that_is_not_json_typed_answers_415()
    {
        using var response = await app.Api.PostRawAsync("/api/metrics", MetricsClient.MetricJson(Now, 1, "t"), "text/plain");

        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_body_over_the_limit_answers_413()
    {
        var padding = new string(' ', 1_100_000);
        using var response = await app.Api.PostRawAsync("/api/metrics/batch", $"[{padding}]");

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Unknown_fields_are_ignored()
    {
        var type = MetricsClient.UniqueType("extra");
        var body = $"{{\"timestamp\":\"{MetricsClient.Iso(Now)}\",\"value\":5,\"type\":\"{type}\",\"host\":\"a\",\"tags\":[1]}}";

        using var response = await app.Api.PostRawAsync("/api/metrics", body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task A_timestamp_without_offset_is_utc_and_an_offset_is_converted()
    {
        var type = MetricsClient.UniqueType("tz");
        var local = Now.AddMinutes(-30);
        var withoutOffset = local.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        var withOffset = local.AddHours(2).ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) + "+02:00";

        using var first = await app.Api.PostRawAsync("/api/metrics", $"{{\"timestamp\":\"{withoutOffset}\",\"value\":1,\"type\":\"{type}\"}}");
        using var second = await app.Api.PostRawAsync("/api/metrics", $"{{\"timestamp\":\"{withOffset}\",\"value\":2,\"type\":\"{type}\"}}");

        var listed = (await app.Api.GetFromJsonAsync<JsonElement>($"/api/metrics/list?type={type}")).EnumerateArray()
            .Select(m => m.GetProperty("timestamp").GetString()).ToList();
        Assert.Equal(2, listed.Count);
        Assert.Equal(listed[0], listed[1]);
        Assert.EndsWith("Z", listed[0]);
    }
}
