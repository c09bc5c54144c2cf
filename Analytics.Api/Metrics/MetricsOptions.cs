namespace Analytics.Api.Metrics;

internal sealed class MetricsOptions
{
    public const string RetentionSetting = "METRICS_RETENTION_DAYS";
    public const string MaxBodySetting = "METRICS_MAX_BODY_BYTES";

    /// <summary>How long raw points and rollups are kept, counted from the metric's own timestamp.</summary>
    [ConfigurationKeyName(RetentionSetting)]
    public int RetentionDays { get; set; } = 30;

    /// <summary>Largest request body accepted by the ingestion endpoints; a batch of 1000 needs about 80 KB.</summary>
    [ConfigurationKeyName(MaxBodySetting)]
    public int MaxBodyBytes { get; set; } = 1_048_576;

    public TimeSpan Retention => TimeSpan.FromDays(RetentionDays);
}

internal static class MetricsOptionsRegistration
{
    public static IServiceCollection AddMetricsOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MetricsOptions>()
            .Bind(configuration)
            .Validate(o => o.RetentionDays is >= 1 and <= 3650, $"{MetricsOptions.RetentionSetting} must be between 1 and 3650 days.")
            .Validate(o => o.MaxBodyBytes is >= 1024 and <= 64 * 1024 * 1024, $"{MetricsOptions.MaxBodySetting} must be between 1024 and 67108864 bytes.")
            .ValidateOnStart();
        return services;
    }
}
