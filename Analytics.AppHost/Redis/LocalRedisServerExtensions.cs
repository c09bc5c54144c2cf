using Analytics.AppHost.Redis;

namespace Aspire.Hosting;

/// <summary>Runs <c>redis-server</c> from PATH as an executable resource, with AOF persistence.</summary>
internal static class LocalRedisServerExtensions
{
    public static IResourceBuilder<ConnectionStringResource> AddLocalRedisServer(
        this IDistributedApplicationBuilder builder, string name, string dataDirectory)
    {
        var server = builder.AddExecutable($"{name}-server", RedisModeSelector.LocalExecutable, dataDirectory)
            .WithEndpoint(name: "tcp", scheme: "tcp", isProxied: false)
            .WithIconName("Database");

        var endpoint = server.GetEndpoint("tcp");
        server.WithArgs(context =>
        {
            context.Args.Add("--port");
            context.Args.Add(endpoint.Property(EndpointProperty.TargetPort));
            context.Args.Add("--bind");
            context.Args.Add("127.0.0.1");
            context.Args.Add("--dir");
            context.Args.Add(dataDirectory);
            context.Args.Add("--appendonly");
            context.Args.Add("yes");
            context.Args.Add("--appendfsync");
            context.Args.Add("everysec");
        });

        return builder.AddConnectionString(name, ReferenceExpression.Create($"{endpoint.Property(EndpointProperty.HostAndPort)}"))
            .WithRedisPingHealthCheck();
    }
}
