using Microsoft.Azure.Functions.Worker;
using Watcher.Azure.Queues;
using Watcher.Core.Delivery;
using Watcher.Core.State;

namespace Watcher.Functions;

/// <summary>
/// Queue → send one recorded delivery. The ledger makes redeliveries harmless. A failed send stays in the ledger
/// with its next attempt time and the message is re-enqueued, invisible until then (the Standard Webhooks schedule
/// through queue visibility delays); <see cref="DeliverySweep"/> catches anything a lost message would leave behind.
/// </summary>
public sealed class DeliverAlert(DeliveryDispatcher dispatcher, IDeliveryLedger ledger, WatcherQueues queues, TimeProvider time)
{
    /// <summary>Azure Queue Storage caps a message's visibility delay at 7 days.</summary>
    public static readonly TimeSpan MaxVisibilityDelay = TimeSpan.FromDays(7);

    [Function(nameof(DeliverAlert))]
    public async Task Run([QueueTrigger(QueueNames.Deliveries)] string message, CancellationToken ct)
    {
        var id = WatcherQueues.Read<DeliverMessage>(message).DeliveryId;
        var result = await dispatcher.DeliverAsync(id, ct);
        if (result.Outcome is not (DeliveryOutcome.Failed or DeliveryOutcome.NotDue)) return;
        if (await ledger.GetAsync(id, ct) is not { Status: DeliveryStatus.Pending or DeliveryStatus.Failed } record) return;
        await queues.EnqueueAsync(QueueNames.Deliveries, new DeliverMessage(id), RetryDelay(record.NextAttempt, time.GetUtcNow()), ct);
    }

    /// <summary>Whole seconds, rounded up: the queue truncates the delay to seconds, and a message that shows up early finds its delivery not yet due.</summary>
    public static TimeSpan RetryDelay(DateTimeOffset nextAttempt, DateTimeOffset now) =>
        TimeSpan.FromSeconds(Math.Clamp(Math.Ceiling((nextAttempt - now).TotalSeconds), 0, MaxVisibilityDelay.TotalSeconds));
}
