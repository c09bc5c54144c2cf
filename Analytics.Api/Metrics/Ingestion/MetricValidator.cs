using System.Text.Json;

namespace Analytics.Api.Metrics.Ingestion;

/// <summary>
/// Checks one metric object field by field, so that every problem is reported at once, and builds the
/// metric when there is none. Reading the JSON by hand (not by binding) is what lets a string or a
/// boolean <c>value</c> be a 422 on that field rather than a 400 for the whole body.
/// </summary>
internal sealed class MetricValidator(TimeProvider time, TimeSpan retention)
{
    /// <summary>Values beyond this would let sums overflow; no real gauge or counter comes near.</summary>
    public const double MaxMagnitude = 1e15;

    public static readonly TimeSpan MaxFutureSkew = TimeSpan.FromDays(1);

    public Metric? Validate(JsonElement element, string fieldPrefix, string id, IDictionary<string, List<string>> errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Add(errors, fieldPrefix.TrimEnd('.') is { Length: > 0 } self ? self : "body", "must be a JSON object with timestamp, value and type");
            return null;
        }

        var timestamp = ReadTimestamp(element, fieldPrefix + "timestamp", errors);
        var value = ReadValue(element, fieldPrefix + "value", errors);
        var type = ReadType(element, fieldPrefix + "type", errors);

        return timestamp is { } t && value is { } v && type is not null ? new Metric(id, t, v, type) : null;
    }

    private DateTime? ReadTimestamp(JsonElement element, string field, IDictionary<string, List<string>> errors)
    {
        if (!element.TryGetProperty("timestamp", out var property) || property.ValueKind == JsonValueKind.Null)
        {
            Add(errors, field, "is required");
            return null;
        }

        if (property.ValueKind != JsonValueKind.String || !property.TryGetDateTime(out var parsed))
        {
            Add(errors, field, "must be an ISO-8601 date and time, such as 2026-02-19T12:00:00Z");
            return null;
        }

        var utc = parsed.Kind switch
        {
            DateTimeKind.Unspecified => DateTime.SpecifyKind(parsed, DateTimeKind.Utc), // no offset means UTC
            DateTimeKind.Local => parsed.ToUniversalTime(),
            _ => parsed,
        };
        utc = new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc); // stored to the ms

        var now = time.GetUtcNow().UtcDateTime;
        if (utc < now - retention)
        {
            Add(errors, field, $"is older than the retention of {retention.TotalDays:0} days (METRICS_RETENTION_DAYS)");
            return null;
        }

        if (utc > now + MaxFutureSkew)
        {
            Add(errors, field, "is more than 24 hours in the future");
            return null;
        }

        return utc;
    }

    private static double? ReadValue(JsonElement element, string field, IDictionary<string, List<string>> errors)
    {
        if (!element.TryGetProperty("value", out var property) || property.ValueKind == JsonValueKind.Null)
        {
            Add(errors, field, "is required");
            return null;
        }

        if (property.ValueKind != JsonValueKind.Number || !property.TryGetDouble(out var value) || !double.IsFinite(value))
        {
            Add(errors, field, "must be a finite JSON number");
            return null;
        }

        if (Math.Abs(value) > MaxMagnitude)
        {
            Add(errors, field, "must be between -1e15 and 1e15");
            return null;
        }

        return value;
    }

    private static string? ReadType(JsonElement element, string field, IDictionary<string, List<string>> errors)
    {
        if (!element.TryGetProperty("type", out var property) || property.ValueKind == JsonValueKind.Null)
        {
            Add(errors, field, "is required");
            return null;
        }

        if (property.ValueKind != JsonValueKind.String)
        {
            Add(errors, field, "must be a string");
            return null;
        }

        var type = property.GetString()!;
        if (MetricTypeRules.Check(type) is { } problem)
        {
            Add(errors, field, problem);
            return null;
        }

        return type;
    }

    private static void Add(IDictionary<string, List<string>> errors, string field, string message)
    {
        if (!errors.TryGetValue(field, out var messages))
        {
            errors[field] = messages = [];
        }

        messages.Add(message);
    }
}
