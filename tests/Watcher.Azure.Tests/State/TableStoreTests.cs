using Azure.Data.Tables;
using Microsoft.Extensions.Time.Testing;
using Watcher.Azure.Tables;
using Watcher.Core.State;

namespace Watcher.Azure.Tests.State;

/// <summary>The Table stores against Azurite: key escaping, optimistic concurrency, batching, paging and the indexes.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableStoreTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TableServiceClient _service = null!;

    public async Task InitializeAsync()
    {
        await azurite.ResetAsync();
        _service = azurite.Tables;
        await new TableStorageInitializer(_service).EnsureCreatedAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static ItemRecord Item(string source, string id, DateTimeOffset seen) => new()
    {
        SourceId = source, ItemId = id, StoryId = "s-" + id, ContentHash = "h-" + id, Title = "T " + id, FirstSeen = seen, LastSeen = seen,
    };

    [Theory]
    [InlineData("plain")]
    [InlineData("a/b")]
    [InlineData(@"back\slash")]
    [InlineData("hash#tag?query")]
    [InlineData("percent%2Fliteral")]
    [InlineData("ctl\u0001\u001F\u007F\u0085end")]
    [InlineData("https://example.com/news?id=42#top")]
    public async Task Keys_with_forbidden_characters_round_trip_through_every_store(string id)
    {
        // Table Storage refuses / \ # ? and control characters in keys: escaped, they store and read back intact.
        var sources = new TableSourceStateStore(_service);
        await sources.SaveAsync(new SourceState { SourceId = id, Url = "http://x/" });
        Assert.Equal(id, (await ((ISourceStateStore)sources).GetAsync(id))!.SourceId);
        Assert.Contains(await ((ISourceStateStore)sources).ListAsync(), s => s.SourceId == id);

        var items = new TableItemStore(_service);
        await items.SaveItemsAsync(id, [Item(id, id, DateTimeOffset.UtcNow)]);
        var read = await items.GetItemsAsync(id);
        Assert.Equal(id, Assert.Single(read).Key);

        var subscriptions = new TableSubscriptionStore(_service);
        await subscriptions.UpsertAsync(new Subscription { Id = id, Channel = "email", Target = "a@example.com" });
        Assert.Equal(id, Assert.Single(await ((ISubscriptionStore)subscriptions).ListAsync()).Id);
        await subscriptions.DeleteAsync(id);
        Assert.Empty(await ((ISubscriptionStore)subscriptions).ListAsync());
    }

    [Fact]
    public void An_over_long_key_is_cut_and_hashed_so_distinct_ids_stay_distinct()
    {
        var a = TableKeys.Escape(new string('/', 600) + "a");
        var b = TableKeys.Escape(new string('/', 600) + "b");
        Assert.True(a.Length <= 1024 && b.Length <= 1024);
        Assert.NotEqual(a, b);
    }

    [Fact]
    public async Task A_write_with_a_stale_ETag_throws_ConcurrencyException_and_keeps_the_winner()
    {
        var store = new TableSourceStateStore(_service);
        var first = await store.SaveAsync(new SourceState { SourceId = "wire", Url = "http://a/" });
        var winner = await store.SaveAsync(first with { ETag = "\"v2\"" });
        // The loser still holds the first version: 412 from the service, ConcurrencyException to the caller.
        await Assert.ThrowsAsync<ConcurrencyException>(() => store.SaveAsync(first with { ETag = "\"stale\"" }));
        // Inserting a row that already exists (version null) is a lost race too (409).
        await Assert.ThrowsAsync<ConcurrencyException>(() => store.SaveAsync(new SourceState { SourceId = "wire" }));
        var stored = await ((ISourceStateStore)store).GetAsync("wire");
        Assert.Equal("\"v2\"", stored!.ETag);
        Assert.Equal(winner.Version, stored.Version);
    }

    [Fact]
    public async Task Saving_more_than_100_items_of_one_source_splits_into_transactions_of_100()
    {
        var items = new TableItemStore(_service);
        var now = DateTimeOffset.UtcNow;
        await items.SaveItemsAsync("wire", Enumerable.Range(0, 250).Select(i => Item("wire", $"i{i:D4}", now)).ToList());
        Assert.Equal(250, (await items.GetItemsAsync("wire")).Count);
        // Upserting the same 250 again replaces them; nothing duplicates.
        await items.SaveItemsAsync("wire", Enumerable.Range(0, 250).Select(i => Item("wire", $"i{i:D4}", now) with { Title = "again" }).ToList());
        var again = await items.GetItemsAsync("wire");
        Assert.Equal(250, again.Count);
        Assert.All(again.Values, i => Assert.Equal("again", i.Title));
    }

    [Fact]
    public async Task Transactions_sent_side_by_side_write_every_row_and_a_row_named_twice_keeps_its_last_write()
    {
        var table = _service.GetTableClient("Batched" + Guid.NewGuid().ToString("N")[..8]);
        await table.CreateIfNotExistsAsync();
        TableEntity Row(string partition, string row, string value) => new(partition, row) { ["V"] = value };
        // Partition "a": 350 distinct rows (4 transactions, sent side by side); "b": 150 rows and then the first 50 again
        // with another value (its 3 transactions go in order, so the second write of a row is the one kept).
        var rows = Enumerable.Range(0, 350).Select(i => Row("a", $"r{i:D4}", "one"))
            .Concat(Enumerable.Range(0, 150).Select(i => Row("b", $"r{i:D4}", "one")))
            .Concat(Enumerable.Range(0, 50).Select(i => Row("b", $"r{i:D4}", "two"))).ToList();

        var transactions = await TableStore.SubmitBatchedAsync(table, rows, TableTransactionActionType.UpsertReplace, CancellationToken.None);

        Assert.Equal(4 + 2, transactions); // "b": 200 actions in 2 chunks of 100, the repeat in the second
        var stored = new List<TableEntity>();
        await foreach (var e in table.QueryAsync<TableEntity>()) stored.Add(e);
        Assert.Equal(350, stored.Count(e => e.PartitionKey == "a"));
        Assert.All(stored.Where(e => e.PartitionKey == "a"), e => Assert.Equal("one", e.GetString("V")));
        var b = stored.Where(e => e.PartitionKey == "b").ToDictionary(e => e.RowKey, e => e.GetString("V"));
        Assert.Equal(150, b.Count);
        Assert.All(Enumerable.Range(0, 150), i => Assert.Equal(i < 50 ? "two" : "one", b[$"r{i:D4}"]));
    }

    [Fact]
    public async Task Reading_more_than_1000_rows_follows_continuation_tokens()
    {
        var items = new TableItemStore(_service);
        var now = DateTimeOffset.UtcNow;
        await items.SaveItemsAsync("big", Enumerable.Range(0, 1500).Select(i => Item("big", $"i{i:D5}", now)).ToList());
        await items.SaveItemsAsync("other", [Item("other", "x", now)]);
        var read = await items.GetItemsAsync("big");
        Assert.Equal(1500, read.Count); // one page is at most 1000 rows
        Assert.Contains("i01499", read.Keys);
    }

    [Fact]
    public async Task Recent_stories_come_newest_first_from_the_day_partitions_one_row_per_story()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero));
        var items = new TableItemStore(_service, time);
        var now = time.GetUtcNow();
        StoryRecord Story(string id, DateTimeOffset at) => new() { StoryId = id, Title = "Story " + id, FirstSeen = at, LastUpdated = at };

        await items.SaveStoryAsync(Story("old", now.AddDays(-40)));
        await items.SaveStoryAsync(Story("a/b#1", now.AddDays(-3)));
        var b = await items.SaveStoryAsync(Story("b", now.AddDays(-2)));
        await items.SaveStoryAsync(Story("c", now.AddHours(-1)));
        // b is updated today: it moves to the top, and its older timeline row is not listed a second time.
        await items.SaveStoryAsync(b with { LastUpdated = now.AddMinutes(-5), Title = "Story b, updated", Revision = 1 });

        var recent = await items.RecentStoriesAsync(now.AddDays(-30), 50);
        Assert.Equal(["b", "c", "a/b#1"], recent.Select(s => s.StoryId));
        Assert.Equal("Story b, updated", recent[0].Title);
        Assert.Equal(["b", "c"], (await items.RecentStoriesAsync(now.AddDays(-30), 2)).Select(s => s.StoryId));
        Assert.Equal(["b", "c"], (await items.RecentStoriesAsync(now.AddDays(-1), 50)).Select(s => s.StoryId));
        Assert.Equal(4, (await items.RecentStoriesAsync(now.AddDays(-60), 50)).Count);
        // The story row itself is still read by id with its ETag.
        Assert.Equal(1, (await items.GetStoryAsync("b"))!.Revision);
    }

    [Fact]
    public async Task A_story_write_that_loses_its_ETag_race_leaves_no_timeline_row_behind()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero));
        var items = new TableItemStore(_service, time);
        var now = time.GetUtcNow();
        var first = await items.SaveStoryAsync(new StoryRecord { StoryId = "s", Title = "v1", LastUpdated = now.AddHours(-2) });
        await items.SaveStoryAsync(first with { Title = "v2", LastUpdated = now.AddHours(-1) });
        await Assert.ThrowsAsync<ConcurrencyException>(() => items.SaveStoryAsync(first with { Title = "loser", LastUpdated = now }));
        Assert.Equal("v2", Assert.Single(await items.RecentStoriesAsync(now.AddDays(-1), 10)).Title);
    }

    [Fact]
    public async Task Story_rows_written_before_the_shards_are_read_updated_in_place_and_purged()
    {
        // A story row of the old layout (PartitionKey = story id, RowKey = "story") stays where it is and keeps working.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero));
        var items = new TableItemStore(_service, time);
        var now = time.GetUtcNow();
        var table = _service.GetTableClient(TableNames.Stories);
        await table.AddEntityAsync(new TableEntity("s-legacy", "story")
        {
            ["StoryId"] = "s-legacy", ["Title"] = "old layout", ["Sources"] = "[\"wire\"]", ["Topics"] = "[]", ["FirstSeen"] = now.AddDays(-50),
            ["LastUpdated"] = now.AddDays(-50), ["Revision"] = 0,
        });

        var legacy = (await items.GetStoryAsync("s-legacy"))!;
        Assert.Equal(["wire"], legacy.Sources);
        var saved = await items.SaveStoryAsync(legacy with { Sources = ["wire", "mbc"], Revision = 1 });
        await Assert.ThrowsAsync<ConcurrencyException>(() => items.SaveStoryAsync(legacy with { Title = "stale" })); // still ETag-guarded

        var rows = await table.QueryAsync<TableEntity>().ToListAsync();
        Assert.Equal(("s-legacy", "story"), Assert.Single(rows, r => r.GetString("StoryId") == "s-legacy") is var r ? (r.PartitionKey, r.RowKey) : default);
        Assert.Equal(1, (await items.GetStoryAsync("s-legacy"))!.Revision);
        await items.SaveStoryAsync(saved with { Title = "again" });

        // A new story goes to its shard; retention finds rows of either layout.
        await items.SaveStoryAsync(new StoryRecord { StoryId = "s-new", Title = "new layout", FirstSeen = now.AddDays(-50), LastUpdated = now.AddDays(-50) });
        Assert.StartsWith("stories|", Assert.Single(await table.QueryAsync<TableEntity>(e => e.RowKey == "s-new").ToListAsync()).PartitionKey);
        time.Advance(TimeSpan.FromDays(40));
        await new TableRetentionStore(_service).PurgeAsync(time.GetUtcNow().AddDays(-30));
        Assert.Null(await items.GetStoryAsync("s-new"));
        Assert.Null(await items.GetStoryAsync("s-legacy"));
    }

    [Fact]
    public async Task New_stories_of_concurrent_polls_share_transactions_per_shard()
    {
        var counter = new RequestCounter();
        var items = new TableItemStore(counter.Tables(azurite.ConnectionString));
        var now = DateTimeOffset.UtcNow;
        // 20 polls at once, each saving 10 new stories: 200 story rows over 16 shards.
        counter.Reset();
        var polls = Enumerable.Range(0, 20).Select(p => items.SaveStoriesAsync(
            Enumerable.Range(0, 10).Select(i => new StoryRecord { StoryId = $"s-{p}-{i}", Title = $"Story {p}.{i}", LastUpdated = now }).ToList())).ToList();

        Assert.All(await Task.WhenAll(polls), lost => Assert.Empty(lost));

        Assert.Equal(200, (await _service.GetTableClient(TableNames.Stories).QueryAsync<TableEntity>().ToListAsync()).Count);
        // One request per story row would be 220 (200 rows, 20 timeline transactions).
        Assert.True(counter.Methods.Count < 150, $"{counter.Methods.Count} requests for 200 story rows and their timeline rows");
        Assert.Equal("Story 3.7", (await items.GetStoryAsync("s-3-7"))!.Title);
    }

    [Fact]
    public async Task Stories_saved_together_share_timeline_batches_and_the_one_that_loses_its_race_is_returned_unsaved()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero));
        var items = new TableItemStore(_service, time);
        var now = time.GetUtcNow();
        var raced = await items.SaveStoryAsync(new StoryRecord { StoryId = "raced", Title = "v1", LastUpdated = now.AddHours(-2) });
        await items.SaveStoryAsync(raced with { Title = "v2", LastUpdated = now.AddHours(-1) }); // someone else's write

        var lost = await items.SaveStoriesAsync([
            new StoryRecord { StoryId = "a", Title = "A", LastUpdated = now },
            new StoryRecord { StoryId = "b", Title = "B", LastUpdated = now },
            raced with { Title = "loser", LastUpdated = now },
        ]);

        Assert.Equal("raced", Assert.Single(lost).StoryId);
        Assert.Equal("v2", (await items.GetStoryAsync("raced"))!.Title);
        var recent = await items.RecentStoriesAsync(now.AddDays(-1), 10);
        Assert.Equal(["a", "b", "raced"], recent.Select(s => s.StoryId).Order());
        Assert.Equal("v2", recent.Single(s => s.StoryId == "raced").Title); // the loser's timeline row was taken back
    }

    private TableClient DueIndex => _service.GetTableClient(TableNames.DeliveryDue);

    private static DeliveryRecord Delivery(string id, DateTimeOffset at) => new()
    {
        Id = id, SubscriptionId = "sub", Channel = "email", AlertId = "a", AlertJson = "{}", Created = at, NextAttempt = at,
    };

    [Fact]
    public async Task The_due_index_holds_exactly_the_deliveries_that_are_not_final()
    {
        var ledger = new TableDeliveryLedger(_service);
        var now = DateTimeOffset.UtcNow;
        Assert.True(await ledger.TryAddAsync(Delivery("d-1", now)));
        Assert.False(await ledger.TryAddAsync(Delivery("d-1", now))); // the deterministic id is the idempotency check
        Assert.True(await ledger.TryAddAsync(Delivery("d/2#", now)));
        Assert.Equal(2, DueIndex.Query<TableEntity>().Count());
        Assert.Equal(["d-1", "d/2#"], (await ledger.DueAsync(now, 10)).Select(d => d.Id).Order());

        // A failure with a retry later: not due now, due then.
        var d1 = (await ledger.GetAsync("d-1"))!;
        await ledger.UpdateAsync(d1 with { Status = DeliveryStatus.Failed, Attempts = 1, NextAttempt = now.AddMinutes(5) });
        Assert.Equal(["d/2#"], (await ledger.DueAsync(now, 10)).Select(d => d.Id));
        Assert.Equal(["d-1", "d/2#"], (await ledger.DueAsync(now.AddMinutes(6), 10)).Select(d => d.Id).Order());

        // Delivered and dead rows leave the index.
        var d2 = (await ledger.GetAsync("d/2#"))!;
        await ledger.UpdateAsync(d2 with { Status = DeliveryStatus.Delivered, Delivered = now });
        d1 = (await ledger.GetAsync("d-1"))!;
        await ledger.UpdateAsync(d1 with { Status = DeliveryStatus.Dead });
        Assert.Empty(DueIndex.Query<TableEntity>());
        Assert.Empty(await ledger.DueAsync(now.AddDays(30), 10));
    }

    [Fact]
    public async Task The_sweep_query_deletes_stale_index_rows_and_repairs_early_ones()
    {
        var ledger = new TableDeliveryLedger(_service);
        var now = DateTimeOffset.UtcNow;
        await ledger.TryAddAsync(Delivery("done", now));
        var done = (await ledger.GetAsync("done"))!;
        await ledger.UpdateAsync(done with { Status = DeliveryStatus.Delivered });
        await ledger.TryAddAsync(Delivery("later", now));
        var later = (await ledger.GetAsync("later"))!;
        await ledger.UpdateAsync(later with { Status = DeliveryStatus.Failed, NextAttempt = now.AddHours(1) });
        // A crash left index rows behind: one for a delivery that finished, one for a row that was never written (an
        // hour ago), and one that says "due now" for a row whose retry is an hour away. A fourth is a recorder's that
        // is between its two inserts right now: its ledger row is about to exist, so it must stay.
        foreach (var (id, at) in new[] { ("done", now), ("ghost", now.AddHours(-1)), ("later", now.AddMinutes(-1)), ("young", now) })
            await DueIndex.UpsertEntityAsync(new TableEntity("due", TableKeys.Escape(id)) { ["NextAttempt"] = at });

        Assert.Empty(await ledger.DueAsync(now, 10));
        var left = DueIndex.Query<TableEntity>().OrderBy(e => e.RowKey).ToList();
        Assert.Equal(["later", "young"], left.Select(e => e.RowKey));
        Assert.Equal(now.AddHours(1), left[0].GetDateTimeOffset("NextAttempt")!.Value, TimeSpan.FromMilliseconds(1));
        await ledger.TryAddAsync(Delivery("young", now)); // the recorder finishes: the row it indexed is due
        Assert.Equal(["later", "young"], (await ledger.DueAsync(now.AddHours(2), 10)).Select(d => d.Id).Order());
    }

    [Fact]
    public async Task Retention_deletes_what_is_older_than_the_cutoff_and_keeps_pending_deliveries()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));
        var now = time.GetUtcNow();
        var items = new TableItemStore(_service, time);
        await items.SaveItemsAsync("wire", [Item("wire", "old", now.AddDays(-120)), Item("wire", "recent", now.AddDays(-10))]);
        await items.SaveStoryAsync(new StoryRecord { StoryId = "old-story", Title = "old", LastUpdated = now.AddDays(-120) });
        var revived = await items.SaveStoryAsync(new StoryRecord { StoryId = "revived", Title = "revived", LastUpdated = now.AddDays(-100) });
        await items.SaveStoryAsync(revived with { LastUpdated = now.AddDays(-1) });
        var ledger = new TableDeliveryLedger(_service);
        await ledger.TryAddAsync(Delivery("old-done", now.AddDays(-120)));
        await ledger.UpdateAsync((await ledger.GetAsync("old-done"))! with { Status = DeliveryStatus.Delivered });
        await ledger.TryAddAsync(Delivery("old-pending", now.AddDays(-120)));
        await ledger.TryAddAsync(Delivery("recent-done", now.AddDays(-1)));
        await ledger.UpdateAsync((await ledger.GetAsync("recent-done"))! with { Status = DeliveryStatus.Delivered });
        var fingerprint = Core.Stories.StoryFingerprint.Of("Canada sets 25% tariff on Chinese steel", "Ottawa announced a 25% surtax on Chinese steel.", null);
        await new TableStoryIndex(_service, new StoryIndexOptions(), new FakeTimeProvider(now.AddDays(-120))).AddAsync("old-story", fingerprint);
        await new TableStoryIndex(_service, new StoryIndexOptions(), new FakeTimeProvider(now.AddDays(-1))).AddAsync("revived", fingerprint);

        var report = await new TableRetentionStore(_service).PurgeAsync(new RetentionOptions { Days = 90 }.Cutoff(now));

        // The delivery log loses the rows of the two old deliveries (the pending one's ledger row stays), the story index its old day.
        Assert.Equal(new RetentionReport(Items: 1, Stories: 1, TimelineRows: 2, Deliveries: 1) { IndexRows = 1, LogRows = 2 }, report);
        Assert.Equal(["d-" + now.AddDays(-1).ToString("yyyyMMdd")], _service.GetTableClient(TableNames.StoryIndex).Query<TableEntity>().Select(r => r.PartitionKey));
        Assert.Equal(["recent"], (await items.GetItemsAsync("wire")).Keys);
        Assert.Null(await items.GetStoryAsync("old-story"));
        Assert.NotNull(await items.GetStoryAsync("revived")); // its old timeline row went, the story did not
        Assert.Equal(["revived"], (await items.RecentStoriesAsync(now.AddDays(-365), 10)).Select(s => s.StoryId));
        Assert.Null(await ledger.GetAsync("old-done"));
        Assert.Equal("old-pending", Assert.Single(await ledger.DueAsync(now, 10)).Id);
    }
}
