using Watcher.Core.Alerts;
using Watcher.Core.Delivery;
using Watcher.Core.State;

namespace Watcher.Core.Digests;

/// <summary>
/// The holding side of digests for a channel: an alert that CadencePlanner says should wait (digest cadence, quiet
/// hours, a burst) goes into the digest queue, which counts as delivered for its ledger row; a digest row reads its
/// entries back. The e-mail and Teams channels all hold through this.
/// </summary>
public sealed class DigestHold(IDigestQueue queue, TimeProvider time)
{
    /// <summary>
    /// The queue an alert for this subscription waits in. E-mail: per subscription. Teams: per conversation (or
    /// Workflows name), so a conversation with several subscriptions gets one digest and a story matched by two of
    /// them appears once.
    /// </summary>
    public static string QueueKey(Subscription s) =>
        s.Channel is ChannelNames.Teams or ChannelNames.TeamsWorkflow ? $"{s.Channel}|{s.Target}" : s.Id;

    /// <summary>Holds the alert if it should wait; true when held (send nothing now).</summary>
    public async Task<bool> TryHoldAsync(Alert alert, Subscription s, string deliveryId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var recent = s.BurstLimit is null ? 0 : await RecentInstantSendsAsync(s, now, ct);
        var hold = CadencePlanner.Route(s, alert, now, recent);
        if (hold == HoldReason.None) return false;
        await queue.TryAddAsync(new DigestEntry
        {
            SubscriptionId = QueueKey(s), EntryId = deliveryId, AlertJson = alert.ToJson(), State = DigestEntryState.Queued, Reason = hold, Added = now,
        }, ct);
        return true;
    }

    /// <summary>Counts an instant send towards the burst limit (only when the subscription has one).</summary>
    public async Task SentAsync(Subscription s, string deliveryId, CancellationToken ct = default)
    {
        if (s.BurstLimit is not null)
            await queue.TryAddAsync(new DigestEntry { SubscriptionId = QueueKey(s), EntryId = deliveryId, State = DigestEntryState.Sent, Added = time.GetUtcNow() }, ct);
    }

    /// <summary>The entries a digest row names, and their alerts.</summary>
    public async Task<(IReadOnlyList<DigestEntry> Entries, IReadOnlyList<Alert> Alerts)> EntriesAsync(DigestDescriptor digest, Subscription s, CancellationToken ct = default)
    {
        var wanted = digest.EntryIds.ToHashSet(StringComparer.Ordinal);
        var entries = (await queue.ListAsync(QueueKey(s), ct)).Where(e => wanted.Contains(e.EntryId)).ToList();
        return (entries, entries.Where(e => e.AlertJson.Length > 0).Select(e => Alert.FromJson(e.AlertJson)).ToList());
    }

    /// <summary>Marks entries as sent with this digest (the runner normally already has); never fatal.</summary>
    public async Task MarkDigestedAsync(IReadOnlyList<DigestEntry> entries, string deliveryId, CancellationToken ct = default)
    {
        foreach (var e in entries.Where(e => e.State != DigestEntryState.Digested))
        {
            try { await queue.UpdateAsync(e with { State = DigestEntryState.Digested, DigestId = deliveryId }, ct); }
            catch (ConcurrencyException) { }
        }
    }

    private async Task<int> RecentInstantSendsAsync(Subscription s, DateTimeOffset now, CancellationToken ct)
    {
        var since = now - CadencePlanner.BurstWindow(s);
        return (await queue.ListAsync(QueueKey(s), ct)).Count(e => e.State == DigestEntryState.Sent && e.Added >= since);
    }
}
