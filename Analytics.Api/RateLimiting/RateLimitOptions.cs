using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Analytics.Api.RateLimiting;

internal sealed class RateLimitOptions
{
    [ConfigurationKeyName("RATE_LIMIT_REQUESTS")]
    [Range(1, 1_000_000, ErrorMessage = "RATE_LIMIT_REQUESTS must be between 1 and 1000000.")]
    public int Requests { get; set; } = 10;

    [ConfigurationKeyName("RATE_LIMIT_WINDOW_SECONDS")]
    [Range(1, 86_400, ErrorMessage = "RATE_LIMIT_WINDOW_SECONDS must be between 1 and 86400 seconds.")]
    public int WindowSeconds { get; set; } = 60;
}

[OptionsValidator]
internal sealed partial class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>;
