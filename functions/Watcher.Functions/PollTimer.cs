using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Watcher.Azure.Queues;
using Watcher.Core.Pipeline;
using Watcher.Core.Sources;
using Watcher.Core.State;

namespace Watcher.Functions;

/// <summary>Timer → one queue message per due source (the fan-out). Schedule: app setting Watcher:PollSchedule.</summary>
public sealed class PollTimer(SourceCatalog catalog, ISourceStateStore states, WatcherQueues queues, TimeProvider time, ILogger<PollTimer> logger)
{
    [Function(nameof(PollTimer))]
    public async Task Run([TimerTrigger("%Watcher:PollSchedule%")] TimerInfo timer, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var due = DueSources.Select(catalog.Sources, await states.ListAsync(ct), now);
        foreach (var source in due)
            await queues.EnqueueAsync(QueueNames.Sources, new PollSourceMessage(source.Id, now), ct: ct);
        logger.LogInformation("Poll timer: {Due} of {Total} sources due{PastDue}", due.Count, catalog.Sources.Count, timer.IsPastDue ? " (past due)" : string.Empty);
    }
}
