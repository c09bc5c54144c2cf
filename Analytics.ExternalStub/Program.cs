using Analytics.ExternalStub;
using Analytics.ExternalStub.Data;
using Analytics.ExternalStub.Faults;
using Analytics.ExternalStub.Health;
using Analytics.ExternalStub.Traffic;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddStubJson();
builder.AddFaultInjection();
builder.AddRequestCounting();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();

app.MapDefaultEndpoints();
app.MapHealthApi();
app.MapDataApi().WithFaultInjection();
app.MapFaultsApi();
app.MapStatsApi();

app.Run();
