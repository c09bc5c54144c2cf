namespace Analytics.Api.Metrics;

/// <summary>What a metric type may be, on ingestion and in queries alike.</summary>
internal static class MetricTypeRules
{
    public const int MaxLength = 100;

    /// <summary>The problem with <paramref name="type"/>, or null when it is a valid type.</summary>
    public static string? Check(string type)
    {
        if (type.Length is 0 or > MaxLength)
        {
            return $"must be 1 to {MaxLength} characters";
        }

        if (string.IsNullOrWhiteSpace(type))
        {
            return "must not be blank";
        }

        return type.Any(char.IsControl) ? "must not contain control characters" : null;
    }
}
