using System.Globalization;

namespace Analytics.Api.Metrics.Summaries;

/// <summary>
/// A DDSketch: values fall into logarithmic bins (γ = (1+α)/(1−α)), so a quantile is returned within
/// a relative error α of the true value. Bins are plain counters, so sketches of buckets merge by
/// adding counts, which Redis does with HINCRBY. Bins are named in Redis hash fields: <c>p{i}</c> for
/// positive values, <c>n{i}</c> for negative ones, <c>z</c> for values too close to zero to bin.
/// </summary>
internal sealed class QuantileSketch
{
    /// <summary>α: a returned quantile lies within 1% of the true value (relative).</summary>
    public const double RelativeAccuracy = 0.01;

    /// <summary>Magnitudes below this count as zero (absolute error at most this much).</summary>
    public const double MinIndexable = 1e-9;

    public const string ZeroField = "z";

    private static readonly double Gamma = (1 + RelativeAccuracy) / (1 - RelativeAccuracy);
    private static readonly double LogGamma = Math.Log(Gamma);

    private readonly SortedDictionary<int, long> _positive = [];
    private readonly SortedDictionary<int, long> _negative = [];
    private long _zero;

    public long Count { get; private set; }

    public static string FieldFor(double value)
    {
        var magnitude = Math.Abs(value);
        if (magnitude < MinIndexable)
        {
            return ZeroField;
        }

        var index = (int)Math.Ceiling(Math.Log(magnitude) / LogGamma);
        return string.Create(CultureInfo.InvariantCulture, $"{(value > 0 ? 'p' : 'n')}{index}");
    }

    public void Add(double value) => Add(FieldFor(value), 1);

    public void Add(string field, long count)
    {
        if (field == ZeroField)
        {
            _zero += count;
        }
        else
        {
            var bins = field[0] == 'p' ? _positive : _negative;
            var index = int.Parse(field.AsSpan(1), CultureInfo.InvariantCulture);
            bins[index] = bins.GetValueOrDefault(index) + count;
        }

        Count += count;
    }

    /// <summary>
    /// The value at rank ⌊q·(n−1)⌋ of the sorted values, within <see cref="RelativeAccuracy"/>,
    /// clamped to the exact [min, max] (which only brings it closer).
    /// </summary>
    public double Quantile(double q, double min, double max)
    {
        if (Count == 0)
        {
            return 0;
        }

        var rank = (long)Math.Floor(q * (Count - 1));
        long seen = 0;
        foreach (var (index, count) in _negative.Reverse())
        {
            seen += count;
            if (seen > rank)
            {
                return Math.Clamp(-Representative(index), min, max);
            }
        }

        seen += _zero;
        if (seen > rank)
        {
            return Math.Clamp(0, min, max);
        }

        foreach (var (index, count) in _positive)
        {
            seen += count;
            if (seen > rank)
            {
                return Math.Clamp(Representative(index), min, max);
            }
        }

        return max;
    }

    /// <summary>The point of bin (γ^(i−1), γ^i] with the smallest worst-case relative error.</summary>
    private static double Representative(int index) => 2 * Math.Pow(Gamma, index) / (Gamma + 1);
}
