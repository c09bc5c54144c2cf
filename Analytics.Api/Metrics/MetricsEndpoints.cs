using System.Globalization;
using Analytics.Api.Metrics.Ingestion;
using Analytics.Api.Metrics.Listing;
using Analytics.Api.Metrics.Summaries;
using Microsoft.AspNetCore.Http.HttpResults;
using ProblemResults = Analytics.Api.Problems.Problems;

namespace Analytics.Api.Metrics;

internal static class MetricsEndpoints
{
    public const int DefaultListLimit = 100;

    public static IEndpointRouteBuilder MapMetricsApi(this IEndpointRouteBuilder app)
    {
        var metrics = app.MapGroup("/api/metrics").WithTags("Metrics");

        // Ingestion endpoints form their own group: the rate limiter attaches to it.
        var ingestion = metrics.MapGroup("");
        ingestion.MapPost("", (HttpRequest request, MetricIngestion ingestion, CancellationToken ct) => ingestion.IngestOneAsync(request, ct))
            .Accepts<MetricRequest>("application/json")
            .WithSummary("Stores one metric; 201 once it is in Redis.")
            .ProducesIngestionProblems();
        ingestion.MapPost("/batch", (HttpRequest request, MetricIngestion ingestion, CancellationToken ct) => ingestion.IngestBatchAsync(request, ct))
            .Accepts<MetricRequest[]>("application/json")
            .WithSummary($"Stores 1 to {MetricIngestion.MaxBatchItems} metrics, all or nothing; 422 names each bad item by index.")
            .ProducesIngestionProblems();

        metrics.MapGet("/summary", GetSummaryAsync)
            .WithSummary("Count, average, min, max and latest (exact) and p50/p95/p99 (within 1%) of a type over a period.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        metrics.MapGet("/list", GetListAsync)
            .WithSummary("The last metrics received (of a type, if given), oldest first.")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        return app;
    }

    private static RouteHandlerBuilder ProducesIngestionProblems(this RouteHandlerBuilder endpoint) => endpoint
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
        .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
        .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    /// <param name="type">The metric type.</param>
    /// <param name="period"><c>all</c> (default), <c>daily</c> (last 24 h) or <c>hourly</c> (last hour).</param>
    private static async Task<Results<Ok<MetricSummary>, ProblemHttpResult>> GetSummaryAsync(
        string? type, string? period, EnrichedSummaries summaries, CancellationToken cancellationToken)
    {
        if (type is null)
        {
            return ProblemResults.Validation("type", "is required", "The query is invalid.");
        }

        if (MetricTypeRules.Check(type) is { } typeProblem)
        {
            return ProblemResults.Validation("type", typeProblem, "The query is invalid.");
        }

        if (SummaryPeriod.Parse(period) is not { } parsed)
        {
            return ProblemResults.BadRequest("Unknown period.", "period must be one of all, daily, hourly.");
        }

        return TypedResults.Ok(await summaries.ReadAsync(type, parsed, cancellationToken));
    }

    /// <param name="type">Only metrics of this type (optional).</param>
    /// <param name="limit">How many, 1 to 1000 (default 100).</param>
    private static async Task<Results<Ok<MetricView[]>, ProblemHttpResult>> GetListAsync(
        string? type, string? limit, RecentMetricsReader recent)
    {
        var errors = new Dictionary<string, List<string>>();
        if (type is not null && MetricTypeRules.Check(type) is { } typeProblem)
        {
            errors["type"] = [typeProblem];
        }

        var count = DefaultListLimit;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out count)
            || count is < 1 or > RecentMetricsReader.MaxLimit))
        {
            errors["limit"] = [$"must be a whole number from 1 to {RecentMetricsReader.MaxLimit}"];
        }

        if (errors.Count > 0)
        {
            return ProblemResults.Validation(errors, "The query is invalid.");
        }

        var metrics = await recent.ReadAsync(type, count);
        return TypedResults.Ok(metrics.Select(MetricView.From).ToArray());
    }
}
