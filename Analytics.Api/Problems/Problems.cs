using Microsoft.AspNetCore.Http.HttpResults;

namespace Analytics.Api.Problems;

/// <summary>The problem+json answers of the API, one per kind of bad request.</summary>
internal static class Problems
{
    public const string SendJson = "Send the body as application/json.";

    public static ProblemHttpResult Validation(IDictionary<string, List<string>> errors, string title) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()))
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = title,
            Detail = "See errors for each field.",
        });

    public static ProblemHttpResult Validation(string field, string message, string title) =>
        Validation(new Dictionary<string, List<string>> { [field] = [message] }, title);

    public static ProblemHttpResult BadRequest(string title, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: title);

    public static ProblemHttpResult MalformedJson(string detail) =>
        BadRequest("The body is not valid JSON.", detail);

    public static ProblemHttpResult UnsupportedMediaType() =>
        TypedResults.Problem(SendJson, statusCode: StatusCodes.Status415UnsupportedMediaType,
            title: "Unsupported content type.");

    public static ProblemHttpResult TooLarge(int maxBytes) =>
        TypedResults.Problem($"The body may be at most {maxBytes} bytes (METRICS_MAX_BODY_BYTES).",
            statusCode: StatusCodes.Status413PayloadTooLarge, title: "The body is too large.");
}
