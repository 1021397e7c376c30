using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 15 (cluster21) guards against the single false links that chained whole stories together in holdout 16, each a
/// statement about news in general, with rows of the tests' own and look-alikes that must not match:
/// - a budget is its government's own: a budget headline over a lede naming no other country is the outlet's country's
///   budget, and two countries' budgets are two stories (StoryFingerprint.OwnBudget, HomesDiffer);
/// - a periodical's headline listing three or more parties ("Trade Remedies Weekly: …") is a digest of their stories, a copy
///   of none (StoryFingerprint.IsDigestHeadline);
/// - a government notice's subjectless "Seeks to impose …" is the notice of the duty imposed, not a plan (HeadlineAction.AnnouncesAhead),
///   and an investigating authority that "backs" a duty finds, as one that "suggests" it does (HeadlineAction.IsFinding):
///   the recommendation and the duty imposed are two stories (holdout 13 notes, rule 4);
/// - a meeting postponed, delayed or cancelled is not the meeting held, which a leader attending or chairing it, or its
///   communiqué, reports (HeadlineAction.VisitOf);
/// - two trade items each stating two or more figures with decimals, none in common, are two decisions however much of one
///   agency's template they share (StoryFingerprint.StatesOtherFigures).
/// </summary>
public class StoryLinkGuardsTests
{
    // ---- budgets: whose budget

    public static TheoryData<string, string, string?, string?> OwnBudgets => new()
    {
        // a budget headline naming no country, a lede naming none but the outlet's
        { "Budget Speech 2027: Tax measures (extract)", "Mr. Speaker, I now turn to the tax measures. Our farmers have told us the cost of machinery is too high.", "GY", "GY" },
        { "2027 Budget Statement: Fiscal measures", "Madam Speaker, the cost of building a home remains too high for too many of our people.", "AG", "AG" },
        { "Budget 2027: Duty on building materials cut in half", "", "AG", "AG" },
        { "Budget address: support for pig farmers", "The Prime Minister told Parliament on Tuesday that imported pork had hurt local farmers.", "LC", "LC" },
        // the outlet's own country named is still its own budget
        { "Budget 2027: Ghana halves duty on rice", "Ghana's finance minister told parliament that rice would be cheaper.", "GH", "GH" },
        // another country named: not the outlet's budget by its outlet
        { "Kenya's budget: what exporters should know", "Ugandan traders are watching the Kenyan budget closely.", "UG", null },
        { "Budget 2027: what it means for exporters to China", "Australian barley growers hope the budget helps them sell more to China.", "AU", null },
        // no outlet country, or no budget: nothing by the outlet
        { "Budget Speech 2027: Tax measures (extract)", "Mr. Speaker, I now turn to the tax measures.", null, null },
        { "Speech: Tax measures (extract)", "Mr. Speaker, I now turn to the tax measures.", "GY", null },
        // a meeting on a budget is both sides' news
        { "Finance ministers meet on EU budget", "The ministers met in Brussels on Monday.", "BE", null },
    };

    [Theory]
    [MemberData(nameof(OwnBudgets))]
    public void A_budget_headline_is_its_outlets_countrys_when_the_lede_names_no_other(string title, string text, string? outlet, string? home)
    {
        var f = StoryFingerprint.Of(title, text.Length == 0 ? null : text, null, outlet);
        if (home is null) Assert.DoesNotContain(outlet ?? "-", f.HomeCountries);
        else Assert.Equal([home], f.HomeCountries);
    }

    private const string BudgetSpeechA = "Mr. Speaker, I now turn to the tax measures. Our farmers have told us that the cost of mechanisation remains a barrier. "
        + "I am therefore pleased to announce the removal of the import duty on tractors and the value added tax on farm machinery, with effect from the first of February.";
    private const string BudgetSpeechB = "Madam Speaker, I now turn to the fiscal measures. Our builders have told us that the cost of materials remains a barrier. "
        + "I therefore propose the removal of the import duty on lumber and the value added tax on roofing sheets, with effect from the first of February.";

    [Fact]
    public void Two_countries_budget_speeches_are_two_stories()
    {
        var (a, b) = (StoryFingerprint.Of("Budget Speech 2027: Tax measures (extract)", BudgetSpeechA, null, "GY"),
            StoryFingerprint.Of("2027 Budget Statement: Fiscal measures (extract)", BudgetSpeechB, null, "AG"));
        Assert.True(StoryMatcher.Score(a, b) < StoryMatcher.DefaultThreshold);
        Assert.True(StoryMatcher.Score(b, a) < StoryMatcher.DefaultThreshold);
    }

    [Fact]
    public void One_countrys_budget_speech_and_its_copy_stay_one_story()
    {
        var (a, b) = (StoryFingerprint.Of("Budget Speech 2027: Tax measures (extract)", BudgetSpeechA, null, "GY"),
            StoryFingerprint.Of("Budget Speech 2027: Tax measures", BudgetSpeechA, null, "GY"));
        Assert.True(StoryMatcher.Score(a, b) >= StoryMatcher.DefaultThreshold);
    }

    // ---- digests: periodicals listing several stories

    [Theory]
    [InlineData("Trade Remedies Weekly: Vietnam's thread duties, Japan's pipe fittings, India's citrate", true)]
    [InlineData("Tariff Monthly: Kenya sugar levy, Ghana rice duty, Peru steel quota", true)]
    [InlineData("Africa trade weekly: Nigeria, Ghana, Kenya and Egypt", true)]
    [InlineData("The fortnightly: Brazil, Argentina and Chile tariff moves", true)]
    // a weekly or monthly figure of one or two countries is news of its own
    [InlineData("China's weekly soybean purchases from US fall", false)]
    [InlineData("Monthly exports to US drop 12% as tariffs bite", false)]
    [InlineData("Weekly: India raises duty on gold", false)]
    [InlineData("Japan, Korea exports fall for third month", false)]
    // a quarter is a digest's only with a review word; alone it is the period a rate applies to
    [InlineData("GCC trade policy review, Q4 2026: protection creeps up", true)]
    [InlineData("Trade wrap Q3: Kenya, Ghana and Nigeria", true)]
    [InlineData("Power tariffs unchanged for Q1 - regulator", false)]
    [InlineData("Electricity tariff to rise 5% in Q3, regulator says", false)]
    // a list of parties without a periodical is a story on those parties
    [InlineData("US imposes duties on steel from Vietnam, Thailand and Indonesia", false)]
    public void A_periodical_listing_three_or_more_parties_is_a_digest(string title, bool digest) =>
        Assert.Equal(digest, StoryFingerprint.Of(title, null, null).IsDigestHeadline);

    // ---- stages of one case

    public static TheoryData<string, string, bool> Stages => new()
    {
        // a notice's subjectless "Seeks to impose" is the duty imposed, against the recommendation
        { "Seeks to impose anti-dumping duty on imports of Sodium Citrate originating in or exported from China PR", "DGTR recommends anti-dumping duty of up to $418 a tonne on Chinese sodium citrate", true },
        { "Seeks to impose countervailing duty on imports of glass fibre from China", "Investigating authority recommends countervailing duty on glass fibre from China", true },
        // a remedy body that backs a duty finds it
        { "India: DGTR backs anti-dumping duty on Chinese sodium citrate", "Govt imposes anti-dumping duty on sodium citrate imports from China", true },
        { "Trade remedies authority backs safeguard duty on steel wire", "Government imposes safeguard duty on steel wire", true },
        // a subject that seeks to impose plans it: the announcement ahead is no decision
        { "India seeks to impose anti-dumping duty on sodium citrate", "DGTR recommends anti-dumping duty on sodium citrate", false },
        // one stage told twice
        { "DGTR backs anti-dumping duty on Chinese sodium citrate", "DGTR recommends anti-dumping duty on Chinese sodium citrate", false },
        { "Seeks to impose anti-dumping duty on imports of sodium citrate from China", "Govt imposes anti-dumping duty on sodium citrate from China", false },
        // "back" that is no finding
        { "Steel makers back government as it imposes safeguard duty on wire", "Government imposes safeguard duty on steel wire", false },
        { "Govt imposes duty on steel wire, backs local mills", "Government imposes duty on steel wire", false },
    };

    [Theory]
    [MemberData(nameof(Stages))]
    public void A_recommendation_and_the_duty_imposed_are_other_occasions(string a, string b, bool other)
    {
        var (fa, fb) = (StoryFingerprint.Of(a, null, null), StoryFingerprint.Of(b, null, null));
        Assert.Equal(other, fa.HeadlinesNameOtherOccasion(fb));
        Assert.Equal(other, fb.HeadlinesNameOtherOccasion(fa));
    }

    [Theory]
    [InlineData("Seeks to impose anti-dumping duty on imports of PVC resin from China", false)]
    [InlineData("  Seeks to amend notification No. 12/2027-Customs to reduce duty on gold", false)]
    [InlineData("India seeks to impose duties on steel from China", true)]
    [InlineData("EU seeks to raise tariffs on Russian fertiliser", true)]
    [InlineData("Govt to impose duty on edible oil", true)]
    public void A_notices_seeks_to_is_no_announcement_ahead(string title, bool ahead) =>
        Assert.Equal(ahead, HeadlineAction.AnnouncesAhead(title));

    // ---- a meeting put off and the meeting held

    public static TheoryData<string, string, bool> Meetings => new()
    {
        { "EAC Heads of State summit postponed to February", "Kagame attends EAC summit in Arusha", true },
        { "SADC summit postponed indefinitely", "Leaders gather for SADC summit in Harare", true },
        { "ECOWAS summit delayed as leaders disagree", "Communiqué of the Ordinary Summit of ECOWAS Heads of State", true },
        // ("meeting" is also the verb "meet": a headline naming a meeting put off says both, and nothing either way)
        { "Pacific Islands Forum leaders summit cancelled", "Tonga's PM chairs Pacific Islands Forum leaders summit", true },
        // the meeting held, told twice
        { "Ruto chairs EAC summit in Arusha", "Kagame attends EAC summit in Arusha", false },
        { "Communiqué of the Ordinary Summit of the EAC Heads of State", "EAC leaders meet in Arusha", false },
        // put off, told twice
        { "EAC summit postponed to February", "EAC summit pushed back as budget crisis deepens, delayed to February", false },
    };

    [Theory]
    [MemberData(nameof(Meetings))]
    public void A_meeting_put_off_is_not_the_meeting_held(string a, string b, bool other)
    {
        var (fa, fb) = (StoryFingerprint.Of(a, null, null), StoryFingerprint.Of(b, null, null));
        Assert.Equal(other, fa.HeadlinesNameOtherOccasion(fb));
        Assert.Equal(other, fb.HeadlinesNameOtherOccasion(fa));
    }

    // ---- one agency's template, two decisions

    private const string Template = "On {0}, the Department of Commerce announced its affirmative {1} determinations in the antidumping duty investigations of imports of {2} "
        + "from Thailand and Vietnam. Commerce will instruct U.S. Customs and Border Protection to collect cash deposits based on the rates below. "
        + "Thailand: {3} percent for the mandatory respondent and {4} percent for all others. Vietnam: {5} percent for the mandatory respondent and {6} percent for all others. "
        + "The petitioner is a coalition of domestic producers. The investigations cover imports entered for consumption during the period of investigation.";

    private static StoryFingerprint Release(string title, string date, string stage, string goods, params string[] rates) =>
        StoryFingerprint.Of(title, string.Format(System.Globalization.CultureInfo.InvariantCulture, Template, date, stage, goods, rates[0], rates[1], rates[2], rates[3]), null, "US");

    [Fact]
    public void Two_rulings_of_one_template_with_other_margins_are_two_stories()
    {
        var a = Release("Commerce Finds Dumping of Porcelain Dinnerware from Thailand and Vietnam", "February 16, 2027", "final", "porcelain dinnerware", "17.46", "22.81", "41.6", "118.77");
        var b = Release("Commerce Issues Preliminary Determinations in the Antidumping Duty Investigations of Aluminum Ladders from Thailand and Vietnam", "April 13, 2027", "preliminary", "aluminum ladders", "18.74", "62.15", "94.4", "212.88");
        Assert.True(a.StatesOtherFigures(b));
        Assert.True(StoryMatcher.Score(a, b) < StoryMatcher.DefaultThreshold);
        Assert.True(StoryMatcher.Score(b, a) < StoryMatcher.DefaultThreshold);
    }

    [Fact]
    public void A_ruling_and_a_report_stating_one_of_its_margins_stay_one_story()
    {
        var release = Release("Commerce Finds Dumping of Porcelain Dinnerware from Thailand and Vietnam", "February 16, 2027", "final", "porcelain dinnerware", "17.46", "22.81", "41.6", "118.77");
        var report = StoryFingerprint.Of("U.S. sets anti-dumping duties of up to 118.77% on Vietnamese porcelain dinnerware",
            "The U.S. Department of Commerce has set final anti-dumping duties on Vietnamese porcelain dinnerware at 41.6% for the mandatory respondent and 118.77% for other Vietnamese exporters.", null, "VN");
        Assert.False(release.StatesOtherFigures(report));
    }

    [Theory]
    // fewer than two figures with decimals on either side says nothing
    [InlineData("12.5 and 300", "14.2 and 15.8", false)]
    [InlineData("12.5 and 13.75", "14.2 and 15.8", true)]
    [InlineData("12.5 and 13.75", "13.75 and 15.8", false)]
    public void Figures_with_decimals_tell_only_two_or_more_on_each_side_and_none_shared(string a, string b, bool other)
    {
        var (fa, fb) = (StoryFingerprint.Of("Ministry sets duties on steel", $"The ministry set duties of {a} percent.", null),
            StoryFingerprint.Of("Ministry sets duties on glass", $"The ministry set duties of {b} percent.", null));
        Assert.Equal(other, fa.StatesOtherFigures(fb));
    }
}
