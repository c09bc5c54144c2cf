using Microsoft.AspNetCore.Http.HttpResults;

namespace Analytics.Api.Resilience;

internal static class CircuitBreakerEndpoints
{
    public static IEndpointRouteBuilder MapCircuitBreakerApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/circuit-breaker")
            .WithTags("Circuit breaker")
            .MapGet("/status", GetStatus)
            .WithSummary("The external service breaker: state, consecutive failures and successes, when it opened and when it lets a probe through.");
        return app;
    }

    private static Ok<CircuitBreakerStatus> GetStatus(CircuitBreakerMonitor monitor) => TypedResults.Ok(monitor.Status());
}
