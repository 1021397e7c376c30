using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 20 (extract34): a headline's list of goods without "and" is one list — headlines drop the conjunction ("Ghana raises
/// duty on frozen fish, rice to 35%"), so every comma-joined short noun phrase after the tariff's "on" is one of the measure's
/// goods. Not an apposition, a speaker's clause or a country after the comma, and not in a sentence longer than a headline.
/// Sentences are the tests' own, in several headline styles.
/// </summary>
public class HeadlineGoodsListTests
{
    // read as an Indian outlet's item would be (the outlet's country imposes where the headline names no imposer)
    private static IReadOnlyList<string> GoodsAt(string text, double rate) =>
        TariffExtractor.Extract(text, "IN").Where(m => m.Rate == rate).SelectMany(m => m.Products).ToList();

    [Theory]
    [InlineData("Ghana raises import duty on frozen fish, rice to 35%", 35, "frozen fish", "rice")]
    [InlineData("Egypt lifts customs duty on imported cheese, butter to 30%", 30, "cheese", "butter")]
    [InlineData("Vietnam imposes duties of up to 18 percent on Chinese plywood, fibreboard", 18, "plywood", "fibreboard")]
    [InlineData("Kenya cuts duty on wheat, maize, sorghum to 10%", 10, "wheat", "sorghum")]
    [InlineData("Philippines Halves Tariff On Pork, Chicken To 15%", 15, "Pork", "Chicken")]
    [InlineData("Customs duty on copper wire, aluminium foil doubled to 20%", 20, "copper wire", "aluminium foil")]
    public void A_headline_list_without_and_names_every_good(string text, double rate, string first, string last)
    {
        var goods = GoodsAt(text, rate);
        Assert.Contains(goods, g => g.Contains(first, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(goods, g => g.Contains(last, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    // an apposition, a speaker's clause, a country: no goods after the comma
    [InlineData("US raises tariff on potash, Canada's top export, to 25%", 25, "export")]
    [InlineData("India raises duty on gold, silver prices jump to record", 0, "prices")]
    [InlineData("EU imposes 20% duty on Chinese steel, officials say", 20, "officials")]
    [InlineData("Mexico slaps 30% tariff on footwear, Brazil", 30, "Brazil")]
    // a body sentence longer than a headline keeps its comma as a clause break
    [InlineData("The government said on Tuesday that it would raise the duty on imported cement to 25%, local producers welcomed the move after months of lobbying.", 25, "producers")]
    public void A_comma_that_opens_no_goods_ends_the_list(string text, double rate, string notGoods) =>
        Assert.DoesNotContain(GoodsAt(text, rate), g => g.Contains(notGoods, StringComparison.OrdinalIgnoreCase));
}
