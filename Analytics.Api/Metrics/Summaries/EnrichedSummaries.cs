using Analytics.Api.External;

namespace Analytics.Api.Metrics.Summaries;

/// <summary>
/// A summary, with the external service's data about its type when that comes quickly. The call runs
/// beside the Redis read and gets a short budget of its own: a slow or failing service (or an open
/// breaker) leaves <c>enrichment</c> null and never fails or delays the summary much.
/// </summary>
internal sealed class EnrichedSummaries(SummaryReader summaries, EnrichmentClient enrichment)
{
    public static readonly TimeSpan EnrichmentBudget = TimeSpan.FromMilliseconds(250);

    public async Task<MetricSummary> ReadAsync(string type, SummaryPeriod period, CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(EnrichmentBudget);
        var data = enrichment.TryGetAsync(type, budget.Token);

        var summary = await summaries.ReadAsync(type, period);
        try
        {
            return summary with { Enrichment = await data };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return summary;
        }
    }
}
