using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// A follow-up that puts back, undoes or threatens a duty is not a copy of the headline that imposed, cut or decided it
/// (<see cref="HeadlineAction"/>): a duty restored or returning stands against the cut or the suspension it ends; a duty returned,
/// reverted or rolled back stands against the duty raised; a duty "lifted to" a level is raised; a tariff threatened or weighed is
/// a proposal, which the tariff imposed is not a copy of; a measure that takes effect or a bill passed is a decision. Only when
/// both headlines state an action: a copy telling the same action in other words still joins, and the words in other senses
/// ("restores power", "lifts sales", "a return to growth", "reverses losses", "unions threaten strike") read nothing.
/// </summary>
public class FollowUpActionTests
{
    private static StoryFingerprint Of(string headline) => StoryFingerprint.Of(headline, null, null);

    private static string Trade(string headline)
    {
        var ordered = Of(headline).TitleWords;
        return HeadlineAction.TradeOf(ordered.ToHashSet(StringComparer.Ordinal), ordered, 0).ToString();
    }

    [Theory]
    // put back in force
    [InlineData("PBBM signs EO restoring 35% tariff on imported rice", "Reinstated")]
    [InlineData("20% duty returns on imported wheat, maize April 1", "Reinstated")]
    [InlineData("Import duties on maize, sorghum return as waiver expires", "Reinstated")]
    [InlineData("Government reinstates export duty on onions", "Reinstated")]
    // undone, which way unsaid
    [InlineData("Brazil returns import tax on routers to 16%", "Reverted")]
    [InlineData("Chile reverts tariff on Chinese steel bars", "Reverted")]
    [InlineData("Government rolls back duty on imported cement", "Reverted")]
    // a rise reversed is a cut, also beside a measure kept
    [InlineData("Gecex reverses increase and returns import tax on routers to 16%", "Lowered")]
    [InlineData("Government reverses duty hike, keeps tariff on grinders", "Lowered")]
    [InlineData("Government reverses steel duty hike after outcry", "Lowered")]
    // a verb that stops other things than decisions does not reach past goods words
    [InlineData("Ports halted as steel duty hike takes effect", "Raised")]
    // lifted to a level is raised; lifted with no level after the duty says neither
    [InlineData("Ecuador lifts border tariff on Colombian goods to 50%", "Raised")]
    [InlineData("Oman lifts furniture import duty 15 points to 20%", "Raised")]
    [InlineData("Türkiye lifts additional customs duty on pianos", "Lowered")]
    [InlineData("EU lifts retaliatory tariffs on US lobster", "Lowered")]
    [InlineData("Bern lifts border levy on sugar", "None")]
    [InlineData("Full tariff on cauliflower back from Monday", "Reinstated")]
    [InlineData("Brazil backtracks on tariff hike for routers after outcry", "Lowered")]
    [InlineData("China hits back with tariffs on US pork", "Aimed")]
    [InlineData("Gov't lifts 40% duty on onions for three months", "None")]
    // the words in other senses
    [InlineData("Carney and Modi agree to restore envoys", "None")]
    [InlineData("Utility restores power after storm", "None")]
    [InlineData("Climbers return to base camp after summit push", "None")]
    [InlineData("Duty free spend bounces back as Chinese visitors return", "None")]
    [InlineData("Anwar, Erdogan agree to lift bilateral trade to US$10 billion", "None")]
    [InlineData("Strong exports lift sales at carmakers despite tariffs", "None")]
    [InlineData("Economy makes a return to growth despite tariffs", "None")]
    [InlineData("Stocks reverse losses as markets shrug off tariffs", "None")]
    // "lower" after a trading session's verb is how an index moved (session 27); a cut beside it still cuts
    [InlineData("TSX closes lower as lumber stocks slide on US tariffs", "None")]
    [InlineData("Bourse opens lower on tariff fears", "None")]
    [InlineData("Nikkei ends lower as Japan cuts rice tariff", "Lowered")]
    [InlineData("Mexico lowers tariff on yellow corn", "Lowered")]
    // the participle "withdrawn", as "withdraws" and "withdrew" (session 27)
    [InlineData("Regulatory duty on imported dog leashes withdrawn", "Lowered")]
    public void A_follow_up_headline_says_what_it_did_to_the_duty(string headline, string trade) =>
        Assert.Equal(trade, Trade(headline));

    [Theory]
    [InlineData("Trump threatens 25% tariff on Danish goods in Greenland dispute", true)]
    [InlineData("Trump threatens Denmark with 25 percent tariffs over Greenland", true)]
    [InlineData("India weighs retaliatory duties on US goods at WTO", true)]
    [InlineData("Trump's new car tariff threat rattles Wolfsburg and Munich", true)]
    // the decision that names the threat behind it, and threats of other things
    [InlineData("Trump imposes 10% tariff on Danish goods, less than threatened", false)]
    [InlineData("Tyre tariff cut to 16%: unions threaten strike at three plants", false)]
    [InlineData("Jury duty exemption for unpaid carers to be considered", false)]
    public void A_tariff_threatened_or_weighed_is_a_proposal(string headline, bool proposal)
    {
        var ordered = Of(headline).TitleWords;
        Assert.Equal(proposal, HeadlineAction.LawOf(ordered.ToHashSet(StringComparer.Ordinal), ordered).HasFlag(HeadlineAction.Law.Proposal));
    }

    [Theory]
    // the passive announces ahead as the active does (session 27)
    [InlineData("Import duty on sugar to be raised to 25 percent", true)]
    [InlineData("Customs tax on frozen fish will be cut", true)]
    [InlineData("Sugar duty raised to 25 percent", false)]
    [InlineData("Jury duty exemption for carers to be considered", false)]
    [InlineData("Tariff to be paid by importers, not exporters", false)]
    public void A_duty_to_be_changed_is_announced_ahead(string headline, bool ahead) =>
        Assert.Equal(ahead, HeadlineAction.AnnouncesAhead(headline));

    [Theory]
    // a budget's duty change announced ahead is a proposal: the finance bill passed is its own story, the budget's other copies join
    [InlineData("Budget 2030/31: Import duty on onions to be doubled to 30pc", "Finance Bill passed: onion duty set at 25 percent, not 30", true)]
    [InlineData("Budget 2030/31: Import duty on onions to be doubled to 30pc", "Budget proposes higher import duty on onions and garlic", false)]
    // no budget named: a duty to be raised is news ahead, not a proposal
    [InlineData("Import duty on onions to be doubled to 30pc", "Finance Bill passed: onion duty set at 25 percent, not 30", false)]
    public void A_budget_line_announced_ahead_is_a_proposal(string a, string b, bool apart)
    {
        Assert.Equal(apart, Of(a).HeadlinesNameOtherOccasion(Of(b)));
        Assert.Equal(apart, Of(b).HeadlinesNameOtherOccasion(Of(a)));
    }

    [Theory]
    [InlineData("Senate passes bill raising tariff on apples")]
    [InlineData("Tariffs on Chinese apples take effect")]
    public void A_bill_passed_or_a_measure_taking_effect_is_a_decision(string headline)
    {
        var ordered = Of(headline).TitleWords;
        Assert.True(HeadlineAction.LawOf(ordered.ToHashSet(StringComparer.Ordinal), ordered).HasFlag(HeadlineAction.Law.DecisionWords));
    }

    [Theory]
    // the follow-up and the decision it follows: two stories
    [InlineData("India cuts import duty on cauliflower", "India restores import duty on cauliflower")]
    [InlineData("Türkiye imposes additional customs duty on imported pianos", "Türkiye lifts additional customs duty on pianos")]
    [InlineData("FG suspends import duty on wheat, maize for 150 days", "20% duty returns on imported wheat, maize -- FG")]
    [InlineData("Brazil raises import tax on routers to 25%", "Brazil returns import tax on routers to 16%")]
    [InlineData("Brazil raises import tax on espresso machines to 30%", "Brazil reverses espresso machine duty hike, keeps grinder duty")]
    [InlineData("Brazil lifts import tariff on routers and modems to 25%", "Gecex reverses increase and returns import tax on routers to 16%")]
    [InlineData("Trump threatens 25% tariff on Danish goods", "Trump imposes 10% tariff on Danish goods, less than threatened")]
    [InlineData("US proposes tariff on Chinese apples", "Tariffs on Chinese apples take effect")]
    public void A_follow_up_is_not_a_copy_of_the_decision_it_follows(string decision, string followUp) =>
        Assert.True(Of(decision).HeadlinesNameOtherOccasion(Of(followUp)) && Of(followUp).HeadlinesNameOtherOccasion(Of(decision)));

    [Theory]
    // one action in other words, or one side silent
    [InlineData("Marcos hikes rice tariff to 35 percent", "PBBM signs EO restoring 35% tariff on imported rice")]
    [InlineData("India slaps 30% duty on yellow pea imports", "Canadian pea growers brace as India reimposes tariff")]
    [InlineData("Türkiye scraps additional customs duty on pianos", "Türkiye removes additional customs duty on pianos")]
    [InlineData("Türkiye scraps additional customs duty on pianos", "Türkiye lifts additional customs duty on pianos")]
    [InlineData("Marcos hikes rice tariff to 35 percent", "Rice tariff back to 35%; importers warn of price spike")]
    [InlineData("Ecuador raises security tariff on Colombian products to 50%", "Ecuador lifts security tariff on Colombian products to 50%")]
    [InlineData("Brazil cuts import tax on routers to 16%", "Brazil returns import tax on routers to 16%")]
    [InlineData("Trump threatens 25% tariff on Danish goods", "Trump threatens Denmark with 25 percent tariffs")]
    [InlineData("India restores import duty on cauliflower", "Cauliflower duty back: what importers need to know")]
    public void Copies_stating_one_action_in_other_words_still_join(string a, string b) =>
        Assert.False(Of(a).HeadlinesNameOtherOccasion(Of(b)) || Of(b).HeadlinesNameOtherOccasion(Of(a)));
}
