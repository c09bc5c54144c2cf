using System.Diagnostics;

namespace Analytics.Api.Problems;

/// <summary>Every error leaves as RFC 9457 problem+json carrying a <c>trace_id</c>.</summary>
internal static class ProblemRegistration
{
    public const string TraceIdField = "trace_id";

    public static IHostApplicationBuilder AddAnalyticsProblems(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions[TraceIdField] =
                Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier);
        return builder;
    }

    public static WebApplication UseAnalyticsProblems(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}
