using Microsoft.Extensions.Logging;
using Watcher.Core.Delivery;
using Watcher.Core.State;

namespace Watcher.Core.Digests;

public sealed class DigestOptions
{
    public const string Section = "Watcher:Digest";
    /// <summary>At most this many queued alerts per digest e-mail; more become further parts.</summary>
    public int MaxAlertsPerEmail { get; set; } = 200;
    /// <summary>At most this much alert JSON per part (the e-mail is a small multiple of it; SendGrid's limit is 30 MB).</summary>
    public int MaxBytesPerEmail { get; set; } = 4_000_000;
    /// <summary>Sent and digested queue entries are kept this long (longer than a delivery's whole retry schedule).</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(14);
    /// <summary>Teams: stories per digest card; more become further cards (parts), up to <see cref="MaxCardsPerDigest"/>.</summary>
    public int MaxStoriesPerCard { get; set; } = Channels.Teams.DigestCard.MaxStories;
    /// <summary>Teams: cards per digest at most; the last one lists the rest as "… and N more stories".</summary>
    public int MaxCardsPerDigest { get; set; } = 3;
}

public sealed record DigestRunReport(int Subscribers, int DigestsRecorded, int Delivered, int Failed);

/// <summary>
/// The digest timer's work. For every e-mail subscriber and Teams conversation (or Workflows name) whose flush time has come, the queued alerts added before it
/// are split into parts, each part is recorded in the delivery ledger under an id derived from (subscriber, period,
/// part), claimed in the queue, and delivered. A second fire in the same period finds the same ids in the ledger
/// and sends nothing twice; a failed send stays pending in the ledger and is retried by the sweep.
/// </summary>
public sealed class DigestRunner(ISubscriptionStore subscriptions, IDigestQueue queue, IDeliveryLedger ledger, DeliveryDispatcher dispatcher,
    DigestOptions options, TimeProvider time, ILogger<DigestRunner> logger)
{
    public async Task<DigestRunReport> RunAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var subs = (await subscriptions.ListAsync(ct)).Where(s => s.Enabled && DigestChannels.Contains(s.Channel)).ToList();
        int recorded = 0, delivered = 0, failed = 0;
        // One digest per queue: a Teams conversation's subscriptions share one (its first subscription by id owns the digest row).
        foreach (var sub in subs.GroupBy(DigestHold.QueueKey, StringComparer.Ordinal).Select(g => g.OrderBy(s => s.Id, StringComparer.Ordinal).First()))
        {
            var ids = await RecordDueAsync(sub, now, ct);
            recorded += ids.Recorded;
            foreach (var id in ids.Ids)
            {
                var result = await dispatcher.DeliverAsync(id, ct);
                if (result.Outcome == DeliveryOutcome.Delivered) delivered++;
                else if (result.Outcome is DeliveryOutcome.Failed or DeliveryOutcome.Dead) failed++;
            }
        }
        if (recorded > 0) logger.LogInformation("Digests: {Recorded} recorded, {Delivered} delivered, {Failed} failed", recorded, delivered, failed);
        return new DigestRunReport(subs.Count, recorded, delivered, failed);
    }

    public static readonly IReadOnlyList<string> DigestChannels = [ChannelNames.Email, ChannelNames.Teams, ChannelNames.TeamsWorkflow];

    /// <summary>The digest ledger ids due for one subscriber now (recording them when this call is the first).</summary>
    public async Task<(IReadOnlyList<string> Ids, int Recorded)> RecordDueAsync(Subscription sub, DateTimeOffset now, CancellationToken ct = default)
    {
        if (CadencePlanner.FlushDue(sub, now) is not { } due) return ([], 0);
        var entries = await queue.ListAsync(DigestHold.QueueKey(sub), ct);
        await ForgetOldAsync(entries, now, ct);

        var baseId = DeliveryDispatcher.DeliveryId(sub.Id, DigestDescriptor.PeriodKey(due), sub.Channel);
        var earlier = entries.Where(e => e.State == DigestEntryState.Digested && e.DigestId?.StartsWith(baseId, StringComparison.Ordinal) == true)
            .Select(e => e.DigestId!).Distinct().ToList();
        var waiting = entries.Where(e => e.State == DigestEntryState.Queued && e.Added < due).ToList();
        if (waiting.Count == 0) return (earlier, 0);

        // A crash after recording a part but before claiming its entries: claim them now rather than send them twice.
        var first = await ledger.GetAsync(PartId(baseId, 1), ct);
        if (first is not null)
        {
            var parts = Enumerable.Range(1, DigestDescriptor.FromAlert(Alerts.Alert.FromJson(first.AlertJson)).Parts).Select(p => PartId(baseId, p)).ToList();
            foreach (var id in parts)
                if (await ledger.GetAsync(id, ct) is { } row) await ClaimAsync(waiting, DigestDescriptor.FromAlert(Alerts.Alert.FromJson(row.AlertJson)).EntryIds, id, ct);
            return (parts, 0);
        }

        var chunks = sub.Channel == ChannelNames.Email ? Split(waiting) : SplitByStory(waiting);
        // After `digest off` the alerts still waiting for the digest go out with the next flush, named as such.
        var reason = Cadences.IsDigest(sub) || waiting.Any(e => e.Reason == HoldReason.Digest) ? HoldReason.Digest
            : waiting.Any(e => e.Reason == HoldReason.Quiet) ? HoldReason.Quiet : HoldReason.Burst;
        var ids = new List<string>();
        var recorded = 0;
        for (var i = 0; i < chunks.Count; i++)
        {
            var id = PartId(baseId, i + 1);
            var descriptor = new DigestDescriptor(due, i + 1, chunks.Count, reason, chunks[i].Select(e => e.EntryId).ToList());
            var alert = descriptor.ToAlert(now);
            if (await ledger.TryAddAsync(new DeliveryRecord
                {
                    Id = id, SubscriptionId = sub.Id, Channel = sub.Channel, AlertId = alert.Id, AlertJson = alert.ToJson(),
                    Created = now, NextAttempt = now,
                }, ct))
            {
                recorded++;
                await ClaimAsync(chunks[i], descriptor.EntryIds, id, ct);
            }
            ids.Add(id);
        }
        return ([.. earlier, .. ids], recorded);
    }

    private static string PartId(string baseId, int part) => part == 1 ? baseId : $"{baseId}-p{part}";

    private List<List<DigestEntry>> Split(IReadOnlyList<DigestEntry> waiting)
    {
        var chunks = new List<List<DigestEntry>> { new() };
        long bytes = 0;
        foreach (var e in waiting)
        {
            if (chunks[^1].Count > 0 && (chunks[^1].Count >= options.MaxAlertsPerEmail || bytes + e.AlertJson.Length > options.MaxBytesPerEmail))
            {
                chunks.Add([]);
                bytes = 0;
            }
            chunks[^1].Add(e);
            bytes += e.AlertJson.Length;
        }
        return chunks;
    }

    /// <summary>
    /// Teams: whole stories per card (<see cref="DigestOptions.MaxStoriesPerCard"/>), at most
    /// <see cref="DigestOptions.MaxCardsPerDigest"/> cards; the last card carries the rest and shows them as "and N more".
    /// </summary>
    private List<List<DigestEntry>> SplitByStory(IReadOnlyList<DigestEntry> waiting)
    {
        var stories = waiting.GroupBy(StoryOf, StringComparer.Ordinal).Select(g => g.ToList()).ToList();
        var perCard = Math.Max(1, options.MaxStoriesPerCard);
        var chunks = stories.Chunk(perCard).Select(c => c.SelectMany(e => e).ToList()).ToList();
        var max = Math.Max(1, options.MaxCardsPerDigest);
        if (chunks.Count > max) chunks = [.. chunks.Take(max - 1), chunks.Skip(max - 1).SelectMany(c => c).ToList()];
        return chunks.Count == 0 ? [[]] : chunks;
    }

    private static string StoryOf(DigestEntry e)
    {
        if (e.AlertJson.Length == 0) return e.EntryId;
        var alert = Alerts.Alert.FromJson(e.AlertJson);
        return alert.StoryId ?? alert.Id;
    }

    private async Task ClaimAsync(IReadOnlyList<DigestEntry> candidates, IReadOnlyList<string> entryIds, string digestId, CancellationToken ct)
    {
        var wanted = entryIds.ToHashSet(StringComparer.Ordinal);
        foreach (var e in candidates.Where(e => wanted.Contains(e.EntryId)))
        {
            try { await queue.UpdateAsync(e with { State = DigestEntryState.Digested, DigestId = digestId }, ct); }
            catch (ConcurrencyException) { } // another fire claimed it for the same digest id
        }
    }

    private async Task ForgetOldAsync(IReadOnlyList<DigestEntry> entries, DateTimeOffset now, CancellationToken ct)
    {
        foreach (var e in entries.Where(e => e.State != DigestEntryState.Queued && e.Added < now - options.Retention))
            await queue.DeleteAsync(e, ct);
    }
}
