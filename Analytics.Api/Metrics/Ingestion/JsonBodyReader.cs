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

        using var body = new MemoryStream(request.ContentLength is { } length ? (int)length : ChunkBytes);
        var chunk = new byte[ChunkBytes];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (body.Length + read > maxBytes)
            {
                return (null, Problems.Problems.TooLarge(maxBytes));
            }

            body.Write(chunk, 0, read);
        }

        try
        {
            return (JsonDocument.Parse(body.GetBuffer().AsMemory(0, (int)body.Length)), null);
        }
        catch (JsonException ex)
        {
            return (null, Problems.Problems.MalformedJson(ex.Message));
        }
    }
}
