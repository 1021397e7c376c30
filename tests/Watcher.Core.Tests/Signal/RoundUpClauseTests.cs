using Watcher.Core.Facts;
using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 31 (extract59): a round-up of several countries' own duties, one clause each — "Tonga raised its duty on …; Palau cut the
/// duty on … to 5%; and Kiribati removed its 15% duty on …", "…, and Morocco last month imposed duties of up to 25% on …", "…, while
/// Colombia will scrap its 10% tariff on … and its 5% tariff on …" — gives each later clause's rate to the country that opens the
/// clause, and no clause's country is another clause's target (TariffExtractor.RoundUp.cs; docs/quality.md, "Session 31
/// (extract59)"). Sentences are the tests' own.
/// </summary>
public class RoundUpClauseTests
{
    private static string Read(string text, string? country = null) =>
        string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of).Order(StringComparer.Ordinal));

    [Fact]
    public void Three_countries_duties_one_clause_each_are_each_countrys_own()
    {
        const string text = "Island budgets lean on import duties.\n"
            + "Tonga raised its duty on instant noodles to 20%; Palau cut the duty on bicycles to 5%; and Kiribati removed its 15% duty on solar lamps.";
        var read = Read(text);
        Assert.Contains("TO>* 20% instant noodles", read);
        Assert.Contains("PW>* 5% bicycles", read);
        Assert.Contains("KI>* 15% solar lamps", read);
        Assert.DoesNotContain(">PW", read);
        Assert.DoesNotContain(">KI", read);
    }

    [Fact]
    public void A_later_clause_may_open_on_a_time_before_its_verb()
    {
        const string text = "North African duties climb.\n"
            + "Egypt now charges 30% on imported air fryers, and Morocco last month imposed duties of up to 25% on imported blenders.";
        var read = Read(text);
        Assert.Contains("MA>* 25% blenders", read);
        Assert.DoesNotContain("EG>MA", read);
        Assert.DoesNotContain("EG>* 25%", read);
    }

    [Fact]
    public void Each_side_of_a_deal_scraps_its_own_duties()
    {
        const string text = "Norway and Colombia sign trade deal.\n"
            + "Under the agreement, Norway will eliminate its 12% tariff on Colombian cut flowers, while Colombia will scrap its 10% tariff on "
            + "Norwegian salmon and its 5% tariff on fish oil.";
        var read = Read(text);
        Assert.Contains("NO>CO 12%", read);
        Assert.Contains("CO>NO 10% salmon", read);
        Assert.Contains("CO>NO 5% fish oil", read);
        Assert.DoesNotContain("NO>CO 10%", read);
        Assert.DoesNotContain("NO>CO 5%", read);
    }

    [Theory]
    // a country that raises concerns about a duty lays none
    [InlineData("Mexico hikes footwear tariff.\nMexico raised its tariff on leather shoes to 35%, and Vietnam raised concerns about the 35% tariff at the WTO.",
        "MX>", "VN>")]
    // a safeguard on all origins that names its largest exporter in a later clause stays on every origin
    [InlineData("Ecuador sets safeguard on tiles.\nEcuador imposed a safeguard duty of 15% on ceramic tiles from all origins, and Spain, the largest supplier, cut its shipments by 20%.",
        "EC>* 15% ceramic tiles", "ES>")]
    // the origin's press reporting a remedy, with its own country's reaction in a later clause: the reaction lays no duty
    [InlineData("Thai frame makers hit by Vietnamese duties.\nVietnam imposed anti-dumping duties of up to 30% on aluminium frames from Thailand, and Thailand will raise the 30% duty at the WTO.",
        "VN>TH 30% aluminium frames", "TH>")]
    // a bloc that imposes for its members, with a member welcoming the duty in a later clause
    [InlineData("EU sets duties on Chinese e-bikes.\nThe EU imposed duties of up to 35% on e-bikes from China, and Germany's government welcomed the 35% duty.",
        "EU>CN 35% e-bikes", "DE>")]
    public void A_later_clause_that_lays_no_duty_takes_no_rate(string text, string expected, string absent)
    {
        var read = Read(text);
        Assert.Contains(expected, read);
        Assert.DoesNotContain(absent, read);
    }

    private const string IslandRoundUpTitle = "Island budgets lean on import duties";
    private const string IslandRoundUp = "Tonga raised its duty on instant noodles to 20%; Palau cut the duty on bicycles to 5%; and Kiribati removed its 15% duty on solar lamps.";

    [Theory]
    // three countries' own duties, one clause each: a round-up
    [InlineData(IslandRoundUpTitle, IslandRoundUp, true)]
    // one country's duties on three origins: one decision, however many parties it names
    [InlineData("Chile sets duties on steel wire",
        "Chile imposed duties of 12% on steel wire from China, 9% on steel wire from Vietnam and 7% on steel wire from Thailand.", false)]
    // a deal's two sides, each scrapping its own duties: two imposers, one story
    [InlineData("Norway and Colombia sign trade deal",
        "Under the agreement, Norway will eliminate its 12% tariff on Colombian cut flowers, while Colombia will scrap its 10% tariff on Norwegian salmon.", false)]
    public void A_lede_of_three_imposers_own_duties_is_a_round_up(string title, string text, bool roundUp) =>
        Assert.Equal(roundUp, StoryFingerprint.Of(title, text, null).IsRoundUp);

    [Fact]
    public void A_round_up_joins_none_of_its_countries_stories_but_a_near_verbatim_copy_of_itself()
    {
        // Tonga's own story shares the round-up's first measure (TO>* 20% instant noodles), and is another story
        StoryPair.AssertSame(false, IslandRoundUpTitle, IslandRoundUp,
            "Tonga raises duty on instant noodles to 20%",
            "NUKU'ALOFA - Tonga raised its import duty on instant noodles to 20% on Monday to curb imports, the finance ministry said.");
        StoryPair.AssertSame(true, IslandRoundUpTitle, IslandRoundUp,
            "Island budgets lean on import duties (update)", IslandRoundUp + " Officials said revenue was the aim.");
    }
}
