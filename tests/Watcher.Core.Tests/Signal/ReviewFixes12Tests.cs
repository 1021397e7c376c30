namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 12 (fix21): a reviewer's findings on extract21's rules (docs/quality.md, "Session 12 (fix21)"), each with the
/// reviewer's sentence and sentences of our own in other countries, goods and styles, and the positives that must keep working.
/// </summary>
public class ReviewFixes12Tests
{
    // 1. a later step of one rate is no item of goods: an adverb, a preposition or a time opens a step ("and eventually to 9%")
    [Theory]
    [InlineData("Japan will cut the tariff on beef to 20%, and eventually to 9% by 2031.", "JP>* 20% beef|JP>* 9% beef")]
    [InlineData("South Korea will raise the tariff on steel to 25%, and later to 40%.", "KR>* 25% steel|KR>* 40% steel")]
    [InlineData("Vietnam will lower the duty on wine to 30%, and gradually to 10% over five years.", "VN>* 30% wine|VN>* 10% wine")]
    [InlineData("The EU will raise the duty on Chinese EVs to 17%, and in a second step to 25%.", "EU>CN 17% EVs|EU>CN 25% EVs")]
    [InlineData("India will lower the duty on almonds to 30%, and subsequently to 20%.", "IN>* 30% almonds|IN>* 20% almonds")]
    [InlineData("Australia will reduce the tariff on cheese to 5%, and over time to 2%.", "AU>* 5% cheese|AU>* 2% cheese")]
    [InlineData("Chile cut the tariff on wine to 6%, and then to 3%.", "CL>* 6% wine|CL>* 3% wine")]
    [InlineData("Turkey will cut the duty on cotton to 8%, and by the end of the decade to 2%.", "TR>* 8% cotton|TR>* 2% cotton")]
    [InlineData("Vietnam will cut the tariff on pork to 15%, and the following year to 10%.", "VN>* 15% pork|VN>* 10% pork")]
    [InlineData("Japan will cut the tariff on beef to 20%, and next year to 15%.", "JP>* 20% beef|JP>* 15% beef")]
    // positives: goods after "and", after a comma, after "on", and goods whose first word looks like a preposition
    [InlineData("Kenya raised import duties on rice to 35%, wheat flour to 25% and cooking oil to 20%.", "KE>* 35% rice|KE>* 25% wheat flour|KE>* 20% cooking oil")]
    [InlineData("Ghana raised import duties on rice to 35%, and frozen chicken to 20%.", "GH>* 35% rice|GH>* 20% frozen chicken")]
    [InlineData("Bangladesh raised the customs duty on cars to 45%, motorcycles to 30% and bicycles to 10%.", "BD>* 45% cars|BD>* 30% motorcycles|BD>* 10% bicycles")]
    [InlineData("Vietnam will cut import tariffs on almonds to 5% from 10%, on apples to 4% from 8% and on chicken legs to 15% from 20%.",
        "VN>* 5% almonds|VN>* 4% apples|VN>* 15% chicken legs")]
    [InlineData("Peru cut the tariff on rice to 6%, and in-shell walnuts to 2%.", "PE>* 6% rice|PE>* 2% in-shell walnuts")]
    public void A_later_step_keeps_the_goods_of_the_first(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    // 2. a class of exporters opening a colon list is no goods: the rate keeps the goods the duty is on
    [Theory]
    [InlineData("The Commerce Department set anti-dumping rates on Vietnamese shrimp in its final review: mandatory respondents (2.84%), and all others (25.76%).",
        "US>VN 2.84% shrimp|US>VN 25.76% shrimp")]
    [InlineData("Australia set anti-dumping duties on Thai aluminium extrusions: mandatory respondents (4.1%) and all others (12.5%).",
        "AU>TH 4.1% aluminium extrusions|AU>TH 12.5% aluminium extrusions")]
    [InlineData("The US set countervailing duties on Korean steel plate: the two respondents (1.2%, 3.4%), all others (2.3%).",
        "US>KR 1.2% steel plate|US>KR 3.4% steel plate|US>KR 2.3% steel plate")]
    [InlineData("India imposed anti-dumping duties on Chinese glass fibre in its final findings: cooperating exporters (18%) and non-cooperating firms (45%).",
        "IN>CN 18% glass fibre|IN>CN 45% glass fibre")]
    [InlineData("Canada set duties on Brazilian orange juice: named producers (3.5%) and other exporters (9.8%).", "CA>BR 3.5% orange juice|CA>BR 9.8% orange juice")]
    // positives: a colon list of goods, its last item the rest of the exporters
    [InlineData("Mexico imposed anti-dumping duties on Chinese footwear: leather shoes (25%), sports shoes (30%) and all others (15%).",
        "MX>CN 25% leather shoes|MX>CN 30% sports shoes|MX>CN 15% footwear")]
    [InlineData("Chile lowered tariffs on farm inputs: fertiliser (2%), seed potatoes (from 6% to 3%) and irrigation pipes (4%).",
        "CL>* 2% fertiliser|CL>* 3% seed potatoes|CL>* 4% irrigation pipes")]
    public void A_class_of_exporters_is_no_goods(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    // 3. a colon list that another clause opens does not belong to a tariff word in a clause closed before it
    [Theory]
    [InlineData("India, which imposed a 20% export duty on rice last year, reported export growth by variety this quarter: basmati (12%), parboiled (8%) and broken rice (30%).",
        "IN>* 20% rice")]
    [InlineData("Brazil, which raised its import tariff on steel to 25% in March, said imports fell by product this quarter: flat steel (14%), long steel (9%) and pipes (22%).",
        "BR>* 25% steel")]
    [InlineData("Indonesia, which levies a 10% export duty on palm oil, reported output growth by grade: crude palm oil (6%) and olein (4%).", "ID>* 10% palm oil")]
    [InlineData("Vietnam, after imposing anti-dumping duties on Chinese steel, saw import volumes fall sharply in the quarter: coated sheet (35%), wire rod (18%) and rebar (12%).", "")]
    // positives: the tariff word in the main clause, a relative clause or an opening clause before it, a main clause about the rates
    [InlineData("Malaysia has raised import duties on several foods under a new ministerial order, which takes effect in June: instant noodles (12%, from 8%), canned sardines (15%) and frozen fries (10%, from 5%).",
        "MY>* 12% instant noodles|MY>* 15% canned sardines|MY>* 10% frozen fries")]
    [InlineData("Thailand, which relies on imports, has raised import duties on several foods, which take effect in June: instant noodles (12%), canned sardines (15%) and frozen fries (10%).",
        "TH>* 12% instant noodles|TH>* 15% canned sardines|TH>* 10% frozen fries")]
    [InlineData("Malaysia, which has raised import duties on several foods, published the new duty rates on Monday: instant noodles (12%), canned sardines (15%) and frozen fries (10%).",
        "MY>* 12% instant noodles|MY>* 15% canned sardines|MY>* 10% frozen fries")]
    [InlineData("Indonesia has raised import duties on a list of goods under Regulation No. 9/2027, which takes effect on March 3: beverages (15%), biscuits (20%) and chocolate products (20%).",
        "ID>* 15% beverages|ID>* 20% biscuits|ID>* 20% chocolate products")]
    public void A_list_of_another_clause_is_not_the_tariffs(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    // 4. "the tax rate on X" refers back to an announced import tax only when X could be its goods: not services, payments, fuel,
    // alcohol or tobacco as excise goods, or sales
    [Theory]
    [InlineData("India announced new customs duties on electronics. The tax rate on digital advertising by foreign firms, however, stays at 6%.")]
    [InlineData("Thailand has announced new import tax rates on several fruits. The tax rate on online services stays at 7%.")]
    [InlineData("Kenya imposed new customs duties on processed foods. The tax rate on mobile money transfers rises to 15%.")]
    [InlineData("Indonesia raised import duties on cosmetics. The tax rate on petrol stays at 5%.")]
    [InlineData("Vietnam announced new import tariffs on cars. The tax rate on alcohol rises to 65% under the excise law.")]
    [InlineData("The Philippines announced new import duties on rice. Meanwhile, the tax rate on sales of goods stays at 12%.")]
    public void A_tax_rate_on_a_service_or_an_excise_does_not_refer_back(string text) => Assert.Equal("", MeasureKey.All(text));

    [Theory]
    [InlineData("Malaysia has announced new import duties on appliances. Accordingly, the tax rate on refrigerators is cut from 25% to 15%.", "MY>* 15% refrigerators")]
    [InlineData("Thailand has announced new import tax rates on several fruits. Accordingly, the tax rate on durians is cut from 20% to 10%.", "TH>* 10% durians")]
    public void A_tax_rate_on_goods_still_refers_back(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    // 5. an economic figure set or moved to a rate is no tariff rate, and no goods of one
    [Theory]
    [InlineData("Argentina raised import duties on cars to 40%, inflation to 33%.", "AR>* 40% cars")]
    [InlineData("Turkey raised the tariff on steel to 30%, and the chance of a recession to 60%.", "TR>* 30% steel")]
    [InlineData("India raised the duty on gold to 15%, and its growth forecast to 6.5%.", "IN>* 15% gold")]
    [InlineData("Egypt raised the tariff on cars to 40%, and inflation slowed to 2.1%.", "EG>* 40% cars")]
    [InlineData("Nigeria raised the import duty on rice to 50%, and unemployment rose to 33%.", "NG>* 50% rice")]
    [InlineData("Colombia raised the tariff on textiles to 40%, while bond yields climbed to 11%.", "CO>* 40% textiles")]
    public void An_economic_figure_is_no_rate_of_the_tariff(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));
}
