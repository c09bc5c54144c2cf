using Microsoft.Extensions.DependencyInjection;

namespace Aspire.Hosting;

/// <summary>Makes a connection-string resource healthy only once its Redis answers PING.</summary>
internal static class RedisPingHealthCheckExtensions
{
    public static IResourceBuilder<T> WithRedisPingHealthCheck<T>(this IResourceBuilder<T> builder)
        where T : IResourceWithConnectionString
    {
        string? connectionString = null;
        builder.ApplicationBuilder.Eventing.Subscribe<ConnectionStringAvailableEvent>(builder.Resource, async (_, ct) =>
        {
            connectionString = await builder.Resource.ConnectionStringExpression.GetValueAsync(ct).ConfigureAwait(false);
        });

        var key = $"{builder.Resource.Name}_redis_ping";
        builder.ApplicationBuilder.Services.AddHealthChecks().AddRedis(
            _ => connectionString ?? throw new InvalidOperationException($"The connection string of '{builder.Resource.Name}' is not known yet."),
            name: key);

        return builder.WithHealthCheck(key);
    }
}
