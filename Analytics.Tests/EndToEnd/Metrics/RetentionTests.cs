using Analytics.Api.Metrics;
using Analytics.Api.Metrics.Storage;
using Analytics.Tests.Infrastructure;
using StackExchange.Redis;

namespace Analytics.Tests.EndToEnd.Metrics;

/// <summary>
/// Retention as Redis holds it: every bucket and raw list expires when its time range leaves the
/// retention window, and index entries of such buckets are dropped, however the writes arrive.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class RetentionTests(DefaultAppFixture app)
{
    // The API process inherits this process's environment, so a retention set there applies to it too.
    private static readonly long RetentionMs = (long)TimeSpan.FromDays(
        int.TryParse(Environment.GetEnvironmentVariable(MetricsOptions.RetentionSetting), out var days)
            ? days
            : new MetricsOptions().RetentionDays).TotalMilliseconds;

    [Fact]
    public async Task Buckets_and_raw_points_expire_when_they_leave_the_retention_window()
    {
        await using var redis = await app.ConnectRedisAsync();
        var db = redis.GetDatabase();
        var type = MetricsClient.UniqueType("retention");
        var prefix = MetricKeys.TypePrefix(type);
        var timestamp = DateTime.UtcNow.AddMinutes(-5);
        var timestampMs = new DateTimeOffset(timestamp).ToUnixTimeMilliseconds();

        // The second metric lands in the buckets the first one made: they still expire, at the same time.
        foreach (var value in new[] { 1.0, 2.0 })
        {
            await app.Api.PostMetricCreatedAsync(timestamp, value, type);

            foreach (var level in TimeBuckets.Levels)
            {
                var start = TimeBuckets.Start(timestampMs, level);
                await AssertExpiresAtAsync(db, MetricKeys.Bucket(prefix, level, start), start + TimeBuckets.Length(level) + RetentionMs);
            }

            var minute = TimeBuckets.Start(timestampMs, BucketLevel.Minute);
            await AssertExpiresAtAsync(db, MetricKeys.RawMinute(prefix, minute), minute + TimeBuckets.MinuteMs + RetentionMs);
        }
    }

    [Fact]
    public async Task Index_entries_of_buckets_past_the_retention_window_are_dropped()
    {
        await using var redis = await app.ConnectRedisAsync();
        var db = redis.GetDatabase();
        var type = MetricsClient.UniqueType("index");
        var prefix = MetricKeys.TypePrefix(type);
        var now = DateTime.UtcNow;
        await app.Api.PostMetricCreatedAsync(now, 1, type);

        // Buckets that ended before the window, as an index holds them after a quiet month.
        var stale = new DateTimeOffset(now).ToUnixTimeMilliseconds() - RetentionMs - 2 * TimeBuckets.DayMs;
        foreach (var level in TimeBuckets.Levels)
        {
            var start = TimeBuckets.Start(stale, level);
            await db.SortedSetAddAsync(MetricKeys.BucketIndex(prefix, level), start, start);
        }

        // A metric in a new minute makes a new bucket, and with it the indexes are trimmed.
        await app.Api.PostMetricCreatedAsync(now.AddMinutes(-10), 2, type);

        foreach (var level in TimeBuckets.Levels)
        {
            var starts = (await db.SortedSetRangeByScoreAsync(MetricKeys.BucketIndex(prefix, level))).Select(s => (long)s).ToList();
            Assert.DoesNotContain(TimeBuckets.Start(stale, level), starts);
            Assert.Contains(TimeBuckets.Start(new DateTimeOffset(now).ToUnixTimeMilliseconds(), level), starts);
        }

        Assert.Equal(2, (await app.Api.SummaryAsync(type)).GetProperty("count").GetInt64());
    }

    private static async Task AssertExpiresAtAsync(IDatabase db, string key, long expectedMs)
    {
        var expiry = await db.KeyExpireTimeAsync(key);
        Assert.True(expiry.HasValue, $"{key} has no expiry");
        Assert.Equal(expectedMs, new DateTimeOffset(DateTime.SpecifyKind(expiry.Value, DateTimeKind.Utc)).ToUnixTimeMilliseconds());
    }
}
