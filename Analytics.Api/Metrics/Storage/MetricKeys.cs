using System.Text;

namespace Analytics.Api.Metrics.Storage;

/// <summary>
/// Redis keys. Every key of one type shares the hash tag <c>{type}</c>, so all of a type lives in one
/// Redis Cluster slot and a script may touch them together. Braces and % in a type are escaped, so a
/// type can never end the tag early.
/// </summary>
internal static class MetricKeys
{
    /// <summary>The metrics received, of every type, in order (a separate slot).</summary>
    public const string RecentAll = "metrics:{recent}";

    /// <summary>The common prefix of a type's keys; scripts build the rest from it.</summary>
    public static string TypePrefix(string type) => $"metrics:{{{EscapeTag(type)}}}:";

    public static string RecentOfType(string type) => TypePrefix(type) + "recent";

    public static string Bucket(string prefix, BucketLevel level, long start) => $"{prefix}b:{TimeBuckets.Code(level)}:{start}";

    public static string BucketIndex(string prefix, BucketLevel level) => $"{prefix}i:{TimeBuckets.Code(level)}";

    public static string RawMinute(string prefix, long minuteStart) => $"{prefix}raw:{minuteStart}";

    public static string Latest(string prefix) => prefix + "latest";

    private static string EscapeTag(string type)
    {
        if (type.AsSpan().IndexOfAny('{', '}', '%') < 0)
        {
            return type;
        }

        var escaped = new StringBuilder(type.Length + 8);
        foreach (var c in type)
        {
            escaped.Append(c switch
            {
                '%' => "%25",
                '{' => "%7B",
                '}' => "%7D",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
