using Microsoft.Extensions.Time.Testing;
using Watcher.Core.Alerts;
using Watcher.Core.Facts;
using Watcher.Core.Tariffs;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 15 review fixes (fix15g) of the goods phrase reader, GoodsKey and the tracker's stored keys. Rows are the reviewer's
/// sentences and the tests' own variants: a goods word in a verb's place, a reason or a party's clause after the rate, a
/// figure of speech, a verb as a modifier; the correct readings that must keep working; keys of class-of-goods phrases and
/// plural-only nouns; a tracker row stored under the key of before GoodsKey found and carried.
/// </summary>
public class ReviewFixes15gTests
{
    [Theory]
    // a head that is a verb too, in a verb's place
    [InlineData("India will scrap the 20% export duty from Friday.", "scrap")]
    [InlineData("Pakistan will scrap the 10% regulatory duty, the finance ministry said.", "scrap")]
    [InlineData("Kenya plans to scrap its 25% duty, the treasury said on Tuesday.", "scrap")]
    [InlineData("The government may ship the 12% levy bill to parliament next week.", "ship")]
    [InlineData("Beijing answered the 10% US tariff as it toys with a counter-tariff.", "toy")]
    [InlineData("Ottawa said it would not iron out the 25% surtax before the election.", "iron")]
    // a reason after the rate introduced by "for"
    [InlineData("Trump doubled the tariff on India to 50% for buying Russian oil.", "oil")]
    [InlineData("Washington raised its levy on India to 50% for purchasing Russian crude oil.", "oil")]
    [InlineData("The US put a 25% penalty on India to 50% for its purchases of Russian oil.", "oil")]
    // a clause about the origin after the rate
    [InlineData("The US set a 15% tariff on imports from Vietnam, home to large rice farms.", "rice")]
    [InlineData("Kenya set a 35% duty on imports from Uganda, home to its milk and sugar rivals.", "milk")]
    [InlineData("Kenya set a 35% duty on imports from Uganda, home to its milk and sugar rivals.", "sugar")]
    [InlineData("Chile set a 20% duty on imports from Peru, where copper is mined.", "copper")]
    [InlineData("Mexico set a 30% tariff on imports from Brazil, whose coffee dominates its market.", "coffee")]
    // figures of speech
    [InlineData("The two sides are locked in a game of chicken after Beijing set a 125% tariff.", "chicken")]
    [InlineData("China gave Washington a taste of its own medicine, imposing a 34% tariff.", "medicine")]
    [InlineData("Ottawa sees the 25% tariff as a bargaining chip in the talks.", "chip")]
    [InlineData("For Delhi, the 18% tariff is a political hot potato.", "potato")]
    // a verb as a modifier; a goods word before a shop, a farm, a rival
    [InlineData("Trump's 50% tariff on Brazil worries coffee shops.", "coffee")]
    [InlineData("The 25% tariff on Mexico hits tomato farms in Sinaloa.", "tomato")]
    [InlineData("India's 20% duty rattled steel rivals in Vietnam.", "steel")]
    public void A_goods_word_that_names_no_goods_here(string text, string word) =>
        Assert.DoesNotContain(MeasureKey.All(text).Split('|'), m => m.Contains(word, StringComparison.OrdinalIgnoreCase));

    [Theory]
    // the same heads naming goods: a modifier, a subject, an object after "on"
    [InlineData("Under Ghana's new schedule, ferrous scrap will attract a 5% duty from April.", "ferrous scrap")]
    [InlineData("Under Ghana's new schedule, scrap will attract a 5% export duty from April.", "scrap")]
    [InlineData("Under Ghana's new schedule, frozen chicken will attract a duty of 35%.", "frozen chicken")]
    [InlineData("Generic medicines will be freed from Kenya's 10% duty.", "Generic medicines")]
    [InlineData("Toys will be freed from Kenya's 25% duty.", "Toys")]
    [InlineData("Plastic toys will be freed from Kenya's 25% duty.", "Plastic toys")]
    [InlineData("Millers in the Philippines will import more feed wheat, which carries a tariff of 7 percent.", "feed wheat")]
    [InlineData("Nigeria said frozen fish would now attract a levy of 25 per cent, while rice stays duty-free.", "frozen fish")]
    [InlineData("Argentina's import duty (35%) for agricultural tractors and combine harvesters will be suspended.", "agricultural tractors+combine harvesters")]
    [InlineData("Fresh potatoes remain protected by Iceland's 30% tariff.", "Fresh potatoes")]
    // "to" is a preposition before goods as often as it marks a verb
    [InlineData("A 50% tariff will apply to steel from China, the United States said on Tuesday.", "steel")]
    [InlineData("A 10% duty will apply to scrap from Ghana, the EU said on Tuesday.", "scrap")]
    // an "on" phrase and a reason after it: the goods stay, the reason goes
    [InlineData("Washington set a 25% tariff on Indian steel for its purchases of Russian oil.", "steel")]
    [InlineData("The US set a 15% tariff on rice from Vietnam, home to large rice farms.", "rice")]
    public void The_goods_the_rate_clause_names_still_read(string text, string goods) =>
        Assert.Contains(MeasureKey.All(text).Split('|'), m => m.EndsWith(" " + goods, StringComparison.Ordinal));

    [Theory]
    // a class of goods keeps its head; plural-only nouns keep their plural
    [InlineData("consumer goods", "consumer good")]
    [InlineData("luxury goods", "luxury good")]
    [InlineData("capital goods", "capital good")]
    [InlineData("agricultural products", "agricultural good")]
    [InlineData("consumer goods imports", "consumer good")]
    [InlineData("consumer products", "consumer good")]
    [InlineData("drinking glasses", "drinking glass")]
    [InlineData("glasses", "glasses")]
    [InlineData("clothes", "clothes")]
    [InlineData("cloths", "cloth")]
    [InlineData("sunglasses", "sunglasses")]
    // named goods still drop the whole-trade word
    [InlineData("steel products", "steel")]
    [InlineData("aluminium imports", "aluminum")]
    [InlineData("dairy products", "dairy")]
    [InlineData("glass", "glass")]
    [InlineData("glass products", "glass")]
    public void The_key_of_a_phrase(string phrase, string key) => Assert.Equal(key, GoodsKey.Of(phrase));

    [Fact]
    public void Classes_and_plural_only_nouns_are_other_goods()
    {
        Assert.False(GoodsKey.Same("consumer goods", "luxury goods"));
        Assert.False(GoodsKey.Same("glasses", "glass"));
        Assert.False(GoodsKey.Same("clothes", "cloth"));
        Assert.True(GoodsKey.Same("consumer goods", "consumer products"));
    }

    // ---- the tracker finds a row stored under the key of before GoodsKey and carries it to the new key

    private readonly InMemoryTariffStore _store = new();
    private readonly DateTimeOffset _now = new(2025, 3, 8, 9, 0, 0, TimeSpan.Zero);

    private async Task<IReadOnlyList<Alert>> Read(ITariffStore store, string text, string story)
    {
        var tracker = new TariffTracker(store, new FakeTimeProvider(_now));
        var update = await tracker.PlanAsync(FactExtractor.Extract(text), new FactSource("wire", "Wire", story, "https://wire.example/" + story, "t"));
        await tracker.CommitAsync(update);
        return update.Alerts;
    }

    /// <summary>A row as the tracker wrote it before the upgrade: the product under its old key.</summary>
    internal static TariffRecord LegacyRow(string imposer, string target, string legacyProduct, string name, double rate, DateTimeOffset at) => new()
    {
        Imposer = imposer, Target = target, Product = legacyProduct, Name = name, FirstSeen = at, LastChanged = at,
        Current = new TariffObservation { Rate = rate, Status = TariffStatuses.InForce, Action = TariffActions.Imposed, Evidence = "old report", Seen = at },
    };

    [Theory]
    [InlineData("aluminium", "The US raised its tariff on Canadian aluminium to 50% from 25% on Monday.", "aluminum")]
    [InlineData("aluminium", "The US raised its tariff on Canadian aluminum to 50% from 25% on Monday.", "aluminum")]
    [InlineData("steel product", "The US raised its tariff on Canadian steel products to 50% from 25% on Monday.", "steel")]
    [InlineData("tyre", "The US raised its tariff on Canadian tyres to 50% from 25% on Monday.", "tire")]
    public async Task A_row_stored_under_the_old_key_is_updated_not_duplicated(string legacy, string text, string key)
    {
        Assert.Equal(legacy, TariffExtractor.LegacyCanonical(text.Split(" on Canadian ")[1].Split(" to 50%")[0]));
        await _store.SaveAsync(LegacyRow("US", "CA", legacy, legacy, 25, _now.AddDays(-30)));

        var alert = Assert.Single(await Read(_store, text, "s-2"));
        Assert.Equal(AlertKinds.TariffChanged, alert.Kind);
        Assert.Contains("25% (in-force) → 50% (in-force)", alert.Title, StringComparison.Ordinal);

        var row = Assert.Single(await _store.ListAsync("US", "CA"));
        Assert.Equal((key, 50.0), (row.Product, row.Current.Rate!.Value));
        Assert.Equal([25.0], row.History.Select(h => h.Rate!.Value));
        Assert.Equal(_now.AddDays(-30), row.FirstSeen);
        Assert.Null(row.CarriedFrom);
    }

    [Fact]
    public async Task A_row_stored_under_the_old_key_moves_even_when_the_report_changes_nothing()
    {
        await _store.SaveAsync(LegacyRow("US", "CA", "aluminium", "aluminium", 25, _now.AddDays(-30)));
        Assert.Empty(await Read(_store, "The US will impose a 25% tariff on Canadian aluminium.", "s-2"));
        var row = Assert.Single(await _store.ListAsync("US", "CA"));
        Assert.Equal(("aluminum", 25.0), (row.Product, row.Current.Rate!.Value));
        // and the next change is found under the new key
        Assert.Single(await Read(_store, "The US raised its tariff on Canadian aluminium to 50% from 25% on Monday.", "s-3"));
        Assert.Single(await _store.ListAsync("US", "CA"));
    }

    [Fact]
    public async Task A_row_under_the_new_key_wins_and_another_products_old_row_is_left_alone()
    {
        await _store.SaveAsync(LegacyRow("US", "CA", "aluminum", "aluminum", 30, _now.AddDays(-3)));
        await _store.SaveAsync(LegacyRow("US", "CA", "copper", "copper", 10, _now.AddDays(-30)));
        var alert = Assert.Single(await Read(_store, "The US raised its tariff on Canadian aluminium to 50% from 30% on Monday.", "s-2"));
        Assert.Contains("30% (in-force) → 50%", alert.Title, StringComparison.Ordinal);
        Assert.Equal(["aluminum", "copper"], (await _store.ListAsync("US", "CA")).Select(r => r.Product).Order(StringComparer.Ordinal));
    }
}
