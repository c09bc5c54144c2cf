using System.Text.Json;
using Analytics.Api.Metrics.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using ProblemResults = Analytics.Api.Problems.Problems;

namespace Analytics.Api.Metrics.Ingestion;

/// <summary>Reads, validates and stores the metrics of one request: all of them, or none.</summary>
internal sealed class MetricIngestion(GroupCommitWriter writer, IOptions<MetricsOptions> options, TimeProvider time)
{
    private readonly MetricValidator _validator = new(time, options.Value.Retention);

    public const int MaxBatchItems = 1000;
    private const string InvalidMetric = "The metric is invalid.";
    private const string InvalidBatch = "The batch is invalid; nothing was stored.";

    public async Task<Results<Created<MetricReceived>, ProblemHttpResult>> IngestOneAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (document, problem) = await JsonBodyReader.ReadAsync(request, options.Value.MaxBodyBytes, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        using (document)
        {
            var received = time.GetUtcNow().UtcDateTime;
            var errors = new Dictionary<string, List<string>>();
            var metric = _validator.Validate(document!.RootElement, "", MetricIds.New(received), errors);
            if (metric is null)
            {
                return ProblemResults.Validation(errors, InvalidMetric);
            }

            await writer.SaveAsync([metric]);
            return TypedResults.Created((string?)null, new MetricReceived(MetricReceived.ReceivedMessage, metric.Id, received, metric.Type));
        }
    }

    public async Task<Results<Created<BatchAccepted>, ProblemHttpResult>> IngestBatchAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (document, problem) = await JsonBodyReader.ReadAsync(request, options.Value.MaxBodyBytes, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        using (document)
        {
            var root = document!.RootElement;
            var (items, prefix) = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("metrics", out var wrapped)
                ? (wrapped, "metrics")
                : (root, "");
            if (items.ValueKind != JsonValueKind.Array)
            {
                return ProblemResults.Validation(prefix.Length > 0 ? prefix : "body",
                    "must be an array of metrics, or an object whose metrics field is one", InvalidBatch);
            }

            var count = items.GetArrayLength();
            if (count is 0 or > MaxBatchItems)
            {
                return ProblemResults.Validation(prefix.Length > 0 ? prefix : "body", $"must hold 1 to {MaxBatchItems} metrics", InvalidBatch);
            }

            var received = time.GetUtcNow().UtcDateTime;
            var errors = new Dictionary<string, List<string>>();
            var metrics = new List<Metric>(count);
            var index = 0;
            foreach (var item in items.EnumerateArray())
            {
                if (_validator.Validate(item, $"{prefix}[{index}].", MetricIds.New(received), errors) is { } metric)
                {
                    metrics.Add(metric);
                }

                index++;
            }

            if (errors.Count > 0)
            {
                return ProblemResults.Validation(errors, InvalidBatch);
            }

            await writer.SaveAsync(metrics);
            return TypedResults.Created((string?)null, new BatchAccepted(metrics.Count, [.. metrics.Select(m => m.Id)]));
        }
    }
}
