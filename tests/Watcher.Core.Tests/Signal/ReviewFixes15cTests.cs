using Watcher.Core.Matching;
using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 15 (fix15c): the reviewer's cases against cluster21's guards and relev15's trade-agreement talks, with variants of
/// the tests' own, both the rows that now read differently and the right reads that must keep working:
/// - "backs" is a remedy body's finding only with that body as its subject just before it (HeadlineAction.IsFinding): states,
///   a senate or MEPs that back a duty vote for it;
/// - two trade items stating other decimal figures are two decisions only when their goods differ too
///   (StoryFingerprint.LedesNameOtherGoods): two outlets quote different firms' rates of one ruling;
/// - "FTA" is a trade agreement beside the words of talks or beside a party, not an association's acronym anywhere in the item.
/// </summary>
public class ReviewFixes15cTests
{
    // ---- 1. "backs": a remedy body finds, a legislature or member states vote

    public static TheoryData<string, string, bool> Backing => new()
    {
        // a vote that backs the duty is the decision told twice: no other occasion
        { "EU states back duties on Chinese EVs", "EU imposes duties on Chinese EVs", false },
        { "Senate backs duties on steel imports", "US imposes duties on steel imports", false },
        { "MEPs back safeguard duty on ferroalloys", "EU imposes safeguard duty on ferroalloys", false },
        { "Member states backed anti-dumping duties on Chinese plywood", "EU imposes anti-dumping duties on Chinese plywood", false },
        { "EU countries back anti-dumping duties on Chinese plywood", "EU imposes anti-dumping duties on Chinese plywood", false },
        // a remedy body as the subject still finds: the recommendation and the duty imposed are two occasions
        { "India: DGTR backs anti-dumping duty on Chinese sodium citrate", "Govt imposes anti-dumping duty on sodium citrate imports from China", true },
        { "Trade remedies authority backs safeguard duty on steel wire", "Government imposes safeguard duty on steel wire", true },
        { "Investigating authority backed countervailing duty on glass fibre", "Government imposes countervailing duty on glass fibre", true },
        { "Tribunal backs anti-dumping duties on Chinese tyres", "Government imposes anti-dumping duties on Chinese tyres", true },
        // "suggests" keeps its duty-object path
        { "Panel suggests duties on Chinese ceramic tiles", "Government imposes duties on Chinese ceramic tiles", true },
    };

    [Theory]
    [MemberData(nameof(Backing))]
    public void Backs_is_a_finding_only_with_a_remedy_body_as_its_subject(string a, string b, bool other)
    {
        var (fa, fb) = (StoryFingerprint.Of(a, null, null), StoryFingerprint.Of(b, null, null));
        Assert.Equal(other, fa.HeadlinesNameOtherOccasion(fb));
        Assert.Equal(other, fb.HeadlinesNameOtherOccasion(fa));
    }

    // ---- 2. other decimal figures: two decisions only on other goods

    private const string EvA = "The European Commission on Tuesday confirmed definitive countervailing duties on battery electric vehicles imported from China, "
        + "setting rates of 17.4% for BYD and 18.8% for Geely. The duties on electric vehicles take effect on Wednesday and run for five years.";
    private const string EvB = "Brussels will levy countervailing duties of 7.8% on Tesla's China-built electric vehicles and 20.7% on other cooperating makers, "
        + "the European Commission said on Tuesday. The duties on electric vehicles from China run for five years.";
    private const string SteelA = "The ministry set anti-dumping duties on hot-rolled steel coils from Vietnam at 12.45% for Hoa Phat and 27.83% for Formosa Ha Tinh. "
        + "The duties on steel coils apply for five years.";
    private const string SteelB = "Anti-dumping duties of 9.12% on steel coils from Vietnam's smaller mills and 33.51% on all other exporters were set by the ministry. "
        + "The duties on hot-rolled steel coils apply from Monday.";
    private const string TilesB = "The ministry set anti-dumping duties on ceramic tiles from Vietnam at 9.12% for Prime Group and 33.51% for all other exporters. "
        + "The duties on ceramic tiles apply for five years.";

    public static TheoryData<string, string, string, string, bool> OtherFigures => new()
    {
        // one decision, two outlets quoting different firms' rates: one story
        { "EU confirms duties on Chinese electric vehicles", EvA, "EU locks in tariffs on China-built electric vehicles", EvB, false },
        { "Ministry sets anti-dumping duties on Vietnamese steel coils", SteelA, "Duties on hot-rolled steel from Vietnam confirmed", SteelB, false },
        // two decisions on other goods: two stories
        { "Ministry sets anti-dumping duties on Vietnamese steel coils", SteelA, "Ministry sets anti-dumping duties on Vietnamese ceramic tiles", TilesB, true },
    };

    [Theory]
    [MemberData(nameof(OtherFigures))]
    public void Other_decimal_figures_tell_two_decisions_only_on_other_goods(string ta, string a, string tb, string b, bool other)
    {
        var (fa, fb) = (StoryFingerprint.Of(ta, a, null), StoryFingerprint.Of(tb, b, null));
        Assert.True(fa.StatesOtherFigures(fb));
        Assert.Equal(other, fa.LedesNameOtherGoods(fb));
        Assert.Equal(other, fb.LedesNameOtherGoods(fa));
    }

    // ---- 4. "FTA": beside the talks or a party

    private static bool Summits(string title, string text) =>
        QueryTopicMatcher.Default.Match(title, text).Any(m => m.Topic == DefaultTopics.Summits);

    [Theory]
    // an association's acronym, in talks with a government: no trade agreement
    [InlineData("Freight Transport Association (FTA) in talks with UK government over EU border checks", "", false)]
    [InlineData("Florida Trucking Association (FTA) holds talks with Mexico over border delays", "", false)]
    [InlineData("FTA chief heads to talks with UK and EU officials on lorry queues", "", false)]
    // FTA beside the talks, or beside a party
    [InlineData("Chile, India open third round of FTA talks", "", true)]
    [InlineData("India-EU FTA: negotiators meet for 14th round in Delhi", "", true)]
    [InlineData("UK and Peru resume talks on an FTA with Peru's trade minister", "", true)]
    [InlineData("Thailand, EU hold sixth round of FTA negotiations", "", true)]
    // spelled out
    [InlineData("UK and India in talks on free trade agreement", "", true)]
    public void An_fta_is_a_trade_agreement_beside_its_talks_or_a_party(string title, string text, bool summits) =>
        Assert.Equal(summits, Summits(title, text));
}
