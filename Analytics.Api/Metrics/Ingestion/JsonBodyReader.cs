using System.Text.Json;
using Analytics.Api.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Analytics.Api.Metrics.Ingestion;

/// <summary>Reads a request body as JSON within a size limit: 415, 413 and 400 before any validation.</summary>
internal static class JsonBodyReader
{
    private const int ChunkBytes = 16 * 1024;

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

        ReadOnlyMemory<byte>? body;
        try
        {
            body = request.ContentLength is { } length
                ? await ReadExactlyAsync(request.Body, (int)length, cancellationToken)
                : await ReadChunkedAsync(request.Body, maxBytes, cancellationToken);
        }
        catch (Exception ex) when (ex is BadHttpRequestException or EndOfStreamException)
        {
            // The client sent less than it announced, or Kestrel refused the body itself.
            return (null, TypedResults.Problem(ex.Message,
                statusCode: ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status400BadRequest,
                title: "The body could not be read."));
        }

        if (body is null)
        {
            return (null, Problems.Problems.TooLarge(maxBytes));
        }

        try
        {
            return (JsonDocument.Parse(body.Value), null);
        }
        catch (JsonException ex)
        {
            return (null, Problems.Problems.MalformedJson(ex.Message));
        }
    }

    private static async Task<ReadOnlyMemory<byte>?> ReadExactlyAsync(Stream body, int length, CancellationToken cancellationToken)
    {
        var buffer = new byte[length];
        await body.ReadExactlyAsync(buffer, cancellationToken);
        return buffer;
    }

    /// <summary>A body without Content-Length: read in chunks, stopping as soon as it passes the limit.</summary>
    private static async Task<ReadOnlyMemory<byte>?> ReadChunkedAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkBytes];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }
}
