using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 33 (cluster47): a budget's duty line told under a headline that names no budget ("Duty on sardines to rise to 35
/// percent", "Canned sardines import duty up to 35 percent") joins the budget's own item (the speech under "Budget Statement 2035:
/// Customs measures") when both are one government's, the line's headline rate is one the speech states, and the texts overlap
/// (StoryFingerprint.BudgetLineOf). Apart: another government's budget in the same words, the same goods at another rate, another
/// good at the speech's rate, a headline naming no duty, and a copy of the same government's trade-remedy ruling. All sentences are
/// written for this test.
/// </summary>
public class BudgetLineTests
{
    private const string Speech = "Mr Speaker, to support our canneries, the import duty on canned sardines will be raised to 35 percent from 20 "
        + "percent. The 10 percent duty on outboard engines will be removed, so that fishers on the outer islands can replace their engines "
        + "at lower cost. These changes take effect on 1 July.";

    private const string Copy = "Shoppers will pay more for tinned fish: canned sardines will carry a 35 percent import duty from July, the Minister "
        + "of Finance told Parliament in Port Vila on Tuesday. Boat owners welcomed the end of the 10 percent duty on outboard engines. A "
        + "Luganville grocer said a tin would cost about 20 vatu more.";

    private const string OtherCopy = "Shoppers will pay more for tinned fish: canned sardines will carry a 35 percent import duty from July, the "
        + "Minister of Finance told Parliament in Apia on Tuesday. Boat owners welcomed the end of the 10 percent duty on outboard engines. A "
        + "Salelologa grocer said a tin would cost about 20 sene more.";

    private const string Ruling = "The Ministry of Trade has imposed an anti-dumping duty of 35 percent on roofing sheets from China for five years, "
        + "after finding that imports were sold below their normal value. Hardware importers in Port Vila said prices would rise.";

    public static TheoryData<bool, string, string, string, string, string, string> Pairs => new()
    {
        // the speech and a news copy of its line, the copy's headline naming no budget
        { true, "Budget Statement 2035: Customs measures", Speech, "VU", "Duty on sardines to rise to 35 percent", Copy, "VU" },
        // the speech and a headline alone stating its line
        { true, "Budget Statement 2035: Customs measures", Speech, "VU", "Canned sardines import duty up to 35 percent", "", "VU" },
        // a headline alone naming the budget and its line, beside a copy naming no budget
        { true, "Budget: canned sardines duty to 35 percent", "", "VU", "Duty on sardines to rise to 35 percent", Copy, "VU" },
        // another government's budget, in the same words
        { false, "Budget Statement 2035: Customs measures", Speech, "VU", "Duty on sardines to rise to 35 percent", OtherCopy, "WS" },
        { false, "Budget Statement 2035: Customs measures", Speech, "VU", "Canned sardines import duty up to 35 percent", "", "WS" },
        // the same goods at another rate
        { false, "Budget Statement 2035: Customs measures", Speech, "VU", "Canned sardines import duty up to 40 percent", "", "VU" },
        // another good at the speech's rate
        { false, "Budget Statement 2035: Customs measures", Speech, "VU", "Cement import duty up to 35 percent", "", "VU" },
        { false, "Budget: canned sardines duty to 35 percent", "", "VU", "Cement import duty up to 35 percent", "", "VU" },
        { false, "Budget: cement duty to 35 percent", "", "VU", "Duty on sardines to rise to 35 percent", Copy, "VU" },
        // the same government's trade-remedy ruling at the speech's rate, in the same week
        { false, "Budget Statement 2035: Customs measures", Speech, "VU", "Anti-dumping duty of 35 percent on Chinese roofing sheets", Ruling, "VU" },
        // a copy whose headline states no rate
        { false, "Budget Statement 2035: Customs measures", Speech, "VU", "Shopkeepers fear dearer sardines", Copy, "VU" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void A_budgets_line_named_without_the_budget_is_its_story(bool same, string titleA, string textA, string countryA, string titleB, string textB, string countryB)
    {
        var a = StoryFingerprint.Of(titleA, textA, null, countryA);
        var b = StoryFingerprint.Of(titleB, textB, null, countryB);
        Assert.True(same == StoryMatcher.Score(a, b) >= StoryMatcher.DefaultThreshold, $"{StoryMatcher.Score(a, b):F2}: {titleA} / {titleB}");
        Assert.True(same == StoryMatcher.Score(b, a) >= StoryMatcher.DefaultThreshold, $"{StoryMatcher.Score(b, a):F2}: {titleB} / {titleA}");
    }
}
