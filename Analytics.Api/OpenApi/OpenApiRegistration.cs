namespace Analytics.Api.OpenApi;

internal static class OpenApiRegistration
{
    public const string DocumentPath = "/openapi/v1.json";
    public const string DocsPath = DocumentPath;

    public static IHostApplicationBuilder AddAnalyticsOpenApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOpenApi();
        return builder;
    }

    public static WebApplication MapAnalyticsOpenApi(this WebApplication app)
    {
        app.MapOpenApi();
        return app;
    }
}
