/// <summary>
/// Runs the system without the dashboard (CI, servers): <c>--headless</c> or <c>ANALYTICS_HEADLESS=true</c>.
/// Read before the builder exists, because the dashboard is fixed when the builder is created.
/// </summary>
internal static class Headless
{
    public const string Argument = "--headless";
    public const string EnvironmentVariable = "ANALYTICS_HEADLESS";

    public static bool IsRequested(string[] args) =>
        args.Contains(Argument, StringComparer.OrdinalIgnoreCase)
        || string.Equals(Environment.GetEnvironmentVariable(EnvironmentVariable), "true", StringComparison.OrdinalIgnoreCase);
}
