namespace Analytics.Api.External;

internal enum EnrichmentFailure
{
    None,
    CircuitOpen,
    TimedOut,
    Failed,
}

/// <summary>The data, or why there is none.</summary>
internal sealed record EnrichmentOutcome(EnrichmentData? Data, EnrichmentFailure Failure)
{
    public static EnrichmentOutcome Succeeded(EnrichmentData data) => new(data, EnrichmentFailure.None);

    public static EnrichmentOutcome FailedWith(EnrichmentFailure failure) => new(null, failure);
}
