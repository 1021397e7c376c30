using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 23 (extract41): where a product phrase ends. A relative "whose" opens a clause about the goods, as "which" does
/// ("a 40% tariff on imported garments and footwear whose declared price was below …"), so both goods stay and the clause is
/// none; "cuts" after a meat is goods ("pork cuts and sausages"), while "cuts" as a verb still ends the phrase. Sentences are
/// the tests' own.
/// </summary>
public class GoodsPhraseEndTests
{
    private static IReadOnlyList<string> GoodsAt(string text, double rate, string outlet) =>
        TariffExtractor.Extract(text, outlet).Where(m => m.Rate == rate).SelectMany(m => m.Products).ToList();

    [Theory]
    [InlineData("The decree imposed a 30% tariff on imported handbags and wallets whose declared price was below the reference value.", 30, "CO", "wallets")]
    [InlineData("Jamaica raised the import duty on beef cuts and burgers to 35 percent.", 35, "JM", "beef cuts")]
    [InlineData("Trinidad and Tobago raised the customs duty on chicken cuts and sausages to 40 percent.", 40, "TT", "sausages")]
    public void The_goods_run_to_their_own_end(string text, double rate, string outlet, string goods) =>
        Assert.Contains(GoodsAt(text, rate, outlet), g => g.Contains(goods, StringComparison.OrdinalIgnoreCase));

    [Theory]
    [InlineData("The decree imposed a 30% tariff on imported handbags and wallets whose declared price was below the reference value.", 30, "CO", "price")]
    // "cuts" as the verb of the clause after the goods
    [InlineData("A 25% tariff on steel cuts margins for carmakers, analysts said.", 25, "US", "margins")]
    public void A_clause_after_the_goods_is_no_goods(string text, double rate, string outlet, string notGoods) =>
        Assert.DoesNotContain(GoodsAt(text, rate, outlet), g => g.Contains(notGoods, StringComparison.OrdinalIgnoreCase));
}
