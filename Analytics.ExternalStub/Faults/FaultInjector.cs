using Microsoft.Extensions.Options;

namespace Analytics.ExternalStub.Faults;

/// <summary>
/// Holds the current fault plan and draws, per request, whether and how it fails. The draws come from
/// a <see cref="Random"/> seeded by the plan, so a run with a seed repeats the same faults in the same order.
/// </summary>
internal sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private FaultPlan _plan;
    private FaultKind[] _kinds;
    private Random _random;

    public FaultInjector(IOptions<FaultOptions> options)
    {
        Startup = options.Value.ToPlan();
        (_plan, _kinds, _random) = Prepare(Startup);
    }

    /// <summary>The plan from the settings, which <c>DELETE /faults</c> restores.</summary>
    public FaultPlan Startup { get; }

    public FaultPlan Current
    {
        get
        {
            lock (_gate)
            {
                return _plan;
            }
        }
    }

    /// <summary>Replaces the plan and restarts its draws from the seed.</summary>
    public void Apply(FaultPlan plan)
    {
        var prepared = Prepare(plan);
        lock (_gate)
        {
            (_plan, _kinds, _random) = prepared;
        }
    }

    /// <summary>The plan in force and the fault for this request, or null when it goes through.</summary>
    public (FaultPlan Plan, FaultKind? Fault) Draw()
    {
        lock (_gate)
        {
            if (_plan.FailureRate <= 0 || _random.NextDouble() >= _plan.FailureRate)
            {
                return (_plan, null);
            }

            return (_plan, _kinds[_random.Next(_kinds.Length)]);
        }
    }

    private static (FaultPlan, FaultKind[], Random) Prepare(FaultPlan plan) =>
        (plan, plan.ParsedKinds(), plan.Seed is { } seed ? new Random(seed) : new Random());
}
