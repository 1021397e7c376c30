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

    public async Task SendAsync(Alert alert, Subscription subscription, string deliveryId, CancellationToken ct = default)
    {
        if (alert.Kind == DigestDescriptor.Kind)
        {
            await SendDigestAsync(DigestDescriptor.FromAlert(alert), subscription, deliveryId, ct);
            return;
        }
        var now = time.GetUtcNow();
        var recent = subscription.BurstLimit is null ? 0 : await RecentInstantSendsAsync(subscription, now, ct);
        var hold = CadencePlanner.Route(subscription, alert, now, recent);
        if (hold != HoldReason.None)
        {
            await queue.TryAddAsync(new DigestEntry
            {
                SubscriptionId = subscription.Id, EntryId = deliveryId, AlertJson = alert.ToJson(),
                State = DigestEntryState.Queued, Reason = hold, Added = now,
            }, ct);
            logger.LogDebug("Alert {AlertId} for {SubscriptionId} held ({Reason})", alert.Id, subscription.Id, hold);
            return;
        }
        await transport.SendAsync(EmailComposer.InstantAlert(alert, subscription, deliveryId, links), deliveryId, ct);
        if (subscription.BurstLimit is not null)
            await queue.TryAddAsync(new DigestEntry { SubscriptionId = subscription.Id, EntryId = deliveryId, State = DigestEntryState.Sent, Added = now }, ct);
    }

    private async Task<int> RecentInstantSendsAsync(Subscription s, DateTimeOffset now, CancellationToken ct)
    {
        var since = now - CadencePlanner.BurstWindow(s);
        return (await queue.ListAsync(s.Id, ct)).Count(e => e.State == DigestEntryState.Sent && e.Added >= since);
    }

    private async Task SendDigestAsync(DigestDescriptor digest, Subscription subscription, string deliveryId, CancellationToken ct)
    {
        var wanted = digest.EntryIds.ToHashSet(StringComparer.Ordinal);
        var entries = (await queue.ListAsync(subscription.Id, ct)).Where(e => wanted.Contains(e.EntryId)).ToList();
        var alerts = entries.Where(e => e.AlertJson.Length > 0).Select(e => Alert.FromJson(e.AlertJson)).ToList();
        if (alerts.Count == 0)
        {
            logger.LogWarning("Digest {DeliveryId} for {SubscriptionId} has no entries left; nothing to send", deliveryId, subscription.Id);
            return;
        }
        var request = new DigestRequest(subscription, CadencePlanner.Label(subscription, digest.Reason, digest.Due), digest.Reason, alerts, deliveryId, digest.Part, digest.Parts);
        await transport.SendAsync(DigestComposer.Compose(request, links), deliveryId, ct);
        // Mark the entries as sent with this digest (they normally are already, by the runner); never fatal.
        foreach (var e in entries.Where(e => e.State != DigestEntryState.Digested))
        {
            try { await queue.UpdateAsync(e with { State = DigestEntryState.Digested, DigestId = deliveryId }, ct); }
            catch (ConcurrencyException) { }
        }
    }
}
