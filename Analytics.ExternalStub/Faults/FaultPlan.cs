namespace Analytics.ExternalStub.Faults;

/// <summary>
/// How the stub misbehaves: the share of <c>/data</c> requests that fail, how (one of
/// <see cref="Kinds"/>, drawn at random), latency added to every request, and the seed of the draws.
/// Also the body of <c>GET/PUT /faults</c>.
/// </summary>
internal sealed record FaultPlan(double FailureRate, string[] Kinds, int LatencyMs, int DelayMs, int? Seed)
{
    public const int MaxLatencyMs = 60_000;
    public const int MaxDelayMs = 600_000;

    /// <summary>How long a <c>delay</c> fault holds a request when no setting says otherwise.</summary>
    public const int DefaultDelayMs = 30_000;

    /// <summary>Field name → problems, empty when the plan is valid.</summary>
    public Dictionary<string, string[]> Problems()
    {
        var problems = new Dictionary<string, string[]>();
        if (!(FailureRate is >= 0 and <= 1))
        {
            problems["failure_rate"] = ["must be a number between 0 and 1"];
        }

        if (Kinds is null || Kinds.Length == 0)
        {
            problems["kinds"] = ["must name at least one fault kind"];
        }
        else if (Kinds.FirstOrDefault(k => !FaultKindNames.TryParse(k, out _)) is { } unknown)
        {
            problems["kinds"] = [$"unknown fault kind '{unknown}'; known: {string.Join(", ", FaultKindNames.All)}"];
        }

        if (LatencyMs is < 0 or > MaxLatencyMs)
        {
            problems["latency_ms"] = [$"must be between 0 and {MaxLatencyMs}"];
        }

        if (DelayMs is < 0 or > MaxDelayMs)
        {
            problems["delay_ms"] = [$"must be between 0 and {MaxDelayMs}"];
        }

        return problems;
    }

    public FaultKind[] ParsedKinds() =>
        [.. Kinds.Select(k => FaultKindNames.TryParse(k, out var kind) ? kind : throw new InvalidOperationException($"Unknown fault kind '{k}'."))];
}

/// <summary>
/// The body of <c>PUT /faults</c>: each field left out keeps its start-up value, so
/// <c>{"failure_rate":0}</c> makes the stub healthy and <c>{"failure_rate":1}</c> fails everything.
/// </summary>
internal sealed record FaultPlanChange(double? FailureRate, string[]? Kinds, int? LatencyMs, int? DelayMs, int? Seed)
{
    public FaultPlan AppliedTo(FaultPlan startup) => new(
        FailureRate ?? startup.FailureRate,
        Kinds ?? startup.Kinds,
        LatencyMs ?? startup.LatencyMs,
        DelayMs ?? startup.DelayMs,
        Seed ?? startup.Seed);
}
