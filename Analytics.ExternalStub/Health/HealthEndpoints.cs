namespace Analytics.ExternalStub.Health;

internal static class HealthEndpoints
{
    /// <summary>Never under the fault plan: the AppHost must not restart or hide a stub that fails on purpose.</summary>
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", () => TypedResults.Ok(new StubHealth("healthy"))).WithTags("Service");
        return app;
    }
}

internal sealed record StubHealth(string Status);
