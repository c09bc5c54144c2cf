using Analytics.Api.Redis;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Analytics.Api.Health;

internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", GetHealthAsync)
            .WithTags("Service")
            .WithSummary("Reports whether Redis answers. Degraded (still 200) when it does not: the API keeps serving what it can.");
        return app;
    }

    private static async Task<Ok<ServiceHealth>> GetHealthAsync(RedisProbe redis, TimeProvider time, CancellationToken cancellationToken)
    {
        var connected = await redis.PingAsync(cancellationToken);
        var status = connected ? ServiceHealth.Healthy : ServiceHealth.Degraded;
        return TypedResults.Ok(new ServiceHealth(status, connected, time.GetUtcNow().UtcDateTime));
    }
}
