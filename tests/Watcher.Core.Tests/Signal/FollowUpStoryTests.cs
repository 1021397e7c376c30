using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// A follow-up is a story of its own when it reports a new action on the same measure or between the same leaders: an
/// extension of a cut, a suspension of a rise, a visit announced after a call; a copy of one story told in other words stays
/// one story.
/// </summary>
public class FollowUpStoryTests
{
    private static StoryFingerprint F(string title, string text, string? country = null) => StoryFingerprint.Of(title, text, null, country);

    private static double Score(StoryFingerprint a, StoryFingerprint b) => Math.Max(StoryMatcher.Score(a, b), StoryMatcher.Score(b, a));

    private static string Trade(string headline)
    {
        var f = StoryFingerprint.Of(headline, null, null);
        return HeadlineAction.TradeOf(f.TitleWords.ToHashSet(StringComparer.Ordinal), f.TitleWords, 0).ToString();
    }

    [Theory]
    // an extension keeps a measure: what is kept may be named as cut or lowered
    [InlineData("Reduced import duty on lentils and flour extended until September", "Extended")]
    [InlineData("Ministry extends lower tariff on rice imports to end-2030", "Extended")]
    [InlineData("Canberra extends anti-dumping duties on Thai aluminium for five years", "Extended")]
    [InlineData("Hog farmers slam extension of pork tariff cuts", "Extended")]
    // a measure kept says nothing either way: an extension's copy, or a yearly plan that keeps some tariffs and cuts others
    [InlineData("President signs order keeping lower rice tariffs through 2030", "Ambiguous")]
    [InlineData("Beijing keeps 24% tariff on US goods suspended for another year", "Ambiguous")]
    [InlineData("Ventilators stay exempt from Ottawa's counter-tariffs", "Ambiguous")]
    [InlineData("Seoul to keep adjustment tariffs on 15 items next year", "Ambiguous")]
    // beside a rise, the rise is the news; "hair extensions" are goods
    [InlineData("Budget raises duty on chocolate, extends e-bike exemption", "Raised")]
    [InlineData("Customs duty on hair extensions raised to 30%", "Raised")]
    [InlineData("Finance bill: hair extensions and wigs to pay 30% customs duty", "None")]
    // a rise stopped is a relief
    [InlineData("Importers cheer as government suspends duty hike on matches", "Lowered")]
    [InlineData("President delays increase of tariffs on sofas and cabinets", "Lowered")]
    [InlineData("Ministry scraps planned import duty increase on cement", "Lowered")]
    // a rise that is no object of the stopping verb is still a rise; a verb of stopping alone lowers as before
    [InlineData("Ports halted as steel duty hike takes effect", "Raised")]
    [InlineData("Government raises duty on matches to 35%", "Raised")]
    [InlineData("Government suspends 35% duty on matches", "Lowered")]
    public void A_headline_reads_an_extension_and_a_stopped_rise(string headline, string trade) =>
        Assert.Equal(trade, Trade(headline));

    [Fact]
    public void An_extension_is_apart_from_the_cut_it_extends()
    {
        var cut = F("Revenue board slashes duty on lentils, flour ahead of festival",
            "The revenue board has cut the customs duty on lentils and wheat flour to 5 percent from 20 percent until March to keep prices down ahead of the festival season, officials said.", "BD");
        var extension = F("Reduced duty on lentils, flour extended till September",
            "The revenue board has extended the reduced customs duty of 5 percent on lentils and wheat flour until September, officials said, as prices stayed high.", "BD");
        var cutCopy = F("Duty on lentils, flour cut to 5pc", "", "BD");
        Assert.True(Score(cut, extension) < StoryMatcher.DefaultThreshold);
        Assert.True(Score(cutCopy, extension) < StoryMatcher.DefaultThreshold);
        var extensionCopy = F("Revenue board extends lower duty on lentils, flour to September 30",
            "The revenue board extended the 5 percent customs duty on lentils and wheat flour until September 30, a notice said.", "BD");
        Assert.True(Score(extension, extensionCopy) >= StoryMatcher.DefaultThreshold);
    }

    [Fact]
    public void A_budgets_extension_stays_with_the_budget()
    {
        var waiver = F("Budget 2031: Import duty on electric scooters waived until 2033",
            "The Government will extend the exemption of import duty on electric scooters until 2033, the finance minister said in the Budget 2031 speech.", "MY");
        var extension = F("Budget 2031: Electric scooter import duty exemption extended to 2033", "", "MY");
        Assert.True(Score(waiver, extension) >= StoryMatcher.DefaultThreshold);
    }

    [Fact]
    public void A_suspended_rise_is_apart_from_the_rise()
    {
        var rise = F("Fiscal measures: government raises import duty on matches, toothpicks to 35%",
            "The government raised the import duty on matches and toothpicks to 35 per cent from 20 per cent in its fiscal policy measures, the finance ministry said.", "NG");
        var suspension = F("Match importers win reprieve as government suspends duty hike",
            "Importers of matches and toothpicks will keep paying 20 per cent duty after the government suspended the planned rise to 35 per cent, the finance ministry said.", "NG");
        Assert.True(Score(rise, suspension) < StoryMatcher.DefaultThreshold);
    }

    [Fact]
    public void A_visit_announced_after_a_call_is_its_own_story()
    {
        var call = F("Prime Minister spoke with the US President about tariffs",
            "The Prime Minister had a telephone conversation with the President of the United States, asking for an exemption for Danish pork from the 15 per cent tariff.", "DK");
        var callCopy = F("Danish PM presses Trump on pork tariff in phone call",
            "Denmark's prime minister asked U.S. President Donald Trump in a phone call to exempt Danish pork from the 15% tariff Washington imposed.");
        var visit = F("Prime Minister to visit Washington",
            "The Prime Minister will visit Washington for a meeting with the President of the United States at the White House. Trade, including the 15 per cent US tariff on pork, will be discussed.", "DK");
        var visitHeadline = F("Danish PM to meet Trump at White House in May", "");
        Assert.True(HeadlineNamesCall("Prime Minister spoke with the US President about tariffs"));
        Assert.True(Score(call, visit) < StoryMatcher.DefaultThreshold);
        Assert.True(Score(callCopy, visitHeadline) < StoryMatcher.DefaultThreshold);
        Assert.True(Score(callCopy, visit) < StoryMatcher.DefaultThreshold);
    }

    [Theory]
    [InlineData("PM speaks with President of Brazil", true)]
    [InlineData("Prime Minister spoke with the US President about tariffs", true)]
    // speaking to reporters or at a forum is no call
    [InlineData("PM speaks at APEC CEO summit", false)]
    [InlineData("Minister spoke to reporters on tariffs", false)]
    public void Speaking_with_a_leader_is_a_call(string headline, bool call) => Assert.Equal(call, HeadlineNamesCall(headline));

    private static bool HeadlineNamesCall(string headline) => StoryFingerprint.Of(headline, "", null).HeadlineNamesCall;
}
