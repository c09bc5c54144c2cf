using Analytics.AppHost.Redis;
using Analytics.Tests.Infrastructure;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace Analytics.Tests.EndToEnd;

[Collection(AppCollection.Name)]
public sealed class RedisModeChoiceTests(DefaultAppFixture app)
{
    [Fact]
    public void Auto_mode_runs_the_backend_the_machine_has()
    {
        if (Environment.GetEnvironmentVariable("ANALYTICS_TEST_REDIS_MODE") is { Length: > 0 })
        {
            return; // The run chose a mode itself; GarnetModeTests and the CI's pass cover each.
        }

        var (expected, _) = RedisModeSelector.Resolve(RedisMode.Auto);
        var server = app.App.Services.GetRequiredService<DistributedApplicationModel>().Resources
            .Single(r => r.Name is "cache-server" or "cache" && r is not ConnectionStringResource);

        switch (expected)
        {
            case RedisMode.Local:
                Assert.IsType<ExecutableResource>(server);
                break;
            case RedisMode.Garnet:
                Assert.IsType<GarnetServerResource>(server);
                break;
            case RedisMode.Container:
                Assert.IsAssignableFrom<ContainerResource>(server);
                break;
            default:
                Assert.Fail($"auto resolved to {expected}");
                break;
        }
    }
}
