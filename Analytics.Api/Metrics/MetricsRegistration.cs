using Analytics.Api.Metrics.Ingestion;
using Analytics.Api.Metrics.Listing;
using Analytics.Api.Metrics.Storage;
using Analytics.Api.Metrics.Summaries;

namespace Analytics.Api.Metrics;

internal static class MetricsRegistration
{
    public static IHostApplicationBuilder AddMetrics(this IHostApplicationBuilder builder)
    {
        builder.Services.AddMetricsOptions(builder.Configuration);
        builder.Services.AddSingleton<MetricStore>();
        builder.Services.AddSingleton<GroupCommitWriter>();
        builder.Services.AddHostedService(services => services.GetRequiredService<GroupCommitWriter>());
        builder.Services.AddSingleton<MetricIngestion>();
        builder.Services.AddSingleton<SummaryReader>();
        builder.Services.AddTransient<EnrichedSummaries>(); // the typed HttpClient it uses is transient
        builder.Services.AddSingleton<RecentMetricsReader>();
        return builder;
    }
}
