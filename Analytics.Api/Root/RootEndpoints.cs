using System.Reflection;
using Analytics.Api.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Analytics.Api.Root;

internal static class RootEndpoints
{
    public const string ServiceName = "Resilient Analytics API";

    private static readonly string Version =
        typeof(RootEndpoints).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";

    public static IEndpointRouteBuilder MapRootApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", GetServiceInfo)
            .WithTags("Service")
            .WithSummary("Names the service, its version and where its API documentation is.");
        return app;
    }

    private static Ok<ServiceInfo> GetServiceInfo() =>
        TypedResults.Ok(new ServiceInfo(ServiceName, Version, OpenApiRegistration.DocsPath));
}
