using Azure;
using Azure.Data.Tables;
using Watcher.Core.Digests;
using Watcher.Core.State;

namespace Watcher.Azure.Tables;

/// <summary>
/// WatcherDigestQueue: PartitionKey = subscription id, RowKey = entry id (the alert's delivery id). One partition
/// per subscriber, so a digest reads one partition; the insert-if-absent makes a retried delivery add nothing.
/// </summary>
public sealed class TableDigestQueue(TableServiceClient service) : TableStore(service, TableNames.DigestQueue), IDigestQueue
{
    public async Task<bool> TryAddAsync(DigestEntry entry, CancellationToken ct = default)
    {
        try
        {
            await Table.AddEntityAsync(ToEntity(entry), ct);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<DigestEntry>> ListAsync(string subscriptionId, CancellationToken ct = default) =>
        (await QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Escape(subscriptionId)}"), ct))
            .Select(Map).OrderBy(e => e.Added).ThenBy(e => e.EntryId, StringComparer.Ordinal).ToList();

    public async Task<DigestEntry> UpdateAsync(DigestEntry entry, CancellationToken ct = default) =>
        entry with { Version = await WriteAsync(ToEntity(entry), entry.Version ?? throw new ArgumentException("an update needs the row's version"), ct) };

    public async Task DeleteAsync(DigestEntry entry, CancellationToken ct = default)
    {
        try
        {
            await Table.DeleteEntityAsync(TableKeys.Escape(entry.SubscriptionId), TableKeys.Escape(entry.EntryId), entry.Version is null ? ETag.All : new ETag(entry.Version), ct);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412) { }
    }

    private static TableEntity ToEntity(DigestEntry e) => new(TableKeys.Escape(e.SubscriptionId), TableKeys.Escape(e.EntryId))
    {
        ["SubscriptionId"] = e.SubscriptionId,
        ["EntryId"] = e.EntryId,
        ["AlertJson"] = e.AlertJson,
        ["State"] = e.State.ToString(),
        ["Reason"] = e.Reason.ToString(),
        ["Added"] = e.Added,
        ["DigestId"] = e.DigestId,
    };

    private static DigestEntry Map(TableEntity e) => new()
    {
        SubscriptionId = e.GetString("SubscriptionId") ?? TableKeys.Unescape(e.PartitionKey),
        EntryId = e.GetString("EntryId") ?? TableKeys.Unescape(e.RowKey),
        AlertJson = e.GetString("AlertJson") ?? string.Empty,
        State = Enum.TryParse<DigestEntryState>(e.GetString("State"), out var s) ? s : DigestEntryState.Queued,
        Reason = Enum.TryParse<HoldReason>(e.GetString("Reason"), out var r) ? r : HoldReason.Digest,
        Added = Time(e, "Added") ?? DateTimeOffset.MinValue,
        DigestId = e.GetString("DigestId"),
        Version = e.ETag.ToString(),
    };
}
