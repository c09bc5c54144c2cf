using Analytics.Api.Metrics.Summaries;
using StackExchange.Redis;

namespace Analytics.Api.Metrics.Storage;

/// <summary>
/// Lays out the arguments of <see cref="IngestScript"/> for one write: points are aggregated per bucket
/// first, so a batch of 1000 costs one script call with one update per bucket and bin, not per point.
/// </summary>
internal static class IngestPlan
{
    public const int RecentCap = 1000;

    /// <summary>The metrics of one type in a write, with their stored form (<see cref="StoredValues.ReceivedMetric"/>).</summary>
    public sealed record TypeWrite(string Type, IReadOnlyList<Metric> Metrics, IReadOnlyList<RedisValue> Received);

    /// <param name="types">The types of the write, each with its metrics in order of receipt.</param>
    /// <param name="allReceived">
    /// Every metric of the write in order of receipt, for the list of all received metrics (its key goes
    /// last in KEYS); null leaves that list out (on a cluster it lives in another slot).
    /// </param>
    public static (RedisKey[] Keys, RedisValue[] Args) For(
        IReadOnlyList<TypeWrite> types, IReadOnlyList<RedisValue>? allReceived, TimeSpan retention, long nowMs)
    {
        var retentionMs = (long)retention.TotalMilliseconds;
        var keys = new List<RedisKey>(types.Count + 1);
        var args = new List<RedisValue>(16 + (allReceived?.Count ?? 0) * 3) { RecentCap };
        foreach (var level in TimeBuckets.Levels)
        {
            // Index entries of buckets that ended before the retention window are dropped.
            args.Add(nowMs - retentionMs - TimeBuckets.Length(level));
        }

        args.Add(types.Count);
        foreach (var type in types)
        {
            keys.Add(MetricKeys.TypePrefix(type.Type));
            AddType(args, type, retentionMs);
        }

        if (allReceived is null)
        {
            args.Add(0);
        }
        else
        {
            keys.Add(MetricKeys.RecentAll);
            if (types.Count == 1)
            {
                args.Add(-1); // the same entries as the only type's: sent once
            }
            else
            {
                args.Add(allReceived.Count);
                args.AddRange(allReceived);
            }
        }

        return ([.. keys], [.. args]);
    }

    private static void AddType(List<RedisValue> args, TypeWrite type, long retentionMs)
    {
        var metrics = type.Metrics;
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

        args.Add(type.Received.Count);
        args.AddRange(type.Received);
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
        var minutes = new Dictionary<long, List<Metric>>();
        foreach (var metric in metrics)
        {
            var minute = TimeBuckets.Start(metric.TimestampMs, BucketLevel.Minute);
            if (!minutes.TryGetValue(minute, out var points))
            {
                minutes[minute] = points = [];
            }

            points.Add(metric);
        }

        args.Add(minutes.Count);
        foreach (var (minute, points) in minutes)
        {
            args.Add(minute);
            args.Add(minute + TimeBuckets.MinuteMs + retentionMs);
            args.Add(points.Count);
            foreach (var metric in points)
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
