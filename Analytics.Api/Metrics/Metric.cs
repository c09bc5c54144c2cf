namespace Analytics.Api.Metrics;

/// <summary>A validated metric, as stored: its own time (UTC), value and type, and the id it was given.</summary>
internal sealed record Metric(string Id, DateTime Timestamp, double Value, string Type)
{
    public long TimestampMs => new DateTimeOffset(Timestamp).ToUnixTimeMilliseconds();
}
