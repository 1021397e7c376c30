using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Watcher.Azure.Queues;
using Watcher.Core.Pipeline;
using Watcher.Core.Sources;
using Watcher.Core.State;

namespace Watcher.Functions;

/// <summary>Queue → poll one source → one delivery message per ledger row it recorded.</summary>
public sealed class PollSource(SourceCatalog catalog, SourcePoller poller, WatcherQueues queues, ILogger<PollSource> logger)
{
    [Function(nameof(PollSource))]
    public async Task Run([QueueTrigger(QueueNames.Sources)] string message, CancellationToken ct)
    {
        var request = WatcherQueues.Read<PollSourceMessage>(message);
        var source = catalog.Sources.FirstOrDefault(s => s.Id == request.SourceId);
        if (source is null)
        {
            logger.LogWarning("Source {SourceId} is no longer configured; message dropped", request.SourceId);
            return;
        }
        var result = await PollWithRetryAsync(source, ct);
        foreach (var id in result.DeliveryIds)
            await queues.EnqueueAsync(QueueNames.Deliveries, new DeliverMessage(id), ct: ct);
    }

    /// <summary>
    /// Several sources reporting one story at once race on its row; the loser polls again from a fresh read (as the
    /// local cycle does) a few times, with jitter, before leaving it to the queue's retry. Outbox-first recording
    /// makes every repeat harmless.
    /// </summary>
    private async Task<SourcePollResult> PollWithRetryAsync(SourceDefinition source, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await poller.PollAsync(source, ct);
            }
            catch (ConcurrencyException ex) when (attempt < 4)
            {
                logger.LogInformation("Poll of {SourceId} lost a write race ({Message}); attempt {Attempt} of 4", source.Id, ex.Message, attempt + 1);
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(50, 250) * attempt), ct);
            }
        }
    }
}
