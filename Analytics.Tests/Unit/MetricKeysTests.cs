using Analytics.Api.Metrics;
using Analytics.Api.Metrics.Storage;

namespace Analytics.Tests.Unit;

public sealed class MetricKeysTests
{
    [Theory]
    [InlineData("cpu_usage")]
    [InlineData("}x")]
    [InlineData("{x}")]
    [InlineData("a}b{c")]
    [InlineData("%7D")]
    public void Every_key_of_a_type_has_one_non_empty_hash_tag(string type)
    {
        var prefix = MetricKeys.TypePrefix(type);
        string[] keys = [MetricKeys.RecentOfType(type), MetricKeys.Bucket(prefix, BucketLevel.Hour, 0), MetricKeys.Latest(prefix)];

        var tags = keys.Select(HashTag).Distinct().ToList();

        Assert.Single(tags);
        Assert.NotEmpty(tags[0]);
    }

    [Fact]
    public void Escaping_keeps_types_apart()
    {
        Assert.NotEqual(MetricKeys.TypePrefix("{a}"), MetricKeys.TypePrefix("%7Ba%7D"));
    }

    [Fact]
    public void A_received_metric_round_trips_through_its_stored_form()
    {
        var metric = new Metric("id-1", new DateTime(2026, 12, 4, 10, 0, 0, 123, DateTimeKind.Utc), 0.1 + 0.2, "a|b");

        Assert.Equal(metric, StoredValues.ParseReceivedMetric(StoredValues.ReceivedMetric(metric)));
    }

    /// <summary>Redis Cluster's rule: the text between the first '{' and the next '}', if not empty.</summary>
    private static string HashTag(string key)
    {
        var open = key.IndexOf('{');
        var close = key.IndexOf('}', open + 1);
        return key[(open + 1)..close];
    }
}
