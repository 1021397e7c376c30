using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 25 (extract47): goods charged in a clause that does not open the sentence (TariffExtractor.ClauseGoods.cs) — after a
/// lead-in ("Under the decree, …"), after a reporting verb ("The minister said shrimp will continue to face …"), in a clause joined by
/// "while" / "and" / a semicolon, and goods named by those who import them ("Importers of paper cups will pay 35 percent duty"). People,
/// firms, a fine, a domestic tax and a utility's or a telecom operator's tariff are never such goods. Sentences are the tests' own.
/// </summary>
public class ClauseGoodsTests
{
    [Theory]
    [InlineData("Turkey raises duties on small appliances. Under a presidential decision published Saturday, hair dryers will face an additional 30% levy, while electric kettles will face 20%.", "TR>* 30% hair dryers")]
    [InlineData("Turkey raises duties on small appliances. Under a presidential decision published Saturday, hair dryers will face an additional 30% levy, while electric kettles will face 20%.", "TR>* 20% electric kettles")]
    [InlineData("Kenya raises duty on paper products. Importers of paper cups and envelopes will pay 35 percent duty from July.", "KE>* 35% paper cups+envelopes")]
    [InlineData("Vietnam cuts tariff on pork. The trade ministry said frozen shrimp will continue to face a 15 percent tariff.", "VN>* 15% frozen shrimp")]
    [InlineData("Uganda raises import duty on bar soap to 35 percent. Under the budget, imported fishing nets will attract an import duty of 25 percent.", "UG>* 25% fishing nets")]
    [InlineData("Ghana raises duty on cement to 20%. Clinker stays duty-free; roofing sheets will pay 15 percent duty.", "GH>* 15% roofing sheets")]
    public void Goods_charged_in_a_later_clause_are_read(string text, string expected) =>
        Assert.Contains(expected, MeasureKey.All(text), StringComparison.OrdinalIgnoreCase);

    [Theory]
    // people, firms and fines; a domestic tax; a utility's or a telecom operator's tariff; a duty of care
    [InlineData("Kenya raises duty on sugar to 35%. The court said the firm will continue to pay a fine of 10% of its turnover.", "10%")]
    [InlineData("Kenya raises duty on sugar to 35%. The minister said doctors will continue to pay 30% income tax.", "30%")]
    [InlineData("India cuts customs duty on gold to 6%. The minister said small cars will attract 28% GST, while two-wheelers will pay 18%.", "18%")]
    [InlineData("Kenya raises duty on sugar to 35%. The regulator said mobile tariffs will rise 5%, while data bundles will face 8%.", "8%")]
    [InlineData("Kenya raises duty on sugar to 35%. The union said nurses will face a duty of care on 100% of shifts.", "nurses")]
    [InlineData("Kenya raises duty on sugar to 35%. Under the deal, exporters will pay 12% more for freight.", "12%")]
    [InlineData("The league raised its tariff for broadcasters. Under the new deal, season tickets will face 10% increases, while club shirts will cost 5% more.", "%")]
    public void No_goods_at_the_border_are_read(string text, string absent) =>
        Assert.DoesNotContain(absent, MeasureKey.All(text), StringComparison.OrdinalIgnoreCase);
}
