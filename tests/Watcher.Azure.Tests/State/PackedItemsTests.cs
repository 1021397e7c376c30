using System.Text.Json;
using Azure.Data.Tables;
using Watcher.Azure.Tables;
using Watcher.Core.State;

namespace Watcher.Azure.Tests.State;

/// <summary>
/// Session 26 (perf36): a source's item records packed into its WatcherItems head row (<see cref="ItemPack"/>), with rows
/// of their own for items that do not fit and for items written before packs. Each item reads back as the same record
/// from either place; the head's ETag still guards every save; retention drops old items from packs and rows alike.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PackedItemsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly DateTimeOffset Seen = new(2026, 11, 30, 9, 15, 0, TimeSpan.Zero);
    private readonly RequestCounter _requests = new();

    public async Task InitializeAsync()
    {
        await azurite.ResetAsync();
        await new TableStorageInitializer(azurite.Tables).EnsureCreatedAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private TableClient Items => azurite.Tables.GetTableClient(TableNames.Items);

    private TableItemStore Host() => new(azurite.Tables);

    private static string Same(ItemRecord item) => JsonSerializer.Serialize(item with { Version = null }, Json);

    private static ItemRecord Item(string source, string id, string text = "Canada imposes a 25% duty on steel.", DateTimeOffset? seen = null) => new()
    {
        SourceId = source, ItemId = id, StoryId = "s-" + id, ContentHash = "h-" + id, Text = text,
        FirstSeen = seen ?? Seen, LastSeen = seen ?? Seen,
    };

    private static ItemRecord Full(string source, string id) => Item(source, id) with
    {
        Title = "Canada imposes 25% \"duty\" — on steel", Link = "https://news.example/x?a=1&b=<2>", SeenHashes = ["h0", "h1"],
        Topics = ["tariffs", "trade"], Published = Seen.AddHours(-1), Revision = 3,
        StoryListing = "0639000000000000000", FirstSeen = Seen.AddTicks(1234567), Text = "Zölle auf Stahl: 25 %.\nNext line\t😀",
    };

    private List<TableEntity> Rows() => [.. Items.Query<TableEntity>()];

    [Theory]
    [InlineData("feed-1", "https://news.example/a/1")]
    [InlineData("feed/3", "guid-plain-42")]
    [InlineData("feed-2", "tag:news.example,2026:%41%")]
    public async Task Items_saved_into_the_pack_read_back_as_the_same_records_from_the_head_row_alone(string source, string id)
    {
        var host = Host();
        var items = new[] { Item(source, id), Full(source, id + "-full"), Item(source, id + "-other") with { SourceId = "elsewhere" } };
        await host.SaveItemsAsync(source, items, known: await host.GetItemsAsync(source, firstPoll: true, unwritten: true));

        var row = Assert.Single(Rows());
        Assert.Equal(TableItemStore.HeadRow, row.RowKey);
        var read = await Host().GetItemsAsync(source);
        Assert.Equal(items.Select(Same).Order(), read.Values.Select(Same).Order());
        Assert.Equal(items.Select(i => i.ItemId).Order(), read.Keys.Order());
    }

    [Fact]
    public async Task A_first_poll_writes_its_items_in_one_insert_of_the_head_row()
    {
        var host = new TableItemStore(_requests.Tables(azurite.ConnectionString));
        var known = await host.GetItemsAsync("wire", firstPoll: true, unwritten: true);
        await host.SaveItemsAsync("wire", [.. Enumerable.Range(0, 10).Select(i => Item("wire", $"i{i}"))], known: known);

        Assert.Equal(["POST"], _requests.Methods); // an insert, not a transaction ($batch is a POST too, but of 11 entities)
        Assert.Single(Rows());
        Assert.Equal(10, (await Host().GetItemsAsync("wire")).Count);
    }

    [Fact]
    public async Task Items_that_do_not_fit_the_pack_get_rows_of_their_own_and_stay_there()
    {
        var host = Host();
        var long_ = new string('x', ItemRecord.MaxTextChars - 10);
        var items = Enumerable.Range(0, 60).Select(i => Item("big", $"i{i:D2}", text: long_ + i)).ToList();
        await host.SaveItemsAsync("big", items, known: await host.GetItemsAsync("big"));

        var rows = Rows().Where(r => r.RowKey != TableItemStore.HeadRow).Select(r => r.RowKey).ToList();
        Assert.InRange(rows.Count, 1, 59);                              // some in the pack, the rest in rows
        var read = await Host().GetItemsAsync("big");
        Assert.Equal(items.Select(Same).Order(), read.Values.Select(Same).Order());

        // An item with a row is saved to its row; one in the pack stays in the pack.
        var packed = items.First(i => !rows.Contains(i.ItemId));
        var own = items.First(i => rows.Contains(i.ItemId));
        await host.SaveItemsAsync("big", [packed with { ContentHash = "p2" }, own with { ContentHash = "o2" }], known: read);
        Assert.Equal(rows.Order(), Rows().Where(r => r.RowKey != TableItemStore.HeadRow).Select(r => r.RowKey).Order());
        var again = await Host().GetItemsAsync("big");
        Assert.Equal(60, again.Count);
        Assert.Equal("p2", again[packed.ItemId].ContentHash);
        Assert.Equal("o2", again[own.ItemId].ContentHash);
        Assert.Equal(again.Values.Select(Same).Order(), (await host.GetItemsAsync("big")).Values.Select(Same).Order()); // the cache agrees
    }

    [Fact]
    public async Task A_save_of_more_rows_than_one_transaction_takes_writes_them_all_and_the_pack_last()
    {
        var host = Host();
        var long_ = new string('y', ItemRecord.MaxTextChars - 10);
        var items = Enumerable.Range(0, 250).Select(i => Item("huge", $"i{i:D3}", text: long_ + i)).ToList();
        await host.SaveItemsAsync("huge", items, known: await host.GetItemsAsync("huge"));

        var read = await Host().GetItemsAsync("huge");
        Assert.Equal(items.Select(Same).Order(), read.Values.Select(Same).Order());
        Assert.True(Rows().Count > 200);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task A_pack_split_over_columns_never_splits_a_surrogate_pair(int pad)
    {
        // Text of astral characters and accented letters (the pack escapes the first, six characters a half, not the second).
        var text = new string('a', pad) + string.Concat(Enumerable.Repeat("😀é", 600));
        var items = Enumerable.Range(0, 6).Select(i => Item("emoji", $"e{i:D2}", text: text + i)).ToList();
        var host = Host();
        await host.SaveItemsAsync("emoji", items, known: await host.GetItemsAsync("emoji"));

        var head = Assert.Single(Rows());
        Assert.NotNull(head.GetString("Items1"));
        Assert.All(head.Keys.Where(k => k.StartsWith("Items", StringComparison.Ordinal)), k => Assert.False(char.IsHighSurrogate(head.GetString(k)[^1])));
        Assert.Equal(items.Select(Same).Order(), (await Host().GetItemsAsync("emoji")).Values.Select(Same).Order());
    }

    /// <summary>An item row and an empty head row, as the builds before packs wrote them.</summary>
    private async Task WriteOldLayoutAsync(string source, params ItemRecord[] items)
    {
        await Items.AddEntityAsync(new TableEntity(source, TableItemStore.HeadRow));
        foreach (var i in items)
            await Items.AddEntityAsync(new TableEntity(TableKeys.Escape(i.SourceId), TableKeys.Escape(i.ItemId))
            {
                ["StoryId"] = i.StoryId, ["ContentHash"] = i.ContentHash, ["Text"] = i.Text, ["FirstSeen"] = i.FirstSeen, ["LastSeen"] = i.LastSeen,
            });
    }

    [Fact]
    public async Task A_source_written_before_packs_is_read_its_rows_updated_where_they_are_and_new_items_packed()
    {
        await WriteOldLayoutAsync("old", Item("old", "a"), Item("old", "b"));
        var host = Host();
        var known = await host.GetItemsAsync("old");
        Assert.Equal(["a", "b"], known.Keys.Order());
        Assert.Equal(Same(Item("old", "a")), Same(known["a"]));

        await host.SaveItemsAsync("old", [Item("old", "a") with { ContentHash = "a2" }, Item("old", "c")], known: known);

        Assert.Equal(["%head", "a", "b"], Rows().Select(r => r.RowKey).Order(StringComparer.Ordinal));
        Assert.Equal("a2", Rows().Single(r => r.RowKey == "a").GetString("ContentHash"));
        var read = await Host().GetItemsAsync("old");
        Assert.Equal(["a", "b", "c"], read.Keys.Order());
        Assert.Equal("a2", read["a"].ContentHash);
    }

    [Fact]
    public async Task A_row_and_a_packed_copy_of_one_item_read_as_the_row()
    {
        // What a save that moved an item out of the pack leaves if it stopped between the item's row and the head.
        var host = Host();
        await host.SaveItemsAsync("w", [Item("w", "a")], known: await host.GetItemsAsync("w"));
        await Items.AddEntityAsync(new TableEntity("w", "a") { ["StoryId"] = "s-a", ["ContentHash"] = "newer", ["FirstSeen"] = Seen, ["LastSeen"] = Seen });

        var read = await Host().GetItemsAsync("w");
        Assert.Equal("newer", Assert.Single(read.Values).ContentHash);
        await host.SaveItemsAsync("w", [read["a"] with { ContentHash = "newest" }], known: read);
        Assert.Equal("newest", Assert.Single((await Host().GetItemsAsync("w")).Values).ContentHash);
        Assert.Null(Rows().Single(r => r.RowKey == TableItemStore.HeadRow).GetString("Items")); // the stale copy left the pack
    }

    [Fact]
    public async Task Two_polls_that_read_one_head_cannot_both_save_and_the_loser_changes_nothing()
    {
        var first = Host();
        var second = Host();
        await first.SaveItemsAsync("w", [Item("w", "a")], known: await first.GetItemsAsync("w"));
        var readByFirst = await first.GetItemsAsync("w");
        var readBySecond = await second.GetItemsAsync("w");

        await first.SaveItemsAsync("w", [Item("w", "b")], known: readByFirst);
        await Assert.ThrowsAsync<ConcurrencyException>(() => second.SaveItemsAsync("w", [Item("w", "c")], known: readBySecond));
        Assert.Equal(["a", "b"], (await Host().GetItemsAsync("w")).Keys.Order());

        // Two first polls that took the source as unwritten: the second insert of the head loses.
        var one = await first.GetItemsAsync("fresh", firstPoll: true, unwritten: true);
        var two = await second.GetItemsAsync("fresh", firstPoll: true, unwritten: true);
        await first.SaveItemsAsync("fresh", [Item("fresh", "x")], known: one);
        await Assert.ThrowsAsync<ConcurrencyException>(() => second.SaveItemsAsync("fresh", [Item("fresh", "y")], known: two));
        Assert.Equal(["x"], (await Host().GetItemsAsync("fresh")).Keys);
    }

    [Fact]
    public async Task A_save_without_the_items_read_keeps_what_is_stored()
    {
        var host = Host();
        await host.SaveItemsAsync("w", [Item("w", "a")]);
        await host.SaveItemsAsync("w", [Item("w", "b")]);
        Assert.Equal(["a", "b"], (await Host().GetItemsAsync("w")).Keys.Order());
    }

    [Fact]
    public async Task Retention_drops_old_items_from_packs_and_rows_and_keeps_the_rest()
    {
        var now = DateTimeOffset.UtcNow;
        var host = Host();
        await host.SaveItemsAsync("w", [Item("w", "old", seen: now.AddDays(-120)), Item("w", "recent", seen: now.AddDays(-1))], known: await host.GetItemsAsync("w"));
        await host.SaveItemsAsync("fresh", [Item("fresh", "recent", seen: now.AddDays(-1))], known: await host.GetItemsAsync("fresh"));
        await WriteOldLayoutAsync("rows", Item("rows", "old", seen: now.AddDays(-120)), Item("rows", "recent", seen: now.AddDays(-1)));
        var cachedFresh = await host.GetItemsAsync("fresh");

        var report = await new TableRetentionStore(azurite.Tables).PurgeAsync(now.AddDays(-90));

        Assert.Equal(2, report.Items);
        Assert.Equal(["recent"], (await host.GetItemsAsync("w")).Keys);   // the cached copy is not answered: the head moved
        Assert.Equal(["recent"], (await Host().GetItemsAsync("rows")).Keys);
        Assert.Same(cachedFresh, await host.GetItemsAsync("fresh"));       // a head with nothing to purge is not written
        Assert.Equal(Same(Item("w", "recent", seen: now.AddDays(-1))), Same((await Host().GetItemsAsync("w"))["recent"]));
    }

    /// <summary>Replaces the head row's pack with <paramref name="damaged"/> (what a hand edit or a damaged write leaves).</summary>
    private async Task DamagePackAsync(string source, object damaged)
    {
        var head = Rows().Single(r => r.PartitionKey == source && r.RowKey == TableItemStore.HeadRow);
        foreach (var column in head.Keys.Where(k => k.StartsWith("Items", StringComparison.Ordinal)).ToList()) head.Remove(column);
        head["Items"] = damaged;
        await Items.UpdateEntityAsync(head, head.ETag, TableUpdateMode.Replace);
    }

    public static TheoryData<object> DamagedPacks => new()
    {
        "[{\"i\":\"a\",\"f\":",                 // cut short
        "{\"i\":\"a\"}",                           // an object, not an array
        "[null]",
        "[{\"t\":\"an item without an id\"}]",
        "[{\"i\":\"a\",\"f\":-5}]",               // ticks before year 1
        "[{\"i\":\"a\",\"f\":99999999999999999999}]", // past a long
        "not json at all",
        42,                                         // a column of another type
    };

    [Theory]
    [MemberData(nameof(DamagedPacks))]
    public async Task A_pack_that_does_not_read_back_is_polled_as_empty_and_the_next_save_keeps_its_text_in_a_row_of_its_own(object damaged)
    {
        var host = Host();
        await host.SaveItemsAsync("w", [Item("w", "a"), Item("w", "b")], known: await host.GetItemsAsync("w"));
        await DamagePackAsync("w", damaged);

        // The source reads without its packed items (it does not fail every poll), and a save writes a new pack.
        var fresh = Host();
        var read = await fresh.GetItemsAsync("w");
        Assert.Empty(read);
        await fresh.SaveItemsAsync("w", [Item("w", "c")], known: read);

        Assert.Equal(["c"], (await Host().GetItemsAsync("w")).Keys);
        var setAside = Assert.Single(Rows(), r => r.RowKey.StartsWith(ItemPack.SetAsidePrefix, StringComparison.Ordinal));
        Assert.Equal(Convert.ToString(damaged, System.Globalization.CultureInfo.InvariantCulture), setAside.GetString("Items"));
        Assert.False(string.IsNullOrEmpty(setAside.GetString("Error")));
        Assert.NotNull(setAside.GetDateTimeOffset("SetAside"));

        // The set-aside row is never read as an item, and the next save leaves it where it is.
        await fresh.SaveItemsAsync("w", [Item("w", "d")], known: await fresh.GetItemsAsync("w"));
        Assert.Equal(["c", "d"], (await Host().GetItemsAsync("w")).Keys.Order());
        Assert.Single(Rows(), r => r.RowKey.StartsWith(ItemPack.SetAsidePrefix, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_save_without_the_items_read_over_a_damaged_pack_sets_it_aside_too()
    {
        var host = Host();
        await host.SaveItemsAsync("w", [Item("w", "a")], known: await host.GetItemsAsync("w"));
        await DamagePackAsync("w", "[{\"i\":");

        await Host().SaveItemsAsync("w", [Item("w", "b")]);

        Assert.Equal(["b"], (await Host().GetItemsAsync("w")).Keys);
        Assert.Equal("[{\"i\":", Assert.Single(Rows(), r => r.RowKey.StartsWith(ItemPack.SetAsidePrefix, StringComparison.Ordinal)).GetString("Items"));
    }

    [Fact]
    public async Task Retention_leaves_a_damaged_pack_to_the_next_poll_and_purges_the_other_sources()
    {
        var now = DateTimeOffset.UtcNow;
        var host = Host();
        await host.SaveItemsAsync("w", [Item("w", "old", seen: now.AddDays(-120))], known: await host.GetItemsAsync("w"));
        await host.SaveItemsAsync("v", [Item("v", "old", seen: now.AddDays(-120)), Item("v", "recent", seen: now.AddDays(-1))], known: await host.GetItemsAsync("v"));
        await DamagePackAsync("w", "[{\"i\":\"old\",");

        var report = await new TableRetentionStore(azurite.Tables).PurgeAsync(now.AddDays(-90));

        Assert.Equal(1, report.Items);
        Assert.Equal(["recent"], (await Host().GetItemsAsync("v")).Keys);
        Assert.Equal("[{\"i\":\"old\",", Rows().Single(r => r.PartitionKey == "w" && r.RowKey == TableItemStore.HeadRow).GetString("Items"));
    }
}
