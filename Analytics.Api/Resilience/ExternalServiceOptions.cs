using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Analytics.Api.Resilience;

/// <summary>How the API calls the external service. The ranges are the ones Polly v8 accepts.</summary>
internal sealed class ExternalServiceOptions
{
    [ConfigurationKeyName("CIRCUIT_BREAKER_FAILURE_THRESHOLD")]
    [Range(2, 10_000, ErrorMessage = "CIRCUIT_BREAKER_FAILURE_THRESHOLD must be between 2 and 10000 (Polly needs a minimum throughput of 2).")]
    public int FailureThreshold { get; set; } = 5;

    [ConfigurationKeyName("CIRCUIT_BREAKER_RESET_TIMEOUT")]
    [Range(0.5, 86_400, ErrorMessage = "CIRCUIT_BREAKER_RESET_TIMEOUT must be between 0.5 and 86400 seconds.")]
    public double ResetTimeoutSeconds { get; set; } = 30;

    [ConfigurationKeyName("EXTERNAL_SERVICE_TIMEOUT")]
    [Range(0.01, 300, ErrorMessage = "EXTERNAL_SERVICE_TIMEOUT must be between 0.01 and 300 seconds.")]
    public double TimeoutSeconds { get; set; } = 5;
}

[OptionsValidator]
internal sealed partial class ExternalServiceOptionsValidator : IValidateOptions<ExternalServiceOptions>;
