using System.Diagnostics;

namespace Analytics.Api.Problems;

/// <summary>Every error leaves as RFC 9457 problem+json carrying a <c>trace_id</c>.</summary>
internal static class ProblemRegistration
{
    public const string TraceIdField = "trace_id";

    public static IHostApplicationBuilder AddAnalyticsProblems(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions[TraceIdField] =
                Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
            // Answers made by the framework itself (routing's 415, 404, 405) carry no detail.
            context.ProblemDetails.Detail ??= DefaultDetail(context.ProblemDetails.Status);
        });
        builder.Services.AddExceptionHandler<RedisUnavailableHandler>();
        return builder;
    }

    private static string? DefaultDetail(int? status) => status switch
    {
        StatusCodes.Status404NotFound => "No endpoint answers this path; GET / lists where the API documentation is.",
        StatusCodes.Status405MethodNotAllowed => "This path does not take this HTTP method.",
        StatusCodes.Status415UnsupportedMediaType => Problems.SendJson,
        _ => null,
    };

    public static WebApplication UseAnalyticsProblems(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}
