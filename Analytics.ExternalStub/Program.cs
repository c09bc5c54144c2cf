using Analytics.ExternalStub.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.ConfigureHttpJsonOptions(options =>
    options.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower);

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapGet("/health", () => TypedResults.Ok(new { status = "healthy" }));
app.MapDataApi();

app.Run();
