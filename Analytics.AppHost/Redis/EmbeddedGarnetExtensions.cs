using System.Net;
using System.Net.Sockets;
using Garnet;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Aspire.Hosting;

/// <summary>
/// Runs Microsoft Garnet (RESP-compatible) inside the AppHost, so the system runs on a machine that
/// has only the .NET SDK. Garnet has no streams, no FUNCTION and no WAIT: the API uses none of them.
/// </summary>
internal static class EmbeddedGarnetExtensions
{
    public static IResourceBuilder<ConnectionStringResource> AddEmbeddedGarnet(
        this IDistributedApplicationBuilder builder, string name, string dataDirectory)
    {
        var garnet = builder.AddResource(new GarnetServerResource($"{name}-server", FreeLoopbackPort(), dataDirectory))
            .WithIconName("Database")
            .WithInitialState(new CustomResourceSnapshot
            {
                ResourceType = "Garnet",
                State = KnownResourceStates.NotStarted,
                Properties = [],
            })
            .ExcludeFromManifest()
            .OnInitializeResource(StartServerAsync);

        return builder.AddConnectionString(name, ReferenceExpression.Create($"{garnet.Resource.HostAndPort}"))
            .WaitForStart(garnet)
            .WithRedisPingHealthCheck();
    }

    private static async Task StartServerAsync(GarnetServerResource resource, InitializeResourceEvent evt, CancellationToken ct)
    {
        await evt.Notifications.PublishUpdateAsync(resource, s => s with { State = KnownResourceStates.Starting }).ConfigureAwait(false);
        try
        {
            var loggerFactory = evt.Services.GetRequiredService<ILoggerFactory>();
            var server = await Task.Run(() =>
            {
                var started = new GarnetServer(resource.ServerArguments(), loggerFactory);
                started.Start();
                return started;
            }, ct).ConfigureAwait(false);

            evt.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopped.Register(server.Dispose);
            evt.Logger.LogInformation("Garnet listens on {HostAndPort}, data in {DataDirectory}.", resource.HostAndPort, resource.DataDirectory);

            await evt.Notifications.PublishUpdateAsync(resource, s => s with
            {
                State = KnownResourceStates.Running,
                StartTimeStamp = DateTime.UtcNow,
                Urls = [new UrlSnapshot("tcp", $"tcp://{resource.HostAndPort}", IsInternal: false)],
            }).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Both the resource's log (dashboard) and the AppHost's (console, headless runs) show it.
            evt.Logger.LogError(ex, "Garnet failed to start on {HostAndPort}.", resource.HostAndPort);
            evt.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(EmbeddedGarnetExtensions))
                .LogError(ex, "Garnet failed to start on {HostAndPort}.", resource.HostAndPort);
            await evt.Notifications.PublishUpdateAsync(resource, s => s with { State = KnownResourceStates.FailedToStart }).ConfigureAwait(false);
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
