using System.Text.Json;

namespace Analytics.Api.Json;

internal static class JsonRegistration
{
    public static IHostApplicationBuilder AddAnalyticsJson(this IHostApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            // The context supplies the metadata; the naming policy must also be set here, since the
            // options in use are these, not the context's own.
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            options.SerializerOptions.TypeInfoResolverChain.Insert(0, AnalyticsJsonContext.Default);
        });
        return builder;
    }
}
