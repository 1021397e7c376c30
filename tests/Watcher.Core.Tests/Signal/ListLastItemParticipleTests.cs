using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 23 (extract41): a list of goods whose last item carries a participle after its noun ("software, games, films and
/// other digital products downloaded or streamed from abroad") is still a list: the last item ends where the participle begins,
/// so the items before it stay goods of the measure. A participle that opens an item ("dried peas") is part of it. Sentences are
/// the tests' own.
/// </summary>
public class ListLastItemParticipleTests
{
    private static IReadOnlyList<string> GoodsAt(string text, double rate, string outlet) =>
        TariffExtractor.Extract(text, outlet).Where(m => m.Rate == rate).SelectMany(m => m.Products).ToList();

    [Theory]
    [InlineData("Malaysia will impose a 10% import duty on e-books, music, apps and other digital content downloaded or streamed from abroad from January 1, the finance ministry said.", 10, "MY", "e-books", "apps")]
    [InlineData("Kenya will charge an import duty of 8 percent on printers, scanners and other office machines assembled abroad from March 1, 2028.", 8, "KE", "printers", "scanners")]
    [InlineData("The government raised the import duty to 20 percent on tiles, sanitary ware and other building materials imported for resale.", 20, "LK", "tiles", "sanitary ware")]
    public void The_items_before_a_participle_stay_goods(string text, double rate, string outlet, string first, string second)
    {
        var goods = GoodsAt(text, rate, outlet);
        Assert.Contains(goods, g => g.Contains(first, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(goods, g => g.Contains(second, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    // a clause after the list is no item of it
    [InlineData("The EU imposed a 25% duty on Chinese steel, saying imports had surged, officials said.", 25, "EU", "imports")]
    [InlineData("Ghana raised the duty on rice to 35%, and farmers welcomed the move.", 35, "GH", "farmers")]
    // "and" then a name and a verb with its object opens a clause, not the list's last item
    [InlineData("Egypt now charges 40% on imported phone chargers, and India's budget lifted the customs duty on water purifiers to 25%.", 40, "EG", "budget")]
    [InlineData("Egypt now charges 40% on imported phone chargers, and traders sold their stocks before the rise.", 40, "EG", "traders")]
    public void A_clause_after_the_goods_is_no_item(string text, double rate, string outlet, string notGoods) =>
        Assert.DoesNotContain(GoodsAt(text, rate, outlet), g => g.Contains(notGoods, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void A_participle_that_opens_an_item_is_part_of_it() =>
        Assert.Contains(GoodsAt("Kenya raised the import duty on lentils, beans and dried peas to 35 percent.", 35, "KE"),
            g => g.Contains("dried peas", StringComparison.OrdinalIgnoreCase));
}
