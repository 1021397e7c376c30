using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>Session 13 (fix13c): the reviewer's findings on cluster19's rules. A date or a count beside a meeting is no edition
/// (<see cref="StoryFingerprint.LedeEdition"/>), and a verb of cutting whose subject is a market (prices, stocks, exports) is no
/// cut, so an answer's tariffs (<see cref="HeadlineAction.Trade.Aimed"/>) stay with the headline telling what they did to the
/// market. The reviewer's sentences, and variants written for these rules, including the splits that must keep working.</summary>
public class ReviewFixes13cTests
{
    private static string? Edition(string text) => StoryFingerprint.Of("Leaders meet at summit", text, null).LedeEdition;

    [Theory]
    // dates: an ordinal beside a month or a weekday, or after "on (the)"
    [InlineData("Leaders arrived on the 31st for the APEC summit in Gyeongju.")]
    [InlineData("Trump will meet Xi on October 30th at the APEC summit in Busan.")]
    [InlineData("Leaders met on July 24th for the EU-China summit in Beijing.")]
    [InlineData("Modi and Xi met on 11th October at the informal summit in Mamallapuram.")]
    [InlineData("Ministers will gather on the 5th of June for the G7 summit.")]
    [InlineData("The leaders meet Tuesday the 14th at the NATO summit in The Hague.")]
    [InlineData("On Oct. 26th leaders opened the ASEAN summit in Kuala Lumpur.")]
    // counts and days: a unit of time or counting, a preposition or a verb between the ordinal and the meeting
    [InlineData("It was the 40th meeting of the two leaders, who met at the SCO summit in Tianjin.")]
    [InlineData("On the 2nd day of the G20 summit, leaders adopted a declaration.")]
    [InlineData("On the 3rd day of the AU summit in Addis Ababa, leaders elected a new chair.")]
    [InlineData("On the 26th leaders opened the ASEAN summit in Kuala Lumpur.")]
    [InlineData("Negotiators began the 3rd round of talks at the summit venue.")]
    [InlineData("Xi held his 12th meeting with Putin in Kazan.")]
    [InlineData("It is the 50th anniversary summit of the bloc.")]
    [InlineData("The two sides held their 26th summit between the EU and China.")]
    public void A_date_or_a_count_is_no_edition(string text) => Assert.Null(Edition(text));

    [Theory]
    [InlineData("The 32nd APEC Economic Leaders' Meeting opened in Gyeongju on Friday.", "32nd")]
    [InlineData("Trump will attend the 32nd APEC leaders' meeting in Gyeongju.", "32nd")]
    [InlineData("The 25th EU-China summit opened in Beijing on Thursday.", "25th")]
    [InlineData("The 2nd India-China informal summit opened in Mamallapuram.", "2nd")]
    [InlineData("The 25th SCO summit opened in Tianjin on Sunday.", "25th")]
    [InlineData("The 20th G20 summit ended in Johannesburg on Sunday.", "20th")]
    [InlineData("The 38th Ordinary Session of the AU Assembly opened in Addis Ababa.", "38th")]
    [InlineData("The 47th ASEAN Summit opened in Kuala Lumpur on October 26.", "47th")]
    [InlineData("On Sunday the 47th ASEAN Summit opened in Kuala Lumpur.", "47th")]
    [InlineData("Leaders arrived in Kuala Lumpur ahead of the 47th ASEAN Summit.", "47th")]
    [InlineData("Heads of State ended their 70th ordinary session in Abuja.", "70th")]
    [InlineData("Leaders gathered in Doha for the Third ASEAN-GCC Summit on Monday.", "3rd")]
    [InlineData("The 70th session of the UN General Assembly opened in New York.", "70th")]
    public void An_edition_is_still_read(string text, string edition) => Assert.Equal(edition, Edition(text));

    [Theory]
    // the reviewer's pairs: one story each, which main before cluster19 kept together
    [InlineData("Leaders arrive for APEC summit in Gyeongju", "Leaders arrived on the 31st for the APEC summit in Gyeongju.",
        "APEC leaders meet in Gyeongju", "The 32nd APEC Economic Leaders' Meeting opened in Gyeongju on Friday.")]
    [InlineData("Trump to meet Xi at APEC summit", "Trump will meet Xi on October 30th at the APEC summit in Busan.",
        "Trump, Xi meet at APEC summit", "Trump and Xi met on the sidelines of the 32nd APEC leaders' meeting.")]
    [InlineData("EU-China summit held in Beijing", "Leaders met on July 24th for the EU-China summit in Beijing.",
        "EU, China leaders meet in Beijing for summit", "The 25th EU-China summit opened in Beijing on Thursday.")]
    [InlineData("Modi, Xi meet at informal summit", "Modi and Xi met on 11th October at the informal summit in Mamallapuram.",
        "Modi hosts Xi for informal summit", "The 2nd India-China informal summit opened in Mamallapuram.")]
    [InlineData("Xi, Putin meet at SCO summit", "It was the 40th meeting of the two leaders, who met at the SCO summit in Tianjin.",
        "SCO summit opens in Tianjin", "The 25th SCO summit opened in Tianjin on Sunday.")]
    [InlineData("G20 summit ends in Johannesburg", "On the 2nd day of the G20 summit, leaders adopted a declaration.",
        "G20 leaders wrap up summit in Johannesburg", "The 20th G20 summit ended in Johannesburg on Sunday.")]
    [InlineData("AU summit elects new chair", "On the 3rd day of the AU summit in Addis Ababa, leaders elected a new chair.",
        "African leaders meet in Addis Ababa for AU summit", "The 38th Ordinary Session of the AU Assembly opened in Addis Ababa.")]
    [InlineData("ASEAN summit opens in Kuala Lumpur", "On the 26th leaders opened the ASEAN summit in Kuala Lumpur.",
        "ASEAN leaders gather in Kuala Lumpur", "The 47th ASEAN Summit opened in Kuala Lumpur on Sunday.")]
    // the reviewer's trade pairs: an answer's tariffs, and what they did to a market
    [InlineData("China hits back with 34% tariffs on all US goods", "", "Stocks drop as China hits back with tariffs", "")]
    [InlineData("China's retaliatory tariffs take effect", "", "Soybean prices ease as China's retaliatory tariffs take effect", "")]
    [InlineData("India retaliates with tariffs on US almonds", "", "Almond prices drop after India retaliates with tariffs on US almonds", "")]
    [InlineData("China tariffs target US pork", "", "China tariffs target US pork; pork exports drop", "")]
    [InlineData("Canada unveils counter-tariffs on US steel", "", "Steel shares slump, tensions ease as Canada unveils counter-tariffs", "")]
    public void One_story_is_not_kept_apart(string titleA, string textA, string titleB, string textB)
    {
        var (a, b) = (StoryFingerprint.Of(titleA, textA, null), StoryFingerprint.Of(titleB, textB, null));
        Assert.False(a.HeadlinesNameOtherOccasion(b));
        Assert.False(b.HeadlinesNameOtherOccasion(a));
    }

    [Theory]
    // splits that must keep working: two editions, a retaliation and its withdrawal, a cut beside a market's fall
    [InlineData("EU-China summit in Brussels ends without breakthrough", "The 26th EU-China summit ended in Brussels on Tuesday.",
        "27th China-EU summit held in Beijing", "")]
    [InlineData("EU-China summit in Brussels ends", "On Tuesday the 26th EU-China summit ended in Brussels.",
        "EU, China leaders meet in Beijing", "Leaders arrived in Beijing ahead of the 27th EU-China summit.")]
    [InlineData("Canada's counter-tariffs target US steel", "", "Canada to drop counter-tariffs", "")]
    [InlineData("China hits back with tariffs on US soybeans", "", "Stocks rally as China cuts tariffs on US soybeans", "")]
    public void Other_occasions_stay_apart(string titleA, string textA, string titleB, string textB)
    {
        var (a, b) = (StoryFingerprint.Of(titleA, textA, null), StoryFingerprint.Of(titleB, textB, null));
        Assert.True(a.HeadlinesNameOtherOccasion(b));
        Assert.True(b.HeadlinesNameOtherOccasion(a));
    }

    private static string Trade(string headline)
    {
        var f = StoryFingerprint.Of(headline, null, null);
        return HeadlineAction.TradeOf(f.TitleWords.ToHashSet(StringComparer.Ordinal), f.TitleWords, 0).ToString();
    }

    [Theory]
    // a market's verb of falling is no cut
    [InlineData("Stocks drop as China hits back with tariffs", "Aimed")]
    [InlineData("Almond prices drop after India retaliates with tariffs on US almonds", "Aimed")]
    [InlineData("US pork exports drop as China tariffs target pork", "Aimed")]
    [InlineData("Stocks drop as China raises tariffs on US goods", "Raised")]
    [InlineData("Trade tensions ease after talks", "None")]
    // a tariff cut beside a market's move is still a cut
    [InlineData("Stocks rally as US cuts tariffs on Chinese goods", "Lowered")]
    [InlineData("India cuts import duty on edible oils", "Lowered")]
    [InlineData("Canada to drop counter-tariffs", "Lowered")]
    [InlineData("Tariff relief for Swiss exporters", "Lowered")]
    [InlineData("China suspends counter-tariffs on US farm goods", "Lowered")]
    public void A_markets_fall_is_no_cut(string headline, string trade) => Assert.Equal(trade, Trade(headline));
}
