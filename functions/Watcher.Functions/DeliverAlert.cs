using Microsoft.Azure.Functions.Worker;
using Watcher.Azure.Queues;
using Watcher.Core.Delivery;

namespace Watcher.Functions;

/// <summary>
/// Queue → send one recorded delivery. The ledger makes redeliveries harmless; a failed send stays in the ledger
/// with its next attempt time, and <see cref="DeliverySweep"/> retries it then.
/// </summary>
public sealed class DeliverAlert(DeliveryDispatcher dispatcher)
{
    [Function(nameof(DeliverAlert))]
    public Task Run([QueueTrigger(QueueNames.Deliveries)] string message, CancellationToken ct) =>
        dispatcher.DeliverAsync(WatcherQueues.Read<DeliverMessage>(message).DeliveryId, ct);
}
