using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 17 (cluster23): a government's budget of one year is one story however it is told — the minister's speech in
/// numbered paragraphs, a live blog of its reading, news copies naming one or two duty changes, a headline alone — when both
/// headlines name the budget and a year in common and the outlets (or the measures) give the items one home
/// (StoryFingerprint.HeadlinesNameSameBudget). Not one story: another country's budget, a mid-year or supplementary budget, the
/// finance bill passed later, the budget's domestic taxes and totals (stamp duty, income tax, an excise alone, the deficit), a
/// city's or a council's budget, another year's budget. All sentences are written for this test.
/// </summary>
public class StoryBudgetTests
{
    public static TheoryData<string, string[]> Years => new()
    {
        { "2031", ["2031"] },
        { "2030/31", ["2030", "2031"] },
        { "2030-31", ["2030", "2031"] },
        { "2030-2031", ["2030", "2031"] },
        { "fy31", ["2031"] },
        { "fy2031", ["2031"] },
        { "fy2030-31", ["2030", "2031"] },
        // not years: amounts, codes, a short number, a rate
        { "1200", [] },
        { "31", [] },
        { "2031x", [] },
        { "2030/3", [] },
        { "fyi", [] },
    };

    [Theory]
    [MemberData(nameof(Years))]
    public void A_headline_word_names_a_budgets_years(string word, string[] years)
    {
        var found = new List<string>();
        StoryFingerprint.AddYears(word, found);
        Assert.Equal(years, found);
    }

    public static TheoryData<string, string?> Budgets => new()
    {
        { "Budget Address 2031: Customs measures (extract)", "annual 2031" },
        { "LIVE: 2031 Budget in Parliament", "annual 2031" },
        { "2030/31 Budget Statement: Customs and Excise measures", "annual 2030 2031" },
        { "Budget FY31: Chicken, onions and fishing nets in customs changes", "annual 2031" },
        { "PM halves duty on roofing sheets in 2031 budget", "annual 2031" },
        { "Mid-year budget 2031: duty on cooking gas cut", "mid 2031" },
        { "Supplementary Budget 2031 tabled in Parliament", "mid 2031" },
        // no year: the year's budget of its home (session 31, cluster42; BudgetWithoutYearTests)
        { "Pig farmers cheer over budget duty hikes", "annual " },
        // a budget's domestic taxes and totals, a city's budget, an excise alone
        { "Budget 2031: Stamp duty on first homes scrapped", null },
        { "Budget 2031: Income tax threshold raised", null },
        { "Budget 2031: Deficit seen at 4.2% of GDP", null },
        { "City council adopts 2031 budget", null },
        { "Budget 2031: Excise on cigarettes and beer raised", null },
        // no budget named
        { "Finance Bill 2031 passed with changes to chicken duty", null },
        { "Import duty on chicken raised to 32% from 2031", null },
    };

    [Theory]
    [MemberData(nameof(Budgets))]
    public void A_headline_names_its_budget(string title, string? budget)
    {
        var read = StoryFingerprint.Of(title, "", null, "FJ").HeadlineBudget;
        Assert.Equal(budget, read is null ? null : read.Kind + " " + string.Join(" ", read.Years));
    }

    private const string Speech = "Madam Speaker, 61. I propose to raise the import duty on frozen chicken portions from 15 percent to 32 percent "
        + "with effect from 1 August. 62. The duty on imported onions will be suspended for six months to stabilise prices. 63. Fishing nets "
        + "and outboard engines will be zero-rated to support our coastal communities.";

    private const string LiveBlog = "10.05 am: The Minister rises to deliver the Budget. 10.20 am: Growth forecast at 3.1 per cent. 10.40 am: "
        + "Frozen chicken portions to pay 32 per cent duty. 10.52 am: Onion duty suspended for six months. 11.15 am: The speech ends; "
        + "debate begins on Tuesday.";

    private const string Reaction = "Poultry farmers welcomed the 32 percent duty on imported chicken announced in the budget on Friday, saying "
        + "it would let them expand their flocks. Supermarket owners warned that prices of chicken portions would rise before Christmas.";

    private const string Growth = "The economy is forecast to grow by 3.1 per cent next year, the Minister said in the budget on Friday, "
        + "promising no new taxes on households and a smaller deficit as tourism receipts recover.";

    public static TheoryData<bool, string, string, string, string, string, string> Pairs => new()
    {
        // one budget: the speech, its live blog, a headline alone, a news copy, a reaction
        { true, "Budget Address 2031: Customs measures (extract)", Speech, "FJ", "LIVE: 2031 Budget in Parliament", LiveBlog, "FJ" },
        { true, "Budget Address 2031: Customs measures (extract)", Speech, "FJ", "Budget 2031: 32% duty on imported chicken", "", "FJ" },
        { true, "2030/31 Budget Statement: Fiscal measures", Speech, "FJ", "Budget FY31: chicken duty up, onion duty suspended", "", "FJ" },
        { true, "LIVE: 2031 Budget in Parliament", LiveBlog, "FJ", "Poultry farmers cheer chicken duty in Budget 2031", Reaction, "FJ" },
        { true, "Budget Address 2031: Customs measures (extract)", Speech, "FJ", "Budget 2031: what gets dearer, what gets cheaper", "", "FJ" },
        // another country's budget of the same year, in the same words
        { false, "Budget Address 2031: Customs measures (extract)", Speech, "FJ", "Budget 2031: 32% duty on imported chicken", "", "TO" },
        // another budget of the same government: mid-year, or another year
        { false, "Budget Address 2031: Customs measures (extract)", Speech, "FJ", "Mid-year budget 2031: duty on cooking gas cut", "", "FJ" },
        { false, "Budget Address 2031: Customs measures (extract)", Speech, "FJ", "Budget 2030: Import duty on cooking gas removed", "", "FJ" },
        // the budget day's other stories, the finance bill weeks later, a city's budget
        { false, "Budget Address 2031: Customs measures (extract)", Speech, "FJ", "Budget 2031: Stamp duty on first homes scrapped", "", "FJ" },
        { false, "Budget 2031: 32% duty on imported chicken", "", "FJ", "Budget 2031: Income tax threshold raised", "", "FJ" },
        { false, "Budget Address 2031: Customs measures (extract)", Speech, "FJ", "Finance Bill 2031 passed with changes to onion duty", "", "FJ" },
        { false, "Budget 2031: 32% duty on imported chicken", "", "FJ", "City council adopts 2031 budget", "", "FJ" },
        // a budget copy about growth, no duty in it, beside the speech: texts share too few words
        { false, "Budget Address 2031: Customs measures (extract)", Speech, "FJ", "Budget 2031: Growth seen at 3.1 per cent", Growth, "FJ" },
        // no outlet's country and no measure read: whose budget is not said
        { false, "Budget Address 2031: Customs measures (extract)", Speech, "", "Budget 2031: tourism levy and fishing licences", "", "" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void One_budget_is_one_story(bool same, string titleA, string textA, string countryA, string titleB, string textB, string countryB)
    {
        var a = StoryFingerprint.Of(titleA, textA, null, countryA.Length == 0 ? null : countryA);
        var b = StoryFingerprint.Of(titleB, textB, null, countryB.Length == 0 ? null : countryB);
        Assert.True(same == StoryMatcher.Score(a, b) >= StoryMatcher.DefaultThreshold, $"{StoryMatcher.Score(a, b):F2}: {titleA} / {titleB}");
        Assert.True(same == StoryMatcher.Score(b, a) >= StoryMatcher.DefaultThreshold, $"{StoryMatcher.Score(b, a):F2}: {titleB} / {titleA}");
    }

    [Fact]
    public void A_budgets_items_share_an_index_key()
    {
        var speech = StoryFingerprint.Of("Budget Address 2031: Customs measures (extract)", Speech, null, "FJ");
        var headline = StoryFingerprint.Of("Budget 2031: 32% duty on imported chicken", "", null, "FJ");
        var other = StoryFingerprint.Of("Budget 2031: 32% duty on imported chicken", "", null, "TO");
        Assert.Contains(speech.Keys().Where(k => k.StartsWith("y-", StringComparison.Ordinal)), headline.Keys().Contains);
        Assert.DoesNotContain(speech.Keys().Where(k => k.StartsWith("y-", StringComparison.Ordinal)), other.Keys().Contains);
    }
}
