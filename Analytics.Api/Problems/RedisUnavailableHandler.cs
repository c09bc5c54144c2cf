using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using StackExchange.Redis;

namespace Analytics.Api.Problems;

/// <summary>
/// Redis away or too slow is the store being unavailable, not a bug: 503 with Retry-After, so clients
/// retry, instead of a 500. The write was either applied whole or not at all (one transaction).
/// </summary>
internal sealed class RedisUnavailableHandler(IProblemDetailsService problems, ILogger<RedisUnavailableHandler> logger) : IExceptionHandler
{
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not (RedisConnectionException or RedisTimeoutException))
        {
            return false;
        }

        logger.LogWarning("Redis unavailable for {Path}: {Reason}", context.Request.Path, exception.Message);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The metric store is unavailable.",
                Detail = $"Redis did not answer; retry after {RetryAfterSeconds} seconds. A write that got this answer was not stored.",
            },
        });
    }
}
