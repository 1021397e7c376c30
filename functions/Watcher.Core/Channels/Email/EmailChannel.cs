using Microsoft.Extensions.Logging;
using Watcher.Core.Alerts;
using Watcher.Core.Delivery;
using Watcher.Core.Digests;
using Watcher.Core.State;

namespace Watcher.Core.Channels.Email;

/// <summary>
/// The "email" channel. An alert either goes out at once through the transport, or (digest cadence, quiet hours,
/// a burst) is put in the subscriber's digest queue, which counts as delivered for the alert's ledger row. A digest
/// is itself a ledger row (<see cref="DigestDescriptor"/>): this channel composes it from the queue entries it names.
/// </summary>
public sealed class EmailChannel(IEmailTransport transport, IDigestQueue queue, EmailLinks links, TimeProvider time, ILogger<EmailChannel> logger) : IAlertChannel
{
    public string Name => ChannelNames.Email;

    public IEmailTransport Transport => transport;

    private readonly DigestHold _hold = new(queue, time);

    public async Task SendAsync(Alert alert, Subscription subscription, string deliveryId, CancellationToken ct = default)
    {
        if (alert.Kind == DigestDescriptor.Kind)
        {
            await SendDigestAsync(DigestDescriptor.FromAlert(alert), subscription, deliveryId, ct);
            return;
        }
        if (await _hold.TryHoldAsync(alert, subscription, deliveryId, ct))
        {
            logger.LogDebug("Alert {AlertId} for {SubscriptionId} held for a digest", alert.Id, subscription.Id);
            return;
        }
        await transport.SendAsync(EmailComposer.InstantAlert(alert, subscription, deliveryId, links), deliveryId, ct);
        await _hold.SentAsync(subscription, deliveryId, ct);
    }

    private async Task SendDigestAsync(DigestDescriptor digest, Subscription subscription, string deliveryId, CancellationToken ct)
    {
        var (entries, alerts) = await _hold.EntriesAsync(digest, subscription, ct);
        if (alerts.Count == 0)
        {
            logger.LogWarning("Digest {DeliveryId} for {SubscriptionId} has no entries left; nothing to send", deliveryId, subscription.Id);
            return;
        }
        var request = new DigestRequest(subscription, CadencePlanner.Label(subscription, digest.Reason, digest.Due), digest.Reason, alerts, deliveryId, digest.Part, digest.Parts);
        await transport.SendAsync(DigestComposer.Compose(request, links), deliveryId, ct);
        await _hold.MarkDigestedAsync(entries, deliveryId, ct);
    }
}
