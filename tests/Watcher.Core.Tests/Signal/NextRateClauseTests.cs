using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 23 (extract41): in a sentence with two rates, a clause joined after the first rate by "and", "while" or "but", whose
/// tariff word and goods run up to the second rate ("… its duties on pecans and apples to 25% and to lower the tariff on bourbon
/// to 100%"), names the second rate's goods; the first rate keeps the goods its own "on" named before it. A single rate still
/// takes the goods of the tariff word after it. Sentences are the tests' own.
/// </summary>
public class NextRateClauseTests
{
    private static IReadOnlyList<string> GoodsAt(string text, double rate, string outlet) =>
        TariffExtractor.Extract(text, outlet).Where(m => m.Rate == rate).SelectMany(m => m.Products).ToList();

    [Theory]
    [InlineData("Vietnam agreed to cut its duties on U.S. almonds and cherries to 5% and to lower the tariff on whiskey to 20%, officials said.", 5, "VN", "almonds", "whiskey")]
    [InlineData("Kenya cut the duty on wheat to 10% and the duty on rice to 25%.", 10, "KE", "wheat", "rice")]
    [InlineData("Egypt raised the customs duty on cheese to 40%, while the duty on butter goes to 30%.", 40, "EG", "cheese", "butter")]
    public void The_first_rate_keeps_its_own_goods(string text, double rate, string outlet, string own, string other)
    {
        var goods = GoodsAt(text, rate, outlet);
        Assert.Contains(goods, g => g.Contains(own, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(goods, g => g.Contains(other, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Vietnam agreed to cut its duties on U.S. almonds and cherries to 5% and to lower the tariff on whiskey to 20%, officials said.", 20, "VN", "whiskey")]
    [InlineData("Kenya cut the duty on wheat to 10% and the duty on rice to 25%.", 25, "KE", "rice")]
    // another party's tariff joined after the rate keeps its own reading
    [InlineData("The two sides agreed to keep U.S. tariffs on most Chinese imports at 30% and Chinese tariffs on American goods at 10%.", 10, "US", "goods")]
    // one rate: the tariff word after it still names its goods
    [InlineData("Canada imposed a 25% surtax on steel from China.", 25, "CA", "steel")]
    public void The_later_clause_names_the_next_rates_goods(string text, double rate, string outlet, string goods) =>
        Assert.Contains(GoodsAt(text, rate, outlet), g => g.Contains(goods, StringComparison.OrdinalIgnoreCase));
}
