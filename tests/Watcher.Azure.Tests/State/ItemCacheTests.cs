using Azure.Data.Tables;
using Watcher.Azure.Tables;
using Watcher.Core.State;

namespace Watcher.Azure.Tests.State;

/// <summary>
/// A source's items: each host remembers them at the partition's head version, and answers from memory only while
/// the head is unchanged; saves are conditional on the head the poll read. Two stores on one Azurite are two hosts.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ItemCacheTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly RequestCounter _requests = new();
    private TableServiceClient _service = null!;

    public async Task InitializeAsync()
    {
        await azurite.ResetAsync();
        _service = azurite.Tables;
        await new TableStorageInitializer(_service).EnsureCreatedAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private TableItemStore CountedHost() => new(_requests.Tables(azurite.ConnectionString));

    private TableItemStore Host() => new(_service);

    private static ItemRecord Item(string id, string hash = "h", DateTimeOffset? seen = null) => new()
    {
        SourceId = "wire", ItemId = id, StoryId = "s-" + id, ContentHash = hash, Title = "T " + id,
        FirstSeen = seen ?? DateTimeOffset.UtcNow, LastSeen = seen ?? DateTimeOffset.UtcNow,
    };

    private static Dictionary<string, string> Hashes(IReadOnlyDictionary<string, ItemRecord> items) =>
        items.ToDictionary(kv => kv.Key, kv => kv.Value.ContentHash);

    [Fact]
    public async Task A_source_read_again_at_the_same_head_costs_one_point_read_and_matches_storage()
    {
        var host = CountedHost();
        var known = await host.GetItemsAsync("wire");
        await host.SaveItemsAsync("wire", [Item("a"), Item("b")], known: known);

        _requests.Reset();
        var again = await host.GetItemsAsync("wire");
        Assert.Equal(["GET"], _requests.Methods); // the head row only: no partition query
        Assert.Equal(Hashes(await Host().GetItemsAsync("wire")), Hashes(again));
        Assert.Equal(["a", "b"], again.Keys.Order());
    }

    [Fact]
    public async Task Another_hosts_write_moves_the_head_so_this_host_reads_the_partition_again()
    {
        var mine = Host();
        await mine.SaveItemsAsync("wire", [Item("a")], known: await mine.GetItemsAsync("wire"));
        Assert.Single(await mine.GetItemsAsync("wire")); // remembered at this head

        var other = Host();
        await other.SaveItemsAsync("wire", [Item("a", hash: "h2"), Item("b")], known: await other.GetItemsAsync("wire"));

        var seen = await mine.GetItemsAsync("wire");
        Assert.Equal(new Dictionary<string, string> { ["a"] = "h2", ["b"] = "h" }, Hashes(seen));
    }

    [Fact]
    public async Task Two_polls_that_read_the_same_head_cannot_both_save_and_the_loser_writes_nothing()
    {
        var first = Host();
        var second = Host();
        await first.SaveItemsAsync("wire", [Item("a")], known: await first.GetItemsAsync("wire"));
        var readByFirst = await first.GetItemsAsync("wire");
        var readBySecond = await second.GetItemsAsync("wire");

        await first.SaveItemsAsync("wire", [Item("b")], known: readByFirst);
        var lost = await Assert.ThrowsAsync<ConcurrencyException>(() => second.SaveItemsAsync("wire", [Item("c")], known: readBySecond));
        Assert.Contains("another poll", lost.Message);

        // The losing transaction is atomic: its item is not there; a poll that reads again can save.
        Assert.Equal(["a", "b"], (await Host().GetItemsAsync("wire")).Keys.Order());
        await second.SaveItemsAsync("wire", [Item("c")], known: await second.GetItemsAsync("wire"));
        Assert.Equal(["a", "b", "c"], (await Host().GetItemsAsync("wire")).Keys.Order());
    }

    [Fact]
    public async Task A_partition_written_before_head_rows_existed_gets_one_on_the_next_save()
    {
        // Rows as an earlier version wrote them: no head row.
        var table = _service.GetTableClient(TableNames.Items);
        await table.AddEntityAsync(new TableEntity("wire", "old") { ["ItemId"] = "old", ["ContentHash"] = "h" });
        var first = Host();
        var second = Host();
        var readByFirst = await first.GetItemsAsync("wire");
        var readBySecond = await second.GetItemsAsync("wire");
        Assert.Equal(["old"], readByFirst.Keys);

        await first.SaveItemsAsync("wire", [Item("new")], known: readByFirst);
        // The second poll read no head either: its insert of one loses.
        await Assert.ThrowsAsync<ConcurrencyException>(() => second.SaveItemsAsync("wire", [Item("other")], known: readBySecond));
        Assert.Equal(["new", "old"], (await first.GetItemsAsync("wire")).Keys.Order());
    }

    [Fact]
    public async Task A_save_of_many_items_chains_the_head_through_every_transaction()
    {
        var host = CountedHost();
        await host.SaveItemsAsync("wire", Enumerable.Range(0, 250).Select(i => Item($"i{i:D3}")).ToList(), known: await host.GetItemsAsync("wire"));
        var changed = Enumerable.Range(0, 250).Select(i => Item($"i{i:D3}", hash: "h2")).ToList();
        await host.SaveItemsAsync("wire", changed, known: await host.GetItemsAsync("wire"));

        _requests.Reset();
        var remembered = await host.GetItemsAsync("wire");
        Assert.Equal(["GET"], _requests.Methods);
        var stored = await Host().GetItemsAsync("wire");
        Assert.Equal(250, stored.Count);
        Assert.Equal(Hashes(stored), Hashes(remembered));
        Assert.All(stored.Values, i => Assert.Equal("h2", i.ContentHash));
    }

    [Fact]
    public async Task Retention_moves_the_head_so_no_host_keeps_answering_with_purged_items()
    {
        var now = DateTimeOffset.UtcNow;
        var host = Host();
        await host.SaveItemsAsync("wire", [Item("old", seen: now.AddDays(-120)), Item("recent", seen: now.AddDays(-1))], known: await host.GetItemsAsync("wire"));
        Assert.Equal(2, (await host.GetItemsAsync("wire")).Count);

        await new TableRetentionStore(_service).PurgeAsync(now.AddDays(-90));

        Assert.Equal(["recent"], (await host.GetItemsAsync("wire")).Keys);
    }

    [Fact]
    public async Task A_host_with_the_cache_off_always_reads_the_partition()
    {
        var host = new TableItemStore(_requests.Tables(azurite.ConnectionString), cache: new ItemCacheOptions { CacheItems = 0 });
        await host.SaveItemsAsync("wire", [Item("a")], known: await host.GetItemsAsync("wire"));

        _requests.Reset();
        Assert.Single(await host.GetItemsAsync("wire"));
        Assert.Equal(["GET", "GET"], _requests.Methods); // head, then the partition query
    }

    [Fact]
    public async Task A_first_poll_of_a_partition_without_a_head_row_does_not_query_it()
    {
        var host = CountedHost();
        _requests.Reset();
        Assert.Empty(await host.GetItemsAsync("fresh", firstPoll: true));
        Assert.Equal(["GET"], _requests.Methods); // the head row only

        // Once written, a first-poll read (e.g. another host's first attempt) still finds the items through the head.
        await host.SaveItemsAsync("fresh", [Item("a")], known: await host.GetItemsAsync("fresh", firstPoll: true));
        Assert.Equal(["a"], (await Host().GetItemsAsync("fresh", firstPoll: true)).Keys);
    }
}
