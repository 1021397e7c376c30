using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Watcher.Core.State;

namespace Watcher.Azure.Tables;

/// <summary>
/// WatcherItems: PartitionKey = source id, RowKey = item id (one partition query loads a source's items; writes are
/// batched per source), plus one head row per partition (RowKey <see cref="HeadRow"/>) that every write of the
/// partition changes in the same transaction: a save is conditional on the head the poll read (a concurrent poll of
/// the same source loses with <see cref="ConcurrencyException"/> instead of overwriting), and a host that knows a
/// source's items at the current head answers from memory after one point read (<see cref="SourceItemsCache"/>). WatcherStories: PartitionKey = `stories|N`
/// (N from the story id, <see cref="StoryShards"/> shards), RowKey = story id: point reads by id, and the new stories of
/// concurrent polls share transactions (<see cref="PartitionWriter"/>); rows written before the shards (PartitionKey =
/// story id, RowKey = "story") are still read and written where they are.
/// WatcherStoryTimeline: PartitionKey = UTC day of the story's LastUpdated (yyyyMMdd), RowKey = inverted ticks + "_" +
/// story id, holding a copy of the story: the "log tail" pattern, newest first, one partition per day so no single
/// partition takes every write. Each save adds a row; readers keep the newest row per story, and retention drops
/// whole old days.
/// </summary>
public sealed class TableItemStore(TableServiceClient service, TimeProvider? time = null, ItemCacheOptions? cache = null, ILogger<TableItemStore>? logger = null)
    : TableStore(service, TableNames.Items), IItemStore
{
    /// <summary>The head row's key: never an escaped item id (<see cref="TableKeys.Escape"/> writes '%' only before two hex digits).</summary>
    internal const string HeadRow = "%head";
    private const string StoryShardPrefix = "stories|";
    /// <summary>Story row partitions: enough that no partition is hot, few enough that concurrent polls' new stories share transactions.</summary>
    internal const int StoryShards = 16;
    /// <summary>The row key of story rows written before the shards (PartitionKey = story id).</summary>
    private const string LegacyStoryRow = "story";
    private const string LegacyVersion = "legacy|";
    /// <summary>The longest look-back <see cref="RecentStoriesAsync"/> serves (one partition query per day).</summary>
    public const int MaxLookBackDays = 400;
    private readonly TableClient _stories = service.GetTableClient(TableNames.Stories);
    private readonly TableClient _timeline = service.GetTableClient(TableNames.StoryTimeline);
    private readonly TableClient _index = service.GetTableClient(TableNames.StoryIndex);
    private readonly PartitionWriter _storyWriter = new(service.GetTableClient(TableNames.Stories));
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly SourceItemsCache _cache = new((cache ?? new ItemCacheOptions()).CacheItems);

    /// <summary>
    /// The head row first (a point read of its keys and ETag); if this host saw the source's items at that head, they come
    /// from memory, else from one partition query — the head row's pack and the rows of items that have their own
    /// (<see cref="Fold"/>) — kept for next time when the head did not move during the query. On a source's first poll, no
    /// head row means no items: every save writes one (rows from before head rows belong to baselined sources), so the
    /// partition is not queried.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, ItemRecord>> GetItemsAsync(string sourceId, CancellationToken ct = default, bool firstPoll = false, bool unwritten = false)
    {
        // No head read: the save inserts the head, and a head that exists after all makes it lose (409).
        if (firstPoll && unwritten) return new SourceItems(new Dictionary<string, ItemRecord>(StringComparer.Ordinal), null);
        var partition = TableKeys.Escape(sourceId);
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(partition, HeadRow, HeadKeys, ct);
        var head = response.HasValue ? response.Value!.ETag : (ETag?)null;
        if (head is { } current && _cache.Get(sourceId, current) is { } cached) return cached;
        if (head is null && firstPoll) return new SourceItems(new Dictionary<string, ItemRecord>(StringComparer.Ordinal), null);

        var items = await ReadPartitionAsync(sourceId, partition, ct);
        if (head is not null && items.Head == head) _cache.Put(sourceId, items);
        return items;
    }

    /// <summary>What the head point read selects: the keys (the ETag comes with any row), not the pack.</summary>
    private static readonly string[] HeadKeys = ["RowKey"];

    private async Task<SourceItems> ReadPartitionAsync(string sourceId, string partition, CancellationToken ct)
    {
        var rows = await QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), ct);
        return Fold(sourceId, rows.FirstOrDefault(r => r.RowKey == HeadRow), rows.Where(r => r.RowKey != HeadRow));
    }

    /// <summary>
    /// A source's items: the head row's pack (<see cref="ItemPack"/>), then every item row over it — an item has a row
    /// when it was written before packs or did not fit its source's pack, and once it has one it is saved there, so a
    /// row and a packed copy of one item exist together only after a save that moved the item out of the pack stopped
    /// between its row and its head (<see cref="SaveItemsAsync"/>): the row is the newer.
    /// </summary>
    private static SourceItems Fold(string sourceId, TableEntity? head, IEnumerable<TableEntity> rows)
    {
        var items = new Dictionary<string, ItemRecord>(StringComparer.Ordinal);
        UnreadablePack? unreadable = null;
        if (head is not null && ItemPack.TryRead(head, sourceId, out var packed, out unreadable))
            foreach (var item in packed) items[item.ItemId] = item;
        var own = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in rows.Where(r => !r.RowKey.StartsWith(ItemPack.SetAsidePrefix, StringComparison.Ordinal)).Select(Map))
        {
            items[item.ItemId] = item;
            own.Add(item.ItemId);
        }
        return new SourceItems(items, head?.ETag, own) { Unreadable = unreadable };
    }

    /// <summary>
    /// Writes a source's items: those that have rows (<see cref="SourceItems.Rows"/>) as rows, every other into the head
    /// row's pack, which is rewritten whole — the items this poll read (<paramref name="known"/>, as
    /// <see cref="GetItemsAsync"/> returned them) with <paramref name="items"/> over them, as long as the pack stays within
    /// <see cref="ItemPack.MaxChars"/>; an item that does not fit gets a row of its own (from then on). The head write is
    /// conditional on the head read then (or an insert if there was none): a lost race is a <see cref="ConcurrencyException"/>.
    /// A source's first poll of a farm feed is one insert of the head row, where it used to be a transaction of a head and
    /// ten item rows. Rows go in transactions of at most 99 with the head, the head last: each earlier transaction merges
    /// nothing into the head, conditional on its ETag (so it moves), and the last writes the pack. Without
    /// <paramref name="known"/> the partition is read first, and written conditionally on that read (again if another
    /// write came between).
    /// </summary>
    public async Task SaveItemsAsync(string sourceId, IReadOnlyList<ItemRecord> items, CancellationToken ct = default, IReadOnlyDictionary<string, ItemRecord>? known = null)
    {
        var partition = TableKeys.Escape(sourceId);
        _cache.Forget(sourceId);
        if (known is SourceItems basis)
        {
            _cache.Put(sourceId, await WriteItemsAsync(sourceId, partition, basis, items, ct));
            return;
        }
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await WriteItemsAsync(sourceId, partition, await ReadPartitionAsync(sourceId, partition, ct), items, ct);
                return;
            }
            catch (ConcurrencyException) when (attempt < 5)
            {
                // Written by someone else since the read: read again.
            }
        }
    }

    private async Task<SourceItems> WriteItemsAsync(string sourceId, string partition, SourceItems basis, IReadOnlyList<ItemRecord> items, CancellationToken ct)
    {
        var saved = new Dictionary<string, ItemRecord>(StringComparer.Ordinal);
        foreach (var item in items) saved[item.ItemId] = item;
        var rows = new HashSet<string>(basis.Rows, StringComparer.Ordinal);
        var toRows = saved.Values.Where(i => rows.Contains(i.ItemId)).ToList();
        // The pack: what it held (as read), then this save's items; an item that would take it past its size gets a row.
        var pack = new List<(ItemRecord Item, string Json)>();
        var size = 2;
        foreach (var item in basis.Values.Where(i => !rows.Contains(i.ItemId) && !saved.ContainsKey(i.ItemId))
            .Concat(saved.Values.Where(i => !rows.Contains(i.ItemId))))
        {
            var json = ItemPack.Serialize(sourceId, item);
            if (size + json.Length + 1 <= ItemPack.MaxChars)
            {
                pack.Add((item, json));
                size += json.Length + 1;
            }
            else
            {
                toRows.Add(item);
                rows.Add(item.ItemId);
            }
        }
        var head = new TableEntity(partition, HeadRow);
        ItemPack.Write(head, pack);
        var etag = basis.Head;
        var entities = toRows.Select(i => ItemEntity(partition, i));
        if (basis.Unreadable is { } unreadable)
        {
            // Kept as found, in the transaction that replaces it; the items it held were polled as unseen.
            var setAside = ItemPack.SetAside(partition, unreadable, _time.GetUtcNow());
            logger?.LogError("{Table}/{Partition}: the head row's item pack did not read back ({Error}); its {Chars} characters are kept in row {Row}, and the items it held were taken as unseen",
                TableNames.Items, partition, unreadable.Error, unreadable.Text.Length, setAside.RowKey);
            entities = entities.Prepend(setAside);
        }
        try
        {
            var chunks = entities.Chunk(MaxBatch - 1).ToList();
            if (chunks.Count == 0)
            {
                var response = etag is { } match
                    ? await Table.UpdateEntityAsync(head, match, TableUpdateMode.Replace, ct)
                    : await Table.AddEntityAsync(head, ct);
                etag = response.Headers.ETag;
            }
            for (var k = 0; k < chunks.Count; k++)
            {
                var last = k == chunks.Count - 1;
                var written = last ? head : new TableEntity(partition, HeadRow);
                var headAction = etag is { } match
                    ? new TableTransactionAction(last ? TableTransactionActionType.UpdateReplace : TableTransactionActionType.UpdateMerge, written, match)
                    : new TableTransactionAction(TableTransactionActionType.Add, written);
                var response = await Table.SubmitTransactionAsync(
                    [.. chunks[k].Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), headAction], ct);
                etag = response.Value[^1].Headers.ETag;
            }
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // A transaction's failure (TableTransactionFailedException) is one too.
            throw new ConcurrencyException($"{TableNames.Items}/{partition} was written by another poll since it was read ({ex.Status})");
        }
        return basis.With(items, etag ?? throw new InvalidOperationException("Table service returned no ETag"), rows);
    }

    /// <summary>
    /// An item's own row: only the columns that differ from what a missing column reads as (<see cref="SparseColumns"/>; a
    /// source's first poll has no earlier hashes and often no topics, date or revision), and the source and item ids
    /// only when the keys do not give them back (<see cref="TableKeys.Unescape"/>; a key over 1 KiB is hashed).
    /// </summary>
    private static TableEntity ItemEntity(string partition, ItemRecord i)
    {
        var rowKey = TableKeys.Escape(i.ItemId);
        var row = new TableEntity(partition, rowKey)
        {
            ["StoryId"] = i.StoryId,
            ["ContentHash"] = i.ContentHash,
            ["FirstSeen"] = i.FirstSeen,
            ["LastSeen"] = i.LastSeen,
        };
        if (TableKeys.Unescape(partition) != i.SourceId) row["SourceId"] = i.SourceId;
        if (TableKeys.Unescape(rowKey) != i.ItemId) row["ItemId"] = i.ItemId;
        row.SetUnlessNull("Title", i.Title);
        row.SetUnlessNull("Link", i.Link);
        row.SetList("SeenHashes", i.SeenHashes);
        row.SetUnlessEmpty("Text", ItemRecord.Clip(i.Text));
        row.SetList("Topics", i.Topics);
        row.SetUnlessNull("Published", i.Published);
        row.SetUnlessZero("Revision", i.Revision);
        row.SetUnlessNull("StoryListing", i.StoryListing);
        return row;
    }

    /// <summary>
    /// The story's row (its shard, else the layout before the shards); a story that has none may be a silent baseline's new
    /// story, written only as its listing (<see cref="SaveStoriesAsync"/>): its index row is found by a scan of the index
    /// for listing rows of that id (rare: a caller that knows where it is listed reads it with one point read instead).
    /// </summary>
    public Task<StoryRecord?> GetStoryAsync(string storyId, CancellationToken ct = default) => GetStoryAsync(storyId, null, ct);

    /// <summary>
    /// The story's row; if it has none and <paramref name="listing"/> names its listing (<see cref="TableStoryIndex.ListingOf"/>,
    /// an item's <see cref="ItemRecord.StoryListing"/>), that index row, read as the story with no version (its next save
    /// inserts the row: 409 = another poll inserted it first, which the caller merges as any lost race). Without a listing,
    /// the layout before the shards, then a scan of the index for the story's listing row.
    /// </summary>
    public async Task<StoryRecord?> GetStoryAsync(string storyId, string? listing, CancellationToken ct)
    {
        var keys = StoryRowKeys(storyId);
        var shard = await _stories.GetEntityIfExistsAsync<TableEntity>(keys[0].PartitionKey, keys[0].RowKey, cancellationToken: ct);
        if (shard.HasValue) return MapStory(shard.Value!);
        // A listed story never had a row before the shards: its listing is the next place to look.
        if (listing is not null && TableStoryIndex.ListingKey(storyId, listing) is { } at)
        {
            var listed = await _index.GetEntityIfExistsAsync<TableEntity>(at.PartitionKey, at.RowKey, ListingColumns, ct);
            if (listed.HasValue && Listed(listed.Value!) is { } story) return story;
        }
        var legacy = await _stories.GetEntityIfExistsAsync<TableEntity>(keys[1].PartitionKey, keys[1].RowKey, cancellationToken: ct);
        if (legacy.HasValue) return MapStory(legacy.Value!) with { Version = LegacyVersion + legacy.Value!.ETag };
        if (listing is not null) return null;
        // No hint (the bot's "mute <story id>", a story purged meanwhile): the index's listing rows of that id, newest last.
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {"d-"} and PartitionKey lt {"d."} and StoryId eq {storyId}");
        StoryRecord? found = null;
        await foreach (var e in _index.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ListingColumns, cancellationToken: ct))
            if (Listed(e) is { } story && (found is null || story.LastUpdated >= found.LastUpdated)) found = story;
        return found;
    }

    /// <summary>An index row read as the story it lists (no version: the story has no row), or null if it lists none.</summary>
    private static StoryRecord? Listed(TableEntity row) =>
        row.GetString("StoryId") is not null && row.GetDateTimeOffset("LastUpdated") is not null ? MapStory(row) with { Version = null } : null;

    /// <summary>A story's row wherever it is (its shard, else the layout before the shards): what reads and retention share.</summary>
    internal static async Task<TableEntity?> ReadStoryRowAsync(TableClient stories, string storyId, CancellationToken ct)
    {
        foreach (var (partition, row) in StoryRowKeys(storyId))
        {
            var response = await stories.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: ct);
            if (response.HasValue) return response.Value;
        }
        return null;
    }

    /// <summary>Where a story's row is: its shard, then (rows written before the shards) its own partition.</summary>
    internal static (string PartitionKey, string RowKey)[] StoryRowKeys(string storyId) =>
        [(TableKeys.Shard(StoryShardPrefix, storyId, StoryShards), TableKeys.Escape(storyId)), (TableKeys.Escape(storyId), LegacyStoryRow)];

    /// <summary>
    /// The timeline row goes first, so a story row never exists without one; if the story write then loses its ETag
    /// race the timeline row is taken back.
    /// </summary>
    public async Task<StoryRecord> SaveStoryAsync(StoryRecord story, CancellationToken ct = default)
    {
        await _timeline.UpsertEntityAsync(TimelineEntity(story), TableUpdateMode.Replace, ct);
        return await WriteStoryRowAsync(story, ct);
    }

    /// <summary>
    /// The timeline rows of all the stories first, in transactions (a day's rows share a partition), then each story row
    /// with its ETag; a story that loses its race has its timeline row taken back and is returned, unsaved. A new story
    /// in <paramref name="listed"/> gets neither a timeline row nor a story row (since 2026-11-30, perf26): its index row
    /// holds the same copy (<see cref="TableStoryIndex"/>, written beside this save by the baseline's flush),
    /// <see cref="RecentStoriesAsync"/> lists it and <see cref="GetStoryAsync(string, string?, CancellationToken)"/> reads it
    /// from there, and its second save inserts its row (a lost insert merges, as a lost race does).
    /// </summary>
    public async Task<IReadOnlyList<StoryRecord>> SaveStoriesAsync(IReadOnlyList<StoryRecord> stories, CancellationToken ct = default, IReadOnlySet<string>? listed = null)
    {
        bool Listed(StoryRecord story) => listed is not null && story.Version is null && listed.Contains(story.StoryId);
        var saved = stories.Where(s => !Listed(s)).ToList();
        await SubmitBatchedAsync(_timeline, saved.Select(TimelineEntity).DistinctBy(e => (e.PartitionKey, e.RowKey)).ToList(),
            TableTransactionActionType.UpsertReplace, ct);
        var lost = new System.Collections.Concurrent.ConcurrentBag<StoryRecord>();
        await Task.WhenAll(saved.Select(async story =>
        {
            try { await WriteStoryRowAsync(story, ct); }
            catch (ConcurrencyException) { lost.Add(story); }
        }));
        return [.. lost];
    }

    private TableEntity TimelineEntity(StoryRecord story) => StoryEntity(story, TimelineDay(story.LastUpdated), TimelineRow(story.LastUpdated, story.StoryId));

    /// <summary>The story row, ETag-checked; on a lost race its timeline row (written just before) is taken back.</summary>
    private async Task<StoryRecord> WriteStoryRowAsync(StoryRecord story, CancellationToken ct)
    {
        try
        {
            if (story.Version?.StartsWith(LegacyVersion, StringComparison.Ordinal) == true)
            {
                var (partition, row) = StoryRowKeys(story.StoryId)[1];
                return story with { Version = LegacyVersion + await WriteAsync(_stories, StoryEntity(story, partition, row), story.Version[LegacyVersion.Length..], ct) };
            }
            var (shard, key) = StoryRowKeys(story.StoryId)[0];
            return story with { Version = await _storyWriter.WriteAsync(StoryEntity(story, shard, key), story.Version, ct) };
        }
        catch (ConcurrencyException)
        {
            await _timeline.DeleteEntityAsync(TimelineDay(story.LastUpdated), TimelineRow(story.LastUpdated, story.StoryId), global::Azure.ETag.All, ct);
            throw;
        }
    }

    /// <summary>
    /// Newest first (by LastUpdated; at an equal time a timeline row before an index row, then by story id), each story
    /// once, as its newest row has it: per UTC day from tomorrow back to <paramref name="since"/>, one range query of the
    /// day's timeline partition and one of the story index's day partition for the rows that list a silent baseline's
    /// new stories (<see cref="TableStoryIndex"/>: such a story has no timeline row until its second save), stopping at
    /// <paramref name="top"/>. An index row is written no earlier than the save it stands for, so it is in the partition of
    /// its story's LastUpdated day or a later one: a day's rows are listed once every row updated on that day is known.
    /// </summary>
    public async Task<IReadOnlyList<StoryRecord>> RecentStoriesAsync(DateTimeOffset since, int top, CancellationToken ct = default)
    {
        var now = _time.GetUtcNow();
        var floor = now.UtcDateTime.Date.AddDays(-MaxLookBackDays);
        var from = since.UtcDateTime < floor ? new DateTimeOffset(floor, TimeSpan.Zero) : since;
        var upper = (DateTimeOffset.MaxValue.UtcTicks - from.UtcTicks + 1).ToString("D19", System.Globalization.CultureInfo.InvariantCulture);
        var fromTicks = from.UtcTicks.ToString("D19", System.Globalization.CultureInfo.InvariantCulture);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stories = new List<StoryRecord>();
        var waiting = new List<(StoryRecord Story, bool Listing)>();
        // Tomorrow too: a clock a little ahead of ours may have stamped a story there.
        for (var day = now.UtcDateTime.Date.AddDays(1); day >= from.UtcDateTime.Date && stories.Count < top; day = day.AddDays(-1))
        {
            var start = new DateTimeOffset(day, TimeSpan.Zero);
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TimelineDay(start)} and RowKey lt {upper}");
            await foreach (var e in _timeline.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: ct))
                waiting.Add((MapStory(e), false));
            // Only listing rows have LastUpdated; the index's RowKey is the time the row was written, never before it.
            var listings = TableClient.CreateQueryFilter($"PartitionKey eq {TableStoryIndex.DayPartition(start)} and RowKey ge {fromTicks} and LastUpdated ge {from}");
            await foreach (var e in _index.QueryAsync<TableEntity>(listings, maxPerPage: 1000, select: ListingColumns, cancellationToken: ct))
                if (e.GetString("StoryId") is not null) waiting.Add((MapStory(e), true));
            var ready = waiting.Where(w => w.Story.LastUpdated >= start).OrderByDescending(w => w.Story.LastUpdated)
                .ThenBy(w => w.Listing).ThenBy(w => TableKeys.Escape(w.Story.StoryId), StringComparer.Ordinal).ToList();
            waiting.RemoveAll(w => w.Story.LastUpdated >= start);
            foreach (var (story, _) in ready)
            {
                if (!seen.Add(story.StoryId)) continue; // an older row of a story already listed
                stories.Add(story with { Version = null });
                if (stories.Count >= top) break;
            }
        }
        return stories;
    }

    internal static string TimelineDay(DateTimeOffset time) => time.UtcDateTime.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);

    internal static string TimelineRow(DateTimeOffset time, string storyId) => TableKeys.InvertedTicks(time) + "_" + TableKeys.Escape(storyId);

    /// <summary>A story's row (and its timeline copy): Link, Topics, Revision and FirstItem only when set (<see cref="SparseColumns"/>).</summary>
    private static TableEntity StoryEntity(StoryRecord story, string partitionKey, string rowKey)
    {
        var row = new TableEntity(partitionKey, rowKey);
        SetStoryColumns(row, story);
        return row;
    }

    /// <summary>The story's columns, on its row, a timeline row, or the index row that lists a new story (<see cref="TableStoryIndex"/>).</summary>
    internal static void SetStoryColumns(TableEntity row, StoryRecord story)
    {
        row["StoryId"] = story.StoryId;
        row["Title"] = story.Title;
        row["Sources"] = ToJson(story.Sources);
        row["FirstSeen"] = story.FirstSeen;
        row["LastUpdated"] = story.LastUpdated;
        row.SetUnlessNull("Link", story.Link);
        row.SetList("Topics", story.Topics);
        row.SetUnlessZero("Revision", story.Revision);
        row.SetUnlessNull("FirstItem", story.FirstItem);
    }

    /// <summary>What <see cref="RecentStoriesAsync"/> reads of an index row (not the fingerprint).</summary>
    private static readonly string[] ListingColumns = ["RowKey", "StoryId", "Title", "Sources", "FirstSeen", "LastUpdated", "Link", "Topics", "Revision", "FirstItem"];

    private static ItemRecord Map(TableEntity e) => new()
    {
        SourceId = e.GetString("SourceId") ?? TableKeys.Unescape(e.PartitionKey),
        ItemId = e.GetString("ItemId") ?? TableKeys.Unescape(e.RowKey),
        Title = e.GetString("Title"),
        Link = e.GetString("Link"),
        StoryId = e.GetString("StoryId") ?? string.Empty,
        ContentHash = e.GetString("ContentHash") ?? string.Empty,
        SeenHashes = FromJson<List<string>>(e.GetString("SeenHashes"), []),
        Text = e.GetString("Text") ?? string.Empty,
        Topics = FromJson<List<string>>(e.GetString("Topics"), []),
        Published = Time(e, "Published"),
        FirstSeen = Time(e, "FirstSeen") ?? DateTimeOffset.MinValue,
        LastSeen = Time(e, "LastSeen") ?? DateTimeOffset.MinValue,
        Revision = e.GetInt32("Revision") ?? 0,
        StoryListing = e.GetString("StoryListing"),
        Version = e.ETag.ToString(),
    };

    private static StoryRecord MapStory(TableEntity e) => new()
    {
        StoryId = e.GetString("StoryId") ?? TableKeys.Unescape(e.PartitionKey.StartsWith(StoryShardPrefix, StringComparison.Ordinal) ? e.RowKey : e.PartitionKey),
        Title = e.GetString("Title") ?? string.Empty,
        Link = e.GetString("Link"),
        Sources = FromJson<List<string>>(e.GetString("Sources"), []),
        Topics = FromJson<List<string>>(e.GetString("Topics"), []),
        FirstSeen = Time(e, "FirstSeen") ?? DateTimeOffset.MinValue,
        LastUpdated = Time(e, "LastUpdated") ?? DateTimeOffset.MinValue,
        Revision = e.GetInt32("Revision") ?? 0,
        FirstItem = e.GetString("FirstItem"),
        Version = e.ETag.ToString(),
    };
}
