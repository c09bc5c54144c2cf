using Microsoft.Extensions.Options;

namespace Analytics.ExternalStub.Faults;

/// <summary>The stub's start-up fault plan, from the environment. <c>PUT /faults</c> changes it while running.</summary>
internal sealed class FaultOptions
{
    public const string FailureRateSetting = "EXTERNAL_SERVICE_FAILURE_RATE";
    public const string KindsSetting = "EXTERNAL_SERVICE_FAULT_KINDS";
    public const string LatencySetting = "EXTERNAL_SERVICE_LATENCY_MS";
    public const string DelaySetting = "EXTERNAL_SERVICE_FAULT_DELAY_MS";
    public const string SeedSetting = "EXTERNAL_SERVICE_SEED";

    [ConfigurationKeyName(FailureRateSetting)]
    public double FailureRate { get; set; } = 0.1;

    /// <summary>Comma-separated fault kinds, e.g. <c>server_error,drop</c>.</summary>
    [ConfigurationKeyName(KindsSetting)]
    public string Kinds { get; set; } = "server_error";

    [ConfigurationKeyName(LatencySetting)]
    public int LatencyMs { get; set; }

    [ConfigurationKeyName(DelaySetting)]
    public int DelayMs { get; set; } = FaultPlan.DefaultDelayMs;

    [ConfigurationKeyName(SeedSetting)]
    public int? Seed { get; set; }

    public FaultPlan ToPlan() => new(
        FailureRate,
        Kinds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        LatencyMs,
        DelayMs,
        Seed);
}

internal static class FaultOptionsRegistration
{
    public static IServiceCollection AddFaultOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FaultOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<FaultOptions>, FaultSettingsValidator>();
        return services;
    }

    /// <summary>The plan's own checks, reported with the environment variable's name rather than the JSON field's.</summary>
    private sealed class FaultSettingsValidator : IValidateOptions<FaultOptions>
    {
        private static readonly Dictionary<string, string> SettingOfField = new()
        {
            ["failure_rate"] = FaultOptions.FailureRateSetting,
            ["kinds"] = FaultOptions.KindsSetting,
            ["latency_ms"] = FaultOptions.LatencySetting,
            ["delay_ms"] = FaultOptions.DelaySetting,
        };

        public ValidateOptionsResult Validate(string? name, FaultOptions options)
        {
            var failures = options.ToPlan().Problems()
                .Select(p => $"{SettingOfField[p.Key]} {string.Join("; ", p.Value)}.")
                .ToList();
            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
    }
}
