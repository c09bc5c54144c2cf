namespace Analytics.Api.Resilience;

/// <summary>
/// The body of <c>GET /api/circuit-breaker/status</c>. Counts are consecutive attempts, as in the seed: a success
/// clears <see cref="FailureCount"/>, a failure clears <see cref="SuccessCount"/>. <see cref="OpenedAt"/> and
/// <see cref="ProbeAllowedAt"/> are null while closed.
/// </summary>
internal sealed record CircuitBreakerStatus(
    string State,
    int FailureCount,
    int SuccessCount,
    int FailureThreshold,
    double ResetTimeoutSeconds,
    DateTime? OpenedAt,
    DateTime? ProbeAllowedAt)
{
    public const string Closed = "CLOSED";
    public const string Open = "OPEN";
    public const string HalfOpen = "HALF_OPEN";
}
