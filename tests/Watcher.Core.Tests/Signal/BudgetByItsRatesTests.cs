using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 29 (cluster39), from holdout 30's split budgets: a budget headline without its year beside a budget headline of the
/// same home, their ledes stating two or more of the same rates, is that budget (StoryFingerprint.HeadlinesNameSameBudgetByItsRates).
/// Another home, one rate in common, a vote on the budget, or no budget named keep them apart. Headlines and texts are the tests' own.
/// </summary>
public class BudgetByItsRatesTests
{
    private const string Speech = "2031 Budget Statement: customs duty measures";
    private const string SpeechText = "Mr Speaker, families have asked for cheaper ways to heat water, and this Budget answers them. The import duty on solar water heaters will be reduced to 5% from 20%. The 15% import duty on bicycles and bicycle parts will be removed, so that more people can ride to work.";

    private static StoryFingerprint Of(string title, string text, string country) => StoryFingerprint.Of(title, text, null, country);

    [Theory]
    [InlineData("Budget cuts duty on solar water heaters, scraps it on bicycles", "Solar water heaters will pay 5% import duty instead of 20%, and bicycles will no longer pay their 15% duty, the Minister of Finance said in the Budget Statement. Plumbers welcomed the change.")]
    [InlineData("Budget cuts solar water heater duty to 5%", "Solar water heaters will pay 5% import duty from January instead of 20%, the Minister of Finance said. Bicycle shops hope for more.")]
    public void A_budget_headline_without_its_year_joins_the_budget_at_its_rates(string title, string text)
    {
        var (speech, copy) = (Of(Speech, SpeechText, "BB"), Of(title, text, "BB"));
        Assert.True(StoryMatcher.Score(copy, speech) >= StoryMatcher.DefaultThreshold, $"{StoryMatcher.Score(copy, speech):F2}");
        Assert.True(StoryMatcher.Score(speech, copy) >= StoryMatcher.DefaultThreshold);
        Assert.True(copy.HeadlinesNameSameBudgetByItsRates(speech));
    }

    [Theory]
    // another home, one rate in common, a vote on the budget, no budget named
    [InlineData("Budget cuts duty on solar water heaters, scraps it on bicycles", "Solar water heaters will pay 5% import duty instead of 20%, and bicycles will no longer pay their 15% duty, the Minister of Finance said in the Budget Statement.", "GD")]
    [InlineData("Budget cuts duty on solar water heaters", "Solar water heaters will pay 5% import duty from January, the Minister of Finance said in the Budget Statement.", "BB")]
    [InlineData("Parliament passes budget cutting duty on solar water heaters", "Solar water heaters will pay 5% import duty instead of 20%, and bicycles will no longer pay their 15% duty, after MPs passed the budget.", "BB")]
    [InlineData("Duty on solar water heaters cut, bicycle duty scrapped", "Solar water heaters will pay 5% import duty instead of 20%, and bicycles will no longer pay their 15% duty.", "BB")]
    public void Otherwise_the_rule_does_not_join_them(string title, string text, string country) =>
        Assert.False(Of(title, text, country).HeadlinesNameSameBudgetByItsRates(Of(Speech, SpeechText, "BB")));
}
