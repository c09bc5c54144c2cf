using Scalar.AspNetCore;

namespace Analytics.Api.OpenApi;

internal static class OpenApiRegistration
{
    public const string DocumentPath = "/openapi/v1.json";

    /// <summary>The interactive API reference (Scalar) over the OpenAPI document.</summary>
    public const string DocsPath = "/docs";

    public static IHostApplicationBuilder AddAnalyticsOpenApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOpenApi();
        return builder;
    }

    public static WebApplication MapAnalyticsOpenApi(this WebApplication app)
    {
        app.MapOpenApi(DocumentPath);
        app.MapScalarApiReference(DocsPath, options => options
            .WithTitle("Resilient Analytics API")
            .WithOpenApiRoutePattern(DocumentPath));
        return app;
    }
}
