using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;

namespace Analytics.Api.Resilience;

/// <summary>
/// Watches the external client's breaker: its state comes from Polly's <see cref="CircuitBreakerStateProvider"/>
/// (one per breaker); the counts and times Polly does not keep come from the breaker's callbacks.
/// </summary>
internal sealed class CircuitBreakerMonitor(TimeProvider time, IOptions<ExternalServiceOptions> settings)
{
    private readonly Lock _gate = new();
    private int _failures;
    private int _successes;
    private DateTimeOffset? _openedAt;

    public CircuitBreakerStateProvider StateProvider { get; } = new();

    public void Observe(HttpCircuitBreakerStrategyOptions breaker)
    {
        breaker.StateProvider = StateProvider;
        var isFailure = breaker.ShouldHandle;
        breaker.ShouldHandle = async args =>
        {
            var failed = await isFailure(args);
            // A cancelled call (the caller left) is neither: Polly does not count it either.
            if (failed || args.Outcome.Exception is not OperationCanceledException)
            {
                Record(failed);
            }

            return failed;
        };
        breaker.OnOpened = _ =>
        {
            lock (_gate)
            {
                _openedAt = time.GetUtcNow();
            }

            return ValueTask.CompletedTask;
        };
        breaker.OnClosed = _ =>
        {
            lock (_gate)
            {
                _openedAt = null;
            }

            return ValueTask.CompletedTask;
        };
    }

    public CircuitBreakerStatus Status()
    {
        // Polly moves from open to half-open lazily, on the first call after the break: until then it reports OPEN.
        var state = StateProvider.CircuitState switch
        {
            CircuitState.Closed => CircuitBreakerStatus.Closed,
            CircuitState.HalfOpen => CircuitBreakerStatus.HalfOpen,
            _ => CircuitBreakerStatus.Open,
        };
        lock (_gate)
        {
            var openedAt = state == CircuitBreakerStatus.Closed ? null : _openedAt;
            return new CircuitBreakerStatus(
                state,
                _failures,
                _successes,
                settings.Value.FailureThreshold,
                settings.Value.ResetTimeoutSeconds,
                openedAt?.UtcDateTime,
                (openedAt + settings.Value.ResetTimeout)?.UtcDateTime); // Polly breaks for exactly that (no generator)
        }
    }

    private void Record(bool failed)
    {
        lock (_gate)
        {
            (_failures, _successes) = failed ? (_failures + 1, 0) : (0, _successes + 1);
        }
    }
}
