using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 34 (lead): one subject's several verbs of change, one rate each, keep their own verbs (TariffExtractor.VerbClauses.cs):
/// "would abolish the 10 percent duty on X and cut the duty on Y from 20% to 8%" was two removals, since a sentence's one action
/// ranks a removal first. A verb that governs every rate, and a threat or proposal over the whole sentence, still give every rate
/// the sentence's action. Sentences are the tests' own.
/// </summary>
public class VerbClauseActionTests
{
    private static List<string> Read(string text, string? country = null) =>
        TariffExtractor.Extract(text, country).Select(m => MeasureKey.Of(m) + " (" + m.Action + ")").ToList();

    [Fact]
    public void An_abolition_and_a_cut_joined_by_and_keep_their_own_verbs()
    {
        var read = Read("Barbados said it would abolish the 10 percent customs duty on sardines and cut the duty on frozen peas from 20% to 8%.");
        Assert.Contains("BB>* 10% sardines (removed)", read);
        Assert.Contains("BB>* 8% frozen peas (lowered)", read);
    }

    [Fact]
    public void A_rise_and_a_removal_across_while_keep_their_own_verbs()
    {
        var read = Read("Fiji raised the duty on cigarette lighters to 40% in its budget, while the 15% duty on rowing machines has been abolished.");
        Assert.Contains("FJ>* 40% cigarette lighters (raised)", read);
        Assert.Contains("FJ>* 15% rowing machines (removed)", read);
    }

    [Theory]
    // one verb before two rates: both are that change
    [InlineData("Namibia raised its duties on sugar to 35% and on rice to 25%.", "raised")]
    // a later clause with no verb of change of its own takes the sentence's
    [InlineData("Lesotho cut the duty on cement to 10%, while steel rods get 5%.", "lowered")]
    // a threat over both clauses stays a threat, whatever the second clause's verb
    [InlineData("The United States threatened to raise tariffs on Brazilian shoes to 50% and impose a 25% tariff on Brazilian leather.", "threatened")]
    public void A_verb_or_stance_governing_every_rate_is_the_action_of_each(string text, string action)
    {
        var read = Read(text);
        Assert.Equal(2, read.Count);
        Assert.All(read, m => Assert.EndsWith("(" + action + ")", m));
    }
    [Theory]
    // "cut" naming goods is no verb of change: the rise is the action
    [InlineData("Rwanda raised the import duty on cut flowers to 25%.", "RW>* 25% cut flowers (raised)")]
    [InlineData("Malawi will raise the duty on fresh cut roses to 30 percent from 10 percent.", "MW>* 30% fresh cut roses (raised)")]
    // "cut" as a verb before those goods is still a cut
    [InlineData("Uganda cut the duty on cut flowers to 5%.", "UG>* 5% cut flowers (lowered)")]
    public void Cut_naming_goods_is_no_cut(string text, string expected) => Assert.Contains(expected, Read(text));
}
