using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 31 (cluster42): a headline naming a budget and no year ("Budget: duty off bicycle helmets, kayaks dearer", "Cayman
/// budget scraps duty on fishing reels", "LIVE: Budget debate in the Legislative Assembly") names its home's budget of the year,
/// as one naming the year does (StoryFingerprint.HeadlinesNameSameBudget): the index looks back a week, and a government reads one
/// budget in it. The Dutch "begroting" names a budget too ("LIVE: Begrotingsdebat 2034"). A headline naming budgets and no year or
/// country, over a text naming four countries or more, reviews several governments' budgets (StoryFingerprint.IsBudgetRoundup): a
/// digest, no copy of one of them. Still apart: another territory's budget in the same week and words, a mid-year or
/// supplementary budget, a trade-remedy ruling on the same goods. All sentences are written for this test.
/// </summary>
public class BudgetWithoutYearTests
{
    private const string Speech = "Madam Speaker, I now turn to customs duties. To help our families enjoy the outdoors safely, the 15% import duty "
        + "on bicycle helmets and life jackets will be removed from 1 July. The duty on kayaks and paddleboards will rise to 30% from 20%, "
        + "in line with other leisure goods.";

    private const string Copy = "Cyclists will no longer pay the 15% import duty on bicycle helmets and life jackets, the Finance Minister told the "
        + "Legislative Assembly, while kayaks and paddleboards will pay 30%. Dive shops on Seven Mile Beach said the rise would reach renters.";

    private const string Blog = "10:05 Finance Minister rises to present the Budget. 10:22 Bicycle helmets and life jackets duty removed. 10:40 "
        + "Kayak duty to rise. 11:10 Debate adjourned until Thursday.";

    private const string Review = "Four small territories presented budgets in June, and each moved its customs tariff. The Cayman Islands removed "
        + "its 15% duty on bicycle helmets; Bermuda raised its duty on mopeds to 40%; Anguilla cut the duty on solar panels to 5%; and "
        + "Montserrat removed its duty on water tanks. Finance ministers described the changes as nudges rather than revenue.";

    public static TheoryData<bool, string, string, string, string, string, string> Pairs => new()
    {
        // one budget: the speech naming its year, news copies and a live blog naming none
        { true, "Budget Address 2034: Customs measures", Speech, "KY", "Budget: duty off bicycle helmets, kayaks dearer", Copy, "KY" },
        { true, "Budget Address 2034: Customs measures", Speech, "KY", "LIVE: Budget debate in the Legislative Assembly", Blog, "KY" },
        { true, "Budget: duty off bicycle helmets, kayaks dearer", Copy, "KY", "LIVE: Budget debate in the Legislative Assembly", Blog, "KY" },
        // two territories' budgets in one week, in the same words
        { false, "Budget Address 2034: Customs measures", Speech, "KY", "Budget: duty off bicycle helmets, kayaks dearer", Copy, "TC" },
        { false, "Budget: duty off bicycle helmets, kayaks dearer", Copy, "KY", "Budget: duty off bicycle helmets and surfboards", "", "TC" },
        // the same government's other budget: a mid-year or supplementary one
        { false, "Budget Address 2034: Customs measures", Speech, "KY", "Mid-year budget: duty on cooking gas cut", "", "KY" },
        { false, "Budget: duty off bicycle helmets, kayaks dearer", Copy, "KY", "Supplementary budget tabled: duty on kayaks restored", "", "KY" },
        // a trade-remedy ruling on the same goods, in the same territory
        { false, "Budget: duty off bicycle helmets, kayaks dearer", Copy, "KY", "Anti-dumping duty on Chinese bicycle helmets confirmed", "", "KY" },
        // a review of several territories' budgets beside one territory's copy of its budget
        { false, "Island budgets reach for the customs tariff", Review, "", "Cayman budget: duty off bicycle helmets", "", "KY" },
        { false, "Island budgets reach for the customs tariff", Review, "", "Budget: duty off bicycle helmets, kayaks dearer", Copy, "KY" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void A_budget_named_without_its_year_is_its_homes_budget(bool same, string titleA, string textA, string countryA, string titleB, string textB, string countryB)
    {
        var a = StoryFingerprint.Of(titleA, textA, null, countryA.Length == 0 ? null : countryA);
        var b = StoryFingerprint.Of(titleB, textB, null, countryB.Length == 0 ? null : countryB);
        Assert.True(same == StoryMatcher.Score(a, b) >= StoryMatcher.DefaultThreshold, $"{StoryMatcher.Score(a, b):F2}: {titleA} / {titleB}");
        Assert.True(same == StoryMatcher.Score(b, a) >= StoryMatcher.DefaultThreshold, $"{StoryMatcher.Score(b, a):F2}: {titleB} / {titleA}");
    }

    /// <summary>The rule that two budget headlines sharing only a budget's words are two governments' (without a home to tell) is
    /// kept to headlines naming a year, as before a headline naming none named a budget: a live blog's "LIVE: Budget debate …"
    /// shares only those words with its own speech.</summary>
    [Fact]
    public void A_budget_named_without_its_year_is_not_read_as_only_a_budgets_words()
    {
        var speech = StoryFingerprint.Of("Budget Address 2034: Customs measures", Speech, null, null);
        var blog = StoryFingerprint.Of("LIVE: Budget debate in the Legislative Assembly", Blog, null, null);
        Assert.False(speech.HeadlinesShareOnlyABudgetsWords(blog));
        Assert.False(blog.HeadlinesShareOnlyABudgetsWords(speech));
    }

    [Fact]
    public void A_budget_named_without_its_year_shares_an_index_key_with_its_speech()
    {
        var speech = StoryFingerprint.Of("Budget Address 2034: Customs measures", Speech, null, "KY");
        var copy = StoryFingerprint.Of("Budget: duty off bicycle helmets, kayaks dearer", Copy, null, "KY");
        var other = StoryFingerprint.Of("Budget: duty off bicycle helmets, kayaks dearer", Copy, null, "TC");
        Assert.Contains(speech.Keys().Where(k => k.StartsWith("y-", StringComparison.Ordinal)), copy.Keys().Contains);
        Assert.DoesNotContain(speech.Keys().Where(k => k.StartsWith("y-", StringComparison.Ordinal)), other.Keys().Contains);
    }

    public static TheoryData<string, string, string?> Budgets => new()
    {
        { "Budget: duty off bicycle helmets, kayaks dearer", Copy, "annual" },
        { "LIVE: Budget debate in the Legislative Assembly", Blog, "annual" },
        { "LIVE: Begrotingsdebat 2034", "09:30 Minister presenteert de begroting. 09:50 Invoerrecht op fietshelmen vervalt.", "annual 2034" },
        { "Begroting 2034: invoerrecht op kajaks naar 30 procent", "", "annual 2034" },
        { "Island budgets reach for the customs tariff", Review, "several" },
        // one territory's copy naming another country as an origin or a neighbour: one budget
        { "Budget: kayaks from China and the US dearer", "Kayaks from China and the United States will pay 30%, the minister said.", "annual" },
    };

    [Theory]
    [MemberData(nameof(Budgets))]
    public void A_headline_names_a_budget_with_or_without_its_year(string title, string text, string? budget)
    {
        var read = StoryFingerprint.Of(title, text, null, "KY").HeadlineBudget;
        Assert.Equal(budget, read is null ? null : (read.Kind + " " + string.Join(" ", read.Years)).Trim());
    }

    public static TheoryData<string, string, string?> EllipsisHomes => new()
    {
        // a duty and the rate it goes to, the verb left out, no country named: the outlet's
        { "Import duty on kayaks and paddleboards to 30%", "", "TC" },
        { "Kayak duty up to 30 percent from July", "", "TC" },
        // a country named besides the outlet's, or a text: left to the extractor
        { "Duty on Chinese kayaks to 30%", "", null },
        { "Import duty on kayaks and paddleboards to 30%", "Kayak importers in Providenciales fear higher prices.", null },
        // no rate the duty goes to
        { "Import duty on kayaks and paddleboards", "", null },
    };

    [Theory]
    [MemberData(nameof(EllipsisHomes))]
    public void A_headline_alone_stating_a_duty_to_a_rate_is_its_outlets(string title, string text, string? home)
    {
        Assert.Equal(home is null ? [] : [home], StoryFingerprint.Of(title, text, null, "TC").HomeCountries);
    }

    /// <summary>Two territories' budgets taxing kayaks at 30% in one week: the other territory's headline alone is not a copy of
    /// the first's news, though its words are all in that copy's text.</summary>
    [Fact]
    public void A_headline_alone_at_the_same_rate_from_another_territory_is_apart()
    {
        var copy = StoryFingerprint.Of("Budget: duty off bicycle helmets, kayaks dearer", Copy, null, "KY");
        var other = StoryFingerprint.Of("Import duty on kayaks and paddleboards to 30%", "", null, "TC");
        Assert.True(StoryMatcher.Score(other, copy) < StoryMatcher.DefaultThreshold);
        Assert.True(StoryMatcher.Score(copy, other) < StoryMatcher.DefaultThreshold);
    }

    [Fact]
    public void A_review_of_several_budgets_is_a_digest()
    {
        Assert.True(StoryFingerprint.Of("Island budgets reach for the customs tariff", Review, null, null).IsDigestHeadline);
        Assert.False(StoryFingerprint.Of("Budget: duty off bicycle helmets, kayaks dearer", Copy, null, "KY").IsDigestHeadline);
    }
}
