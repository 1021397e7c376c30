using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 22 (cluster30): a home's headline alone ("Customs duty on incense to rise to 15%", from the imposer's own press)
/// names no party, so it was never read as naming the other item's lede measure, and scored under the bar beside the wire's
/// article. When the headline's home is the measure's imposer, the measure is on every origin, and the headline states its
/// rate and names its goods, it confirms the measure as a shared fact would. Another rate, other goods, another home, a
/// targeted measure or a headline with a text stay as they were. All sentences are written for this test.
/// </summary>
public class HomeHeadlineBriefTests
{
    private const string Title = "Kingdom raises duties on imported incense and oud";

    private const string Text =
        "Saudi Arabia will raise the customs duty on imported incense to 15 percent and on oud chips to 12 percent from next "
        + "month, the Council of Ministers decided. Perfume traders in Jeddah said prices of bakhoor would rise before the season.";

    private static StoryFingerprint Article(string? country = "SA") => StoryFingerprint.Of(Title, Text, null, country);

    private static double Best(StoryFingerprint a, StoryFingerprint b) => Math.Max(StoryMatcher.Score(a, b), StoryMatcher.Score(b, a));

    [Theory]
    [InlineData("Customs duty on incense to rise to 15%")]
    [InlineData("Import duty on incense raised to 15 percent")]
    public void A_home_headline_stating_the_rate_on_the_goods_names_the_measure(string headline)
    {
        var brief = StoryFingerprint.Of(headline, null, null, "SA");
        Assert.True(brief.HeadlineNamesMeasureOf(Article()));
    }

    [Theory]
    // another rate on the same goods: another decision
    [InlineData("Customs duty on incense to rise to 25%", "SA")]
    // other goods at the same rate
    [InlineData("Customs duty on dates to rise to 15%", "SA")]
    // the same words in another country's press
    [InlineData("Customs duty on incense to rise to 15%", "OM")]
    // no rate: a headline alone still says too little
    [InlineData("Customs duty on incense to rise", "SA")]
    // "duty" as an obligation, no rate
    [InlineData("Incense sellers' duty to label origin", "SA")]
    public void Another_rate_goods_or_home_names_no_measure(string headline, string country) =>
        Assert.False(StoryFingerprint.Of(headline, null, null, country).HeadlineNamesMeasureOf(Article()));

    [Fact]
    public void Without_the_outlets_country_a_headline_alone_has_no_home_and_names_no_measure() =>
        Assert.False(StoryFingerprint.Of("Customs duty on incense to rise to 15%", null, null, null).HeadlineNamesMeasureOf(Article(null)));

    [Fact]
    public void A_targeted_measure_is_not_named_by_a_headline_naming_no_target()
    {
        var article = StoryFingerprint.Of("Kingdom imposes anti-dumping duty on Chinese incense",
            "Saudi Arabia imposed an anti-dumping duty of 15 percent on incense from China for five years, the trade remedies office said.", null, "SA");
        Assert.False(StoryFingerprint.Of("Duty on incense set at 15%", null, null, "SA").HeadlineNamesMeasureOf(article));
    }

    [Fact]
    public void A_rate_raised_later_stays_another_story()
    {
        // a follow-up: the home's brief states a new rate on the same goods
        var brief = StoryFingerprint.Of("Customs duty on incense raised again, to 20%", null, null, "SA");
        Assert.True(Best(brief, Article()) < StoryMatcher.DefaultThreshold);
    }
}
