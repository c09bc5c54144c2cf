namespace Analytics.Api.Metrics.Ingestion;

/// <summary>201 of <c>POST /api/metrics</c>; <c>timestamp</c> is when the API received it.</summary>
internal sealed record MetricReceived(string Message, string Id, DateTime Timestamp, string Type)
{
    public const string ReceivedMessage = "Metric received";
}

/// <summary>201 of <c>POST /api/metrics/batch</c>: the ids in the order of the items.</summary>
internal sealed record BatchAccepted(int Accepted, IReadOnlyList<string> Ids);

/// <summary>A metric as clients send it; documents the body (the API reads it field by field).</summary>
internal sealed record MetricRequest(DateTime Timestamp, double Value, string Type);
