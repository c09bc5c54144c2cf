using Analytics.Api.Caching;
using Analytics.Api.RateLimiting;
using Analytics.Api.Resilience;
using Microsoft.Extensions.Options;

namespace Analytics.Api.Settings;

/// <summary>
/// Binds the contract's environment variables to options and validates them while the host starts:
/// a value out of range stops the process with a message that names the setting.
/// </summary>
internal static class SettingsRegistration
{
    public static IHostApplicationBuilder AddAnalyticsSettings(this IHostApplicationBuilder builder)
    {
        // Each Bind names its type so that the configuration binder's source generator covers it (AOT).
        var services = builder.Services;
        services.AddOptions<CacheOptions>().Bind(builder.Configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CacheOptions>, CacheOptionsValidator>();
        services.AddOptions<RateLimitOptions>().Bind(builder.Configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RateLimitOptions>, RateLimitOptionsValidator>();
        services.AddOptions<ExternalServiceOptions>().Bind(builder.Configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ExternalServiceOptions>, ExternalServiceOptionsValidator>();
        return builder;
    }
}
