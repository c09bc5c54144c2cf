using Analytics.Api.Metrics.Summaries;
using StackExchange.Redis;

namespace Analytics.Api.Metrics.Storage;

/// <summary>
/// Turns one request's metrics of one type into the arguments of <see cref="IngestScript"/>: points
/// are aggregated per bucket first, so a batch of 1000 costs one script call with one update per
/// bucket and bin, not per point.
/// </summary>
internal static class IngestPlan
{
    public const int RecentCap = 1000;

    /// <param name="received">The metrics in their stored form (<see cref="StoredValues.ReceivedMetric"/>), in the same order.</param>
    public static (RedisKey[] Keys, RedisValue[] Args) For(
        string type, IReadOnlyList<Metric> metrics, IReadOnlyList<RedisValue> received, TimeSpan retention, long nowMs)
    {
        var retentionMs = (long)retention.TotalMilliseconds;
        var args = new List<RedisValue>(16 + metrics.Count * 6) { RecentCap };
        foreach (var level in TimeBuckets.Levels)
        {
            // Index entries of buckets that ended before the retention window are dropped.
            args.Add(nowMs - retentionMs - TimeBuckets.Length(level));
        }

        var latest = metrics[0];
        foreach (var metric in metrics)
        {
            if (metric.TimestampMs >= latest.TimestampMs)
            {
                latest = metric; // ties: the last received wins
            }
        }

        args.Add(StoredValues.Number(latest.TimestampMs));
        args.Add(StoredValues.Number(latest.Value));

        AddBuckets(args, metrics, retentionMs);
        AddRawPoints(args, metrics, retentionMs);

        args.Add(received.Count);
        args.AddRange(received);

        return ([MetricKeys.TypePrefix(type)], [.. args]);
    }

    private static void AddBuckets(List<RedisValue> args, IReadOnlyList<Metric> metrics, long retentionMs)
    {
        var buckets = new Dictionary<(BucketLevel, long), BucketDelta>();
        foreach (var metric in metrics)
        {
            var field = QuantileSketch.FieldFor(metric.Value);
            foreach (var level in TimeBuckets.Levels)
            {
                var key = (level, TimeBuckets.Start(metric.TimestampMs, level));
                if (!buckets.TryGetValue(key, out var delta))
                {
                    buckets[key] = delta = new BucketDelta(metric.Value);
                }

                delta.Add(metric.Value, field);
            }
        }

        args.Add(buckets.Count);
        foreach (var ((level, start), delta) in buckets)
        {
            args.Add(TimeBuckets.Code(level));
            args.Add(start);
            args.Add(start + TimeBuckets.Length(level) + retentionMs);
            args.Add(delta.Count);
            args.Add(StoredValues.Number(delta.Sum));
            args.Add(StoredValues.Number(delta.Min));
            args.Add(StoredValues.Number(delta.Max));
            args.Add(delta.Bins.Count);
            foreach (var (field, count) in delta.Bins)
            {
                args.Add(field);
                args.Add(count);
            }
        }
    }

    private static void AddRawPoints(List<RedisValue> args, IReadOnlyList<Metric> metrics, long retentionMs)
    {
        var minutes = metrics
            .GroupBy(m => TimeBuckets.Start(m.TimestampMs, BucketLevel.Minute))
            .ToList();

        args.Add(minutes.Count);
        foreach (var minute in minutes)
        {
            args.Add(minute.Key);
            args.Add(minute.Key + TimeBuckets.MinuteMs + retentionMs);
            args.Add(minute.Count());
            foreach (var metric in minute)
            {
                args.Add(StoredValues.RawPoint(metric));
            }
        }
    }

    private sealed class BucketDelta(double first)
    {
        public long Count { get; private set; }

        public double Sum { get; private set; }

        public double Min { get; private set; } = first;

        public double Max { get; private set; } = first;

        public Dictionary<string, long> Bins { get; } = [];

        public void Add(double value, string field)
        {
            Count++;
            Sum += value;
            Min = Math.Min(Min, value);
            Max = Math.Max(Max, value);
            Bins[field] = Bins.GetValueOrDefault(field) + 1;
        }
    }
}
