using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 12 (cluster18) rules for the kinds of clustering error holdout 13 showed, each with rows of the tests' own and
/// rows that must not match:
/// - a stage of one measure named in other words: an investigating authority's finding ("suggests", "advises") beside the
///   ministry's imposition, a customs notification's "seeks to impose" (the notice of the duty imposed), a council's or the
///   member governments' agreement beside the commission's proposal, and "confirms" as a trade-remedy ruling's definitive
///   stage beside a provisional one (HeadlineAction.ProposalAndDecision, StoryFingerprint.Stage);
/// - a currency written with its country's code ("US$1.43/kg") is no party of the item (StoryFingerprint.ContentWords);
/// - British and American spellings of goods ("tyres" / "tires") are one product (StoryFingerprint.AmericanSpelling);
/// - a headline naming the imposer only in a list beside the target ("exported from China, Korea and Malaysia") does not
///   name that imposer's measure (StoryFingerprint.HeadlineNamesMeasureOf);
/// - two ledes of one schedule of rates, of which the extractor read other lines, do not disagree
///   (StoryFingerprint.StatesRatesOfMeasures);
/// - a desk's live blog ("Markets live:") is a live blog, and its entry stating three or more of a trade item's lede rates
///   is that item's story (StoryMatcher.LiveScheduleRates).
/// </summary>
public class StoryStagesAndSchedulesTests
{
    public static TheoryData<string, string, bool> Stages => new()
    {
        // a finding and its imposition
        { "Trade remedies body suggests anti-dumping duty on Chinese glass fibre", "Finance ministry imposes anti-dumping duty on Chinese glass fibre", true },
        { "Investigating authority advises safeguard duty on steel coils", "Government imposes safeguard duty on steel coils", true },
        { "Notification No. 7/2026-Customs (ADD): Seeks to impose anti-dumping duty on PVC resin from China", "DGTR recommends anti-dumping duty on PVC resin from China", true },
        { "Govt notifies anti-dumping duty on PVC resin from China", "Panel suggests duties of $120-300 per tonne on PVC resin", true },
        // a proposal and the council's position
        { "Commission proposes tariffs on Russian fertiliser", "EU countries agree tariffs on Russian fertiliser", true },
        { "Customs: Council agrees to a €4 customs duty on small parcels", "Commission proposes €4 customs duty on small parcels", true },
        // provisional and confirmed
        { "EU confirms anti-dumping duties on Chinese glass fibre", "EU sets provisional anti-dumping duties on Chinese glass fibre", true },
        { "Glass fibre from China to pay provisional duty of up to 30%", "Brussels confirms glass fibre duties", true },
        // one stage told twice: nothing
        { "DGTR suggests anti-dumping duty on PVC resin from China", "DGTR recommends anti-dumping duty on PVC resin from China", false },
        { "Govt imposes anti-dumping duty on PVC resin", "Govt notifies anti-dumping duty on PVC resin", false },
        { "China confirms provisional anti-dumping duties on EU brandy", "China sets provisional anti-dumping duties on EU brandy", false },
        { "EU confirms duties on Chinese glass fibre", "EU imposes definitive duties on Chinese glass fibre", false },
        // a duty announced ahead is no decision, without a notice
        { "EU to impose duties on Chinese glass fibre", "Commission proposes duties on Chinese glass fibre", false },
        // an agreement between two governments is no stage of a proposal's law
        { "US and Japan agree to cut tariffs on cars", "US, Japan agree tariff deal on cars", false },
    };

    [Theory]
    [MemberData(nameof(Stages))]
    public void A_stage_named_in_other_words_is_another_occasion(string a, string b, bool other)
    {
        var (fa, fb) = (StoryFingerprint.Of(a, null, null), StoryFingerprint.Of(b, null, null));
        Assert.Equal(other, fa.HeadlinesNameOtherOccasion(fb));
        Assert.Equal(other, fb.HeadlinesNameOtherOccasion(fa));
    }

    [Theory]
    [InlineData("Mexico sets duties of up to US$1.43/kg on Chinese tires", false)]
    [InlineData("Epoxy resin from China will pay provisional duty of up to US$ 1.02/kg", false)]
    [InlineData("Chile to charge 6% tariff on parcels under US$41", false)]
    [InlineData("Brazil sets duty of US$0.71 per kilo on steel wire", false)]
    // the country itself, and a dollar amount after it
    [InlineData("US tariffs of $5 billion hit Mexican tomatoes", true)]
    [InlineData("Mexico hits US goods with $2 billion of duties", true)]
    [InlineData("US-made goods face 25% duty in Canada", true)]
    public void A_currency_with_its_country_code_is_no_party(string headline, bool party)
    {
        var f = StoryFingerprint.Of(headline, null, null);
        Assert.Equal(party, f.TitleWords.Contains("@US"));
        Assert.Equal(party, f.Entities.Contains("US"));
    }

    [Theory]
    [InlineData("Chile cuts tariffs on tyres", "Chile cuts tariffs on tires")]
    [InlineData("India raises duty on aluminium foil", "India raises duty on aluminum foil")]
    [InlineData("Duty on sulphur imports extended", "Duty on sulfur imports extended")]
    [InlineData("EU probes glass fibre imports", "EU probes glass fiber imports")]
    public void British_and_American_spellings_of_goods_are_one_word(string british, string american) =>
        Assert.Equal(StoryFingerprint.Of(american, null, null).TitleWords, StoryFingerprint.Of(british, null, null).TitleWords);

    [Theory]
    [InlineData("tyrant", "tyrant")]
    [InlineData("fibreglass", "fibreglass")]
    [InlineData("tire", "tire")]
    [InlineData("tyres", "tires")]
    public void Only_the_listed_spellings_change(string word, string spelt) => Assert.Equal(spelt, StoryFingerprint.AmericanSpelling(word));

    [Fact]
    public void A_copy_spelling_its_goods_the_other_way_joins_its_story() =>
        StoryPair.AssertSame(true,
            "Peru slaps anti-dumping duties on Chinese truck tyres",
            "LIMA (Reuters) - Peru will charge anti-dumping duties of up to $2.37 per kilogram on truck and bus tyres from China for five years, the trade remedies commission said on Thursday, after local retreaders complained of dumped imports.",
            "Peru sets duties of up to $2.37/kg on Chinese truck tires",
            "Peru's Indecopi commission imposed anti-dumping duties of up to $2.37 per kilogram on truck and bus tires imported from China, valid for five years, after a complaint by local retreaders.");

    private const string KoreanRuling =
        "SEOUL, May 4 (Yonhap) -- South Korea will keep anti-dumping duties of up to 24.5 percent on steel tubes from China for three more years after a sunset review, the finance ministry said Tuesday.";

    [Theory]
    // the imposer named as one of the origins
    [InlineData("Steel tube exported from China, Korea and Malaysia: findings in a dumping investigation", false)]
    [InlineData("Steel tubes from China and Korea face Australian duties", false)]
    [InlineData("Steel tube from China, Korea, Vietnam: final dumping findings", false)]
    // the imposer named apart from the target
    [InlineData("Korea extends duties on Chinese steel tubes", true)]
    [InlineData("Korea keeps steel tube duties on China, Taiwan", true)]
    [InlineData("Seoul keeps dumping duties on steel tubes from China", true)]
    public void A_headline_listing_the_imposer_among_origins_does_not_name_its_measure(string headline, bool names)
    {
        var article = StoryFingerprint.Of("S. Korea extends anti-dumping duties on Chinese steel tubes", KoreanRuling, null);
        Assert.Contains(article.Facts, f => f.StartsWith("m:KR>CN:", StringComparison.Ordinal));
        var f = StoryFingerprint.Of(headline, null, null);
        Assert.True(names == f.HeadlineNamesMeasureOf(article), string.Join(' ', f.TitleWords));
    }

    private static StoryFingerprint Ruling(string[] facts, string[] rates) =>
        StoryFingerprint.Of("Tariff commission adjusts duties", "The commission adjusted duties.", null) with { Facts = facts, Rates = rates };

    public static TheoryData<string[], string[], string[], string[], bool> Schedules => new()
    {
        // one schedule, other lines read from each lede
        { ["m:CN>US:15#chicken"], ["24", "10", "15"], ["m:CN>US:10#good", "m:CN>US:24#good"], ["24", "10", "15"], true },
        { ["m:VN>*:5#almond"], ["5", "10", "4", "8"], ["m:VN>*:4#apple"], ["4", "8", "5", "10"], true },
        // one rate is no schedule
        { ["m:CN>US:15#chicken"], ["15"], ["m:CN>US:24#good"], ["24", "15"], false },
        // the other's measure at a rate this lede never states
        { ["m:CN>US:15#chicken"], ["24", "10", "15"], ["m:CN>US:34#good"], ["34", "15"], false },
        // one rate on other goods: one imposer's two measures of one template
        { ["m:TR>*:15#flat steel"], ["15", "12.5"], ["m:TR>*:15#ceramic tile"], ["15", "12.5"], false },
        // other parties: a retaliation stating the same rates
        { ["m:CN>US:15#chicken"], ["24", "15"], ["m:US>CN:24#good"], ["24", "15"], false },
    };

    [Theory]
    [MemberData(nameof(Schedules))]
    public void Ledes_of_one_schedule_do_not_disagree(string[] factsA, string[] ratesA, string[] factsB, string[] ratesB, bool schedule)
    {
        var (a, b) = (Ruling(factsA, ratesA), Ruling(factsB, ratesB));
        Assert.Equal(schedule, a.StatesRatesOfMeasures(b) && b.StatesRatesOfMeasures(a));
    }

    [Theory]
    [InlineData("Markets live: Asian shares, dollar, oil – Friday 12 February", true)]
    [InlineData("Business live – pound slips as tariff deadline nears", true)]
    [InlineData("Politics Live | Ministers face questions on steel", true)]
    [InlineData("Live: Stocks, bonds, dollar — Friday's market moves", true)]
    // "live" as a word of the story
    [InlineData("Live cattle exports rise as tariffs bite", false)]
    [InlineData("Tariff portal goes live: what exporters must file", false)]
    [InlineData("Markets live up to expectations despite tariffs", false)]
    public void A_desks_live_blog_is_a_live_headline(string headline, bool live) =>
        Assert.Equal(live, StoryFingerprint.Of(headline, null, null).IsLiveHeadline);

    private const string Wire =
        "WASHINGTON (Reuters) - The United States will cut tariffs on Malaysian goods to 14% from 19% next week, the White House said on Friday. Goods from Thailand will face an 18% tariff and those from Cambodia 17%, under an executive order signed by the president.";

    [Fact]
    public void A_live_entry_stating_the_schedule_joins_its_story() =>
        StoryPair.AssertSame(true,
            "US trims tariffs on Malaysia, Thailand, Cambodia",
            Wire,
            "Markets live: Asian stocks, yen, gold – Friday",
            "10:02 GMT – Malaysian exporters will now pay 14%, down from 19%, after the White House trimmed tariffs across the region; Thailand gets 18% and Cambodia 17%. The ringgit firmed 0.3%. 09:40 GMT – Gold slipped 0.2% as the dollar steadied.");

    [Fact]
    public void A_live_entry_recalling_two_rates_stays_apart() =>
        StoryPair.AssertSame(false,
            "US trims tariffs on Malaysia, Thailand, Cambodia",
            Wire,
            "Markets live: Asian stocks, yen, gold – Friday",
            "10:02 GMT – Malaysian chipmakers fell after a report that a 19% tariff would stay, and Thai carmakers slipped on a 18% levy on parts. The ringgit eased 0.3%. 09:40 GMT – Gold slipped 0.2% as the dollar steadied.");
}
