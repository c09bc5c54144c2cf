namespace Analytics.Api.Metrics.Summaries;

/// <summary>The contract's periods: metrics whose timestamp is at or after now minus the period.</summary>
internal sealed record SummaryPeriod(string Name, TimeSpan? Length)
{
    public static readonly SummaryPeriod All = new("all", null);
    public static readonly SummaryPeriod Daily = new("daily", TimeSpan.FromHours(24));
    public static readonly SummaryPeriod Hourly = new("hourly", TimeSpan.FromHours(1));

    public static readonly IReadOnlyList<SummaryPeriod> Known = [All, Daily, Hourly];

    public static SummaryPeriod? Parse(string? name) =>
        string.IsNullOrEmpty(name) ? All : Known.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The first millisecond of the period, or null for all time.</summary>
    public long? CutoffMs(long nowMs) => Length is { } length ? nowMs - (long)length.TotalMilliseconds : null;
}
