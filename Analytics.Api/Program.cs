using Analytics.Api.Settings;
using Analytics.Api.Health;
using Analytics.Api.Json;
using Analytics.Api.Metrics;
using Analytics.Api.OpenApi;
using Analytics.Api.Problems;
using Analytics.Api.Redis;
using Analytics.Api.Root;

var builder = WebApplication.CreateSlimBuilder(args);

builder.AddServiceDefaults();
builder.AddAnalyticsJson();
builder.AddAnalyticsProblems();
builder.AddAnalyticsSettings();
builder.AddAnalyticsRedis();
builder.AddAnalyticsOpenApi();
builder.AddMetrics();

var app = builder.Build();

app.UseAnalyticsProblems();

app.MapDefaultEndpoints();
app.MapAnalyticsOpenApi();
app.MapRootApi();
app.MapHealthApi();
app.MapMetricsApi();

app.Run();
