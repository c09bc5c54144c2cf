using System.Threading.Channels;

namespace Analytics.Api.Metrics.Storage;

/// <summary>
/// Group commit: requests that arrive while a write is in flight are written together in the next
/// one, as a single transaction. Each request still gets its 201 only after its metrics are in Redis,
/// and still all or nothing (a failed write fails every request in it, and none of them is stored).
/// Under load this turns many small Redis round trips and scripts into few large ones.
/// </summary>
internal sealed class GroupCommitWriter(MetricStore store, ILogger<GroupCommitWriter> logger) : BackgroundService
{
    /// <summary>A write holds at most this many metrics (one request's batch is never split).</summary>
    public const int MaxMetricsPerWrite = 5000;

    private readonly Channel<PendingWrite> _pending = Channel.CreateUnbounded<PendingWrite>(
        new UnboundedChannelOptions { SingleReader = true, SingleWriter = false });

    public Task SaveAsync(IReadOnlyList<Metric> metrics)
    {
        var write = new PendingWrite(metrics);

        // After shutdown began, a late request is written on its own rather than refused.
        return _pending.Writer.TryWrite(write) ? write.Done.Task : store.WriteAsync(metrics);
    }

    // One write in flight: the requests that arrive meanwhile make the next write larger (measured:
    // as fast as two writes in flight, or a little faster, under load).
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => WriteLoopAsync();

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Finish what was queued; a request that comes later is written on its own (SaveAsync).
        _pending.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    private async Task WriteLoopAsync()
    {
        var reader = _pending.Reader;
        var group = new List<PendingWrite>();
        var metrics = new List<Metric>();
        while (await reader.WaitToReadAsync())
        {
            group.Clear();
            metrics.Clear();
            while (metrics.Count < MaxMetricsPerWrite && reader.TryRead(out var write))
            {
                group.Add(write);
                metrics.AddRange(write.Metrics);
            }

            if (group.Count == 0)
            {
                continue;
            }

            try
            {
                await store.WriteAsync(metrics);
                foreach (var write in group)
                {
                    write.Done.TrySetResult();
                }
            }
            catch (Exception ex)
            {
                logger.LogDebug(ex, "A write of {Count} metrics failed.", metrics.Count);
                foreach (var write in group)
                {
                    write.Done.TrySetException(ex);
                }
            }
        }
    }

    private sealed class PendingWrite(IReadOnlyList<Metric> metrics)
    {
        public IReadOnlyList<Metric> Metrics { get; } = metrics;

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
