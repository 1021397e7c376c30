using Watcher.Core.Matching;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// The -ing forms of the change verbs that end in "e" (reducing, imposing, removing, pausing, waiving, doubling, halving,
/// restoring, reinstating, hiking), which the prefixes reduce*, impose*, double* … do not reach because English drops the
/// "e" (docs/quality.md "Session 15 (relev15)"). A headline that states such a change to a duty on goods is a tariff story
/// (<c>@change-verbs</c>); one about a service's price, a domestic duty or a duty as an obligation stays out, as the other
/// forms do. Sentences written for these tests.
/// </summary>
public class TopicRelevanceChangeVerbFormsTests
{
    private static bool Tariffs(string title) =>
        QueryTopicMatcher.Default.Match(title, string.Empty).Any(m => m.Topic == DefaultTopics.Tariffs);

    [Theory]
    // negatives first: a utility's or a carrier's price, a domestic duty, a duty as an obligation, no goods at all, a walk
    [InlineData("Utility hiking power tariffs by 8% from July", false)]
    [InlineData("Council weighs doubling stamp duty on second homes", false)]
    [InlineData("Nurses protest doubling of night duty hours", false)]
    [InlineData("Airline reinstating fuel surcharge on long-haul fares", false)]
    [InlineData("Hiking club doubling its membership fee", false)]
    [InlineData("Regulator halving parking tariff in city centre", false)]
    // a change to a duty or tariff on goods, in the dropped-e form
    [InlineData("Traders welcome halving of duty on cooking oil", true)]
    [InlineData("Publishers protest doubling of duty on newsprint", true)]
    [InlineData("Ministry imposing duty on frozen mackerel", true)]
    [InlineData("Cabinet approves waiving duty on solar panels for a year", true)]
    [InlineData("Millers warn against reducing tariff on wheat flour", true)]
    [InlineData("Government restoring 15% duty on cotton yarn", true)]
    public void A_change_stated_in_its_ing_form(string title, bool tariffs) => Assert.Equal(tariffs, Tariffs(title));
}
