using StackExchange.Redis;

namespace Analytics.Api.Redis;

/// <summary>
/// Opens the Redis connection while the host starts, before the first request. Connecting lazily
/// under a burst of requests starved the thread pool for 8+ s on a 2-core machine.
/// </summary>
internal sealed class RedisConnectionWarmup(IServiceProvider services, ILogger<RedisConnectionWarmup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var redis = services.GetRequiredService<IConnectionMultiplexer>();
        logger.LogInformation("Redis connection opened (connected: {Connected}).", redis.IsConnected);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
