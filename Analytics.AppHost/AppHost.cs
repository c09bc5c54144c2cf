var builder = DistributedApplication.CreateBuilder(new DistributedApplicationOptions
{
    Args = args,
    DisableDashboard = Headless.IsRequested(args),
});

var cache = builder.AddAnalyticsRedis("cache");

var stub = builder.AddProject<Projects.Analytics_ExternalStub>("stub")
    .WithForwardedSettings(ForwardedSettings.Stub)
    .WithHttpHealthCheck("/health")
    .WithFaultCommands();

builder.AddProject<Projects.Analytics_Api>("api")
    .WithReference(cache).WaitFor(cache)
    .WithReference(stub).WaitFor(stub)
    .WithForwardedSettings(ForwardedSettings.Api)
    .WithHttpHealthCheck("/health");

builder.Build().Run();
