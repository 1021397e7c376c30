using Watcher.Core.Matching;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Talks on a trade agreement named without the words "trade talks" (holdout 16's largest relevance kind, docs/quality.md
/// "Session 15 (relev15)"): a round of negotiations on a trade agreement, FTA talks, talks on a trade pact or an economic
/// partnership agreement, with a country, a bloc or a leader named beside them. Such a headline is a meeting of the two
/// sides (summits), and talks on a trade agreement make a tariff in the story its subject (tariffs), as "trade talks" did;
/// the talks alone are no tariff story. Sentences written for these tests, on countries and goods of no dev item.
/// </summary>
public class TopicRelevanceTradeAgreementTalksTests
{
    private static (bool Tariffs, bool Summits) Topics(string title, string text)
    {
        var topics = QueryTopicMatcher.Default.Match(title, text).Select(m => m.Topic).ToHashSet();
        return (topics.Contains(DefaultTopics.Tariffs), topics.Contains(DefaultTopics.Summits));
    }

    [Theory]
    // negatives first: a club's trade deal, a company's, a pay deal, a trade union, a deal that is no talks
    [InlineData("Dodgers in talks on trade deal for All-Star closer", "", false, false)]
    [InlineData("Glencore in talks on copper trade deal with smelters", "", false, false)]
    [InlineData("Carmaker and union reach pay deal after marathon talks", "", false, false)]
    [InlineData("Trade union leaders hold talks on wage deal", "", false, false)]
    [InlineData("Rangers open talks on a loan deal for Brazilian striker", "", false, false)]
    [InlineData("Kenya signs trade agreement with Ghana", "", false, false)]
    // the talks alone are a meeting, not a tariff story
    [InlineData("Chile, India open third round of FTA talks", "", false, true)]
    [InlineData("Kenya, UK conclude second round of negotiations on economic partnership agreement", "", false, true)]
    [InlineData("Canada and Ecuador wrap up free-trade agreement negotiations in Quito", "", false, true)]
    [InlineData("Mercosur, EFTA negotiators hold new round of talks on trade pact", "", false, true)]
    // a tariff in a story of talks on a trade agreement is its subject (a meeting only when the headline names the agreement)
    [InlineData("Australia and EU resume talks in Canberra",
        "Negotiators met to restart talks on a trade agreement. Australian beef faces a 12.8% EU tariff and a quota.", true, false)]
    [InlineData("Australia and EU resume talks in Canberra",
        "Negotiators met to discuss farm access. Australian beef faces a 12.8% EU tariff and a quota.", false, false)]
    [InlineData("Thailand, EU hold sixth round of FTA talks",
        "Thai officials asked Brussels to lower its 10% tariff on Thai canned tuna during the round.", true, true)]
    public void Talks_on_a_trade_agreement(string title, string text, bool tariffs, bool summits) =>
        Assert.Equal((tariffs, summits), Topics(title, text));
}
