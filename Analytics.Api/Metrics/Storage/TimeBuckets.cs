namespace Analytics.Api.Metrics.Storage;

/// <summary>
/// The three rollup levels. A period [cutoff, ∞) is read as: the raw points of the minute holding the
/// cutoff, then whole minutes up to the next hour, whole hours up to the next day, and whole days.
/// </summary>
internal enum BucketLevel { Minute, Hour, Day }

internal static class TimeBuckets
{
    public const long MinuteMs = 60_000;
    public const long HourMs = 60 * MinuteMs;
    public const long DayMs = 24 * HourMs;

    public static readonly BucketLevel[] Levels = [BucketLevel.Minute, BucketLevel.Hour, BucketLevel.Day];

    public static long Length(BucketLevel level) => level switch
    {
        BucketLevel.Minute => MinuteMs,
        BucketLevel.Hour => HourMs,
        _ => DayMs,
    };

    public static string Code(BucketLevel level) => level switch
    {
        BucketLevel.Minute => "m",
        BucketLevel.Hour => "h",
        _ => "d",
    };

    /// <summary>The start of the bucket holding <paramref name="ms"/> (floor, also for times before 1970).</summary>
    public static long Start(long ms, BucketLevel level)
    {
        var length = Length(level);
        return ms - (((ms % length) + length) % length);
    }

    /// <summary>The first boundary of <paramref name="level"/> at or after <paramref name="ms"/>.</summary>
    public static long CeilingBoundary(long ms, BucketLevel level)
    {
        var start = Start(ms, level);
        return start == ms ? ms : start + Length(level);
    }
}
