using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 14: the outlet's country as an input of the story fingerprint. An item's home countries are the imposers of its
/// lede measures, else its outlet's country (none for a meeting, none for a wire); two items whose homes differ, neither
/// naming the other's home in its headline or first sentence, are two countries' decisions however many goods words they
/// share, unless their texts are a near-verbatim copy. And a headline naming a country is compatible with an item that never
/// names it but is read for it by its outlet (StoryFingerprint.EntitiesCompatible). Headlines, texts and outlets are the
/// tests' own.
/// </summary>
public class StoryHomeCountryTests
{
    public static TheoryData<string, string, string?, string> Homes => new()
    {
        // no country named: the outlet's
        { "Cooking oil duty hiked to 40pc", "", "ZW", "ZW" },
        { "Budget: excise and import duty on cigarettes up", "The Minister announced higher duties on tobacco products in the budget statement.", "LS", "LS" },
        // the countries it names are origins: still the outlet's ("Govt imposes …" names no imposer)
        { "Govt imposes anti-dumping duty on Chinese, Vietnamese nylon yarn", "", "IN", "IN" },
        // a lede measure names its imposer, whatever the outlet
        { "Canada imposes 100% surtax on Chinese electric vehicles", "Canada will impose a 100% surtax on electric vehicles made in China, Ottawa said on Monday.", "GB", "CA" },
        { "Zimbabwe raises cooking oil import duty to 40%", "Zimbabwe has raised its import duty on cooking oil to 40% from 25%, the Herald reported.", "ZA", "ZW" },
        // a wire or an international outlet has no country: nothing says
        { "Cooking oil duty hiked to 40pc", "", null, "" },
        // a meeting is both sides' news: the outlet says nothing of whose
        { "Leaders open two-day summit in Lima", "Leaders of the Pacific Rim arrived in Lima for the annual summit.", "PE", "" },
        { "Ramaphosa meets Lula in Brasilia", "President Cyril Ramaphosa met President Luiz Inácio Lula da Silva in Brasilia on Tuesday to discuss trade.", "ZA", "" },
    };

    [Theory]
    [MemberData(nameof(Homes))]
    public void An_items_home_is_its_lede_measures_imposer_else_its_outlets_country(string title, string text, string? outlet, string homes) =>
        Assert.Equal(homes, string.Join(",", StoryFingerprint.Of(title, text, null, outlet).HomeCountries));

    // (headline, text, outlet) twice, and whether they are one story; each pair is also asked with no outlet countries
    public static TheoryData<string, string, string?, string, string, string?, bool> Pairs => new()
    {
        // the same goods' duty in two countries, neither naming its country: two decisions
        {
            "Government raises import duty on cooking oil to 35 percent",
            "The government has raised the customs duty on imported cooking oil to 35 percent from 20 percent to protect local refiners, the finance ministry said.", "ZM",
            "Cooking oil import duty goes up to 35%",
            "Customs duty on imported cooking oil rises to 35 per cent from 20 per cent, the finance ministry said, in a bid to protect local refiners.", "UG",
            false
        },
        {
            "Govt imposes anti-dumping duty on Chinese nylon filament yarn", "", "IN",
            "Anti-dumping duty imposed on nylon filament yarn from China",
            "The Trade Ministry has imposed anti-dumping duties on nylon filament yarn originating in China, according to a communique published in the Official Gazette.", "TR",
            false
        },
        {
            "Budget 2028: duty on electric vehicles cut to 10%",
            "The Minister of Finance announced in the budget statement that customs duty on electric vehicles will be reduced to 10 per cent from 25 per cent.", "BM",
            "Budget cuts import duty on electric vehicles to 10 percent",
            "Import duty on electric vehicles will fall to 10 percent from 25 percent, the finance minister said in his budget speech on Thursday.", "MU",
            false
        },
        // one decision, an outlet with no country (a wire copy): one story
        {
            "Government raises import duty on cooking oil to 35 percent",
            "The government has raised the customs duty on imported cooking oil to 35 percent from 20 percent to protect local refiners, the finance ministry said.", "ZM",
            "Cooking oil import duty goes up to 35%",
            "Customs duty on imported cooking oil rises to 35 per cent from 20 per cent, the finance ministry said, in a bid to protect local refiners.", null,
            true
        },
        // a foreign paper reporting the measure and naming the imposer: its lede measure's imposer is the home
        {
            "Govt raises duty on imported cooking oil to 40 percent",
            "Government has increased customs duty on imported cooking oil to 40 percent from 25 percent to protect local oil expressers.", "ZW",
            "Zimbabwe raises cooking oil import duty to 40%",
            "Zimbabwe has raised its customs duty on imported cooking oil to 40% from 25% to protect local oil expressers, the government said.", "ZA",
            true
        },
        // the exporters' side, in the exporting country's paper, naming the imposer in its lede: one story
        {
            "Shrimp exporters brace for hit as duty doubles",
            "Shrimp exporters in Andhra Pradesh said orders from the United States had dried up after Washington doubled the duty on Indian shrimp to 50%.", "IN",
            "US doubles duty on Indian shrimp to 50%",
            "The United States doubled its duty on shrimp from India to 50% on Friday, saying the move answers India's purchases of Russian oil.", "US",
            true
        },
        // an EU member's paper and the Union's decision: one home
        {
            "Anti-dumping duty on Chinese e-bikes raised to 79.3%",
            "The anti-dumping duty on electric bicycles from China will rise to 79.3% from Monday, the customs administration said.", "FR",
            "EU raises anti-dumping duty on Chinese e-bikes to 79.3%",
            "The European Union raised its anti-dumping duty on electric bicycles from China to 79.3% on Friday, the Commission said.", "US",
            true
        },
        // a meeting reported by both sides' papers: no home by the outlet
        {
            "Leaders gather in Lima for Pacific Rim summit",
            "Leaders of the Asia-Pacific Economic Cooperation forum gathered in Lima on Thursday for their annual summit.", "PE",
            "APEC leaders gather in Lima as trade tensions loom",
            "Leaders of the 21 APEC economies gathered in Lima on Thursday for their annual summit as trade tensions loomed.", "AU",
            true
        },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Items_whose_homes_differ_are_apart_and_copies_across_outlets_still_join(string titleA, string textA, string? outletA,
        string titleB, string textB, string? outletB, bool same)
    {
        var (a, b) = (StoryFingerprint.Of(titleA, textA, null, outletA), StoryFingerprint.Of(titleB, textB, null, outletB));
        Assert.True(same == StoryMatcher.Score(a, b) >= StoryMatcher.DefaultThreshold, $"{StoryMatcher.Score(a, b):F2}: {titleA} / {titleB}");
        Assert.True(same == StoryMatcher.Score(b, a) >= StoryMatcher.DefaultThreshold, $"{StoryMatcher.Score(b, a):F2}: {titleB} / {titleA}");
        // the apart rows are one story by their words: the outlets' countries are what tells them apart
        if (!same) StoryPair.AssertSame(true, titleA, textA, titleB, textB);
    }

    public static TheoryData<string, string, string?, string, string, string?> NearVerbatim => new()
    {
        // a near-verbatim copy is one story whatever its outlet (one of the homes is misread)
        {
            "Import duty on cooking oil raised to 35 percent",
            "The customs duty on imported cooking oil has been raised to 35 percent from 20 percent to protect local refiners, the finance ministry said on Monday.", "ZM",
            "Import duty on cooking oil raised to 35 percent",
            "The customs duty on imported cooking oil has been raised to 35 percent from 20 percent to protect local refiners, the finance ministry said on Monday.", "UG"
        },
    };

    [Theory]
    [MemberData(nameof(NearVerbatim))]
    public void A_near_verbatim_copy_joins_whatever_its_outlet(string titleA, string textA, string? outletA, string titleB, string textB, string? outletB)
    {
        var (a, b) = (StoryFingerprint.Of(titleA, textA, "https://a.example/1", outletA), StoryFingerprint.Of(titleB, textB, "https://b.example/2", outletB));
        Assert.True(a.HomesDiffer(b));
        Assert.True(StoryMatcher.Score(a, b) >= StoryMatcher.DefaultThreshold);
    }

    [Fact]
    public void A_country_named_in_the_other_items_lede_is_no_disagreement_and_one_named_further_down_is()
    {
        var indian = StoryFingerprint.Of("Govt imposes anti-dumping duty on Chinese nylon yarn", "", null, "IN");
        var naming = StoryFingerprint.Of("Anti-dumping duty imposed on nylon yarn from China",
            "Following India, the Trade Ministry has imposed anti-dumping duties on nylon yarn from China.", null, "TR");
        var background = StoryFingerprint.Of("Anti-dumping duty imposed on nylon yarn from China",
            "The Trade Ministry has imposed anti-dumping duties on nylon yarn from China. Imports will pay $1.85 per kilogram. The decision comes weeks after India imposed its own duty.", null, "TR");
        Assert.False(indian.HomesDiffer(naming));
        Assert.False(naming.HomesDiffer(indian));
        Assert.True(indian.HomesDiffer(background));
        Assert.True(background.HomesDiffer(indian));
        Assert.Contains("IN", background.Entities);
        Assert.DoesNotContain("IN", background.LedeParties);
    }

    public static TheoryData<string, string, string?, bool> NamedByOutlet => new()
    {
        // the article never names its country; its outlet does
        { "Import duty on rice slashed to 5%", "The government has cut the import duty on rice to 5 percent from 15 percent to curb food prices, the finance ministry said.", "GH", true },
        { "Rice tariff cut as food prices climb", "Importers will pay 5 percent duty on rice from Monday, down from 15 percent, the finance ministry said.", "GH", true },
        // another country's outlet, or a wire: the headline's country is named nowhere
        { "Import duty on rice slashed to 5%", "The government has cut the import duty on rice to 5 percent from 15 percent to curb food prices, the finance ministry said.", "NG", false },
        { "Import duty on rice slashed to 5%", "The government has cut the import duty on rice to 5 percent from 15 percent to curb food prices, the finance ministry said.", null, false },
        // a lede meeting has no home by its outlet
        { "Leaders meet for regional summit", "Heads of state of the region met in the capital for a summit on trade and security on Monday, officials said.", "GH", false },
    };

    [Theory]
    [MemberData(nameof(NamedByOutlet))]
    public void A_headlines_country_is_named_by_the_other_items_outlet(string title, string text, string? outlet, bool compatible)
    {
        var headline = StoryFingerprint.Of("Ghana cuts import duty on rice to 5 percent", null, null, "GH");
        var article = StoryFingerprint.Of(title, text, null, outlet);
        Assert.Equal(compatible, headline.EntitiesCompatible(article));
        Assert.Equal(compatible, article.EntitiesCompatible(headline));
    }
}
