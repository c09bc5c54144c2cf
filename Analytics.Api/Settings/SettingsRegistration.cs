using Analytics.Api.Caching;
using Analytics.Api.RateLimiting;
using Analytics.Api.Resilience;

namespace Analytics.Api.Settings;

/// <summary>
/// Binds the contract's environment variables to options and validates them while the host starts:
/// a value out of range stops the process with a message that names the setting.
/// </summary>
internal static class SettingsRegistration
{
    public static IHostApplicationBuilder AddAnalyticsSettings(this IHostApplicationBuilder builder)
    {
        builder.Services.AddCacheOptions(builder.Configuration);
        builder.Services.AddRateLimitOptions(builder.Configuration);
        builder.Services.AddExternalServiceOptions(builder.Configuration);
        return builder;
    }
}
