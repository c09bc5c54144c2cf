namespace Analytics.ExternalStub.Data;

/// <summary>What the external service knows about a metric type: the API attaches it to summaries.</summary>
public sealed record EnrichmentData(string Type, string Unit, string Description, DateTime GeneratedAt);
