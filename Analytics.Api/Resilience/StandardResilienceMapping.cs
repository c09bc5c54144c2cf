using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace Analytics.Api.Resilience;

/// <summary>
/// Maps the contract's settings onto the standard resilience handler of the external client.
/// <para>
/// Breaker: the seed opened after N consecutive failures; Polly v8 only has a failure-ratio breaker. With
/// <c>FailureRatio = 1.0</c> and <c>MinimumThroughput = N</c> it opens when the sampling window holds at least N
/// outcomes and all of them failed: N failures in a row, as long as no success is still inside the window.
/// </para>
/// <para>
/// What the breaker counts is attempts, not calls: a fast failure (5xx, 408, 429, connection lost) is retried
/// once, so a call that fails that way counts twice. A timeout is not retried: the caller has waited long enough.
/// </para>
/// </summary>
internal static class StandardResilienceMapping
{
    public const double AllAttemptsFailed = 1.0;
    public const int RetryAttempts = 1;

    /// <summary>Short: the caller of <c>/api/external</c> is waiting.</summary>
    public static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(100);

    public static void ApplyTo(this ExternalServiceOptions settings, HttpStandardResilienceOptions options)
    {
        options.AttemptTimeout.Timeout = settings.Timeout;
        options.TotalRequestTimeout.Timeout = TotalTimeout(settings);

        options.Retry.MaxRetryAttempts = RetryAttempts;
        options.Retry.BackoffType = DelayBackoffType.Constant;
        options.Retry.Delay = RetryDelay;
        options.Retry.ShouldHandle = args => ValueTask.FromResult(IsRetryable(args.Outcome));

        options.CircuitBreaker.FailureRatio = AllAttemptsFailed;
        options.CircuitBreaker.MinimumThroughput = settings.FailureThreshold;
        options.CircuitBreaker.SamplingDuration = settings.SamplingDuration;
        options.CircuitBreaker.BreakDuration = settings.ResetTimeout;
    }

    /// <summary>Room for a failed attempt, the retry delay (plus jitter) and a second attempt.</summary>
    public static TimeSpan TotalTimeout(ExternalServiceOptions settings) =>
        settings.Timeout * (RetryAttempts + 1) + RetryDelay * 2;

    private static bool IsRetryable(Outcome<HttpResponseMessage> outcome) =>
        HttpClientResiliencePredicates.IsTransient(outcome) && outcome.Exception is not TimeoutRejectedException;
}
