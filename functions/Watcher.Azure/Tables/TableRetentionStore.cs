using Azure;
using Azure.Data.Tables;
using Watcher.Core.State;

namespace Watcher.Azure.Tables;

/// <summary>
/// Retention over the tables. Items go by LastSeen, packed in their source's head row or in rows of their own (the poller refreshes it for items a feed still lists, see
/// PollOptions.RefreshLastSeenAfter, so a live item is never dropped and re-alerted); stories by their timeline days
/// (whole old partitions) and the index rows that list a baseline's new stories, and their own LastUpdated; ledger rows only once delivered or dead.
/// Deletes are entity group transactions of at most 100 per partition. Runs daily, so the item and ledger scans
/// (filtered, keys only) are acceptable there and nowhere else. The delivery log and the story index's day partitions
/// go by their keys.
/// </summary>
public sealed class TableRetentionStore(TableServiceClient service) : IRetentionStore
{
    private static readonly string[] Keys = ["PartitionKey", "RowKey"];

    public async Task<RetentionReport> PurgeAsync(DateTimeOffset cutoff, CancellationToken ct = default)
    {
        var items = service.GetTableClient(TableNames.Items);
        var packed = await PurgePacksAsync(items, cutoff, ct);
        var oldItems = await TableStore.QueryAsync(items, TableClient.CreateQueryFilter($"LastSeen lt {cutoff}"), ct, select: Keys);
        await TableStore.SubmitBatchedAsync(items, oldItems, TableTransactionActionType.Delete, ct);
        // Each purged source's head row changes (a merge of nothing: its pack stays), so no host answers from items it
        // remembers from before the purge.
        await TableStore.SubmitBatchedAsync(items, oldItems.Select(r => r.PartitionKey).Distinct(StringComparer.Ordinal)
            .Select(p => new TableEntity(p, TableItemStore.HeadRow)).ToList(), TableTransactionActionType.UpsertMerge, ct);

        // The story index's day partitions ("d-yyyyMMdd") go by their keys; their rows that list a baseline's new story
        // (a LastUpdated column: no timeline row of its own until its second save) name stories to purge too.
        var index = service.GetTableClient(TableNames.StoryIndex);
        var oldIndex = await TableStore.QueryAsync(index,
            TableClient.CreateQueryFilter($"PartitionKey ge {"d-"} and PartitionKey lt {"d-" + cutoff.UtcDateTime.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture)}"), ct,
            select: ["PartitionKey", "RowKey", "StoryId", "LastUpdated"]);
        var listed = oldIndex.Where(r => r.GetDateTimeOffset("LastUpdated") is not null).Select(r => r.GetString("StoryId")).OfType<string>();

        var (stories, timelineRows) = await PurgeStoriesAsync(cutoff, listed, ct);

        var deliveries = service.GetTableClient(TableNames.Deliveries);
        var delivered = nameof(DeliveryStatus.Delivered);
        var dead = nameof(DeliveryStatus.Dead);
        var finished = await TableStore.QueryAsync(deliveries,
            TableClient.CreateQueryFilter($"Created lt {cutoff} and (Status eq {delivered} or Status eq {dead})"), ct, select: Keys);
        await TableStore.SubmitBatchedAsync(deliveries, finished, TableTransactionActionType.Delete, ct);

        // The delivery log (rows "log|{subscription}", newest first by inverted creation ticks): a key range, no scan.
        var oldLog = await TableStore.QueryAsync(deliveries,
            TableClient.CreateQueryFilter($"PartitionKey ge {"log|"} and PartitionKey lt {"log}"} and RowKey gt {TableKeys.InvertedTicks(cutoff)}"), ct, select: Keys);
        await TableStore.SubmitBatchedAsync(deliveries, oldLog, TableTransactionActionType.Delete, ct);
        await TableStore.SubmitBatchedAsync(index, oldIndex, TableTransactionActionType.Delete, ct);

        return new RetentionReport(packed + oldItems.Count, stories, timelineRows, finished.Count) { IndexRows = oldIndex.Count, LogRows = oldLog.Count };
    }

    /// <summary>
    /// The packed items (<see cref="ItemPack"/>) last seen before the cutoff: the head rows whose pack's <c>Oldest</c> is
    /// before it are read, and each written back without those items, conditional on its ETag — a head a poll wrote
    /// meanwhile is left for the next run (its pack is as recent as that poll). Returns the items dropped.
    /// </summary>
    private static async Task<int> PurgePacksAsync(TableClient items, DateTimeOffset cutoff, CancellationToken ct)
    {
        var heads = await TableStore.QueryAsync(items,
            TableClient.CreateQueryFilter($"RowKey eq {TableItemStore.HeadRow} and Oldest lt {cutoff}"), ct);
        var purged = 0;
        foreach (var head in heads)
        {
            var sourceId = TableKeys.Unescape(head.PartitionKey);
            // A pack that does not read back is left to the source's next poll, which sets it aside.
            if (!ItemPack.TryRead(head, sourceId, out var all, out _)) continue;
            var kept = all.Where(i => i.LastSeen >= cutoff).ToList();
            var row = new TableEntity(head.PartitionKey, head.RowKey);
            ItemPack.Write(row, [.. kept.Select(i => (i, ItemPack.Serialize(sourceId, i)))]);
            try
            {
                await items.UpdateEntityAsync(row, head.ETag, TableUpdateMode.Replace, ct);
                purged += all.Count - kept.Count;
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                // Saved by a poll while we looked: the next run purges it.
            }
        }
        return purged;
    }

    private async Task<(int Stories, int TimelineRows)> PurgeStoriesAsync(DateTimeOffset cutoff, IEnumerable<string> listed, CancellationToken ct)
    {
        var timeline = service.GetTableClient(TableNames.StoryTimeline);
        var storiesTable = service.GetTableClient(TableNames.Stories);
        var oldRows = await TableStore.QueryAsync(timeline,
            TableClient.CreateQueryFilter($"PartitionKey lt {TableItemStore.TimelineDay(cutoff)}"), ct, select: ["PartitionKey", "RowKey", "StoryId"]);
        var deleted = 0;
        foreach (var storyId in oldRows.Select(r => r.GetString("StoryId")).OfType<string>().Concat(listed).Distinct(StringComparer.Ordinal))
        {
            var story = await TableItemStore.ReadStoryRowAsync(storiesTable, storyId, ct);
            if (story is null || story.GetDateTimeOffset("LastUpdated") is not { } updated || updated >= cutoff) continue;
            try
            {
                await storiesTable.DeleteEntityAsync(story.PartitionKey, story.RowKey, story.ETag, ct);
                deleted++;
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                // Updated while we looked: it is recent again, keep it.
            }
        }
        await TableStore.SubmitBatchedAsync(timeline, oldRows, TableTransactionActionType.Delete, ct);
        return (deleted, oldRows.Count);
    }
}
