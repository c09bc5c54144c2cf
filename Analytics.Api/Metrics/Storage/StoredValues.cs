using System.Globalization;

namespace Analytics.Api.Metrics.Storage;

/// <summary>How numbers and metrics are written as Redis strings, and read back, without loss.</summary>
internal static class StoredValues
{
    private const char Separator = '|';

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static double ParseDouble(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    public static long ParseLong(string text) => long.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);

    /// <summary>A raw point of a minute bucket: <c>timestampMs|value</c>.</summary>
    public static string RawPoint(Metric metric) => $"{Number(metric.TimestampMs)}{Separator}{Number(metric.Value)}";

    public static (long TimestampMs, double Value) ParseRawPoint(string text)
    {
        var split = text.IndexOf(Separator);
        return (ParseLong(text[..split]), ParseDouble(text[(split + 1)..]));
    }

    /// <summary>A received metric: <c>id|timestampMs|value|type</c>; the type goes last since it may hold '|'.</summary>
    public static string ReceivedMetric(Metric metric) =>
        $"{metric.Id}{Separator}{Number(metric.TimestampMs)}{Separator}{Number(metric.Value)}{Separator}{metric.Type}";

    public static Metric ParseReceivedMetric(string text)
    {
        var parts = text.Split(Separator, 4);
        var timestamp = DateTimeOffset.FromUnixTimeMilliseconds(ParseLong(parts[1])).UtcDateTime;
        return new Metric(parts[0], timestamp, ParseDouble(parts[2]), parts[3]);
    }
}
