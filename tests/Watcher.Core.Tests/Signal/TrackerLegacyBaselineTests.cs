using Microsoft.Extensions.Time.Testing;
using Watcher.Core.Facts;
using Watcher.Core.Tariffs;
using Xunit;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 16 (pipe16), fix15g's gap: a record-only plan (a source's silent baseline poll) reads no rows, so a measure stored
/// under its product's key of before the goods key changed was inserted beside the old row. It now carries the old row as a
/// planned update does, reading only where the store says an old-key row may be.
/// </summary>
public class TrackerLegacyBaselineTests
{
    private readonly DateTimeOffset _now = new(2025, 3, 8, 9, 0, 0, TimeSpan.Zero);

    private async Task<TrackerUpdate> Baseline(ITariffStore store, string text)
    {
        var tracker = new TariffTracker(store, new FakeTimeProvider(_now));
        var update = await tracker.PlanAsync([(FactExtractor.Extract(text), new FactSource("wire", "Wire", "s-9", null, "t"))], recordOnly: true);
        await tracker.CommitAsync(update);
        return update;
    }

    [Theory]
    [InlineData("aluminium", "The US raised its tariff on Canadian aluminium to 50% from 25% on Monday.", "aluminum", 50.0, new[] { 25.0 })]
    [InlineData("steel product", "The US raised its tariff on Canadian steel products to 50% from 25% on Monday.", "steel", 50.0, new[] { 25.0 })]
    [InlineData("tyre", "The US imposed a 25% tariff on Canadian tyres.", "tire", 25.0, new double[0])]
    public async Task A_baseline_poll_carries_a_row_stored_under_the_old_key_and_keeps_its_history(string legacy, string text, string key, double rate, double[] history)
    {
        var store = new InMemoryTariffStore();
        await store.SaveAsync(ReviewFixes15gTests.LegacyRow("US", "CA", legacy, legacy, 25, _now.AddDays(-30)));
        await Baseline(store, text);
        var row = Assert.Single(await store.ListAsync("US", "CA"));
        Assert.Equal((key, rate), (row.Product, row.Current.Rate!.Value));
        Assert.Equal(history, row.History.Select(h => h.Rate!.Value));
        Assert.Equal(_now.AddDays(-30), row.FirstSeen);
    }

    [Fact]
    public async Task A_baseline_poll_reads_nothing_where_no_old_key_row_is_stored()
    {
        // "aluminium" has an old key ("aluminium", now "aluminum"), "canola seed" has none: neither is read on an empty store
        var store = new CountingStore(new InMemoryTariffStore());
        var tracker = new TariffTracker(store, new FakeTimeProvider(_now));
        var facts = FactExtractor.Extract("The US imposed a 25% tariff on Canadian aluminium. China imposed a 76% levy on Canadian canola seed.");
        var update = await tracker.PlanAsync([(facts, new FactSource("wire", "Wire", "s-1", null, "t"))], recordOnly: true);
        Assert.Equal((0, 1), (store.Reads, store.Asked));
        await tracker.CommitAsync(update);
        Assert.Equal(2, (await store.ListAsync(target: "CA")).Count);

        // a row under the new key and none under the old: still no read before the commit (whose insert merges, as before)
        update = await tracker.PlanAsync([(FactExtractor.Extract("The US raised its tariff on Canadian aluminium to 50% from 25% on Monday."), new FactSource("wire", "Wire", "s-2", null, "t"))], recordOnly: true);
        Assert.Equal(0, store.Reads);
        await tracker.CommitAsync(update);
        Assert.Equal(50, Assert.Single(await store.ListAsync("US", "CA")).Current.Rate);
    }

    [Fact]
    public async Task Another_products_old_row_is_left_alone_and_a_new_key_row_wins()
    {
        var store = new InMemoryTariffStore();
        await store.SaveAsync(ReviewFixes15gTests.LegacyRow("US", "CA", "aluminium", "aluminium", 25, _now.AddDays(-30)));
        await store.SaveAsync(ReviewFixes15gTests.LegacyRow("US", "CA", "aluminum", "aluminum", 30, _now.AddDays(-3)));
        await store.SaveAsync(ReviewFixes15gTests.LegacyRow("US", "CA", "copper", "copper", 10, _now.AddDays(-30)));
        await Baseline(store, "The US raised its tariff on Canadian aluminium to 50% from 30% on Monday.");
        var rows = (await store.ListAsync("US", "CA")).OrderBy(r => r.Product, StringComparer.Ordinal).ToList();
        Assert.Equal(["aluminium", "aluminum", "copper"], rows.Select(r => r.Product));
        Assert.Equal((50.0, 30.0), (rows[1].Current.Rate!.Value, rows[1].History.Single().Rate!.Value));
    }

    /// <summary>Counts point reads and "may hold" questions.</summary>
    internal sealed class CountingStore(ITariffStore inner) : ITariffStore
    {
        public int Reads;
        public int Asked;
        public Task<TariffRecord?> GetAsync(string imposer, string target, string product, CancellationToken ct = default)
        {
            Interlocked.Increment(ref Reads);
            return inner.GetAsync(imposer, target, product, ct);
        }
        public Task<bool> MayHoldAsync(string imposer, string target, string product, CancellationToken ct = default)
        {
            Interlocked.Increment(ref Asked);
            return inner.MayHoldAsync(imposer, target, product, ct);
        }
        public Task<TariffRecord> SaveAsync(TariffRecord record, CancellationToken ct = default) => inner.SaveAsync(record, ct);
        public Task<IReadOnlyList<TariffRecord>> ListAsync(string? imposer = null, string? target = null, CancellationToken ct = default) => inner.ListAsync(imposer, target, ct);
        public Task RetireAsync(string imposer, string target, string product, CancellationToken ct = default) => inner.RetireAsync(imposer, target, product, ct);
        public Task<EventRecord?> GetEventAsync(string key, CancellationToken ct = default) => inner.GetEventAsync(key, ct);
        public Task<bool> TryAddEventAsync(EventRecord record, CancellationToken ct = default) => inner.TryAddEventAsync(record, ct);
    }
}
