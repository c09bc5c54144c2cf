using Analytics.Api.External;
using Analytics.Api.Health;
using Analytics.Api.Json;
using Analytics.Api.Metrics;
using Analytics.Api.OpenApi;
using Analytics.Api.Problems;
using Analytics.Api.Redis;
using Analytics.Api.Resilience;
using Analytics.Api.Root;
using Analytics.Api.Settings;

var builder = WebApplication.CreateSlimBuilder(args);

builder.AddServiceDefaults();
builder.AddAnalyticsJson();
builder.AddAnalyticsProblems();
builder.AddAnalyticsSettings();
builder.AddAnalyticsRedis();
builder.AddExternalService();
builder.AddAnalyticsOpenApi();
builder.AddMetrics();

var app = builder.Build();

app.UseAnalyticsProblems();

app.MapDefaultEndpoints();
app.MapAnalyticsOpenApi();
app.MapRootApi();
app.MapHealthApi();
app.MapMetricsApi();
app.MapExternalApi();
app.MapCircuitBreakerApi();

app.Run();
