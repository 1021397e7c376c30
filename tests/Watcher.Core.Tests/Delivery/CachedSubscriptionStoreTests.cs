using Microsoft.Extensions.Time.Testing;
using Watcher.Core.State;

namespace Watcher.Core.Tests.Delivery;

public class CachedSubscriptionStoreTests
{
    private readonly InMemoryStores _table = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 23, 0, 0, TimeSpan.Zero));
    private readonly CountingStore _counted;
    private readonly CachedSubscriptionStore _cache;

    public CachedSubscriptionStoreTests()
    {
        _counted = new CountingStore(_table);
        _cache = new CachedSubscriptionStore(_counted, _time, TimeSpan.FromSeconds(5));
    }

    /// <summary>Counts full reads of the store underneath (each one a table query in production).</summary>
    private sealed class CountingStore(ISubscriptionStore inner) : ISubscriptionStore
    {
        public int Lists;
        public Task<IReadOnlyList<Subscription>> ListAsync(CancellationToken ct = default) { Lists++; return inner.ListAsync(ct); }
        public Task UpsertAsync(Subscription subscription, CancellationToken ct = default) => inner.UpsertAsync(subscription, ct);
        public Task DeleteAsync(string id, CancellationToken ct = default) => inner.DeleteAsync(id, ct);
    }

    private static Subscription Sub(string id, string target = "desk@example.com") => new() { Id = id, Channel = "email", Target = target };

    [Fact]
    public async Task A_burst_of_lookups_reads_the_table_once_per_ttl()
    {
        await _table.UpsertAsync(Sub("a"));
        for (var i = 0; i < 100; i++) Assert.Equal("a", (await _cache.FindAsync("a"))!.Id);
        Assert.Equal(1, _counted.Lists);

        _time.Advance(TimeSpan.FromSeconds(5));
        await _cache.FindAsync("a");
        Assert.Equal(2, _counted.Lists);
    }

    [Fact]
    public async Task A_change_made_elsewhere_is_seen_once_the_ttl_has_passed()
    {
        await _table.UpsertAsync(Sub("a", "old@example.com"));
        await _cache.FindAsync("a");
        await _table.UpsertAsync(Sub("a", "new@example.com")); // another instance, behind the cache's back

        Assert.Equal("old@example.com", (await _cache.FindAsync("a"))!.Target);
        _time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal("new@example.com", (await _cache.FindAsync("a"))!.Target);
    }

    [Fact]
    public async Task An_id_the_snapshot_does_not_hold_is_read_through_so_a_new_subscriber_is_never_missed()
    {
        await _table.UpsertAsync(Sub("a"));
        await _cache.FindAsync("a");
        await _table.UpsertAsync(Sub("b")); // added elsewhere a moment ago

        Assert.Equal("b", (await _cache.FindAsync("b"))!.Id);
        Assert.Null(await _cache.FindAsync("gone")); // unknown: read through, and still null
        Assert.Equal(3, _counted.Lists);
    }

    [Theory]
    [InlineData("upsert")]
    [InlineData("delete")]
    public async Task A_change_made_through_the_cache_is_seen_at_once(string change)
    {
        await _cache.UpsertAsync(Sub("a", "old@example.com"));
        await _cache.FindAsync("a");

        if (change == "upsert")
        {
            await _cache.UpsertAsync(Sub("a", "new@example.com"));
            Assert.Equal("new@example.com", (await _cache.FindAsync("a"))!.Target);
        }
        else
        {
            await _cache.DeleteAsync("a");
            Assert.Null(await _cache.FindAsync("a"));
        }
    }

    [Fact]
    public async Task Listing_always_reads_through_and_refreshes_the_snapshot()
    {
        await _table.UpsertAsync(Sub("a"));
        await _cache.FindAsync("a");
        await _table.UpsertAsync(Sub("b"));

        Assert.Equal(["a", "b"], (await _cache.ListAsync()).Select(s => s.Id));
        Assert.Equal("b", (await _cache.FindAsync("b"))!.Id);
        Assert.Equal(2, _counted.Lists);
    }
}
