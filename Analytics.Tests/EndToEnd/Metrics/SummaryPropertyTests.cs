using Analytics.Tests.Infrastructure;
using CsCheck;

namespace Analytics.Tests.EndToEnd.Metrics;

/// <summary>
/// Random metrics around the edges of the periods (duplicates, out of order, old and slightly future
/// timestamps) give the same summary as a naive computation over the same points.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class SummaryPropertyTests(DefaultAppFixture app)
{
    private const double PercentileAccuracy = 0.01;

    // Where points cluster: the edges of hourly and daily, inside both, and older than both.
    private static readonly TimeSpan[] Anchors =
        [TimeSpan.Zero, TimeSpan.FromHours(1), TimeSpan.FromHours(24), TimeSpan.FromMinutes(30), TimeSpan.FromDays(3)];

    private static readonly Gen<(int Anchor, int OffsetMs, double Value)> PointGen =
        Gen.Select(
            Gen.Int[0, Anchors.Length - 1],
            Gen.Int[-150_000, 150_000],
            Gen.Frequency((3, Gen.Int[-5, 5].Select(i => i * 10.0)), (2, Gen.Double[-1000, 1000]), (1, Gen.Double[0.001, 1e6])));

    private static readonly Gen<(int Anchor, int OffsetMs, double Value)[]> PointsGen =
        PointGen.Array[1, 80].SelectMany(points => Gen.Int[0, points.Length].Select(duplicates =>
            points.Concat(points.Take(duplicates)).ToArray()));

    [Fact]
    public Task Summaries_match_a_naive_computation_over_the_same_points() => CheckAgainstNaiveAsync(app.Api, iterations: 30);

    internal static async Task CheckAgainstNaiveAsync(HttpClient api, int iterations)
    {
        await PointsGen.SampleAsync(async points =>
        {
            var type = MetricsClient.UniqueType("prop");
            var now = DateTime.UtcNow;
            var metrics = points
                .Select(p => (Timestamp: TruncateToMs(now - Anchors[p.Anchor] + TimeSpan.FromMilliseconds(p.OffsetMs)), p.Value))
                .ToList();

            // Half in one batch, the rest one by one: both paths, in a known order of receipt.
            var half = metrics.Count / 2;
            if (half > 0)
            {
                await api.PostBatchCreatedAsync(metrics.Take(half).Select(m => (m.Timestamp, m.Value, type)));
            }

            foreach (var (timestamp, value) in metrics.Skip(half))
            {
                await api.PostMetricCreatedAsync(timestamp, value, type);
            }

            foreach (var period in new[] { "all", "daily", "hourly" })
            {
                var summary = await api.SummaryAsync(type, period);
                var start = summary.GetProperty("period_start") is { ValueKind: JsonValueKind.String } s
                    ? s.GetDateTime().ToUniversalTime()
                    : DateTime.MinValue;
                AssertMatchesNaive(summary, metrics.Where(m => m.Timestamp >= start).ToList(), period);
            }
        }, iter: iterations, threads: 1);
    }

    private static void AssertMatchesNaive(JsonElement summary, List<(DateTime Timestamp, double Value)> expected, string period)
    {
        var because = $"period {period}, {expected.Count} points";
        Assert.True(expected.Count == summary.GetProperty("count").GetInt64(), because);
        if (expected.Count == 0)
        {
            Assert.Equal(0, summary.GetProperty("average_value").GetDouble());
            return;
        }

        var values = expected.Select(m => m.Value).Order().ToList();
        Assert.Equal(values.Min(), summary.GetProperty("min_value").GetDouble());
        Assert.Equal(values.Max(), summary.GetProperty("max_value").GetDouble());
        var average = values.Average();
        Assert.True(Math.Abs(average - summary.GetProperty("average_value").GetDouble()) <= 1e-9 * Math.Max(1, Math.Abs(values.Max(Math.Abs))),
            $"{because}: average {summary.GetProperty("average_value")} vs {average}");

        var latestTimestamp = expected.Max(m => m.Timestamp);
        var latest = expected.Last(m => m.Timestamp == latestTimestamp).Value; // ties: the last received
        Assert.Equal(latest, summary.GetProperty("latest_value").GetDouble());

        foreach (var (field, q) in new[] { ("p50_value", 0.50), ("p95_value", 0.95), ("p99_value", 0.99) })
        {
            var exact = values[(int)Math.Floor(q * (values.Count - 1))];
            var estimate = summary.GetProperty(field).GetDouble();
            Assert.True(Math.Abs(estimate - exact) <= PercentileAccuracy * Math.Abs(exact) + 1e-9,
                $"{because}: {field} {estimate} vs exact {exact}");
        }
    }

    private static DateTime TruncateToMs(DateTime value) =>
        new(value.Ticks - (value.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
}

/// <summary>The same property on the embedded Garnet backend (Lua 5.4, its own command implementations).</summary>
[Collection(GarnetCollection.Name)]
public sealed class SummaryPropertyOnGarnetTests(GarnetAppFixture app)
{
    [Fact]
    public Task Summaries_match_a_naive_computation_on_garnet() =>
        SummaryPropertyTests.CheckAgainstNaiveAsync(app.Api, iterations: 15);
}
