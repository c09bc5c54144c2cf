using System.Diagnostics;

namespace Analytics.AppHost.Redis;

/// <summary>Resolves <see cref="RedisMode.Auto"/> by probing the machine, in order of preference.</summary>
internal static class RedisModeSelector
{
    public const string LocalExecutable = "redis-server";
    private static readonly TimeSpan EngineProbeTimeout = TimeSpan.FromSeconds(5);

    public static RedisMode Parse(string? configured)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            return RedisMode.Auto;
        }

        return Enum.TryParse<RedisMode>(configured, ignoreCase: true, out var mode) && Enum.IsDefined(mode)
            ? mode
            : throw new InvalidOperationException(
                $"Redis:Mode '{configured}' is not one of auto, container, local, garnet, external.");
    }

    public static (RedisMode Mode, string Reason) Resolve(RedisMode configured) =>
        configured == RedisMode.Auto
            ? Choose(ContainerEngineAnswers(out var engine) ? engine : null, FindOnPath(LocalExecutable))
            : (configured, "set by Redis:Mode");

    /// <summary>The order of preference of auto: container, then redis-server, then embedded Garnet.</summary>
    public static (RedisMode Mode, string Reason) Choose(string? answeringContainerEngine, string? localServerPath)
    {
        if (answeringContainerEngine is not null)
        {
            return (RedisMode.Container, $"container engine '{answeringContainerEngine}' answers");
        }

        return localServerPath is not null
            ? (RedisMode.Local, $"no container engine; {localServerPath} found")
            : (RedisMode.Garnet, $"no container engine and no {LocalExecutable} on PATH");
    }

    public static string? FindOnPath(string executable) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, executable))
            .FirstOrDefault(File.Exists);

    private static bool ContainerEngineAnswers(out string engine)
    {
        // Aspire uses the same variable to choose between docker and podman.
        engine = Environment.GetEnvironmentVariable("ASPIRE_CONTAINER_RUNTIME") ?? "docker";
        if (FindOnPath(engine) is null)
        {
            return false;
        }

        try
        {
            using var probe = Process.Start(new ProcessStartInfo(engine, "info --format {{.ServerVersion}}")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (probe is null)
            {
                return false;
            }

            if (!probe.WaitForExit(EngineProbeTimeout))
            {
                probe.Kill(entireProcessTree: true);
                return false;
            }

            return probe.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
