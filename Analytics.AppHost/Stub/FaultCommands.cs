using System.Net.Http.Json;
using Aspire.Hosting.ApplicationModel;

namespace Aspire.Hosting;

/// <summary>
/// Dashboard buttons on the stub that change its fault plan while it runs (<c>PUT /faults</c>), to watch the
/// API's breaker open and close without restarting anything.
/// </summary>
internal static class FaultCommands
{
    public static IResourceBuilder<ProjectResource> WithFaultCommands(this IResourceBuilder<ProjectResource> stub) => stub
        .WithFaultCommand("fail-all", "Fail all", "Every data request fails with 500: the API's breaker opens.", "ErrorCircle", new { failure_rate = 1.0, kinds = new[] { "server_error" } })
        .WithFaultCommand("healthy", "Healthy", "No data request fails: the API's breaker closes after its next probe.", "CheckmarkCircle", new { failure_rate = 0.0 })
        .WithHttpCommand("/faults", "Reset faults", commandName: "reset-faults", commandOptions: new HttpCommandOptions
        {
            Method = HttpMethod.Delete,
            Description = "Back to the fault plan from the settings (EXTERNAL_SERVICE_FAILURE_RATE...).",
            IconName = "ArrowReset",
        });

    private static IResourceBuilder<ProjectResource> WithFaultCommand(
        this IResourceBuilder<ProjectResource> stub, string name, string displayName, string description, string icon, object plan) =>
        stub.WithHttpCommand("/faults", displayName, commandName: name, commandOptions: new HttpCommandOptions
        {
            Method = HttpMethod.Put,
            Description = description,
            IconName = icon,
            PrepareRequest = context =>
            {
                context.Request.Content = JsonContent.Create(plan);
                return Task.CompletedTask;
            },
        });
}
