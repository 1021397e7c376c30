using Watcher.Core.Delivery;
using Watcher.Core.Pipeline;
using Watcher.Core.Sources;

namespace Watcher.Cli.LocalHost;

/// <summary>What a local cycle did, including the deliveries it sent (per channel).</summary>
public sealed record LocalCycleResult(CycleReport Report, IReadOnlyDictionary<string, int> Delivered, int DeliveryFailures, DateTimeOffset Finished);

/// <summary>
/// The local host's cycle: poll every source, then send what the cycle recorded (Watcher:Delivery:Parallelism at a
/// time) and sweep anything due from before. One cycle at a time per host: the timer and `POST /api/poll` queue up
/// behind each other (two hosts may still overlap; the ledger and the story lock make that safe).
/// In Azure the same steps run as timer → source queue → poller → alert queue → delivery function.
/// </summary>
public sealed class LocalCycleRunner(SourceCatalog catalog, PollCycle cycle, DeliveryDispatcher dispatcher, TimeProvider time, WarmupStatus warmup)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public LocalCycleResult? Last { get; private set; }

    public async Task<LocalCycleResult> RunAsync(IReadOnlyList<SourceDefinition>? sources = null, CancellationToken ct = default)
    {
        // A cycle asked for while the host warms up waits for it (the warm-up compiles what the cycle would compile).
        await warmup.WhenDone.WaitAsync(ct);
        await _gate.WaitAsync(ct);
        try
        {
            var report = await cycle.RunAsync(sources ?? catalog.Sources, ct: ct);
            var results = new List<DeliveryResult>(await dispatcher.DeliverManyAsync(report.DeliveryIds, ct));
            results.AddRange(await dispatcher.SweepAsync(ct));
            var delivered = results.Where(r => r.Outcome == DeliveryOutcome.Delivered && r.Channel is not null)
                .GroupBy(r => r.Channel!).ToDictionary(g => g.Key, g => g.Count());
            var failures = results.Count(r => r.Outcome is DeliveryOutcome.Failed or DeliveryOutcome.Dead);
            return Last = new LocalCycleResult(report, delivered, failures, time.GetUtcNow());
        }
        finally
        {
            _gate.Release();
        }
    }
}
