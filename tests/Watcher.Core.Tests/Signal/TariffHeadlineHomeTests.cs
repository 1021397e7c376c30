using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 16 (extract28): an item about a tariff laid "on" goods, with no word of trade ("Tariff on roasted coffee halved to
/// 20%", "Caputo cuts tariff on toys to 20%"), is a border measure of its outlet's country as a duty is: what a tariff, levy or
/// surcharge is "on" is goods, where a utility's, a hotel's or a wage tariff is "for" someone or named before it. A duty that
/// moves to a rate it states ("Tariffs on … rise to up to 35%", "the duty on rice falls to 10 percent") is a decision stated
/// without an actor, like "cut to" or "raised". And a phrase that opens with a preposition ("… to 50% under new tariff") names no
/// goods. Sentences are the tests' own: headlines, wire, ministry notice, translated English, budget brief.
/// </summary>
public class TariffHeadlineHomeTests
{
    private static string Read(string text, string? country) =>
        string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of));

    [Theory]
    [InlineData("Tariff on roasted coffee halved to 20%", "PH", "PH>* 20% roasted coffee")]
    [InlineData("Tariff on toys cut to 20% before Children's Day", "AR", "AR>* 20% toys")]
    [InlineData("The government cut the tariff on frozen chicken to 15 per cent on Friday.", "ZM", "ZM>* 15% frozen chicken")]
    [InlineData("The tariff on cement was raised to 25 percent on Monday.", "KE", "KE>* 25% cement")]
    [InlineData("Tariffs on plastic kitchenware and umbrellas rise to up to 35%", "MX", "MX>* 35% plastic kitchenware+umbrellas")]
    [InlineData("The duty on rice falls to 10 percent from next month, according to the gazette notice.", "LK", "LK>* 10% rice")]
    public void A_charge_laid_on_goods_is_the_outlet_s_border_measure(string text, string country, string expected)
    {
        Assert.Equal(expected, Read(text, country));
        Assert.Equal("", Read(text, null)); // the text alone names no imposer
    }

    // not a border measure of the outlet's: a utility's or a hotel's tariff, revenue or prices that rise, another country's tariff
    // on the outlet's own goods, a tariff that only "doubles" without a rate, and an export duty
    [Theory]
    [InlineData("Electricity tariff on households raised to 20%", "KE")]
    [InlineData("Tariff on electricity raised by 20% from January", "KE")]
    [InlineData("Hotel tariffs rise to 20% in peak season", "MV")]
    [InlineData("Tariff revenue rose to 5 billion shillings last year", "KE")]
    [InlineData("Tariffs on Indian shrimp rise to 50%", "IN")]
    [InlineData("Water tariffs for consumers go up to 12% next month", "ZA")]
    [InlineData("Export levy on cocoa beans raised to 15%", "GH")]
    [InlineData("Prices of imported rice rise to a record as the tariff bites", "PH")]
    [InlineData("Data tariffs on prepaid bundles cut by 10%", "NG")]
    [InlineData("Levy on sugary drinks doubled to 40pc in mid-year review", "GB")]
    // a share that moves, not a duty (session 16 review): of imports subject to tariffs, of a value, of revenue
    [InlineData("Share of imports subject to tariffs falls to 9%", "GB")]
    [InlineData("The share of imports subject to tariffs fell to 9% last year.", "GB")]
    [InlineData("Tariffs on steel imports fell to 9% of the value of shipments.", "GB")]
    [InlineData("Customs duty collections rose to 12% of revenue in the quarter.", "IN")]
    [InlineData("Goods covered by duties rose to 14 per cent of all imports, the statistics office said.", "AU")]
    public void Not_the_outlet_s_border_measure(string text, string country) =>
        Assert.Equal("", Read(text, country));

    // a phrase after the rate that opens with a preposition is no goods; the goods named before the duty stay
    [Theory]
    [InlineData("Import duty on bottled water raised to 50% under new tariff", "AO", "AO>* 50% bottled water")]
    [InlineData("Tariff on rice raised to 70% from July", "NG", "NG>* 70% rice")]
    public void A_phrase_that_opens_with_a_preposition_is_no_goods(string text, string country, string expected) =>
        Assert.Equal(expected, Read(text, country));
}
