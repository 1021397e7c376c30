using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 20 (extract34): goods named by example. A generic word of the trade ("products", "goods", "items"), with at most an
/// origin before it, followed by "such as" names its goods by the examples: "the 40% tariff on Brazilian products such as beef and
/// coffee" is on beef and coffee. Goods that name themselves keep their own words ("dairy products such as cheese"), and a
/// phrase cut at "such" never keeps the word. Firms named by example ("carmakers such as BYD") are no goods. Sentences are the
/// tests' own.
/// </summary>
public class GoodsByExampleTests
{
    private static IReadOnlyList<string> GoodsAt(string text, double rate, string? country = null) =>
        TariffExtractor.Extract(text, country).Where(m => m.Rate == rate).SelectMany(m => m.Products).ToList();

    [Theory]
    [InlineData("Talks ended without a deal to cut the 40% US tariff on Brazilian products such as beef and coffee, officials said.", 40, "beef", "coffee")]
    [InlineData("India will keep its 30% duty on American goods such as almonds and apples, the ministry said.", 30, "almonds", "apples")]
    [InlineData("Kenya imposed a 25% levy on products such as steel pipes and copper wire.", 25, "steel pipes", "copper wire")]
    public void A_generic_word_s_examples_are_the_goods(string text, double rate, string first, string second)
    {
        var goods = GoodsAt(text, rate, "IN");
        Assert.Contains(goods, g => g.Contains(first, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(goods, g => g.Contains(second, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Mexico will eliminate its tariffs of up to 100% on EU dairy products such as cheese.", 100, "dairy products")]
    [InlineData("The US will keep its 50 percent tariff on household appliances such as refrigerators.", 50, "household appliances")]
    public void Goods_that_name_themselves_keep_their_words(string text, double rate, string goods)
    {
        var read = GoodsAt(text, rate, "US");
        Assert.Contains(read, g => g.Contains(goods, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(read, g => g.EndsWith(" such", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Brazil raised the tariff on electric vehicles to 35%, a move that will hit carmakers such as BYD.", 35, "BYD")]
    [InlineData("India's 12% safeguard duty on flat steel gives mills such as JSW Steel some breathing room.", 12, "JSW")]
    public void Firms_named_by_example_are_no_goods(string text, double rate, string firm) =>
        Assert.DoesNotContain(GoodsAt(text, rate, "IN"), g => g.Contains(firm, StringComparison.OrdinalIgnoreCase));
}
