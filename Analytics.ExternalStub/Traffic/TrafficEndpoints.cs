using OpenTelemetry.Metrics;

namespace Analytics.ExternalStub.Traffic;

internal static class TrafficEndpoints
{
    public static IHostApplicationBuilder AddRequestCounting(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<RequestCounter>();
        // Added to the meter provider of the service defaults, which exists only when there is an exporter.
        builder.Services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddMeter(RequestCounter.MeterName));
        return builder;
    }

    public static IEndpointRouteBuilder MapStatsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/stats", (RequestCounter counter) => TypedResults.Ok(counter.Stats))
            .WithTags("Stats")
            .WithSummary("Data requests received since start, and how many got an injected fault.");
        return app;
    }
}
