using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 17 review fixes for goods29's goods rules (fix17g). (1) After ", and"/", or", a subject and a finite verb open a new
/// clause only when the subject names an actor (a name, a determiner and its noun, a pronoun, or people and bodies that act:
/// exporters, officials, the industry …); a goods noun before its own auxiliary stays the list's last item ("steel, aluminium,
/// and copper has taken effect"). (2) A participle before a capitalised word ("wine labelled Champagne") is part of the item for
/// the same reason. (3) "hold" opens goods ("hold luggage"); only "holds", or "hold" as the whole item, is a verb. (4) A percentage
/// that is a property of the goods ("containing more than 0.6% carbon", "with 26% fat", "of 99% purity") is no rate.
/// Sentences are the tests' own, in wire, brief and analysis styles; rows that must keep reading as before come with each rule.
/// </summary>
public class ReviewFixes17gTests
{
    [Theory]
    // a goods noun before its own verb: the list's last item
    [InlineData("and copper has taken effect.")]
    [InlineData("and copper was imposed by Canada on Monday.")]
    [InlineData("and frozen shrimp are now covered")]
    [InlineData("or cement will pay the higher rate")]
    [InlineData("and wine labelled Champagne")]
    [InlineData("and timber shipped Tuesday")]
    [InlineData("and canned tuna")]
    public void A_goods_subject_opens_no_clause(string part) => Assert.False(TariffExtractor.OpensClause(part));

    [Theory]
    // an actor and its verb: a clause of its own
    [InlineData("and exporters protested.")]
    [InlineData("and Ottawa said more would follow")]
    [InlineData("and the move angered Bangkok")]
    [InlineData("and the industry has warned of job losses")]
    [InlineData("and they will pay more")]
    [InlineData("and it has taken effect")]
    [InlineData("and Japanese carmakers warned of higher prices")]
    [InlineData("and farm groups are lobbying against it")]
    [InlineData("and Prime Minister Carney called it unfair")]
    [InlineData("and officials in Beijing were quick to respond")]
    [InlineData("and analysts said more duties would follow")]
    [InlineData("and local mills hit back")]
    [InlineData("and prices are expected to rise")]
    // figures that move (review17b): "…35% tariff on Chinese shoes, clothing, and volumes plunged."
    [InlineData("and volumes plunged.")]
    [InlineData("and supply tightened")]
    [InlineData("and demand slumped.")]
    [InlineData("and inflation jumped")]
    [InlineData("and shipments fell by a third")]
    public void An_actor_and_its_verb_open_a_clause(string part) => Assert.True(TariffExtractor.OpensClause(part));

    [Theory]
    // 1. the last item of a serial-comma list, a verb after the list
    [InlineData("Canada's 25% surtax on Chinese steel, aluminium, and copper has taken effect.", "CA>CN 25% steel+aluminium+copper")]
    [InlineData("A 25% tariff on Chinese steel, aluminium, and copper was imposed by Canada on Monday.", "CA>CN 25% steel+aluminium+copper")]
    [InlineData("Mexico's 20% duty on Chinese cars, trucks, and buses will take effect in January.", "MX>CN 20% cars+trucks+buses")]
    [InlineData("India's 10% tariff on US almonds, walnuts, or apples is expected to stay.", "IN>US 10% almonds+walnuts+apples")]
    // the clause after a list: its subject is still no goods
    [InlineData("The US imposed a 25% tariff on Chinese steel, and exporters protested.", "US>CN 25% steel")]
    [InlineData("Canada put a 25% surtax on Chinese steel, aluminium, and the industry has welcomed it.", "CA>CN 25% steel+aluminium")]
    [InlineData("Australia put a 10% duty on Thai sugar, rice and canned tuna, and the move angered Bangkok.", "AU>TH 10% sugar+rice+canned tuna")]
    // 2. a participle before a capitalised word inside the last item
    [InlineData("Australia put a 10% duty on Thai sugar, rice, and wine labelled Champagne.", "AU>TH 10% sugar+rice+wine labelled Champagne")]
    // 3. goods that open with "hold"
    [InlineData("Japan cuts import duties on hold luggage and travel goods to 5%.", "JP>* 5% hold luggage+travel goods")]
    // 4. a percentage that is a property of the goods is no measure
    [InlineData("The US imposed a 25% duty on Vietnamese steel containing more than 0.6% carbon.", "US>VN 25% steel")]
    [InlineData("India raised its tariff on milk powder with 26% fat to 60%.", "IN>* 60% milk powder")]
    [InlineData("The EU set a 12% duty on Chinese aluminium alloys of 99% purity.", "EU>CN 12% aluminium alloys")]
    public void The_reviewer_sentences_read_every_item(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    // a rate that only looks like a property: it stays a rate
    [InlineData("Brazil set a duty of 35% on imported cheese.", "35%")]
    [InlineData("The US hit Chile with 50% copper tariffs.", "50%")]
    [InlineData("China imposed tariffs of 15% on coal and 10% on crude oil.", "15%")]
    [InlineData("Kenya imposed a 25% duty on sugar with effect from July.", "25%")]
    public void A_rate_beside_goods_words_stays_a_rate(string text, string rate) =>
        Assert.Contains(rate, MeasureKey.All(text), StringComparison.Ordinal);

    [Theory]
    // "hold" as the verb of a headline is still no goods
    [InlineData("South Africa, US hold tariff talks, no deal on 30% levy", "hold")]
    [InlineData("EU and China hold duty talks as 35% EV levy bites", "hold")]
    // a clause after the list, its subject a name or a determiner and its noun
    [InlineData("Canada imposed a 25% tariff on Chinese steel, aluminium, and Beijing said it would respond.", "Beijing")]
    [InlineData("Canada imposed a 25% tariff on Chinese steel, aluminium, and the government said more would follow.", "government")]
    public void A_verb_or_actor_is_still_no_goods(string text, string notGoods) =>
        Assert.DoesNotContain(notGoods, MeasureKey.All(text), StringComparison.Ordinal);

    [Theory]
    // a percentage of the goods' content, in several wordings
    [InlineData("The US imposed a 25% duty on Vietnamese steel containing more than 0.6% carbon.", "0.6%")]
    [InlineData("India raised its tariff on milk powder with 26% fat to 60%.", "26%")]
    [InlineData("The EU set a 12% duty on Chinese aluminium alloys of 99% purity.", "99%")]
    [InlineData("Canada set a 15% duty on Chinese steel wire with a carbon content of 0.25% or more.", "0.25%")]
    [InlineData("Japan set a 20% tariff on US whiskey of more than 40% alcohol by volume.", "40%")]
    [InlineData("Chile set a 6% duty on fertiliser containing at least 46% nitrogen by weight.", "46%")]
    [InlineData("Brazil cut its 35% car tariff to 20% for cars with a local content of 40%.", "40%")]
    public void A_property_of_the_goods_is_no_rate(string text, string notRate) =>
        Assert.DoesNotContain($" {notRate} ", MeasureKey.All(text), StringComparison.Ordinal);
}
