namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 14 (extract25): a headline puts its tariff word in the passive ("Rice import duty cut to 2%", "sugar import tariff raised
/// to 35%"); the goods are the modifier words before the tariff word, as for "steel tariff to 50%". Negative rows: a passive with
/// no goods before the tariff word (a determiner, a qualifier, a possessive) names none.
/// </summary>
public class TariffHeadlinePassiveTests
{
    // ModifiedTariffBefore widened: a headline's tariff word in the passive, its goods before it
    [Theory]
    [InlineData("Bangladesh's rice import duty cut to 2%", "BD>* 2% rice")]
    [InlineData("Kenya: sugar import tariff raised to 35%", "KE>* 35% sugar")]
    [InlineData("Malaysia's steel bar duty hiked to 15% from 10%", "MY>* 15% steel bar")]
    [InlineData("Egypt's car import tariff is slashed to 20%", "EG>* 20% car")]
    public void A_headline_passive_names_its_goods_before_the_tariff_word(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    [InlineData("Canada's import duty cut to 5%", "CA>* 5% goods")]
    [InlineData("Brazil's general tariff cut to 12% for Mercosur partners", "BR>MERCOSUR 12% goods")]
    [InlineData("Trump's tariff cut to 10% on Swiss goods", "US>CH 10% goods")]
    public void A_passive_without_goods_before_it_names_none(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));
}
