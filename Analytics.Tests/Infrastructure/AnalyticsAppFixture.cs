using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Analytics.Tests.Infrastructure;

/// <summary>
/// Starts the real AppHost (Redis, stub, API) once for a test collection and hands out HTTP clients.
/// Each started app costs about 1 GB of memory, so collections share one and run one after another.
/// </summary>
public abstract class AnalyticsAppFixture : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"analytics-tests-{Guid.NewGuid():N}");
    private DistributedApplication? _app;

    /// <summary>The <c>Redis:Mode</c> to run; null leaves the AppHost's own choice (auto).</summary>
    protected virtual string? RedisMode => Environment.GetEnvironmentVariable("ANALYTICS_TEST_REDIS_MODE");

    /// <summary>AppHost settings for this app, as <c>NAME=value</c> (forwarded to the services that read them).</summary>
    protected virtual IEnumerable<string> Settings => [];

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The app has not started.");

    public HttpClient Api { get; private set; } = null!;

    public HttpClient Stub { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        using var startup = new CancellationTokenSource(TestTimeouts.AppStart);
        var args = new List<string> { $"Redis:DataDirectory={_dataDirectory}" };
        if (RedisMode is not null)
        {
            args.Add($"Redis:Mode={RedisMode}");
        }

        args.AddRange(Settings);

        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Analytics_AppHost>(
            [.. args],
            (options, _) =>
            {
                options.DisableDashboard = true;
                options.AllowUnsecuredTransport = true;
            },
            startup.Token).WaitAsync(startup.Token);
        builder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));

        _app = await builder.BuildAsync(startup.Token).WaitAsync(startup.Token);
        await _app.StartAsync(startup.Token).WaitAsync(startup.Token);

        using var healthy = new CancellationTokenSource(TestTimeouts.ResourceHealthy);
        await _app.ResourceNotifications.WaitForResourceHealthyAsync("stub", healthy.Token).WaitAsync(healthy.Token);
        await _app.ResourceNotifications.WaitForResourceHealthyAsync("api", healthy.Token).WaitAsync(healthy.Token);

        Api = _app.CreateHttpClient("api", "http");
        Api.Timeout = TestTimeouts.Request;
        Stub = _app.CreateHttpClient("stub", "http");
        Stub.Timeout = TestTimeouts.Request;
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync().WaitAsync(TestTimeouts.AppStop);
            await _app.DisposeAsync().AsTask().WaitAsync(TestTimeouts.AppStop);
        }

        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A server may still hold a file for a moment; the temp folder is cleaned by the OS.
        }
    }

    public async Task<string> RedisConnectionStringAsync()
    {
        using var timeout = new CancellationTokenSource(TestTimeouts.Request);
        return await App.GetConnectionStringAsync("cache", timeout.Token).AsTask().WaitAsync(timeout.Token)
            ?? throw new InvalidOperationException("The cache resource has no connection string.");
    }

    /// <summary>A client of the app's Redis, for tests that look at what the API stored.</summary>
    public async Task<ConnectionMultiplexer> ConnectRedisAsync(bool allowAdmin = false)
    {
        var options = ConfigurationOptions.Parse(await RedisConnectionStringAsync());
        options.AllowAdmin = allowAdmin;
        return await ConnectionMultiplexer.ConnectAsync(options).WaitAsync(TestTimeouts.Request);
    }

    public IResource Resource(string name) =>
        App.Services.GetRequiredService<DistributedApplicationModel>().Resources.Single(r => r.Name == name);
}

/// <summary>The app as `dotnet run` starts it on this machine (Redis mode auto).</summary>
public sealed class DefaultAppFixture : AnalyticsAppFixture;

/// <summary>The app on the embedded Garnet server, the backend of machines with only the .NET SDK.</summary>
public sealed class GarnetAppFixture : AnalyticsAppFixture
{
    protected override string? RedisMode => "garnet";
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<DefaultAppFixture>
{
    public const string Name = "app";
}

[CollectionDefinition(Name)]
public sealed class GarnetCollection : ICollectionFixture<GarnetAppFixture>
{
    public const string Name = "garnet";
}
