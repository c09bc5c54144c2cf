using Analytics.Tests.Infrastructure;

namespace Analytics.Tests.EndToEnd;

[Collection(AppCollection.Name)]
public sealed class ServiceEndpointsTests(DefaultAppFixture app)
{
    [Fact]
    public async Task Health_is_healthy_with_redis_connected()
    {
        using var response = await app.Api.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("healthy", body.RootElement.GetProperty("status").GetString());
        Assert.True(body.RootElement.GetProperty("redis_connected").GetBoolean());
        var timestamp = body.RootElement.GetProperty("timestamp").GetString()!;
        Assert.EndsWith("Z", timestamp);
        Assert.InRange(DateTime.Parse(timestamp, null, System.Globalization.DateTimeStyles.RoundtripKind),
            DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task Root_names_the_service_its_version_and_docs()
    {
        using var response = await app.Api.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Resilient Analytics API", body.RootElement.GetProperty("name").GetString());
        Assert.False(string.IsNullOrWhiteSpace(body.RootElement.GetProperty("version").GetString()));
        var docs = body.RootElement.GetProperty("docs").GetString()!;
        using var docsResponse = await app.Api.GetAsync(docs);
        Assert.Equal(HttpStatusCode.OK, docsResponse.StatusCode);
    }

    [Fact]
    public async Task Alive_answers_in_every_environment()
    {
        using var response = await app.Api.GetAsync("/alive");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OpenApi_document_lists_the_service_endpoints()
    {
        using var body = JsonDocument.Parse(await app.Api.GetStringAsync("/openapi/v1.json"));

        var paths = body.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/", out _));
        Assert.True(paths.TryGetProperty("/health", out _));
    }

    [Fact]
    public async Task Stub_answers_data_for_a_type()
    {
        // The stub fails 10% of calls by default (EXTERNAL_SERVICE_FAILURE_RATE): this test is about a healthy answer.
        using (var healthy = await app.Stub.PutAsJsonAsync("/faults", new { failure_rate = 0.0 }))
        {
            Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
        }

        try
        {
            using var response = await app.Stub.GetAsync("/data?type=cpu_usage");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal("cpu_usage", body.RootElement.GetProperty("type").GetString());
        }
        finally
        {
            using var reset = await app.Stub.DeleteAsync("/faults");
        }
    }

    [Fact]
    public async Task Stub_reports_its_health()
    {
        using var response = await app.Stub.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
