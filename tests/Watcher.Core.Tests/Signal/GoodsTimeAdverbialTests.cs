using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 16 (lead, from the review): a goods phrase that runs into a time adverbial ends before it — "a 10% tariff on US crude
/// last month" is a tariff on crude, "a 20% duty on US almonds earlier this year" on almonds. Goods whose own words look like
/// time ("summer squash", "spring onions") keep them unless a time determiner or preposition leads.
/// Sentences are the tests' own, in several styles.
/// </summary>
public class GoodsTimeAdverbialTests
{
    private static string Read(string text, string? country = null) =>
        string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of));

    [Theory]
    [InlineData("Official figures showed China imposed a 10% tariff on US crude last month.", "CN>US 10% crude")]
    [InlineData("India imposed a 20% duty on US almonds earlier this year.", "IN>US 20% almonds")]
    [InlineData("Mexico raised its tariff on Chinese footwear to 35% this week.", "MX>CN 35% footwear")]
    [InlineData("Turkey slapped a 40% levy on US rice yesterday, the trade ministry said.", "TR>US 40% rice")]
    [InlineData("Canada imposed a 25% surtax on Chinese steel in 2024.", "CA>CN 25% steel")]
    public void A_time_adverbial_after_the_goods_is_when_not_what(string text, string expected) =>
        Assert.Contains(expected, Read(text).Split('|'));

    [Theory]
    [InlineData("Japan cut its tariff on US summer squash to 5%.", "JP>US 5% summer squash")]
    [InlineData("Kenya raised its duty on Ugandan spring onions to 25%.", "KE>UG 25% spring onions")]
    public void Goods_whose_words_look_like_time_keep_them(string text, string expected) =>
        Assert.Contains(expected, Read(text).Split('|'));
}
