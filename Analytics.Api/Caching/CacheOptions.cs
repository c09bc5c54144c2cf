using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Analytics.Api.Caching;

internal sealed class CacheOptions
{
    [ConfigurationKeyName("CACHE_TTL_SECONDS")]
    [Range(1, 86_400, ErrorMessage = "CACHE_TTL_SECONDS must be between 1 and 86400 seconds.")]
    public int TtlSeconds { get; set; } = 300;
}

[OptionsValidator]
internal sealed partial class CacheOptionsValidator : IValidateOptions<CacheOptions>;
