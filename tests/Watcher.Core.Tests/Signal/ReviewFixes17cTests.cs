using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 17 review (fix17c): cluster23's budget rule joined "Trump's FY2028 budget counts on $500 billion in tariff revenue"
/// and "House passes FY2028 budget with tariff rebate checks" (both US): two events under one budget's name. A budget named
/// with a legislature's act or a vote ("House passes", "Senate rejects", "MPs approve", "Parliament adopts"), or as a step of
/// a request followed by votes (appropriations, reconciliation, a budget resolution, the President's request), names no
/// budget day; a trade word beside what the duties raise or pay out ("tariff revenue", "tariff rebate checks") is the
/// budget's totals, not its duties. The holdout notes' convention: a budget's proposal and the parliament's adoption or
/// passage weeks later are two stories. All sentences are written for this test.
/// </summary>
public class ReviewFixes17cTests
{
    public static TheoryData<string, string?> Budgets => new()
    {
        // named with a legislature's act or a vote: no budget day
        { "House passes FY2028 budget with tariff rebate checks", null },
        { "Senate rejects FY2028 budget over tariff rebates", null },
        { "Congress clears FY2028 budget with import duty changes", null },
        { "MPs vote down Budget 2031 customs measures", null },
        { "Parliament approves 2031 budget with higher chicken duty", null },
        { "Budget 2031 adopted with 32% duty on imported chicken", null },
        { "Lawmakers add steel tariff to FY2028 budget resolution", null },
        { "Trump's FY2028 budget request counts on tariff revenue", null },
        // the budget day: read as before (a place of reading is no act)
        { "Trump's FY2028 budget counts on $500 billion in tariff revenue", "annual 2028" },
        { "LIVE: Budget 2031 presented in Parliament", "annual 2031" },
        { "Budget 2031 tabled in the House: duty on onions suspended", "annual 2031" },
        { "Budget Speech 2031: Revenue proposals (extract)", "annual 2031" },
    };

    [Theory]
    [MemberData(nameof(Budgets))]
    public void A_budget_named_with_a_vote_names_no_budget_day(string title, string? budget)
    {
        var read = StoryFingerprint.Of(title, "", null, "US").HeadlineBudget;
        Assert.Equal(budget, read is null ? null : read.Kind + " " + string.Join(" ", read.Years));
    }

    public static TheoryData<string, bool> AboutDuties => new()
    {
        // what the duties raise or pay out: the budget's totals
        { "Trump's FY2028 budget counts on $500 billion in tariff revenue", false },
        { "FY2028 budget: tariff rebate checks for every household", false },
        { "Budget 2031: customs duty collections forecast at $1.2bn", false },
        // a duty change, the budget document's own headline, a live blog: about its duties as before
        { "Budget 2031: 32% duty on imported chicken", true },
        { "Budget 2031: Customs revenue measures", true },
        { "Budget Speech 2031: Revenue proposals (extract)", true },
        { "LIVE: Budget 2031 presented in Parliament", true },
    };

    [Theory]
    [MemberData(nameof(AboutDuties))]
    public void A_budget_headline_about_its_totals_is_not_about_its_duties(string title, bool about)
    {
        Assert.Equal(about, StoryFingerprint.Of(title, "", null, "FJ").AboutTheBudgetsDuties);
    }

    private const string Speech = "Madam Speaker, 61. I propose to raise the import duty on frozen chicken portions from 15 percent to 32 percent "
        + "with effect from 1 August. 62. The duty on imported onions will be suspended for six months to stabilise prices. 63. Fishing nets "
        + "and outboard engines will be zero-rated to support our coastal communities.";

    private const string LiveBlog = "10.05 am: The Minister rises to deliver the Budget. 10.20 am: Growth forecast at 3.1 per cent. 10.40 am: "
        + "Frozen chicken portions to pay 32 per cent duty. 10.52 am: Onion duty suspended for six months. 11.15 am: The speech ends; "
        + "debate begins on Tuesday.";

    private const string Passage = "Parliament on Thursday passed the 2031 budget by 31 votes to 20 after a three-day debate, keeping the 32 percent "
        + "duty on frozen chicken portions but restoring the onion duty the Minister had proposed to suspend.";

    public static TheoryData<bool, string, string, string, string, string, string> Pairs => new()
    {
        // the reviewer's pair: the President's budget and the House's vote on a budget, both US
        { false, "Trump's FY2028 budget counts on $500 billion in tariff revenue", "", "US", "House passes FY2028 budget with tariff rebate checks", "", "US" },
        // a parliament's vote on a budget beside the budget speech (the notes' convention: two stories)
        { false, "Budget Address 2031: Customs measures (extract)", Speech, "FJ", "Parliament passes Budget 2031, restores onion duty", Passage, "FJ" },
        // the budget day still one story: speech, live blog read in Parliament, a copy, the document's revenue headline
        { true, "Budget Address 2031: Customs measures (extract)", Speech, "FJ", "LIVE: Budget 2031 presented in Parliament", LiveBlog, "FJ" },
        { true, "Budget Speech 2031: Revenue proposals (extract)", Speech, "FJ", "Budget 2031: 32% duty on imported chicken", "", "FJ" },
        { true, "Budget 2031: Customs revenue measures", Speech, "FJ", "Budget 2031: what gets dearer, what gets cheaper", "", "FJ" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void A_budgets_votes_are_not_its_budget_day(bool same, string titleA, string textA, string countryA, string titleB, string textB, string countryB)
    {
        var a = StoryFingerprint.Of(titleA, textA, null, countryA);
        var b = StoryFingerprint.Of(titleB, textB, null, countryB);
        Assert.True(same == StoryMatcher.Score(a, b) >= StoryMatcher.DefaultThreshold, $"{StoryMatcher.Score(a, b):F2}: {titleA} / {titleB}");
        Assert.True(same == StoryMatcher.Score(b, a) >= StoryMatcher.DefaultThreshold, $"{StoryMatcher.Score(b, a):F2}: {titleB} / {titleA}");
    }

    /// <summary>Pairs the budget rule must not join (two events under one budget's name). Some of them still merge through
    /// other evidence — a headline figure both state ("32% chicken duty"), most headline words shared ("FY2028 budget …
    /// tariff rebate") — which is the general proposal-and-adoption question, not the budget rule's (left, docs/quality.md
    /// "Session 17 (fix17c)").</summary>
    public static TheoryData<string, string, string, string, string, string> NotOneBudget => new()
    {
        { "Trump's FY2028 budget counts on $500 billion in tariff revenue", "", "US", "House passes FY2028 budget with tariff rebate checks", "", "US" },
        { "Senate rejects FY2028 budget over tariff rebates", "", "US", "House passes FY2028 budget with tariff rebate checks", "", "US" },
        { "Trump's FY2028 budget request counts on tariff revenue", "", "US", "Congress passes FY2028 budget with import tariff changes", "", "US" },
        { "Trump's FY2028 budget counts on $500 billion in tariff revenue", "", "US", "FY2028 budget: tariff revenue forecast too rosy, analysts say", "", "US" },
        { "Budget Address 2031: Customs measures (extract)", Speech, "FJ", "Parliament passes Budget 2031, restores onion duty", Passage, "FJ" },
        { "Budget Address 2031: Customs measures (extract)", Speech, "FJ", "MPs approve 2031 budget with 32% chicken duty", "", "FJ" },
        { "Budget 2031: 32% duty on imported chicken", "", "FJ", "Budget 2031 adopted with 32% duty on imported chicken, onion duty restored", Passage, "FJ" },
        { "LIVE: Budget 2031 presented in Parliament", LiveBlog, "FJ", "Lawmakers vote on 2031 budget's customs measures", "", "FJ" },
    };

    [Theory]
    [MemberData(nameof(NotOneBudget))]
    public void The_budget_rule_does_not_join_a_vote_or_the_budgets_totals(string titleA, string textA, string countryA, string titleB, string textB, string countryB)
    {
        var a = StoryFingerprint.Of(titleA, textA, null, countryA);
        var b = StoryFingerprint.Of(titleB, textB, null, countryB);
        Assert.False(a.HeadlinesNameSameBudget(b) && a.AboutTheBudgetsDuties && b.AboutTheBudgetsDuties, $"{titleA} / {titleB}");
    }
}
