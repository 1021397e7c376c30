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
        // Enqueued in parallel: at 1,000 due sources one-by-one puts alone would take seconds.
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = ct },
            (source, token) => new ValueTask(queues.EnqueueAsync(QueueNames.Sources, new PollSourceMessage(source.Id, now), ct: token)));
        logger.LogInformation("Poll timer: {Due} of {Total} sources due{PastDue}", due.Count, catalog.Sources.Count, timer.IsPastDue ? " (past due)" : string.Empty);
    }
}
