namespace Analytics.Api.RateLimiting;

internal sealed class RateLimitOptions
{
    public const string RequestsSetting = "RATE_LIMIT_REQUESTS";
    public const string WindowSetting = "RATE_LIMIT_WINDOW_SECONDS";

    [ConfigurationKeyName(RequestsSetting)]
    public int Requests { get; set; } = 10;

    [ConfigurationKeyName(WindowSetting)]
    public int WindowSeconds { get; set; } = 60;
}

internal static class RateLimitOptionsRegistration
{
    public static IServiceCollection AddRateLimitOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>()
            .Bind(configuration)
            .Validate(o => o.Requests is >= 1 and <= 1_000_000, $"{RateLimitOptions.RequestsSetting} must be between 1 and 1000000.")
            .Validate(o => o.WindowSeconds is >= 1 and <= 86_400, $"{RateLimitOptions.WindowSetting} must be between 1 and 86400 seconds.")
            .ValidateOnStart();
        return services;
    }
}
