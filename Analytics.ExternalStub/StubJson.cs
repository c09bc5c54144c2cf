using System.Text.Json;

namespace Analytics.ExternalStub;

internal static class StubJson
{
    /// <summary>snake_case bodies like the API's, and problem+json for every error.</summary>
    public static IHostApplicationBuilder AddStubJson(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);
        return builder;
    }
}
