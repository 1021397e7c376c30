using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Watcher.Azure.Queues;
using Watcher.Core.Pipeline;
using Watcher.Core.Sources;

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
        var result = await poller.PollAsync(source, ct);
        foreach (var id in result.DeliveryIds)
            await queues.EnqueueAsync(QueueNames.Deliveries, new DeliverMessage(id), ct: ct);
    }
}
