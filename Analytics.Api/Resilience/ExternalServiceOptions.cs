namespace Analytics.Api.Resilience;

/// <summary>How the API calls the external service. The ranges are the ones Polly v8 accepts.</summary>
internal sealed class ExternalServiceOptions
{
    public const string FailureThresholdSetting = "CIRCUIT_BREAKER_FAILURE_THRESHOLD";
    public const string ResetTimeoutSetting = "CIRCUIT_BREAKER_RESET_TIMEOUT";
    public const string TimeoutSetting = "EXTERNAL_SERVICE_TIMEOUT";
    public const string SamplingSetting = "CIRCUIT_BREAKER_SAMPLING_SECONDS";

    /// <summary>Polly's own default, used unless twice the timeout is longer (the handler's rule).</summary>
    public const double DefaultSamplingSeconds = 30;

    [ConfigurationKeyName(FailureThresholdSetting)]
    public int FailureThreshold { get; set; } = 5;

    [ConfigurationKeyName(ResetTimeoutSetting)]
    public double ResetTimeoutSeconds { get; set; } = 30;

    [ConfigurationKeyName(TimeoutSetting)]
    public double TimeoutSeconds { get; set; } = 5;

    /// <summary>The window in which <see cref="FailureThreshold"/> failures open the breaker; unset: see <see cref="SamplingDuration"/>.</summary>
    [ConfigurationKeyName(SamplingSetting)]
    public double? SamplingSeconds { get; set; }

    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);

    public TimeSpan ResetTimeout => TimeSpan.FromSeconds(ResetTimeoutSeconds);

    public TimeSpan SamplingDuration =>
        TimeSpan.FromSeconds(SamplingSeconds ?? Math.Max(DefaultSamplingSeconds, 2 * TimeoutSeconds));
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
            .Validate(o => o.SamplingSeconds is null || (o.SamplingSeconds <= 86_400 && o.SamplingSeconds >= 2 * o.TimeoutSeconds && o.SamplingSeconds >= 0.5),
                $"{ExternalServiceOptions.SamplingSetting} must be between 0.5 and 86400 seconds and at least twice {ExternalServiceOptions.TimeoutSetting}.")
            .ValidateOnStart();
        return services;
    }
}
