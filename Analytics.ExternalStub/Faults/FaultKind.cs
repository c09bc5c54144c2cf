namespace Analytics.ExternalStub.Faults;

/// <summary>What a failing request gets. Names are the ones <c>/faults</c> and the settings use.</summary>
internal enum FaultKind
{
    /// <summary>500 Internal Server Error.</summary>
    ServerError,

    /// <summary>503 Service Unavailable.</summary>
    Unavailable,

    /// <summary>Answers only after <see cref="FaultPlan.DelayMs"/>: past the caller's timeout.</summary>
    Delay,

    /// <summary>Aborts the connection without an answer.</summary>
    Drop,
}

internal static class FaultKindNames
{
    private static readonly Dictionary<string, FaultKind> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["server_error"] = FaultKind.ServerError,
        ["unavailable"] = FaultKind.Unavailable,
        ["delay"] = FaultKind.Delay,
        ["drop"] = FaultKind.Drop,
    };

    public static IEnumerable<string> All => ByName.Keys;

    public static bool TryParse(string? name, out FaultKind kind) =>
        ByName.TryGetValue(name?.Trim() ?? "", out kind);
}
