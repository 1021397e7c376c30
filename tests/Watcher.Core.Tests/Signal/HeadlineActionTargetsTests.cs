using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>Session 13 (cluster19): what a headline says was done, widened to three ways English states it without a verb of
/// raising — an action that "targets" goods (an investigation's or a tariff's), tariffs named as an answer ("counter-tariffs",
/// "hits back"), and "sets" before a tariff — and the look-alike pairs these keep apart (a suspension and the retaliation it
/// suspends; a new probe and the earlier duty its lede recalls). Sentences written for these rules, not taken from a set.</summary>
public class HeadlineActionTargetsTests
{
    private static string Trade(string headline)
    {
        var f = StoryFingerprint.Of(headline, null, null);
        var words = f.TitleWords.ToHashSet(StringComparer.Ordinal);
        var stage = words.Contains("provisional") ? 1 : 0;
        return HeadlineAction.TradeOf(words, f.TitleWords, stage).ToString();
    }

    [Theory]
    // "targets" with an investigation word: the probe is opened
    [InlineData("Canada targets Vietnamese steel wire in anti-dumping investigation", "ProbeOpened")]
    [InlineData("After solar glass, India targets Chinese PVC resin in new dumping probe", "ProbeOpened")]
    [InlineData("Brussels targeting Turkish rebar with fresh anti-subsidy inquiry", "ProbeOpened")]
    // "targets" with a tariff: the tariff is imposed (decided or proposed, the headline does not say)
    [InlineData("Beijing's new tariffs target American poultry and wheat", "Aimed")]
    [InlineData("EU targets US motorcycles, bourbon with duties", "Aimed")]
    [InlineData("Mexico's tariff list targets Chinese textiles", "Aimed")]
    // tariffs named as an answer are imposed, unless the headline cuts or lifts them; a verb of raising says more
    [InlineData("US hits back with 25% tariff hike on EU whiskey", "Raised")]
    [InlineData("Ottawa unveils counter-tariffs on US steel products", "Aimed")]
    [InlineData("India hits back with duties on American almonds", "Aimed")]
    [InlineData("Brazil announces retaliatory tariffs on US ethanol", "Aimed")]
    [InlineData("Canada drops retaliatory tariffs on US consumer goods", "Lowered")]
    [InlineData("China suspends counter-tariffs on US farm goods for a year", "Lowered")]
    [InlineData("EU pauses countermeasures against US for 90 days", "Lowered")]
    // "sets" before a tariff states its level: beside a verb of raising or cutting, no direction; alone it was none already
    [InlineData("Japan and US seal deal setting 15% tariff on Japanese cars", "None")]
    [InlineData("Deal sets 15% tariff on Korean cars, down from 25%, as Seoul cuts farm duties", "Ambiguous")]
    [InlineData("China sets 25% tariff on Mexican beer, drops shrimp from retaliation list", "Ambiguous")]
    [InlineData("EU sets provisional duties, opens second probe", "Ambiguous")]
    [InlineData("Tariff on Kenyan tea set at 10% as Nairobi cuts levy on US wheat", "Lowered")]
    [InlineData("US, Vietnam set date for talks as Hanoi cuts duties on US pork", "Lowered")]
    // "targets" in a sense other than an action on goods is still none when no tariff or probe is named
    [InlineData("Exporters target African markets as sales to Europe slow", "None")]
    public void A_headline_says_what_was_done_without_a_verb_of_raising(string headline, string trade) =>
        Assert.Equal(trade, Trade(headline));

    [Theory]
    // a suspension of a retaliation and the retaliation itself: two decisions months apart
    [InlineData("China to suspend extra tariffs on US soybeans and pork for a year", "China's counter-tariffs target US pork and soybeans")]
    [InlineData("Beijing pauses retaliatory duties on American sorghum", "Beijing announces counter-tariffs on American sorghum, beef")]
    // a probe opened into other goods, after a duty its lede recalls
    [InlineData("EU imposes provisional anti-dumping duties on Chinese vitamin B2", "After B2, EU targets Chinese vitamin B12 in new dumping probe")]
    public void Look_alikes_whose_headlines_say_opposite_things_were_done_are_other_occasions(string a, string b)
    {
        var (fa, fb) = (StoryFingerprint.Of(a, null, null), StoryFingerprint.Of(b, null, null));
        Assert.True(fa.HeadlinesNameOtherOccasion(fb));
        Assert.True(fb.HeadlinesNameOtherOccasion(fa));
    }

    [Theory]
    // copies of one retaliation, one told by its answer and one by its tariffs
    [InlineData("China to impose additional tariffs on some U.S. imports", "China announces counter-tariffs on US pork, beef, soybeans")]
    [InlineData("China hits back with tariffs of up to 15% on US farm goods", "China tariffs target U.S. pork, soybeans again")]
    // one probe, opened and targeting
    [InlineData("Commission opens anti-dumping investigation into imports of cobalamin from China", "EU targets Chinese vitamin B12 in new dumping probe")]
    // a level stated is no direction
    [InlineData("US to cut tariff on Sri Lankan goods to 18 percent", "US, Sri Lanka seal trade deal; tariff on Sri Lankan goods set at 15%")]
    [InlineData("Japan and US seal deal setting 15% tariff on Japanese cars", "U.S. cuts tariff on Japanese autos to 15% under trade pact")]
    [InlineData("China announces countermeasures on some Mexican imports", "China sets 25% tariff on Mexican beer, drops shrimp from retaliation list")]
    // an answer proposed and the same answer notified: neither is a decision
    [InlineData("Turkey notifies World Trade Organization of retaliatory tariffs on EU cars", "Turkey proposes retaliatory tariffs on EU cars")]
    [InlineData("EU proposes tariffs targeting US bourbon", "EU targets US bourbon with tariffs")]
    public void Copies_of_one_action_are_not_kept_apart(string a, string b)
    {
        var (fa, fb) = (StoryFingerprint.Of(a, null, null), StoryFingerprint.Of(b, null, null));
        Assert.False(fa.HeadlinesNameOtherOccasion(fb));
        Assert.False(fb.HeadlinesNameOtherOccasion(fa));
    }
}
