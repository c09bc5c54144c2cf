using Analytics.AppHost.Redis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Aspire.Hosting;

/// <summary>
/// Adds the system's Redis under one name, however this machine can run it (see <see cref="RedisMode"/>).
/// Publish mode always describes a Redis container, since that is what a deployment runs.
/// </summary>
public static class AnalyticsRedisExtensions
{
    public const string ModeSetting = "Redis:Mode";
    public const string DataDirectorySetting = "Redis:DataDirectory";

    public static IResourceBuilder<IResourceWithConnectionString> AddAnalyticsRedis(
        this IDistributedApplicationBuilder builder, [ResourceName] string name)
    {
        if (builder.ExecutionContext.IsPublishMode)
        {
            return AddRedisContainer(builder, name);
        }

        var (mode, reason) = RedisModeSelector.Resolve(RedisModeSelector.Parse(builder.Configuration[ModeSetting]));
        LogChoiceAtStart(builder, name, mode, reason);

        return mode switch
        {
            RedisMode.Container => AddRedisContainer(builder, name),
            RedisMode.Local => builder.AddLocalRedisServer(name, DataDirectory(builder, "redis")),
            RedisMode.Garnet => builder.AddEmbeddedGarnet(name, DataDirectory(builder, "garnet")),
            RedisMode.External => builder.AddConnectionString(name).WithRedisPingHealthCheck(),
            _ => throw new InvalidOperationException($"Unhandled Redis mode {mode}."),
        };
    }

    // The volume is named here: the generated name hashes the AppHost's path, which differs per checkout.
    private static IResourceBuilder<IResourceWithConnectionString> AddRedisContainer(
        IDistributedApplicationBuilder builder, string name) =>
        builder.AddRedis(name).WithDataVolume($"analytics-{name}-data").WithPersistence();

    /// <summary>
    /// Where a locally run server keeps its files: <c>Redis:DataDirectory</c>, else <c>.data/</c>
    /// beside the AppHost (ignored by git).
    /// </summary>
    private static string DataDirectory(IDistributedApplicationBuilder builder, string server)
    {
        var root = builder.Configuration[DataDirectorySetting]
            ?? Path.Combine(builder.AppHostDirectory, ".data");
        var directory = Path.GetFullPath(Path.Combine(root, server));
        Directory.CreateDirectory(directory);
        return directory;
    }

    private static void LogChoiceAtStart(IDistributedApplicationBuilder builder, string name, RedisMode mode, string reason)
    {
        builder.Eventing.Subscribe<BeforeStartEvent>((evt, _) =>
        {
            var logger = evt.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AnalyticsRedisExtensions));
            logger.LogInformation("Redis '{Name}' runs in {Mode} mode: {Reason}.", name, mode.ToString().ToLowerInvariant(), reason);
            return Task.CompletedTask;
        });
    }
}
