using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Watcher.Core.State;

namespace Watcher.Functions;

/// <summary>Deletes items, stories and finished deliveries older than Watcher:Retention:Days. Schedule: Watcher:RetentionSchedule.</summary>
public sealed class RetentionTimer(IRetentionStore store, RetentionOptions options, TimeProvider time, ILogger<RetentionTimer> logger)
{
    [Function(nameof(RetentionTimer))]
    public async Task Run([TimerTrigger("%Watcher:RetentionSchedule%")] TimerInfo timer, CancellationToken ct)
    {
        var cutoff = options.Cutoff(time.GetUtcNow());
        var report = await store.PurgeAsync(cutoff, ct);
        logger.LogInformation("Retention before {Cutoff:o}: deleted {Items} items, {Stories} stories, {TimelineRows} timeline rows, {Deliveries} deliveries",
            cutoff, report.Items, report.Stories, report.TimelineRows, report.Deliveries);
    }
}
