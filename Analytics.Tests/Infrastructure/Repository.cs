namespace Analytics.Tests.Infrastructure;

/// <summary>Paths in the checkout these tests were built from.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>Debug or Release: the configuration this test assembly was built in.</summary>
    public static string BuildConfiguration { get; } =
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    public static string ApiAssembly =>
        Path.Combine(Root, "Analytics.Api", "bin", BuildConfiguration, "net10.0", "Analytics.Api.dll");

    public static string StubAssembly =>
        Path.Combine(Root, "Analytics.ExternalStub", "bin", BuildConfiguration, "net10.0", "Analytics.ExternalStub.dll");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Analytics.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Analytics.sln above {AppContext.BaseDirectory}.");
    }
}
