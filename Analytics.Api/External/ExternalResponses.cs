namespace Analytics.Api.External;

/// <summary>The body of <c>GET /api/external</c> when the external service answered.</summary>
internal sealed record ExternalSuccess(EnrichmentData Data)
{
    public string Status => "success";

    public string Source => "external_service";
}

/// <summary>The body of <c>GET /api/external</c> when the breaker is open or the call failed (still 200).</summary>
internal sealed record ExternalFallback(string Message)
{
    public string Status => "fallback";

    public string Source => "circuit_breaker_fallback";
}
