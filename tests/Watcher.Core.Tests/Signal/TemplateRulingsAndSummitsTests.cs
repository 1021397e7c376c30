using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 30 (cluster40): two stories written from one template must not join by the template's words. Two importers' rulings
/// on two goods share "imports of … originating in China" under a "Resolution"; two forums' summits share "hosts the summit of
/// heads of state of". And a foreign headline alone from an outlet of no country, stating a ruling's amount to the cent, joins
/// that ruling. Headlines and texts are the tests' own.
/// </summary>
public class TemplateRulingsAndSummitsTests
{
    private static double Both(StoryFingerprint a, StoryFingerprint b) => Math.Max(StoryMatcher.Score(a, b), StoryMatcher.Score(b, a));

    // 1. "originating" is every notice's word, not a topic
    private const string NoticeTitle = "Seeks to impose anti-dumping duty on imports of 'Sorbitol' originating in or exported from China PR and Vietnam";
    private const string NoticeText = "Notification No. 11/2031-Customs (ADD) | New Delhi, the 3rd March, 2031 G.S.R. 88(E).- Whereas, in the matter of 'Sorbitol' (hereinafter referred to as the subject goods), falling under tariff item 2905 44 00, originating in or exported from China PR and Vietnam, the designated authority recommended a duty of USD 212 per MT and USD 147 per MT.";
    private const string ResolutionTitle = "Resolution imposing definitive anti-dumping duties on imports of umbrellas originating in China";
    private const string ResolutionText = "The Ministry of Trade resolved to impose a definitive anti-dumping duty, for a term of four years, on imports of umbrellas classified under tariff subheading 6601.99.00.00, originating in the People's Republic of China, in the form of a specific duty of US$ 1.93 per gross kilogram.";

    [Theory]
    [InlineData(NoticeTitle, NoticeText)]
    [InlineData("RESOLUTION concluding the anti-dumping investigation on imports of garden hoses originating in the People's Republic of China",
        "The Ministry of Economy resolves: FIRST. The investigation is concluded and definitive compensatory quotas are imposed on imports of garden hoses of plastic that enter through tariff item 3917.32.99, as follows: US$0.71 per kilogram.")]
    public void Two_importers_rulings_on_two_goods_share_no_topic_in_the_notices_words(string title, string text)
    {
        var (notice, resolution) = (StoryFingerprint.Of(title, text, null, "IN"), StoryFingerprint.Of(ResolutionTitle, ResolutionText, null, "CO"));
        Assert.True(notice.TitleSimilarity(resolution) >= StoryMatcher.TitleBar); // the headline rule would join them on a shared topic word
        Assert.False(notice.HeadlinesShareATopicWord(resolution));
        Assert.True(Both(notice, resolution) < StoryMatcher.DefaultThreshold, $"{Both(notice, resolution):F2}");
    }

    [Fact]
    public void One_rulings_copies_still_share_their_goods()
    {
        var notice = StoryFingerprint.Of("Imposition of anti-dumping duty on umbrellas originating in China", "", null, "CO");
        var resolution = StoryFingerprint.Of(ResolutionTitle, ResolutionText, null, "CO");
        Assert.True(notice.HeadlinesShareATopicWord(resolution));
    }

    // 2. two forums' summits in one template
    private const string SummitA = "Bamako hosts the summit of heads of state of the Liptako Authority";
    private const string SummitAText = "The heads of state of the Liptako Authority met in Bamako for their third ordinary summit. They adopted a plan for the region's dams and roads, and handed the rotating presidency to Guinea.";
    private const string SummitB = "Conakry hosts the summit of heads of state of the Mano River Union";
    private const string SummitBText = "Presidents of the Mano River Union member countries gathered in Conakry, with border security, regional roads and youth employment on the agenda. The meeting renewed the mandate of the secretary general and adopted the Union's budget for 2032.";

    [Fact]
    public void Two_forums_summits_in_one_template_stay_apart()
    {
        var (a, b) = (StoryFingerprint.Of(SummitA, SummitAText, null, null), StoryFingerprint.Of(SummitB, SummitBText, null, null));
        Assert.True(a.TitleSimilarity(b) >= StoryMatcher.TitleBar, $"{a.TitleSimilarity(b):F2}"); // the headline rule would join them
        Assert.True(a.HeadlinesShareOnlyMeetingWords(b));
        Assert.True(Both(a, b) < StoryMatcher.DefaultThreshold, $"{Both(a, b):F2}");
    }

    [Theory]
    // one summit's copies: a city, a body or a word of the agenda shared
    [InlineData("Liptako Authority leaders meet in Bamako")]
    [InlineData("Summit of heads of state of the Liptako Authority opens")]
    [InlineData("Third summit of heads of state: Bamako welcomes the leaders")]
    public void One_summits_copies_share_more_than_the_template(string title)
    {
        var (a, b) = (StoryFingerprint.Of(SummitA, SummitAText, null, null), StoryFingerprint.Of(title, "", null, null));
        Assert.False(a.HeadlinesShareOnlyMeetingWords(b));
    }

    // 3. a foreign headline alone with no home, at a ruling's amount to the cent
    private const string Ruling = "Trade ministry sets anti-dumping duties on Chinese garden chairs";
    private const string RulingText = "The Ministry of Trade imposed definitive anti-dumping duties of between US$ 0.86 and US$ 3.17 per piece on garden chairs from China for five years, after finding that dumped imports hurt local makers.";

    [Fact]
    public void A_foreign_headline_alone_with_no_home_joins_the_ruling_at_its_amount()
    {
        var (ruling, copy) = (StoryFingerprint.Of(Ruling, RulingText, null, "PE"), StoryFingerprint.Of("Sillas de jardín chinas pagarán cuotas de hasta 3.17 dólares por pieza", "", null, null));
        Assert.True(StoryMatcher.Score(copy, ruling) >= StoryMatcher.DefaultThreshold, $"{StoryMatcher.Score(copy, ruling):F2}");
        Assert.True(StoryMatcher.Score(ruling, copy) >= StoryMatcher.DefaultThreshold);
    }

    [Theory]
    // another amount, a percent only, a country the ruling never names, no duty word
    [InlineData("Sillas de jardín chinas pagarán cuotas de hasta 3.71 dólares por pieza")]
    [InlineData("Sillas de jardín chinas pagarán aranceles de hasta 37%")]
    [InlineData("Vietnam fija cuotas de hasta 3.17 dólares por pieza a sillas de jardín")]
    [InlineData("Sillas de jardín chinas: ventas caen a 3.17 dólares por pieza")]
    public void Otherwise_the_headline_without_a_home_stays_apart(string foreign)
    {
        var (ruling, copy) = (StoryFingerprint.Of(Ruling, RulingText, null, "PE"), StoryFingerprint.Of(foreign, "", null, null));
        Assert.True(Both(ruling, copy) < StoryMatcher.DefaultThreshold, $"{Both(ruling, copy):F2}");
    }
}
