using Analytics.Api.External;
using Analytics.Api.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace Analytics.Tests.Unit;

/// <summary>The contract's breaker and timeout settings as the external client's standard resilience handler sees them.</summary>
public sealed class StandardResilienceMappingTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(10_000)]
    public void Threshold_opens_the_breaker_when_that_many_attempts_in_the_window_all_failed(int threshold)
    {
        var options = Map(new ExternalServiceOptions { FailureThreshold = threshold });

        Assert.Equal(1.0, options.CircuitBreaker.FailureRatio);
        Assert.Equal(threshold, options.CircuitBreaker.MinimumThroughput);
    }

    [Fact]
    public void Reset_timeout_is_the_break_and_timeout_is_each_attempt_s_bound()
    {
        var options = Map(new ExternalServiceOptions { ResetTimeoutSeconds = 2, TimeoutSeconds = 0.5 });

        Assert.Equal(TimeSpan.FromSeconds(2), options.CircuitBreaker.BreakDuration);
        Assert.Equal(TimeSpan.FromSeconds(0.5), options.AttemptTimeout.Timeout);
        Assert.Equal(1, options.Retry.MaxRetryAttempts);
        Assert.True(options.TotalRequestTimeout.Timeout >= 2 * options.AttemptTimeout.Timeout + options.Retry.Delay);
    }

    [Theory]
    [InlineData(5, null, 30)]
    [InlineData(0.5, null, 30)]
    [InlineData(60, null, 120)]
    [InlineData(0.5, 1.0, 1)]
    public void Sampling_window_defaults_to_Polly_s_30_s_or_twice_the_timeout(double timeout, double? sampling, double expected)
    {
        var options = Map(new ExternalServiceOptions { TimeoutSeconds = timeout, SamplingSeconds = sampling });

        Assert.Equal(TimeSpan.FromSeconds(expected), options.CircuitBreaker.SamplingDuration);
    }

    [Theory]
    [InlineData("2", "0.5", "0.01")]
    [InlineData("5", "30", "5")]
    [InlineData("10000", "86400", "300")]
    public void Every_accepted_setting_passes_the_handler_s_own_validation(string threshold, string reset, string timeout)
    {
        using var services = ExternalClientServices(new()
        {
            ["CIRCUIT_BREAKER_FAILURE_THRESHOLD"] = threshold,
            ["CIRCUIT_BREAKER_RESET_TIMEOUT"] = reset,
            ["EXTERNAL_SERVICE_TIMEOUT"] = timeout,
        });

        // Get runs the handler's validators (ratio, throughput, durations, sampling >= 2 x attempt timeout).
        var options = services.GetRequiredService<IOptionsMonitor<HttpStandardResilienceOptions>>().Get(PipelineName);

        Assert.Equal(int.Parse(threshold, System.Globalization.CultureInfo.InvariantCulture), options.CircuitBreaker.MinimumThroughput);
    }

    [Fact]
    public void External_client_carries_one_resilience_pipeline_not_the_defaults_as_well()
    {
        using var services = ExternalClientServices([]);
        var factory = services.GetRequiredService<IHttpMessageHandlerFactory>();

        Assert.Equal(1, ResilienceHandlers(factory.CreateHandler(nameof(EnrichmentClient))));
        // Other clients keep the service defaults' handler.
        Assert.Equal(1, ResilienceHandlers(factory.CreateHandler("another")));
    }

    private const string PipelineName = $"{nameof(EnrichmentClient)}-standard";

    private static HttpStandardResilienceOptions Map(ExternalServiceOptions settings)
    {
        var options = new HttpStandardResilienceOptions();
        settings.ApplyTo(options);
        return options;
    }

    private static ServiceProvider ExternalClientServices(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddServiceDefaults();
        builder.Services.AddExternalServiceOptions(builder.Configuration);
        builder.AddExternalService();
        return builder.Services.BuildServiceProvider();
    }

    private static int ResilienceHandlers(HttpMessageHandler handler)
    {
        var count = 0;
        for (var current = handler; current is DelegatingHandler delegating; current = delegating.InnerHandler)
        {
            count += current is ResilienceHandler ? 1 : 0;
        }

        return count;
    }
}
