namespace Analytics.Tests.Infrastructure;

/// <summary>Every wait in the tests is bounded: a failed resource can otherwise hang start-up silently.</summary>
internal static class TestTimeouts
{
    public static readonly TimeSpan AppStart = TimeSpan.FromSeconds(120);
    public static readonly TimeSpan ResourceHealthy = TimeSpan.FromSeconds(90);
    public static readonly TimeSpan AppStop = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan Request = TimeSpan.FromSeconds(15);
    public static readonly TimeSpan ProcessStart = TimeSpan.FromSeconds(30);
}
