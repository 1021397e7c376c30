using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 19 (cluster26): two headlines naming a budget of one year that share no word but the budget's own (its document's
/// words and its years) are not one story unless a home makes them one government's (StoryFingerprint.HeadlinesShareOnlyABudgetsWords):
/// every government reads a budget each year, in the same words. Without the outlet's country (a source that declares none)
/// two small states' speeches ("Budget Speech 2031: Tax measures (extract)" / "2031 Budget Statement: Fiscal measures
/// (extract)") had no home to tell them apart and joined by their headlines. Still one story: one budget's items with a home in
/// common, headlines sharing a product or a party, ledes sharing a schedule of rates. All sentences are written for this test.
/// </summary>
public class BudgetWordsAloneTests
{
    private const string MotorcycleSpeech = "Mr. Speaker, I now turn to the tax measures. Our farmers have told us that the cost of mechanisation remains a barrier. I therefore propose to reduce the import duty on motorcycles from 30 percent to 15 percent, with effect from March 1.";
    private const string PorkSpeech = "Madam Speaker, our pig farmers continue to compete with cheap imported pork. I therefore propose to increase the import duty on pork cuts and sausages from 25 percent to 40 percent, effective May 1.";
    private const string BlogA = "1.30 pm: Finance Minister begins the reading of the Budget. 1.52 pm: Growth projected at 2.6 per cent. 2.10 pm: Import duty on biscuits to rise to 40 per cent. 2.45 pm: No change to fuel prices.";
    private const string BlogB = "1.40 pm - Budget speech begins in Parliament. 1.58 pm - Deficit target set at 5.4 per cent of GDP. 2.20 pm - Cess on imported cheese raised. 3.02 pm - Speech concludes.";

    public static TheoryData<string, string, bool> Headlines => new()
    {
        // only the budget's words and years in common
        { "Budget Speech 2031: Tax measures (extract)", "2031 Budget Statement: Fiscal measures (extract)", true },
        { "LIVE: Budget 2031 presented in Parliament", "LIVE: Budget 2031 presentation", true },
        { "Budget FY31: Customs measures (speech extract)", "Budget Statement for FY31: Customs measures (extract)", true },
        { "Budget 2031: Duty on used clothing up to 35%", "Budget 2031: Dairy farmers protected with cess on imports", true },
        // a word of their own in common: a product, a party
        { "Budget 2031: Duty on imported pork raised to 40%", "Pig farmers cheer pork duty hike in 2031 budget", false },
        { "Fiji Budget 2031: Customs measures", "Budget 2031: Fiji raises duty on imported chicken", false },
        // one headline names no budget
        { "Budget 2031: Duty on used clothing up to 35%", "Used clothing duty raised to 35%", false },
    };

    [Theory]
    [MemberData(nameof(Headlines))]
    public void Budget_headlines_that_share_only_the_budgets_words_say_so(string titleA, string titleB, bool only)
    {
        var a = StoryFingerprint.Of(titleA, "", null, null);
        var b = StoryFingerprint.Of(titleB, "", null, null);
        Assert.Equal(only, a.HeadlinesShareOnlyABudgetsWords(b));
        Assert.Equal(only, b.HeadlinesShareOnlyABudgetsWords(a));
    }

    public static TheoryData<bool, string, string, string, string, string, string> Pairs => new()
    {
        // apart: two governments' speeches, blogs and briefs of one year, no outlet country to tell them apart
        { false, "Budget Speech 2031: Tax measures (extract)", MotorcycleSpeech, "", "2031 Budget Statement: Fiscal measures (extract)", PorkSpeech, "" },
        { false, "LIVE: Budget 2031 presented in Parliament", BlogB, "", "LIVE: Budget 2031 presentation", BlogA, "" },
        { false, "Budget 2031: Duty on used clothing up to 35%", "", "", "Budget 2031: Dairy farmers protected with cess on imports", "", "" },
        // apart with the outlets' countries too (the homes decide)
        { false, "Budget Speech 2031: Tax measures (extract)", MotorcycleSpeech, "GY", "2031 Budget Statement: Fiscal measures (extract)", PorkSpeech, "LC" },
        // one story: one government's budget (the outlets' countries give the home)
        { true, "Budget Speech 2031: Tax measures (extract)", MotorcycleSpeech, "GY", "Budget 2031: Import duty on motorcycles slashed to 15%", "", "GY" },
        { true, "LIVE: Budget 2031 presentation", BlogA, "TT", "Budget 2031: 40% duty on imported biscuits", "", "TT" },
        // one story: one budget's schedule of rates in both ledes, no home to tell
        { true, "Budget FY31: Newsprint, LED TV panels to get cheaper", "The finance minister today proposed cutting the customs duty on newsprint to 10 percent from 25 percent. He also proposed withdrawing the 5 percent customs duty on steel scrap.", "",
          "Budget FY31: What gets cheaper, what gets costlier", "Cheaper: newsprint, as customs duty is cut to 10% from 25%. Steel scrap: 5% customs duty withdrawn. Costlier: cigarettes.", "" },
    };

    /// <summary>The budget rule's near-verbatim exception works (one speech under two outlets' headlines is not split by it),
    /// but the pair still scores 0, with or without a home: the template rule (HeadlinesNameOnlyOtherTopics) reads the
    /// document words the headlines do not share ("speech, extract" / "full, text") as two topics. Traced in fix19c; a known
    /// miss, left as it is.</summary>
    [Fact]
    public void A_copy_passes_the_budget_rule_but_not_the_template_rule()
    {
        foreach (var country in new string?[] { null, "GY" })
        {
            var a = StoryFingerprint.Of("Budget Speech 2031: Tax measures (extract)", MotorcycleSpeech, null, country);
            var b = StoryFingerprint.Of("Budget 2031: Tax measures (full text)", MotorcycleSpeech, null, country);
            Assert.Equal(country is null, a.HeadlinesShareOnlyABudgetsWords(b));
            Assert.False(a.SimilarityBelow(b, StoryMatcher.NearVerbatim));
            Assert.True(a.HeadlinesNameOnlyOtherTopics(b));
            Assert.Equal(0, StoryMatcher.Score(a, b));
        }
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Budgets_sharing_only_the_budgets_words_are_one_story_only_with_a_home(bool same, string titleA, string textA, string countryA, string titleB, string textB, string countryB)
    {
        var a = StoryFingerprint.Of(titleA, textA, null, countryA.Length == 0 ? null : countryA);
        var b = StoryFingerprint.Of(titleB, textB, null, countryB.Length == 0 ? null : countryB);
        Assert.True(same == StoryMatcher.Score(a, b) >= StoryMatcher.DefaultThreshold, $"{StoryMatcher.Score(a, b):F2}: {titleA} / {titleB}");
        Assert.True(same == StoryMatcher.Score(b, a) >= StoryMatcher.DefaultThreshold, $"{StoryMatcher.Score(b, a):F2}: {titleB} / {titleA}");
    }
}
