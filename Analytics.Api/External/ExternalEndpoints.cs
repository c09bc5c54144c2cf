using Analytics.Api.Resilience;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Analytics.Api.External;

internal static class ExternalEndpoints
{
    public static IEndpointRouteBuilder MapExternalApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/external")
            .WithTags("External service")
            .MapGet("", GetExternalAsync)
            .WithSummary("Data from the external service through the circuit breaker; a fallback body (still 200) when it is open or the call fails.");
        return app;
    }

    private static async Task<Results<Ok<ExternalSuccess>, Ok<ExternalFallback>>> GetExternalAsync(
        string? type, EnrichmentClient client, IOptions<ExternalServiceOptions> settings, CancellationToken cancellationToken)
    {
        var outcome = await client.FetchAsync(type, cancellationToken);
        if (outcome.Data is { } data)
        {
            return TypedResults.Ok(new ExternalSuccess(data));
        }

        return TypedResults.Ok(new ExternalFallback(outcome.Failure switch
        {
            EnrichmentFailure.CircuitOpen => "The circuit breaker is open: the external service is not called until the next probe.",
            EnrichmentFailure.TimedOut => $"The external service did not answer within {settings.Value.TimeoutSeconds} s.",
            _ => "The external service call failed.",
        }));
    }
}
