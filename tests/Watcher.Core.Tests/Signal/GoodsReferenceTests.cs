using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 18 (goods30): goods named by reference and goods each rate names beside it (TariffExtractor.GoodsReference.cs), and the
/// words that are no goods of a measure (a count's "than", the state of a rate, an origin's participle). Sentences are the tests'
/// own, in wire, gazette, ministry-notice, headline-and-body and analysis styles; the negative rows (that must not change) first.
/// </summary>
public class GoodsReferenceTests
{
    [Theory]
    // words that point back to goods named before them
    [InlineData("a duty of 40% on the goods")]
    [InlineData("a tariff of 20% on such imports from China")]
    [InlineData("the 18% duty on these items")]
    [InlineData("12% on those from Malaysia")]
    [InlineData("18% on Malaysian ones")]
    [InlineData("imports above the quota face 27%")]
    [InlineData("the products concerned")]
    public void A_goods_word_points_back(string s) => Assert.True(TariffExtractor.PointsBackIn(s));

    [Theory]
    // people, new things, a country's or every origin's whole trade, a class of goods named after the word
    [InlineData("a 20% levy on those who import used cars")]
    [InlineData("the new ones announced on Monday")]
    [InlineData("a 30% tariff on Colombian goods")]
    [InlineData("a 10% tariff on all imports")]
    [InlineData("the goods of Brazilian origin")]
    [InlineData("such products as cheese and wine")]
    [InlineData("goods from Vietnam")]
    public void A_goods_word_that_points_nowhere(string s) => Assert.False(TariffExtractor.PointsBackIn(s));

    [Theory]
    // must not change: lists, whole trade, people, two goods in scope
    [InlineData("Canada will apply a 25% surtax on steel and aluminium from China.", "CA>CN 25% steel+aluminium")]
    [InlineData("Mexico set a 20% duty on cars, trucks and parts from China.", "MX>CN 20% cars+trucks+parts")]
    [InlineData("China imposed a 15% tariff on beef and pork from the US.", "CN>US 15% beef+pork")]
    [InlineData("Ecuador sets a 30% tariff on Colombian goods.\nRice exporters in Colombia protested.", "EC>CO 30% goods")]
    [InlineData("Ghana: The ministry set a 20% levy on those who import used cars.", "GH>* 20% used cars")]
    [InlineData("Peru to tax imported ceramic tiles and glass.\nLima set a tariff of 20% on such imports from China.", "PE>CN 20% goods")]
    [InlineData("The US set tariffs of 20% on wine, and Champagne is among the hardest hit.", "US>* 20% wine")]
    // a pointing word takes the one goods named before it: the headline, an earlier sentence, the same sentence's earlier clause
    [InlineData("Korea to import more potatoes at a lower tariff.\nImports above the quota remain subject to a tariff of 304 percent.", "KR>* 304% potatoes")]
    [InlineData("Peru to tax imported ceramic tiles.\nLima set a tariff of 20% on such imports from China.", "PE>CN 20% ceramic tiles")]
    [InlineData("Philippines raises tariff on pork.\nManila raised the tariff to 25% on such imports, officials said.", "PH>* 25% pork")]
    [InlineData("Korea will import tariff-free eggs.\nEgg imports within the quota will be exempt from tariffs, while imports above the quota will face the regular tariff of 27 percent, the ministry said.", "KR>* 27% Egg")]
    public void A_word_that_points_back_takes_the_one_goods_before_it(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    // must not change: one rate per goods in its own "on" clause, a bracket, a contrast, a list
    [InlineData("India raised duties to 25% on steel and 10% on aluminium.", "IN>* 25% steel|IN>* 10% aluminium")]
    [InlineData("Brazil will charge new import tariffs on steel (25%), aluminium (10%) and copper (5%).", "BR>* 25% steel|BR>* 10% aluminium|BR>* 5% copper")]
    [InlineData("Mexico imposes a 10% tariff on shoes while clothing faces 20%.", "MX>* 10% shoes|MX>* 20% clothing")]
    [InlineData("Indonesia's decree sets duties of 15% for cars, 25% for trucks and 5% for parts.", "ID>* 15% cars|ID>* 25% trucks|ID>* 5% parts")]
    // each rate takes the goods its own clause names
    [InlineData("Indonesia imposed a 25% duty on steel, with aluminium facing 10%.", "ID>* 25% steel|ID>* 10% aluminium")]
    [InlineData("South Africa's commission recommended that the duty on chicken portions rise to 62%, and that deboned meat carry a 30% duty.", "ZA>* 62% chicken portions|ZA>* 30% meat")]
    public void Each_rate_takes_the_goods_beside_it(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    [InlineData("EU duty of 35% on e-bikes made in Vietnam takes effect.", "EU>VN 35% e-bikes")]
    [InlineData("Mexico raised tariffs to as much as 50% on more than 1,400 items from non-FTA partners.", "MX>* 50% goods")]
    [InlineData("Fiji: Import duty on noodles more than doubled.\nConsumers may pay more for imported instant noodles after the fiscal duty was raised to 32 percent.", "FJ>* 32% instant noodles")]
    public void Words_that_are_no_goods_of_the_measure(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    // "with" inside a clause is no clause break: "ship" after "a trade deal with Canada" is a verb, not the surtax's goods
    [InlineData("Ottawa cuts steel import quotas, keeps 50% surtax on excess shipments.\nCountries without a trade deal with Canada will be able to ship only a fifth of their 2024 volumes before a 50 per cent surtax kicks in, the minister said.")]
    [InlineData("Mexico said exporters with Brazil's approval will ship steel under a 10% tariff, with quotas to follow.")]
    public void A_verb_after_with_is_no_goods(string text) =>
        Assert.DoesNotContain(TariffExtractor.Extract(text), m => m.Products.Contains("ship"));
}
