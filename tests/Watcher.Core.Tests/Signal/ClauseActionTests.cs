using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 32 (extract62): in a round-up of several countries' own duties, each rate's action is read from its own clause (the
/// clause bounds of TariffExtractor.RoundUp.cs), not from the sentence's first verb of change: "Samoa raised …; Tonga imposed …, and
/// Vanuatu cut …" was three cuts. A sentence whose one verb governs several rates keeps that verb for each. Sentences are the
/// tests' own.
/// </summary>
public class ClauseActionTests
{
    private static List<string> Read(string text, string? country = null) =>
        TariffExtractor.Extract(text, country).Select(m => MeasureKey.Of(m) + " (" + m.Action + ")").ToList();

    [Fact]
    public void Each_clause_of_a_round_up_keeps_its_own_verb()
    {
        var read = Read("Samoa raised the duty on biscuits to 25%; Tonga last week imposed duties of up to 18.5% on Chinese steel nails, and Vanuatu cut its tariff on rice to 5%.");
        Assert.Contains("WS>* 25% biscuits (raised)", read);
        Assert.Contains("TO>CN 18.5% steel nails (imposed)", read);
        Assert.Contains("VU>* 5% rice (lowered)", read);
    }

    [Fact]
    public void A_removal_an_extension_and_a_rise_each_keep_their_clause()
    {
        var read = Read("Palau removed its 12% duty on fishing nets; Kiribati extended its 20% tariff on cement, and Tuvalu raised the duty on sugar to 15%.");
        Assert.Contains("PW>* 12% fishing nets (removed)", read);
        Assert.Contains("KI>* 20% cement (imposed)", read);
        Assert.Contains("TV>* 15% sugar (raised)", read);
    }

    [Theory]
    // one verb before two rates of one country's duties: both are that change
    [InlineData("Kenya raised its duties on sugar to 35% and on rice to 25%.", "raised")]
    [InlineData("Ghana cut its duty on cement to 10% and on steel rods to 5%.", "lowered")]
    // a later clause whose goods get a rate has no verb of its own: the sentence's verb governs it
    [InlineData("Uganda raised the duty on matches to 30%, while candles get 20%.", "raised")]
    public void One_verb_governing_two_rates_is_the_action_of_both(string text, string action)
    {
        var read = Read(text);
        Assert.Equal(2, read.Count);
        Assert.All(read, m => Assert.EndsWith("(" + action + ")", m));
    }
}
