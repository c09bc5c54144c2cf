namespace Analytics.Api.Health;

/// <summary>The body of <c>GET /health</c>.</summary>
internal sealed record ServiceHealth(string Status, bool RedisConnected, DateTime Timestamp)
{
    public const string Healthy = "healthy";
    public const string Degraded = "degraded";
}
