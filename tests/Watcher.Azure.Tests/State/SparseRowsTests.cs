using System.Text.Json;
using Azure.Data.Tables;
using Watcher.Azure.Tables;
using Watcher.Core.State;
using Watcher.Core.Stories;
using Watcher.Core.Tariffs;

namespace Watcher.Azure.Tests.State;

/// <summary>
/// Session 16 (perf22): item, story, timeline, story index and tariff rows leave out the columns that hold what a missing
/// column reads as (null, an empty list, false, 0) and the ids their keys give back. Each store must read a row of the
/// earlier shape (every column written, nulls and "[]" included: what the builds before wrote, copied here) and a sparse
/// row as the same record, and a replace must not leave an earlier value of a column it now leaves out.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SparseRowsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly DateTimeOffset Seen = new(2026, 11, 30, 9, 15, 0, TimeSpan.Zero);

    public async Task InitializeAsync()
    {
        await azurite.ResetAsync();
        await new TableStorageInitializer(azurite.Tables).EnsureCreatedAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string Same<T>(T value) => JsonSerializer.Serialize(value, Json);

    // ---- items ----

    public static TheoryData<string, string> ItemIds => new()
    {
        { "feed-1", "https://news.example/a/1" },          // '/' escaped in the row key: the id column is kept
        { "feed-2", "guid-plain-42" },                     // keys give both ids back: no id columns
        { "feed/3", "tag:news.example,2026:" + new string('x', 600) }, // over 1 KiB: hashed key, the id column is kept
    };

    private static ItemRecord Bare(string source, string item) => new()
    {
        SourceId = source, ItemId = item, StoryId = "s-" + item.Length, ContentHash = "h1", Text = "Canada imposes a 25% duty on steel.",
        FirstSeen = Seen, LastSeen = Seen,
    };

    private static ItemRecord Full(string source, string item) => Bare(source, item) with
    {
        Title = "Canada imposes 25% duty", Link = "https://news.example/x", SeenHashes = ["h0"], Topics = ["tariffs", "trade"],
        Published = Seen.AddHours(-1), Revision = 2,
    };

    /// <summary>An item row as the builds before session 16 wrote it: every column, nulls and empty lists included.</summary>
    private static TableEntity OldItemRow(ItemRecord i) => new(TableKeys.Escape(i.SourceId), TableKeys.Escape(i.ItemId))
    {
        ["SourceId"] = i.SourceId, ["ItemId"] = i.ItemId, ["Title"] = i.Title, ["Link"] = i.Link, ["StoryId"] = i.StoryId,
        ["ContentHash"] = i.ContentHash, ["SeenHashes"] = JsonSerializer.Serialize(i.SeenHashes, Json), ["Text"] = ItemRecord.Clip(i.Text),
        ["Topics"] = JsonSerializer.Serialize(i.Topics, Json), ["Published"] = i.Published, ["FirstSeen"] = i.FirstSeen,
        ["LastSeen"] = i.LastSeen, ["Revision"] = i.Revision,
    };

    [Theory]
    [MemberData(nameof(ItemIds))]
    public async Task An_item_reads_back_the_same_from_a_sparse_row_and_from_a_row_of_the_earlier_shape(string source, string item)
    {
        foreach (var record in new[] { Bare(source, item), Full(source, item) })
        {
            await azurite.ResetAsync();
            await new TableStorageInitializer(azurite.Tables).EnsureCreatedAsync();
            await new TableItemStore(azurite.Tables).SaveItemsAsync(source, [record]);
            var sparse = Assert.Single((await new TableItemStore(azurite.Tables).GetItemsAsync(source)).Values);

            await azurite.ResetAsync();
            await new TableStorageInitializer(azurite.Tables).EnsureCreatedAsync();
            await azurite.Tables.GetTableClient(TableNames.Items).AddEntityAsync(OldItemRow(record));
            var old = Assert.Single((await new TableItemStore(azurite.Tables).GetItemsAsync(source)).Values);

            Assert.Equal(Same(record with { Version = null }), Same(sparse with { Version = null }));
            Assert.Equal(Same(record with { Version = null }), Same(old with { Version = null }));
        }
    }

    [Fact]
    public async Task A_bare_item_row_holds_no_default_column_and_no_id_its_keys_give_back()
    {
        // An item with a row of its own (since perf36 most items are packed in the head row: PackedItemsTests) is saved there.
        await azurite.Tables.GetTableClient(TableNames.Items).AddEntityAsync(OldItemRow(Full("feed-2", "guid-plain-42")));
        await new TableItemStore(azurite.Tables).SaveItemsAsync("feed-2", [Bare("feed-2", "guid-plain-42")]);
        var row = azurite.Tables.GetTableClient(TableNames.Items).Query<TableEntity>(e => e.RowKey != TableItemStore.HeadRow).Single();
        Assert.Equal(["ContentHash", "FirstSeen", "LastSeen", "StoryId", "Text"], Columns(row));
    }

    [Fact]
    public async Task A_replace_that_leaves_a_column_out_leaves_no_earlier_value_behind()
    {
        var store = new TableItemStore(azurite.Tables);
        await store.SaveItemsAsync("feed-1", [Full("feed-1", "n1")]);
        await store.SaveItemsAsync("feed-1", [Bare("feed-1", "n1")]);
        var read = Assert.Single((await new TableItemStore(azurite.Tables).GetItemsAsync("feed-1")).Values);
        Assert.Equal(Same(Bare("feed-1", "n1")), Same(read with { Version = null }));
    }

    // ---- stories and the timeline ----

    private static StoryRecord Story(bool full) => new()
    {
        StoryId = "story/7", Title = "EU and China agree steel talks", Sources = ["feed-1"], FirstSeen = Seen, LastUpdated = Seen,
        Link = full ? "https://news.example/7" : null, Topics = full ? ["trade"] : [], Revision = full ? 3 : 0, FirstItem = full ? "feed-1|n7" : null,
    };

    /// <summary>A story (or timeline) row as the builds before session 16 wrote it.</summary>
    private static TableEntity OldStoryRow(StoryRecord s, string partition, string row) => new(partition, row)
    {
        ["StoryId"] = s.StoryId, ["Title"] = s.Title, ["Link"] = s.Link, ["Sources"] = JsonSerializer.Serialize(s.Sources, Json),
        ["Topics"] = JsonSerializer.Serialize(s.Topics, Json), ["FirstSeen"] = s.FirstSeen, ["LastUpdated"] = s.LastUpdated,
        ["Revision"] = s.Revision, ["FirstItem"] = s.FirstItem,
    };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_story_and_its_timeline_copy_read_back_the_same_from_either_shape(bool full)
    {
        var story = Story(full);
        await new TableItemStore(azurite.Tables).SaveStoriesAsync([story]);
        var store = new TableItemStore(azurite.Tables);
        var sparse = await store.GetStoryAsync(story.StoryId);
        var sparseTimeline = Assert.Single(await store.RecentStoriesAsync(Seen.AddDays(-1), 10));

        await azurite.ResetAsync();
        await new TableStorageInitializer(azurite.Tables).EnsureCreatedAsync();
        var (shard, key) = TableItemStore.StoryRowKeys(story.StoryId)[0];
        await azurite.Tables.GetTableClient(TableNames.Stories).AddEntityAsync(OldStoryRow(story, shard, key));
        await azurite.Tables.GetTableClient(TableNames.StoryTimeline).AddEntityAsync(
            OldStoryRow(story, TableItemStore.TimelineDay(story.LastUpdated), TableItemStore.TimelineRow(story.LastUpdated, story.StoryId)));
        var old = await store.GetStoryAsync(story.StoryId);
        var oldTimeline = Assert.Single(await store.RecentStoriesAsync(Seen.AddDays(-1), 10));

        foreach (var read in new[] { sparse!, sparseTimeline, old!, oldTimeline })
            Assert.Equal(Same(story with { Version = null }), Same(read with { Version = null }));
    }

    // ---- the story index ----

    public static TheoryData<string, string, string?> Fingerprints => new()
    {
        // facts, figures and rates, entities, a URL
        { "China imposes 76% levy on Canadian canola seed", "China will impose a 76% levy on imports of Canadian canola seed and a 100% levy on canola oil, the commerce ministry said on Tuesday. Exports were worth C$4.95 billion.", "https://wire.example/canola" },
        // a live blog headline, no URL
        { "Live: Trump tariff news and updates", "Follow our live coverage of the latest tariff announcements from Washington.", null },
        // little of anything: no facts, no rates, no figures
        { "Oilers edge Flames in overtime", "Edmonton scored 42 seconds into overtime to beat Calgary.", null },
        // a headline alone
        { "G20 leaders meet in Johannesburg", "", "https://news.example/g20" },
    };

    /// <summary>A story index row as the builds before session 16 wrote it (every column).</summary>
    private static TableEntity OldIndexRow(TableEntity sparse, StoryFingerprint f) => new(sparse.PartitionKey, sparse.RowKey)
    {
        ["StoryId"] = sparse.GetString("StoryId"), ["Copy"] = null, ["Signature"] = f.SignatureBase64(), ["TitleKey"] = f.TitleKey, ["UrlKey"] = f.UrlKey,
        ["Facts"] = JsonSerializer.Serialize(f.Facts, Json), ["TitleWords"] = JsonSerializer.Serialize(f.TitleWords, Json),
        ["Entities"] = JsonSerializer.Serialize(f.Entities, Json), ["Words"] = f.WordCount, ["Figures"] = JsonSerializer.Serialize(f.Figures, Json),
        ["Rates"] = JsonSerializer.Serialize(f.Rates, Json), ["Live"] = f.IsLiveHeadline, ["Leader"] = f.HeadlineNamesKnownLeader,
        ["Corrects"] = f.StatesCorrection, ["TopRate"] = f.HeadlineStatesTopRate, ["TitleMain"] = f.TitleMainWords,
        ["Ahead"] = f.HeadlineAnnouncesAhead, ["Call"] = f.HeadlineNamesCall, ["Body"] = (int)f.LedeBody, ["Edition"] = f.LedeEdition,
        ["Homes"] = JsonSerializer.Serialize(f.HomeCountries, Json), ["LedeParties"] = JsonSerializer.Serialize(f.LedeParties, Json),
    };

    /// <summary>Everything a row keeps of a fingerprint, as one comparable string.</summary>
    private static string Kept(StoryFingerprint f) => Same(new
    {
        f.Signature, f.TitleKey, f.UrlKey, f.Facts, f.TitleWords, f.Entities, f.WordCount, f.Figures, f.Rates, f.IsLiveHeadline,
        f.HeadlineNamesKnownLeader, f.StatesCorrection, f.HeadlineStatesTopRate, f.TitleMainWords, f.HeadlineAnnouncesAhead,
        f.HeadlineNamesCall, f.LedeBody, f.LedeEdition, f.HomeCountries, f.LedeParties,
    });

    [Theory]
    [MemberData(nameof(Fingerprints))]
    public async Task A_story_index_row_reads_back_the_same_fingerprint_from_either_shape(string title, string text, string? link)
    {
        var fingerprint = StoryFingerprint.Of(title, text, link);
        var table = azurite.Tables.GetTableClient(TableNames.StoryIndex);
        var sparse = TableStoryIndex.Row(Seen, new StoryCandidate("story/1", fingerprint));
        await table.AddEntityAsync(sparse);
        var old = OldIndexRow(sparse, fingerprint);
        old.RowKey += "-old";
        await table.AddEntityAsync(old);

        var sparseRead = (await table.GetEntityAsync<TableEntity>(sparse.PartitionKey, sparse.RowKey)).Value;
        var oldRead = (await table.GetEntityAsync<TableEntity>(old.PartitionKey, old.RowKey)).Value;
        Assert.Equal(Kept(fingerprint), Kept(TableStoryIndex.Map(sparseRead)));
        Assert.Equal(Kept(fingerprint), Kept(TableStoryIndex.Map(oldRead)));
        Assert.True(Columns(sparseRead).Count < Columns(oldRead).Count);
        // Leader is always written: absent means "a row from before the bit was kept", which reads differently from false.
        Assert.Contains("Leader", Columns(sparseRead).Concat(fingerprint.HeadlineNamesKnownLeader is null ? ["Leader"] : []));
        foreach (var column in Columns(sparseRead))
            Assert.False(sparseRead[column] is "[]" or false && column != "Leader", $"{column} holds a default");
    }

    // ---- tariffs ----

    private static TariffRecord Tariff(bool full) => new()
    {
        Imposer = full ? "EU" : "CN", Target = "CA", Product = "canola seed", Name = full ? "canola" : null,
        Current = new TariffObservation
        {
            Rate = full ? 76 : null, Status = "announced", Action = "impose", Evidence = "China will impose a 76% levy on canola seed.",
            Date = full ? "2026-08-12" : null, SourceId = full ? "feed-1" : null, StoryId = full ? "story/1" : null, Link = full ? "https://x.example/1" : null, Seen = Seen,
        },
        History = full ? [new TariffObservation { Rate = 25, Status = "in force", Action = "impose", Evidence = "25% since May.", Seen = Seen.AddDays(-3) }] : [],
        FirstSeen = Seen.AddDays(-3), LastChanged = Seen,
    };

    /// <summary>A tariff row as the builds before session 16 wrote it (the observations' JSON with its nulls).</summary>
    private static TableEntity OldTariffRow(TariffRecord r) => new(TableKeys.Escape(r.Imposer), TableKeys.Escape($"{r.Target}>{r.Product}"))
    {
        ["Imposer"] = r.Imposer, ["Target"] = r.Target, ["Product"] = r.Product, ["ProductName"] = r.Name, ["Rate"] = r.Current.Rate,
        ["Status"] = r.Current.Status, ["Current"] = JsonSerializer.Serialize(r.Current, Json), ["History"] = JsonSerializer.Serialize(r.History, Json),
        ["FirstSeen"] = r.FirstSeen, ["LastChanged"] = r.LastChanged,
    };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_tariff_reads_back_the_same_from_either_shape(bool full)
    {
        var record = Tariff(full);
        var store = new TableTariffStore(azurite.Tables);
        await store.SaveAsync(record);
        var sparse = await store.GetAsync(record.Imposer, record.Target, record.Product);
        var listed = Assert.Single(await store.ListAsync(target: record.Target));

        await azurite.ResetAsync();
        await new TableStorageInitializer(azurite.Tables).EnsureCreatedAsync();
        await azurite.Tables.GetTableClient(TableNames.Tariffs).AddEntityAsync(OldTariffRow(record));
        var old = await store.GetAsync(record.Imposer, record.Target, record.Product);

        foreach (var read in new[] { sparse!, listed, old! })
            Assert.Equal(Same(record with { Version = null }), Same(read with { Version = null }));
    }

    private static List<string> Columns(TableEntity row) =>
        [.. row.Keys.Where(k => k is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag") && !k.Contains('@')).Order(StringComparer.Ordinal)];
}
