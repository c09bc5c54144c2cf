using System.Diagnostics;
using Analytics.Tests.Infrastructure;

namespace Analytics.Tests.EndToEnd;

/// <summary><c>aspire-manifest.json</c> is generated, never hand-edited: it must match what the AppHost writes.</summary>
public sealed class ManifestTests
{
    private static readonly TimeSpan GenerateTimeout = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Committed_manifest_matches_the_apphost()
    {
        // Written beside the committed one, since the manifest holds paths relative to its own folder.
        var generated = Path.Combine(Repository.Root, "aspire-manifest.check.json");
        try
        {
            await GenerateManifestAsync(generated);

            var committed = await File.ReadAllTextAsync(Path.Combine(Repository.Root, "aspire-manifest.json"));
            Assert.True(
                Normalize(committed) == Normalize(await File.ReadAllTextAsync(generated)),
                "aspire-manifest.json is out of date: regenerate it with the command in the README.");
        }
        finally
        {
            File.Delete(generated);
        }
    }

    [Fact]
    public async Task Manifest_describes_redis_as_a_container_whatever_the_machine()
    {
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Repository.Root, "aspire-manifest.json")));
        var resources = manifest.RootElement.GetProperty("resources");

        Assert.StartsWith("container.", resources.GetProperty("cache").GetProperty("type").GetString());
        foreach (var resource in resources.EnumerateObject())
        {
            Assert.NotEqual("executable.v0", resource.Value.GetProperty("type").GetString());
        }
    }

    private static async Task GenerateManifestAsync(string outputPath)
    {
        var start = new ProcessStartInfo("dotnet",
        [
            "run", "--no-build", "--no-launch-profile",
            "--configuration", Repository.BuildConfiguration,
            "--project", Path.Combine(Repository.Root, "Analytics.AppHost"),
            "--", "--publisher", "manifest", "--output-path", outputPath,
        ])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Repository.Root,
        };

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(GenerateTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true); // a hung AppHost must not outlive the test
            throw new TimeoutException($"manifest generation did not end within {GenerateTimeout}");
        }

        Assert.True(process.ExitCode == 0, $"manifest generation failed:\n{await output}\n{await errors}");
    }

    private static string Normalize(string json) => json.ReplaceLineEndings("\n").Trim();
}
