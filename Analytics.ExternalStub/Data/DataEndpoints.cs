using Microsoft.AspNetCore.Http.HttpResults;

namespace Analytics.ExternalStub.Data;

internal static class DataEndpoints
{
    public static RouteHandlerBuilder MapDataApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/data", GetData).WithTags("Data");

    private static Ok<EnrichmentData> GetData(string? type, TimeProvider time)
    {
        var name = string.IsNullOrWhiteSpace(type) ? "unknown" : type;
        return TypedResults.Ok(new EnrichmentData(
            name,
            UnitOf(name),
            $"Reference data for metric type '{name}' from the external service.",
            time.GetUtcNow().UtcDateTime));
    }

    private static string UnitOf(string type) => type switch
    {
        _ when type.Contains("usage", StringComparison.OrdinalIgnoreCase) => "percent",
        _ when type.Contains("latency", StringComparison.OrdinalIgnoreCase) => "milliseconds",
        _ when type.Contains("memory", StringComparison.OrdinalIgnoreCase) => "bytes",
        _ => "count",
    };
}
