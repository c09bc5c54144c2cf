namespace Analytics.Api.Resilience;

/// <summary>How the API calls the external service. The ranges are the ones Polly v8 accepts.</summary>
internal sealed class ExternalServiceOptions
{
    public const string FailureThresholdSetting = "CIRCUIT_BREAKER_FAILURE_THRESHOLD";
    public const string ResetTimeoutSetting = "CIRCUIT_BREAKER_RESET_TIMEOUT";
    public const string TimeoutSetting = "EXTERNAL_SERVICE_TIMEOUT";

    [ConfigurationKeyName(FailureThresholdSetting)]
    public int FailureThreshold { get; set; } = 5;

    [ConfigurationKeyName(ResetTimeoutSetting)]
    public double ResetTimeoutSeconds { get; set; } = 30;

    [ConfigurationKeyName(TimeoutSetting)]
    public double TimeoutSeconds { get; set; } = 5;
}

internal static class ExternalServiceOptionsRegistration
{
    public static IServiceCollection AddExternalServiceOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ExternalServiceOptions>()
            .Bind(configuration)
            .Validate(o => o.FailureThreshold is >= 2 and <= 10_000,
                $"{ExternalServiceOptions.FailureThresholdSetting} must be between 2 and 10000 (Polly's breaker needs a minimum throughput of 2).")
            .Validate(o => o.ResetTimeoutSeconds is >= 0.5 and <= 86_400,
                $"{ExternalServiceOptions.ResetTimeoutSetting} must be between 0.5 and 86400 seconds.")
            .Validate(o => o.TimeoutSeconds is >= 0.01 and <= 300,
                $"{ExternalServiceOptions.TimeoutSetting} must be between 0.01 and 300 seconds.")
            .ValidateOnStart();
        return services;
    }
}
