using System.Collections.Concurrent;
using Analytics.Api.Metrics.Ingestion;

namespace Analytics.Tests.Unit;

public sealed class MetricIdsTests
{
    [Fact]
    public void An_id_is_a_uuid_v7_that_starts_with_the_time_received()
    {
        var received = new DateTimeOffset(2026, 12, 4, 18, 30, 15, 123, TimeSpan.Zero);

        var id = Guid.Parse(MetricIds.New(received));

        Assert.Equal(7, id.Version);
        Assert.Equal(0b10, id.Variant >> 2);
        var bytes = id.ToByteArray(bigEndian: true);
        var ms = bytes.Take(6).Aggregate(0L, (acc, b) => (acc << 8) | b);
        Assert.Equal(received.ToUnixTimeMilliseconds(), ms);
    }

    [Fact]
    public async Task Ids_stay_unique_across_threads_and_buffer_refills()
    {
        var received = DateTimeOffset.UtcNow;
        var ids = new ConcurrentBag<string>();

        // Four threads, each far past one buffer of random bytes, all in the same millisecond.
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 25_000; i++)
            {
                ids.Add(MetricIds.New(received));
            }
        })));

        Assert.Equal(100_000, ids.Distinct().Count());
        Assert.All(ids.Take(1000), id => Assert.Equal(7, Guid.Parse(id).Version));
    }
}
