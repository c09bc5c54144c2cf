using System.Diagnostics.Metrics;
using Analytics.ExternalStub.Faults;

namespace Analytics.ExternalStub.Traffic;

/// <summary>
/// Counts the <c>/data</c> requests that reached the stub, as a metric and for <c>GET /stats</c>: tests use it to
/// prove that an open breaker sends nothing.
/// </summary>
internal sealed class RequestCounter
{
    public const string MeterName = "Analytics.ExternalStub";

    private readonly Counter<long> _requests;
    private long _received;
    private long _faulted;

    public RequestCounter(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _requests = meter.CreateCounter<long>("analytics.stub.requests", "{request}", "Data requests received, by injected fault.");
    }

    public RequestStats Stats => new(Interlocked.Read(ref _received), Interlocked.Read(ref _faulted));

    public void Received(FaultKind? fault)
    {
        Interlocked.Increment(ref _received);
        if (fault is not null)
        {
            Interlocked.Increment(ref _faulted);
        }

        _requests.Add(1, new KeyValuePair<string, object?>("fault", fault?.ToString() ?? "none"));
    }
}

/// <summary>The body of <c>GET /stats</c>: data requests received since start, and how many got a fault.</summary>
internal sealed record RequestStats(long Received, long Faulted);
