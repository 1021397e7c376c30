using Microsoft.Extensions.Time.Testing;
using Watcher.Core.Alerts;
using Watcher.Core.Facts;
using Watcher.Core.Tariffs;

namespace Watcher.Core.Tests.Signal;

public class TariffTrackerTests
{
    private readonly InMemoryTariffStore _store = new();
    private readonly TariffTracker _tracker;

    public TariffTrackerTests() => _tracker = new TariffTracker(_store, new FakeTimeProvider(new DateTimeOffset(2025, 3, 8, 9, 0, 0, TimeSpan.Zero)));

    private async Task<IReadOnlyList<Alert>> Read(string text, string story = "s-1")
    {
        var update = await _tracker.PlanAsync(FactExtractor.Extract(text), new FactSource("wire", "Wire", story, "https://wire.example/" + story, "t"));
        await _tracker.CommitAsync(update);
        return update.Alerts;
    }

    [Fact]
    public async Task First_sighting_is_recorded_silently_then_a_rate_change_alerts_with_before_and_after()
    {
        Assert.Empty(await Read("China will impose a 76% levy on Canadian canola seed, the commerce ministry said."));
        var alert = Assert.Single(await Read("China raised its levy on Canadian canola seed to 100% from 76% on Monday.", "s-2"));
        Assert.Equal(AlertKinds.TariffChanged, alert.Kind);
        Assert.Equal("Tariff changed: China on Canada canola seed: 76% (in-force) → 100% (in-force)", alert.Title);
        Assert.Equal("s-2", alert.StoryId);
        Assert.StartsWith("- 76% (in-force) — China will impose", alert.Changes[0]);

        var row = Assert.Single(await _store.ListAsync("CN", "CA"));
        Assert.Equal(100, row.Current.Rate);
        Assert.Equal([76.0], row.History.Select(h => h.Rate!.Value));
    }

    [Theory]
    // a figure misread as a second rate of the lede's tariff
    [InlineData("Washington will impose a 25% tariff on Japanese cars from April. Toyota shares tumbled 4% on news of the US tariffs.")]
    // domestic taxes beside the tariff
    [InlineData("Washington will impose a 25% tariff on Japanese cars from April. Imported cars also pay a 10% sales tax and a luxury tax of up to 15% on top of the tariff.")]
    public async Task One_article_never_alerts_a_change_against_its_own_first_rate(string text)
    {
        Assert.Empty(await Read(text));
        var row = Assert.Single(await _store.ListAsync("US", "JP"));
        Assert.Equal(25, row.Current.Rate);
        // and read again later (another outlet's copy), its second figure is no change against the stored 25%
        Assert.Empty(await Read(text, "s-2"));
    }

    [Fact]
    public async Task An_article_that_recalls_the_old_rate_and_states_the_new_one_alerts_the_change()
    {
        await Read("China will impose a 76% levy on Canadian canola seed.");
        var alert = Assert.Single(await Read("China imposed a 76% levy on Canadian canola seed in March. On Monday it raised the levy on Canadian canola seed to 100%.", "s-2"));
        Assert.Contains("76% (in-force) → 100% (in-force)", alert.Title);
    }

    [Fact]
    public async Task Restating_the_same_rate_or_an_old_rate_from_history_is_not_a_change()
    {
        await Read("China will impose a 76% levy on Canadian canola seed.");
        await Read("China raised its levy on Canadian canola seed to 100% from 76%.");
        Assert.Empty(await Read("Farmers are still paying the 100% levy China imposed on Canadian canola seed."));
        Assert.Empty(await Read("In March, China imposed a 76% levy on Canadian canola seed."));
    }

    [Theory]
    [InlineData("China lifted its 76% levy on Canadian canola seed on Friday.", "removed")]
    [InlineData("China threatened a 150% levy on Canadian canola seed.", "threatened")]
    public async Task A_status_change_alerts(string text, string status)
    {
        await Read("China will impose a 76% levy on Canadian canola seed.");
        var alert = Assert.Single(await Read(text, "s-3"));
        Assert.Contains($"({status})", alert.Title);
    }

    [Theory]
    [InlineData("China is considering a 76% levy on Canadian canola seed, officials said.")]
    [InlineData("China threatened a 76% levy on Canadian canola seed.")]
    public async Task A_measure_in_force_is_not_proposed_or_threatened_again_at_its_own_rate(string text)
    {
        // Read as a proposal, a reference to a measure in force flipped it back to "proposed", and the next report that states
        // it ("retaliation for China's 76% levy") alerted "proposed → in-force" for nothing new.
        Assert.Contains(FactExtractor.Extract(text).Measures, m => m.Rate == 76 && m.Action is TariffActions.Proposed or TariffActions.Threatened);
        await Read("China imposed a 76% levy on Canadian canola seed on Monday.");
        Assert.Empty(await Read(text, "s-4"));
        Assert.Equal(TariffStatuses.InForce, Assert.Single(await _store.ListAsync("CN", "CA")).Current.Status);
        Assert.Empty(await Read("Canadian farmers lost sales after China's 76% levy on Canadian canola seed.", "s-5"));
    }

    [Fact]
    public async Task Each_product_is_tracked_on_its_own()
    {
        await Read("The US has imposed a 50% levy on Canadian steel and aluminium.");
        var alert = Assert.Single(await Read("The US cut its tariff on Canadian aluminium to 25% from 50%."));
        Assert.Contains("aluminium", alert.Title);
        // the record's key is the goods key (GoodsKey: one spelling for "aluminium" and "aluminum"); the alert keeps the item's word
        Assert.Equal(["aluminum", "steel"], (await _store.ListAsync("US", "CA")).Select(t => t.Product).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_product_is_keyed_by_its_canonical_form_and_shown_as_the_article_wrote_it()
    {
        // The key folds "peas" to "pea" (so "pea" and "peas" are one row); a reader sees "peas", as the article wrote it.
        await Read("China imposed a 100% levy on Canadian peas on Monday.");
        var alert = Assert.Single(await Read("China cut its levy on Canadian peas to 25% from 100%.", "s-2"));
        Assert.Contains("Canada peas: 100% (in-force) → 25% (in-force)", alert.Title);
        var row = Assert.Single(await _store.ListAsync("CN", "CA"));
        Assert.Equal(("pea", "peas"), (row.Product, row.DisplayName));
        var view = Assert.Single(await new TariffApi(_store).ListAsync("CN", null));
        Assert.Equal(("pea", "peas"), (view.Product, view.Name));
    }

    [Fact]
    public async Task A_row_written_before_names_were_kept_shows_its_key_then_takes_the_name_of_its_next_change()
    {
        await _store.SaveAsync(new TariffRecord
        {
            Imposer = "CN", Target = "CA", Product = "pea", FirstSeen = DateTimeOffset.UnixEpoch, LastChanged = DateTimeOffset.UnixEpoch,
            Current = new TariffObservation { Rate = 100, Status = TariffStatuses.InForce, Action = TariffActions.Imposed, Evidence = "old" },
        });
        Assert.Equal("pea", Assert.Single(await new TariffApi(_store).ListAsync("CN", null)).Name);
        Assert.Contains("Canada peas: 100% (in-force) → 25% (in-force)", Assert.Single(await Read("China cut its levy on Canadian peas to 25% from 100%.")).Title);
        Assert.Equal("peas", Assert.Single(await _store.ListAsync("CN", "CA")).Name);
    }

    [Fact]
    public async Task A_new_meeting_is_announced_once()
    {
        var first = await Read("President Donald Trump met Chinese President Xi Jinping in Busan on Thursday.");
        var alert = Assert.Single(first);
        Assert.Equal(AlertKinds.EventAnnounced, alert.Kind);
        Assert.Equal("Meeting: Donald Trump and Xi Jinping (Busan)", alert.Title);
        Assert.Empty(await Read("Xi Jinping and Donald Trump met for 100 minutes, officials said.", "s-2"));
    }

    [Fact]
    public async Task Planning_twice_without_committing_gives_the_same_alert_ids()
    {
        await Read("China will impose a 76% levy on Canadian canola seed.");
        var facts = FactExtractor.Extract("China raised its levy on Canadian canola seed to 100% from 76%.");
        var source = new FactSource("wire", "Wire", "s-2", null, "t");
        var a = await _tracker.PlanAsync(facts, source);
        var b = await _tracker.PlanAsync(facts, source); // e.g. a crash before the commit
        Assert.Equal(a.Alerts.Select(x => x.Id), b.Alerts.Select(x => x.Id));
        await _tracker.CommitAsync(b);
        Assert.Empty((await _tracker.PlanAsync(facts, source)).Alerts);
    }

    private async Task RecordOnly(string text, string story)
    {
        var update = await _tracker.PlanAsync([(FactExtractor.Extract(text), new FactSource("wire", "Wire", story, null, "t"))], recordOnly: true);
        await _tracker.CommitAsync(update);
    }

    [Fact]
    public async Task A_record_only_plan_reads_nothing_first_and_merges_into_an_existing_row_by_the_change_rule()
    {
        var reads = new ReadCountingStore(_store);
        var tracker = new TariffTracker(reads, new FakeTimeProvider(new DateTimeOffset(2025, 3, 8, 9, 0, 0, TimeSpan.Zero)));
        await tracker.CommitAsync(await tracker.PlanAsync([(FactExtractor.Extract("China will impose a 76% levy on Canadian canola seed."), new FactSource("wire", "Wire", "s-1", null, "t"))], recordOnly: true));
        Assert.Equal(0, reads.Reads); // a new measure: one insert, no read
        Assert.Equal(76, Assert.Single(await _store.ListAsync("CN", "CA")).Current.Rate);

        // The row exists: the insert loses, the row is read and the observation merged as a planned change would be.
        await RecordOnly("China raised its levy on Canadian canola seed to 100% from 76%.", "s-2");
        var row = Assert.Single(await _store.ListAsync("CN", "CA"));
        Assert.Equal(100, row.Current.Rate);
        Assert.Equal([76.0], row.History.Select(h => h.Rate!.Value));

        // Restating a rate from the history is not a change, here as in a planned update.
        await RecordOnly("China will impose a 76% levy on Canadian canola seed.", "s-3");
        Assert.Equal(100, Assert.Single(await _store.ListAsync("CN", "CA")).Current.Rate);
    }

    private sealed class ReadCountingStore(ITariffStore inner) : ITariffStore
    {
        public int Reads;
        public Task<TariffRecord?> GetAsync(string imposer, string target, string product, CancellationToken ct = default)
        {
            Interlocked.Increment(ref Reads);
            return inner.GetAsync(imposer, target, product, ct);
        }
        public Task<TariffRecord> SaveAsync(TariffRecord record, CancellationToken ct = default) => inner.SaveAsync(record, ct);
        public Task<IReadOnlyList<TariffRecord>> ListAsync(string? imposer = null, string? target = null, CancellationToken ct = default) => inner.ListAsync(imposer, target, ct);
        public Task RetireAsync(string imposer, string target, string product, CancellationToken ct = default) => inner.RetireAsync(imposer, target, product, ct);
        public Task<EventRecord?> GetEventAsync(string key, CancellationToken ct = default)
        {
            Interlocked.Increment(ref Reads);
            return inner.GetEventAsync(key, ct);
        }
        public Task<bool> TryAddEventAsync(EventRecord record, CancellationToken ct = default) => inner.TryAddEventAsync(record, ct);
    }
}
