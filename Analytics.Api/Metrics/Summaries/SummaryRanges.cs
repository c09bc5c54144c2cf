using Analytics.Api.Metrics.Storage;

namespace Analytics.Api.Metrics.Summaries;

/// <summary>
/// Splits [cutoff, ∞) into the raw minute holding the cutoff, whole minutes to the next hour, whole
/// hours to the next day and whole days: at most 1 + 59 + 23 + (days kept) pieces, however many points.
/// </summary>
internal sealed record SummaryRanges(long? RawMinute, string[] Bounds)
{
    public static SummaryRanges For(long? cutoffMs)
    {
        if (cutoffMs is not { } cutoff)
        {
            return new SummaryRanges(null, ["", "", "", "", "-inf", "+inf"]);
        }

        var rawMinute = TimeBuckets.Start(cutoff, BucketLevel.Minute);
        var firstWholeMinute = rawMinute + TimeBuckets.MinuteMs;
        var firstWholeHour = TimeBuckets.CeilingBoundary(firstWholeMinute, BucketLevel.Hour);
        var firstWholeDay = TimeBuckets.CeilingBoundary(firstWholeHour, BucketLevel.Day);

        return new SummaryRanges(rawMinute,
        [
            Inclusive(firstWholeMinute), Exclusive(firstWholeHour),
            Inclusive(firstWholeHour), Exclusive(firstWholeDay),
            Inclusive(firstWholeDay), "+inf",
        ]);
    }

    private static string Inclusive(long ms) => StoredValues.Number(ms);

    private static string Exclusive(long ms) => "(" + StoredValues.Number(ms);
}
