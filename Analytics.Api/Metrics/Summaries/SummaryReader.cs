using Analytics.Api.Metrics.Storage;
using StackExchange.Redis;

namespace Analytics.Api.Metrics.Summaries;

/// <summary>
/// Computes a summary from rollups, without scanning the stored points: count, average, min and max
/// are exact; percentiles come from the merged sketches (within <see cref="QuantileSketch.RelativeAccuracy"/>).
/// </summary>
internal sealed class SummaryReader(IConnectionMultiplexer redis, TimeProvider time)
{
    public async Task<MetricSummary> ReadAsync(string type, SummaryPeriod period)
    {
        var cutoff = period.CutoffMs(time.GetUtcNow().ToUnixTimeMilliseconds());
        var ranges = SummaryRanges.For(cutoff);
        var args = new RedisValue[7];
        args[0] = ranges.RawMinute is { } minute ? StoredValues.Number(minute) : "";
        for (var i = 0; i < ranges.Bounds.Length; i++)
        {
            args[i + 1] = ranges.Bounds[i];
        }

        var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(
            SummaryScript.Source, [MetricKeys.TypePrefix(type)], args))!;

        var totals = new Totals();
        foreach (var point in (RedisResult[])result[1]!)
        {
            var (timestampMs, value) = StoredValues.ParseRawPoint((string)point!);
            if (timestampMs >= cutoff)
            {
                totals.AddPoint(value);
            }
        }

        var bucketTotals = (RedisResult[])result[2]!;
        for (var i = 0; i + 3 < bucketTotals.Length; i += 4)
        {
            totals.AddBucket((string)bucketTotals[i]!, (string)bucketTotals[i + 1]!, (string)bucketTotals[i + 2]!, (string)bucketTotals[i + 3]!);
        }

        var bins = (RedisResult[])result[3]!;
        for (var i = 0; i + 1 < bins.Length; i += 2)
        {
            totals.Sketch.Add((string)bins[i]!, (long)bins[i + 1]);
        }

        var periodStart = cutoff is { } start ? DateTimeOffset.FromUnixTimeMilliseconds(start).UtcDateTime : (DateTime?)null;
        if (totals.Count == 0)
        {
            return new MetricSummary(type, period.Name, periodStart, 0, 0, 0, 0, 0, 0, 0, 0);
        }

        var latest = (RedisResult[])result[0]!;
        return new MetricSummary(
            type,
            period.Name,
            periodStart,
            totals.Count,
            totals.Sum / totals.Count,
            totals.Min,
            totals.Max,
            StoredValues.ParseDouble((string)latest[1]!),
            totals.Sketch.Quantile(0.50, totals.Min, totals.Max),
            totals.Sketch.Quantile(0.95, totals.Min, totals.Max),
            totals.Sketch.Quantile(0.99, totals.Min, totals.Max));
    }

    private sealed class Totals
    {
        public long Count { get; private set; }

        public double Sum { get; private set; }

        public double Min { get; private set; } = double.PositiveInfinity;

        public double Max { get; private set; } = double.NegativeInfinity;

        public QuantileSketch Sketch { get; } = new();

        public void AddPoint(double value)
        {
            Count++;
            Sum += value;
            Min = Math.Min(Min, value);
            Max = Math.Max(Max, value);
            Sketch.Add(value);
        }

        /// <summary>One bucket's count, sum, min and max, as the rollup hash stores them.</summary>
        public void AddBucket(string count, string sum, string min, string max)
        {
            Count += StoredValues.ParseLong(count);
            Sum += StoredValues.ParseDouble(sum);
            Min = Math.Min(Min, StoredValues.ParseDouble(min));
            Max = Math.Max(Max, StoredValues.ParseDouble(max));
        }
    }
}
