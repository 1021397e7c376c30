using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>What a headline says was done, read from its folded words as an index row keeps them: a headline saying both
/// ways, or neither, says nothing, so it never keeps two copies apart.</summary>
public class HeadlineActionTests
{
    private static HashSet<string> Words(string headline) => StoryFingerprint.Of(headline, null, null).TitleWords.ToHashSet(StringComparer.Ordinal);

    [Theory]
    [InlineData("Indonesia raises import duty on wheat flour", "Raised")]
    [InlineData("Brazil hiked e-bike import tariff to 35%", "Raised")]
    [InlineData("US slaps 39% tariff on Swiss goods", "Raised")]
    [InlineData("Vietnam slashes tariff on imported ethanol", "Lowered")]
    [InlineData("Canada drops retaliatory tariffs on US consumer goods", "Lowered")]
    [InlineData("EU opens anti-dumping probe into Chinese plywood", "ProbeOpened")]
    [InlineData("Commerce initiates antidumping investigation of aluminum extrusions", "ProbeOpened")]
    // both ways, or a probe opened at a stage: nothing
    [InlineData("Trump raises tariffs on steel, cuts them on beef", "Ambiguous")]
    [InlineData("EU opens probe, sets provisional duties on Chinese EVs", "Ambiguous")]
    // "lift" raises a levy as often as it removes one; "exempts" mostly comes with an imposition
    [InlineData("Bern lifts border levy on sugar", "None")]
    [InlineData("Trump puts 100% tariff on drugs, exempts companies building US plants", "None")]
    public void A_trade_headline_says_which_way_a_tariff_moved(string headline, string trade)
    {
        var words = Words(headline);
        var stage = words.Contains("provisional") ? 1 : 0;
        Assert.Equal(trade, HeadlineAction.TradeOf(words, StoryFingerprint.Of(headline, null, null).TitleWords, stage).ToString());
    }

    [Theory]
    [InlineData("Kremlin says Putin will visit India in December", "Announced")]
    [InlineData("Carney to visit China next month", "Announced")]
    [InlineData("Japanese foreign minister in Jakarta to prepare Takaichi's state visit", "Announced")]
    [InlineData("Putin arrives in New Delhi for talks with Modi", "Happening")]
    [InlineData("Xi holds talks with Lee in Beijing", "Happening")]
    // a month with a day is the meeting's date; a preview of tomorrow's talks places nothing
    [InlineData("EU-Canada summit, Brussels, 9 December 2026", "None")]
    [InlineData("Putin to visit India on Thursday", "None")]
    [InlineData("Putin arrives in Delhi for December summit", "Ambiguous")]
    // a number that is no day of the month dates nothing
    [InlineData("Putin to visit India in December amid 50% US tariffs", "Announced")]
    [InlineData("Putin to visit India in December amid 25% US tariffs", "Announced")]
    public void A_meeting_headline_places_its_meeting_ahead_or_now(string headline, string visit)
    {
        var ordered = StoryFingerprint.Of(headline, null, null).TitleWords;
        Assert.Equal(visit, HeadlineAction.VisitOf(Words(headline), ordered).ToString());
    }
}
