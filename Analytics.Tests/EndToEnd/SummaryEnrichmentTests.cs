using System.Diagnostics;
using Analytics.Tests.Infrastructure;

namespace Analytics.Tests.EndToEnd;

/// <summary>A summary asks the stub about its type, best effort: a slow or failing stub never fails or stalls it.</summary>
[Collection(ResilienceCollection.Name)]
public sealed class SummaryEnrichmentTests(ResilienceAppFixture app)
{
    private static readonly TimeSpan SlowStubBound = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Summary_carries_the_stub_data_about_its_type()
    {
        await app.ResetAsync();
        var type = MetricsClient.UniqueType("cpu_usage");
        using (await app.Api.PostMetricAsync(DateTime.UtcNow, 5, type))
        {
        }

        var summary = await app.Api.SummaryAsync(type);

        Assert.Equal(type, summary.GetProperty("enrichment").GetProperty("type").GetString());
        Assert.Equal("percent", summary.GetProperty("enrichment").GetProperty("unit").GetString());
    }

    [Fact]
    public async Task Summary_answers_without_enrichment_when_the_stub_hangs()
    {
        await app.ResetAsync();
        var type = MetricsClient.UniqueType("slow");
        using (await app.Api.PostMetricAsync(DateTime.UtcNow, 5, type))
        {
        }

        await app.SetFaultsAsync(new { failure_rate = 1.0, kinds = new[] { "delay" }, delay_ms = 5000 });
        try
        {
            var clock = Stopwatch.StartNew();
            var summary = await app.Api.SummaryAsync(type);
            clock.Stop();

            Assert.Equal(1, summary.GetProperty("count").GetInt64());
            Assert.Equal(JsonValueKind.Null, summary.GetProperty("enrichment").ValueKind);
            Assert.True(clock.Elapsed < SlowStubBound, $"the summary waited {clock.Elapsed} for the stub");
        }
        finally
        {
            await app.ResetAsync();
        }
    }
}
