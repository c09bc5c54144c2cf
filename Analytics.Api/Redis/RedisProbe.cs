using StackExchange.Redis;

namespace Analytics.Api.Redis;

/// <summary>Answers whether Redis responds to PING within a short bound, never throwing.</summary>
internal sealed class RedisProbe(IConnectionMultiplexer redis, ILogger<RedisProbe> logger)
{
    public static readonly TimeSpan PingTimeout = TimeSpan.FromSeconds(1);

    public async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await redis.GetDatabase().PingAsync().WaitAsync(PingTimeout, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            logger.LogWarning("Redis did not answer PING: {Reason}", ex.Message);
            return false;
        }
    }
}
