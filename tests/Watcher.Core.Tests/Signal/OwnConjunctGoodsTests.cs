namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 30 (extract55): a later rate in a conjunct of its own (TariffExtractor.OwnConjunct.cs) is on the conjunct's own goods —
/// named before the rate with the verb left out ("… and raincoats to a duty of 22.5%", "… and raincoats a 22.5% duty", "…, dried
/// seaweed to 27 percent"), after its "to" ("… applied to toasters, and 15% to kettles"), or the subject of a later clause that pays
/// it after other commas ("…, is to be removed, and kayaks will pay 5 per cent") — not on the goods of the rate before. Words that are
/// a time, a pronoun, a country, a holder of a rate, people, imports or a figure open no such conjunct. Sentences are the tests' own.
/// </summary>
public class OwnConjunctGoodsTests
{
    private static string[] Read(string text) => MeasureKey.All(text).Split('|');

    [Theory]
    [InlineData("Britain said umbrellas from China will be subject to an anti-dumping duty of 41.2% and raincoats to a duty of 22.5%.", "GB>CN 22.5% raincoats", "GB>CN 41.2% umbrellas")]
    [InlineData("Britain said umbrellas from China will face a 41.2% anti-dumping duty and raincoats a 22.5% duty.", "GB>CN 22.5% raincoats", "GB>CN 41.2% umbrellas")]
    [InlineData("South Korea said frozen squid will be subject to a 40 percent tariff, dried seaweed to 27 percent and sesame to 33 percent.", "KR>* 27% dried seaweed", "KR>* 40% frozen squid")]
    [InlineData("Mexico said cars from Korea are subject to a 50 percent tariff and tyres to 35 percent.", "MX>KR 35% tyres", "MX>KR 50% cars")]
    public void Goods_that_open_a_gapped_conjunct_are_its_rates_goods(string text, string expected, string first)
    {
        var got = Read(text);
        Assert.Contains(expected, got);
        Assert.Contains(first, got);
    }

    [Theory]
    [InlineData("Türkiye said an additional duty of 30% will be applied to toasters, and 15% to kettles.", "TR>* 15% kettles", "TR>* 30% toasters")]
    [InlineData("Türkiye said a 20% customs duty will be applied to imported sofas, and 10% to mattresses and pillows from outside the customs union.", "TR>* 10% mattresses+pillows", "TR>* 20% sofas")]
    public void Goods_after_a_gapped_rates_own_to_are_its_goods(string text, string expected, string first)
    {
        var got = Read(text);
        Assert.Contains(expected, got);
        Assert.Contains(first, got);
    }

    [Theory]
    [InlineData("Barbados said customs duty on tennis rackets, now 20 per cent, is to be removed, and kayaks will pay 5 per cent.", "BB>* 5% kayaks", "BB>* 20% tennis rackets")]
    [InlineData("Jamaica said the 20 per cent import duty on sunscreen will be removed, in support of a health campaign, while electric vans will attract import duty of 10 per cent.", "JM>* 10% electric vans", "JM>* 20% sunscreen")]
    [InlineData("Bosnia and Herzegovina has lowered the customs duty on dried figs to 15 percent, while fresh figs will keep paying 30 percent, the Council of Ministers decided at its session.", "BA>* 30% fresh figs", "BA>* 15% dried figs")]
    public void Goods_that_pay_a_rate_in_a_later_clause_are_its_goods(string text, string expected, string first)
    {
        var got = Read(text);
        Assert.Contains(expected, got);
        Assert.Contains(first, got);
    }

    [Theory]
    // a pronoun, a time, a country, a holder of a rate or a flow opens no conjunct of goods: the rate keeps the goods before it
    [InlineData("Chile imposed a 10% tariff on wine and raised it to 15% in March.", "CL>* 15% wine")]
    [InlineData("India raised the duty on gold to 10% and later to 15%.", "IN>* 15% gold")]
    [InlineData("Vietnam will apply a 15% tariff to tiles, and 10% to the EU.", "VN>EU 10% tiles")]
    [InlineData("Peru raised the tariff on shoes to 20% and threatened to raise duties to 30%.", "PE>* 30% shoes")]
    [InlineData("Kenya imposed a 25% duty on sugar and Ugandan exporters a 10% levy.", "KE>UG 10% sugar")]
    [InlineData("Ghana raised the duty on rice to 20%, and imports to 35%.", "GH>* 35% rice")]
    [InlineData("Brazil cut the import tax on tractors to 10% and on harvesters to 5%.", "BR>* 5% harvesters")]
    [InlineData("Morocco imposed duties of 21.5% on Egyptian tiles, while Turkish exporters will pay 19%.", "MA>TR 19% tiles")]
    [InlineData("Chile raised the tariff on wine to 20%, in March, and imports will pay 25% from June.", "CL>* 25% wine")]
    public void Words_that_are_no_goods_open_no_gapped_conjunct(string text, string expected) =>
        Assert.Contains(expected, Read(text));

    [Theory]
    [InlineData("Egypt imposed a 30% duty on phones, and prices rose to 15%.", "EG>* 30% phones")]
    [InlineData("Kenya raised the duty on sugar to 35%, effective in July, and consumers will pay 5% more.", "KE>* 35% sugar")]
    public void A_figure_or_people_after_a_conjunction_is_no_measure(string text, string only) =>
        Assert.Equal([only], Read(text));
}
