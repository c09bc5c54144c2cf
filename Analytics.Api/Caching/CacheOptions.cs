namespace Analytics.Api.Caching;

internal sealed class CacheOptions
{
    public const string TtlSetting = "CACHE_TTL_SECONDS";

    [ConfigurationKeyName(TtlSetting)]
    public int TtlSeconds { get; set; } = 300;
}

internal static class CacheOptionsRegistration
{
    public static IServiceCollection AddCacheOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CacheOptions>()
            .Bind(configuration)
            .Validate(o => o.TtlSeconds is >= 1 and <= 86_400, $"{CacheOptions.TtlSetting} must be between 1 and 86400 seconds.")
            .ValidateOnStart();
        return services;
    }
}
