using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace Analytics.Tests.Infrastructure;

/// <summary>Builds metric bodies and reads answers, so tests say what they post, not how.</summary>
internal static class MetricsClient
{
    public static string UniqueType(string name) => $"{name}_{Guid.NewGuid():N}";

    public static string Iso(DateTime utc) => utc.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    public static string MetricJson(DateTime timestamp, double value, string type) =>
        JsonSerializer.Serialize(new Dictionary<string, object> { ["timestamp"] = Iso(timestamp), ["value"] = value, ["type"] = type });

    public static Task<HttpResponseMessage> PostMetricAsync(this HttpClient api, DateTime timestamp, double value, string type) =>
        api.PostRawAsync("/api/metrics", MetricJson(timestamp, value, type));

    public static Task<HttpResponseMessage> PostBatchAsync(this HttpClient api, IEnumerable<(DateTime Timestamp, double Value, string Type)> metrics) =>
        api.PostRawAsync("/api/metrics/batch", "[" + string.Join(",", metrics.Select(m => MetricJson(m.Timestamp, m.Value, m.Type))) + "]");

    /// <summary>Posts one metric and asserts it was stored (201).</summary>
    public static async Task PostMetricCreatedAsync(this HttpClient api, DateTime timestamp, double value, string type)
    {
        using var response = await api.PostMetricAsync(timestamp, value, type);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    /// <summary>Posts a batch and asserts it was stored (201).</summary>
    public static async Task PostBatchCreatedAsync(this HttpClient api, IEnumerable<(DateTime Timestamp, double Value, string Type)> metrics)
    {
        using var response = await api.PostBatchAsync(metrics);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient api, string path, string body, string contentType = "application/json")
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return api.PostAsync(path, content);
    }

    public static async Task<JsonElement> SummaryAsync(this HttpClient api, string type, string period = "all")
    {
        using var response = await api.GetAsync($"/api/metrics/summary?type={Uri.EscapeDataString(type)}&period={period}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    /// <summary>Asserts an RFC 9457 problem body with the given status, and returns it.</summary>
    public static async Task<JsonElement> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        foreach (var field in new[] { "type", "title", "detail", "trace_id" })
        {
            Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty(field).GetString()), $"problem without {field}");
        }

        return problem;
    }
}
