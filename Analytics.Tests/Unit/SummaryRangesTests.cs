using Analytics.Api.Metrics.Storage;
using Analytics.Api.Metrics.Summaries;
using CsCheck;

namespace Analytics.Tests.Unit;

/// <summary>The pieces a period is read from tile [cutoff, ∞) exactly: no gap, no overlap.</summary>
public sealed class SummaryRangesTests
{
    [Fact]
    public void Raw_minute_and_whole_buckets_tile_the_period()
    {
        Gen.Long[1_600_000_000_000, 1_900_000_000_000].Sample(cutoff =>
        {
            var ranges = SummaryRanges.For(cutoff);
            var rawMinute = ranges.RawMinute!.Value;
            var b = ranges.Bounds;

            Assert.True(rawMinute <= cutoff && cutoff < rawMinute + TimeBuckets.MinuteMs);
            Assert.Equal(rawMinute + TimeBuckets.MinuteMs, Parse(b[0]));
            Assert.Equal(Parse(b[1]), Parse(b[2]));
            Assert.Equal(Parse(b[3]), Parse(b[4]));
            Assert.Equal(0, Parse(b[2]) % TimeBuckets.HourMs);
            Assert.Equal(0, Parse(b[4]) % TimeBuckets.DayMs);
            Assert.InRange(Parse(b[1]) - Parse(b[0]), 0, TimeBuckets.HourMs - TimeBuckets.MinuteMs);
            Assert.InRange(Parse(b[3]) - Parse(b[2]), 0, TimeBuckets.DayMs - TimeBuckets.HourMs);
            Assert.StartsWith("(", b[1]);
            Assert.StartsWith("(", b[3]);
            Assert.Equal("+inf", b[5]);
        }, iter: 10_000);
    }

    [Fact]
    public void All_time_reads_only_day_buckets()
    {
        var ranges = SummaryRanges.For(null);

        Assert.Null(ranges.RawMinute);
        Assert.Equal(["", "", "", "", "-inf", "+inf"], ranges.Bounds);
    }

    [Theory]
    [InlineData(0L, 0L)]
    [InlineData(59_999L, 0L)]
    [InlineData(-1L, -60_000L)]
    public void Bucket_start_is_a_floor_also_before_1970(long ms, long minuteStart)
    {
        Assert.Equal(minuteStart, TimeBuckets.Start(ms, BucketLevel.Minute));
    }

    private static long Parse(string bound) => long.Parse(bound.TrimStart('('), System.Globalization.CultureInfo.InvariantCulture);
}
