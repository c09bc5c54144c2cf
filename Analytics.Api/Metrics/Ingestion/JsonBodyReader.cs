using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using Analytics.Api.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Analytics.Api.Metrics.Ingestion;

/// <summary>Reads a request body as JSON within a size limit: 415, 413 and 400 before any validation.</summary>
internal static class JsonBodyReader
{
    public static async Task<(JsonDocument? Document, ProblemHttpResult? Problem)> ReadAsync(
        HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return (null, Problems.Problems.UnsupportedMediaType());
        }

        if (request.ContentLength > maxBytes)
        {
            return (null, Problems.Problems.TooLarge(maxBytes));
        }

        byte[]? body;
        try
        {
            body = await ReadWithinLimitAsync(request.BodyReader, maxBytes, cancellationToken);
        }
        catch (BadHttpRequestException ex)
        {
            // The client sent less than it announced, or Kestrel refused the body itself.
            return (null, TypedResults.Problem(ex.Message, statusCode: ex.StatusCode, title: "The body could not be read."));
        }

        if (body is null)
        {
            return (null, Problems.Problems.TooLarge(maxBytes));
        }

        try
        {
            return (JsonDocument.Parse(body), null);
        }
        catch (JsonException ex)
        {
            return (null, Problems.Problems.MalformedJson(ex.Message));
        }
    }

    /// <summary>The whole body, or null as soon as it passes the limit (a chunked body has no length to check first).</summary>
    private static async Task<byte[]?> ReadWithinLimitAsync(PipeReader reader, int maxBytes, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
            var buffer = result.Buffer;
            if (buffer.Length > maxBytes)
            {
                reader.AdvanceTo(buffer.End);
                return null;
            }

            if (result.IsCompleted)
            {
                var body = buffer.ToArray();
                reader.AdvanceTo(buffer.End);
                return body;
            }

            reader.AdvanceTo(buffer.Start, buffer.End); // nothing consumed: wait for the rest
        }
    }
}
