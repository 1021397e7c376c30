using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 22 (extract38): goods a clause names by what it says of them (TariffExtractor.GoodsPredicate.cs) — the subject of a
/// price change a tariff brings ("Wheelchairs will become cheaper, with customs duty cut to 1 percent") and what the makers a duty
/// charges make ("makers of industrial sewing machines will pay duties"). Sentences are the tests' own, in budget-brief, wire and
/// headline styles; negatives are subjects that are no goods and makers that no duty charges.
/// </summary>
public class GoodsPredicateTests
{
    [Theory]
    [InlineData("Bicycles will become cheaper, with customs duty cut to 5 percent.", "Bicycles")]
    [InlineData("Hearing aids to get cheaper as 10% import duty is scrapped", "Hearing aids")]
    [InlineData("Baby formula and nappies will get cheaper, with duty cut to 2%.", "Baby formula|nappies")]
    [InlineData("Imported motorcycles will become costlier as the duty rises to 40 per cent.", "motorcycles")]
    [InlineData("Solar lanterns are set to get cheaper after the budget halved the tariff to 10%.", "Solar lanterns")]
    public void The_subject_of_a_price_change_is_goods(string sentence, string goods) =>
        Assert.Equal(goods.Split('|'), TariffExtractor.PricedGoods(sentence)!, StringComparer.OrdinalIgnoreCase);

    [Theory]
    // people, prices, life, travel and whole trade are no goods; a price said of nothing
    [InlineData("Life will get costlier, with duty raised to 20% on many imports.")]
    [InlineData("Consumers will get cheaper phones after the duty cut to 10%.")]
    [InlineData("Prices will become cheaper once the 15% tariff goes.")]
    [InlineData("Travel will get dearer as the 10% levy on tickets begins.")]
    [InlineData("Imported goods will become costlier after the 5% surcharge.")]
    [InlineData("It will get cheaper, the minister said, with duty at 5%.")]
    [InlineData("The duty on bicycles was cut to 5 percent.")]
    [InlineData("Phone calls to get cheaper as the telecom tariff falls 10%")]
    [InlineData("Electricity will become dearer under the new 12% tariff.")]
    public void A_price_change_of_no_goods_names_none(string sentence) =>
        Assert.Null(TariffExtractor.PricedGoods(sentence));

    [Theory]
    [InlineData("Chinese makers of ceramic sinks will pay anti-dumping duties of up to 32.5%.", "CN", "ceramic sinks")]
    [InlineData("Vietnamese steel wire makers hit with US duties of up to 12%", "VN", "steel wire")]
    [InlineData("Indian duties of up to 18% hit Malaysian PVC makers", "MY", "PVC")]
    [InlineData("Indian duties of up to 18.5% hit Malaysian PVC makers", "MY", "PVC")]
    [InlineData("Other Thai tuna makers face provisional duties of 9%.", "TH", "tuna")]
    public void The_makers_a_duty_charges_name_their_goods(string sentence, string target, string goods) =>
        Assert.Equal([goods], TariffExtractor.MadeGoods(sentence, target)!);

    [Theory]
    // makers not charged: a cost they face, what they say; a firm's name; another country's makers
    [InlineData("Beverage and pet food makers face higher costs for taurine after Brussels imposed duties of up to 63.4%.", "CN")]
    [InlineData("Foshan mosaic tile makers said they would ask Bangkok to cut its duties of 38.9 percent.", "TH")]
    [InlineData("Chinese makers of ceramic sinks will pay anti-dumping duties of up to 32.5%.", "VN")]
    [InlineData("Hubei Jinlong cable makers hit with duties of up to 20%", "CN")]
    [InlineData("Car makers will pay more for steel after the 25% tariff.", "CN")]
    [InlineData("The duty is an obligation that makers of policy must pay attention to.", "*")]
    [InlineData("Mountaineers reached the summit. Its duty of care hit local guide makers hard.", "*")]
    public void Makers_no_duty_charges_name_no_goods(string sentence, string target) =>
        Assert.Null(TariffExtractor.MadeGoods(sentence, target));

    [Theory]
    // whole items: a measure read with only "goods" takes the goods its predicate names; whole trade keeps "goods"
    [InlineData("Kenya's budget cut import duties on medical equipment. Wheelchairs will become cheaper, with customs duty cut to 1 percent.", "wheelchairs")]
    [InlineData("The EU imposed provisional anti-dumping duties on China. Chinese makers of industrial sewing machines will pay duties of up to 46.2 per cent.", "industrial sewing machines")]
    public void A_generic_measure_takes_its_predicates_goods(string text, string goods) =>
        Assert.Contains(goods, MeasureKey.All(text), StringComparison.OrdinalIgnoreCase);

    [Theory]
    [InlineData("The US raised its tariff on Chinese goods to 25%. Chinese goods will become costlier for American buyers.")]
    public void Whole_trade_keeps_goods(string text) =>
        Assert.DoesNotContain("costlier", MeasureKey.All(text), StringComparison.OrdinalIgnoreCase);

    [Theory]
    // the one list in scope: the goods the sentence before put its measure on
    [InlineData("The US imposed a 30% tariff on imports of industrial robots and machine tools. Those from the European Union will face a tariff of 15%.", "US>EU 15% industrial robots+machine tools")]
    [InlineData("Pakistan imposed a regulatory duty of 20 percent on air conditioners and refrigerators. The duty comes on top of the customs duty of 16 percent already applicable on the items.", "PK>* 16% air conditioners+refrigerators")]
    public void A_word_pointing_back_takes_the_list_in_scope(string text, string expected) =>
        Assert.Contains(expected, MeasureKey.All(text), StringComparison.OrdinalIgnoreCase);

    [Theory]
    // two lists in scope (two measures on different goods): which one cannot be told
    [InlineData("Pakistan imposed a duty of 20 percent on air conditioners and a duty of 10 percent on refrigerators. The customs duty of 16 percent already applies to the items.", "PK>* 16% air conditioners")]
    // a pronoun that is people, not goods
    [InlineData("Pakistan imposed a duty of 20 percent on air conditioners. Importers said officials told them the 16 percent duty would stay.", "PK>* 16% air conditioners")]
    public void Two_lists_or_people_take_no_list(string text, string notExpected) =>
        Assert.DoesNotContain(notExpected, MeasureKey.All(text), StringComparison.OrdinalIgnoreCase);
}
