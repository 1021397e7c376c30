namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 31 (extract58): a later rate whose tariff is on a country's "(most) other goods" (TariffExtractor.OtherGoods.cs) is on
/// goods at large, not on the goods of the rate before it; a later rate whose own phrase names no goods and says nothing of other
/// goods still takes them. Sentences are the tests' own.
/// </summary>
public class OtherGoodsTests
{
    private static string[] Read(string text) => MeasureKey.All(text).Split('|');

    [Theory]
    [InlineData("Kenyan farmers were hardest hit by the 25% US tariff on Kenyan tea, more than by the 10% rate on most other Kenyan goods.", "US>KE 10% goods", "US>KE 25% tea")]
    [InlineData("The United States charges a 30% tariff on Malagasy vanilla and a 15% tariff on all other Malagasy goods.", "US>MG 15% goods", "US>MG 30% vanilla")]
    public void A_rate_on_other_goods_keeps_goods_at_large(string text, string expected, string first)
    {
        var got = Read(text);
        Assert.Contains(expected, got);
        Assert.Contains(first, got);
    }

    [Fact]
    public void A_rate_on_other_goods_takes_no_goods_the_headline_names() =>
        Assert.Contains("US>BJ 10% goods", Read("Benin's president raises US tariff on cashew nuts.\nThe two presidents discussed the 25% tariff that Washington applies to Beninese cashew nuts, on top of the 10% tariff on most other Beninese goods."));

    [Theory]
    // goods the later rate names are its own; a later rate that names none takes the goods before it
    [InlineData("Canada raised the duty on cheese to 30% and to 40% in 2028.", "CA>* 40% cheese")]
    [InlineData("The United States charges a 30% tariff on Malagasy vanilla and a 15% tariff on Malagasy cloves.", "US>MG 15% cloves")]
    // a remedy's rate on "all other imports" from its origin is for the origin's other exporters, on the same goods
    [InlineData("EU sets anti-dumping duties on Chinese citric acid.\nThe individual duties are 12.5% for Weifang Ensign and 20.1% for other cooperating companies, while a duty of 33.8% applies to all other imports from China.", "EU>CN 33.8% citric acid")]
    public void A_later_rate_not_on_other_goods_reads_as_before(string text, string expected) =>
        Assert.Contains(expected, Read(text));
}
