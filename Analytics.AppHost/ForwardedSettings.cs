using Microsoft.Extensions.Configuration;

namespace Aspire.Hosting;

/// <summary>
/// Passes the contract's settings (environment variables such as <c>CACHE_TTL_SECONDS</c>) from the
/// AppHost's configuration to a service, when they are set: one place to configure the whole system.
/// </summary>
internal static class ForwardedSettings
{
    public static readonly string[] Api =
    [
        "CACHE_TTL_SECONDS",
        "RATE_LIMIT_REQUESTS",
        "RATE_LIMIT_WINDOW_SECONDS",
        "CIRCUIT_BREAKER_FAILURE_THRESHOLD",
        "CIRCUIT_BREAKER_RESET_TIMEOUT",
        "EXTERNAL_SERVICE_TIMEOUT",
        "CIRCUIT_BREAKER_SAMPLING_SECONDS",
    ];

    public static readonly string[] Stub =
    [
        "EXTERNAL_SERVICE_FAILURE_RATE",
        "EXTERNAL_SERVICE_FAULT_KINDS",
        "EXTERNAL_SERVICE_LATENCY_MS",
        "EXTERNAL_SERVICE_FAULT_DELAY_MS",
        "EXTERNAL_SERVICE_SEED",
    ];

    public static IResourceBuilder<T> WithForwardedSettings<T>(this IResourceBuilder<T> builder, IEnumerable<string> names)
        where T : IResourceWithEnvironment
    {
        foreach (var name in names)
        {
            if (builder.ApplicationBuilder.Configuration[name] is { } value)
            {
                builder.WithEnvironment(name, value);
            }
        }

        return builder;
    }
}
