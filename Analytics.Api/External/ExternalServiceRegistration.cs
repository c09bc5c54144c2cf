using Analytics.Api.Resilience;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace Analytics.Api.External;

internal static class ExternalServiceRegistration
{
    /// <summary>The typed client to the stub, with one standard resilience pipeline built from the contract's settings.</summary>
    public static IHostApplicationBuilder AddExternalService(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CircuitBreakerMonitor>();
        var client = builder.Services.AddHttpClient<EnrichmentClient>(http => http.BaseAddress = new Uri(EnrichmentClient.BaseAddress));

        // The service defaults give every client a standard handler with Polly's defaults; stacked with ours it
        // would retry and break on its own terms. Experimental (EXTEXP0001), but the documented way to replace it.
        // Service discovery, also from the defaults, stays outside ours: a call resolves the stub once for its attempts.
#pragma warning disable EXTEXP0001
        client.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001

        client.AddStandardResilienceHandler().Configure((options, services) =>
        {
            services.GetRequiredService<IOptions<ExternalServiceOptions>>().Value.ApplyTo(options);
            services.GetRequiredService<CircuitBreakerMonitor>().Observe(options.CircuitBreaker);
        });
        return builder;
    }
}
