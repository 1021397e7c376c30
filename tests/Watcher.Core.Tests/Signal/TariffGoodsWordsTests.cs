namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 14 (extract25): words a goods phrase never is (the rate's unit, a pronoun or quantifier, a price, an origin, an adverb
/// of degree). Sentences are the tests' own, in wire, headline, notice and analysis styles; the negative rows keep goods whose
/// words merely begin with or contain those words.
/// </summary>
public class TariffGoodsWordsTests
{
    // NoGoods widened (and NotModifierWord: "percent" is no modifier of a tariff word): the rate's unit, a pronoun or quantifier, a price, an origin, an adverb of degree is no goods of the measure
    [Theory]
    [InlineData("Trump threatens Norway with 25 percent tariffs over fishing rights", "US>NO 25% goods")]
    [InlineData("Washington's tariffs, which stand at 40% on both Canadian and Mexican goods, will stay.", "US>CA 40% goods|US>MX 40% goods")]
    [InlineData("Fresh fruit and vegetables will be fully exempted from Ghana's 15 per cent duty, the minister said.", "GH>* 15% Fresh fruit+vegetables")] // "fully" is still no goods; the goods phrase reader (session 15) reads the subject
    [InlineData("The Philippines keeps a 10% tariff on rice within the quota, against 40% for shipments outside it.", "PH>* 10% rice|PH>* 40% rice")]
    [InlineData("Peru's Congress approved a bill that would subject online parcels to the 19% tariff for non-preferential origins.", "PE>* 19% goods")]
    public void A_word_no_goods_phrase_is_leaves_the_goods_unnamed(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    [InlineData("Kenya set a 12% duty on percussion instruments.", "KE>* 12% percussion instruments")]
    [InlineData("Vietnam set a 10% tariff on fully assembled bicycles.", "VN>* 10% fully assembled bicycles")]
    [InlineData("Chile imposed a 6% duty on fishing nets and ropes.", "CL>* 6% fishing nets+ropes")]
    [InlineData("India raised the duty on price-controlled drugs to 20%.", "IN>* 20% price-controlled drugs")]
    [InlineData("Egypt imposed a 15% tariff on point-of-sale terminals.", "EG>* 15% point-of-sale terminals")]
    public void Goods_that_begin_with_or_contain_those_words_stay(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));
}
