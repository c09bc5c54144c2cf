using Analytics.Api.Metrics.Summaries;
using CsCheck;

namespace Analytics.Tests.Unit;

public sealed class QuantileSketchTests
{
    [Fact]
    public void Every_quantile_is_within_the_documented_relative_error()
    {
        var values = Gen.Frequency(
            (3, Gen.Double[-1e6, 1e6]),
            (1, Gen.Double[1e-6, 10]),
            (1, Gen.Int[-3, 3].Select(i => (double)i)));

        values.Array[1, 500].Sample(sample =>
        {
            var sketch = new QuantileSketch();
            foreach (var value in sample)
            {
                sketch.Add(value);
            }

            var sorted = sample.Order().ToArray();
            foreach (var q in new[] { 0, 0.01, 0.25, 0.5, 0.75, 0.95, 0.99, 1 })
            {
                var exact = sorted[(int)Math.Floor(q * (sorted.Length - 1))];
                var estimate = sketch.Quantile(q, sorted[0], sorted[^1]);
                Assert.True(Math.Abs(estimate - exact) <= QuantileSketch.RelativeAccuracy * Math.Abs(exact) + QuantileSketch.MinIndexable,
                    $"q={q}: {estimate} vs {exact}");
            }
        }, iter: 500);
    }

    [Fact]
    public void An_empty_sketch_answers_zero()
    {
        Assert.Equal(0, new QuantileSketch().Quantile(0.99, 0, 0));
    }
}
