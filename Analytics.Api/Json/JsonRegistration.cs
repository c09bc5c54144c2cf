namespace Analytics.Api.Json;

internal static class JsonRegistration
{
    public static IHostApplicationBuilder AddAnalyticsJson(this IHostApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.TypeInfoResolverChain.Insert(0, AnalyticsJsonContext.Default));
        return builder;
    }
}
