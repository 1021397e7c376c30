namespace Watcher.Core.State;

/// <summary>The delivery ledger read per subscription, newest first (a webhook endpoint's delivery log).</summary>
public interface IDeliveryLog
{
    Task<IReadOnlyList<DeliveryRecord>> ForSubscriptionAsync(string subscriptionId, int top, CancellationToken ct = default);
}
