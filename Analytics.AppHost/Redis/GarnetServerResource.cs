namespace Aspire.Hosting.ApplicationModel;

/// <summary>A Garnet server hosted inside the AppHost process, on a port chosen when the model is built.</summary>
public sealed class GarnetServerResource(string name, int port, string dataDirectory) : Resource(name)
{
    public int Port { get; } = port;

    public string DataDirectory { get; } = dataDirectory;

    public string HostAndPort => $"127.0.0.1:{Port}";

    /// <summary>The same flags as the garnet-server tool. RandomAccess: the default device needs a newer glibc than Debian 12's.</summary>
    public string[] ServerArguments() =>
    [
        "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "--bind", "127.0.0.1",
        "--lua",
        "--aof",
        "--recover",
        "--checkpointdir", DataDirectory,
        "--device-type", "RandomAccess",
    ];
}
