using System.Text.Json;
using Analytics.Api.Json;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Analytics.Api.External;

/// <summary>
/// Calls the external service through its resilience pipeline. Never throws for the service's failures:
/// callers get the data or the reason there is none, within the pipeline's total timeout.
/// </summary>
internal sealed partial class EnrichmentClient(HttpClient http, ILogger<EnrichmentClient> logger)
{
    /// <summary>The stub's name in the AppHost, resolved by service discovery.</summary>
    public const string BaseAddress = "http://stub";

    public async Task<EnrichmentOutcome> FetchAsync(string? type, CancellationToken cancellationToken)
    {
        var path = string.IsNullOrWhiteSpace(type) ? "/data" : $"/data?type={Uri.EscapeDataString(type)}";
        try
        {
            using var response = await http.GetAsync(path, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return EnrichmentOutcome.FailedWith(EnrichmentFailure.Failed);
            }

            var data = await response.Content.ReadFromJsonAsync(AnalyticsJsonContext.Default.EnrichmentData, cancellationToken);
            return data is null ? EnrichmentOutcome.FailedWith(EnrichmentFailure.Failed) : EnrichmentOutcome.Succeeded(data);
        }
        catch (BrokenCircuitException)
        {
            return EnrichmentOutcome.FailedWith(EnrichmentFailure.CircuitOpen);
        }
        catch (TimeoutRejectedException)
        {
            return EnrichmentOutcome.FailedWith(EnrichmentFailure.TimedOut);
        }
        catch (Exception e) when (e is HttpRequestException or JsonException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return EnrichmentOutcome.FailedWith(EnrichmentFailure.Failed);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // The contract promises a fallback, never a 500, even for a failure nobody foresaw (e.g. discovery misconfigured).
            LogUnexpectedFailure(logger, e);
            return EnrichmentOutcome.FailedWith(EnrichmentFailure.Failed);
        }
    }

    /// <summary>Best effort, for enriching other answers: the data, or null when the service fails or the breaker is open.</summary>
    public async Task<EnrichmentData?> TryGetAsync(string type, CancellationToken cancellationToken) =>
        (await FetchAsync(type, cancellationToken)).Data;

    [LoggerMessage(Level = LogLevel.Warning, Message = "The external service call failed unexpectedly.")]
    private static partial void LogUnexpectedFailure(ILogger logger, Exception exception);
}
