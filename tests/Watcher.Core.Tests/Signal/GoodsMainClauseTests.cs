using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 24 (extract44): goods in the main clause, the duty in a subordinate one (TariffExtractor.GoodsMainClause.cs) — the
/// subject of "cost more / get cheaper" and the object of "pay more for / save on" are the goods of the rate the "as / after / with"
/// clause writes; people, prices, services and utilities never are; and a rate in force beside a change ("Imported potatoes remain
/// subject to 10 percent"). Sentences are the tests' own, in wire, budget-brief and headline styles.
/// </summary>
public class GoodsMainClauseTests
{
    [Theory]
    [InlineData("Garden furniture from Vietnam will cost more this year after Brussels imposed duties of up to 31.2%.", "Garden furniture")]
    [InlineData("Microwave ovens to cost more as duty doubled to 20%", "Microwave ovens")]
    [InlineData("Hearing aids get cheaper as customs duty is cut to 5%.", "Hearing aids")]
    [InlineData("Baby strollers and car seats are expected to become cheaper from July after the 15% import duty is suspended.", "Baby strollers|car seats")]
    [InlineData("Smokers will pay more for cigars from May after customs raised the duty to 80 percent.", "cigars")]
    [InlineData("Farmers could pay more for fertiliser next season after the duty was raised to 12%.", "fertiliser")]
    [InlineData("Households could save on solar panels once the 10% import duty is removed.", "solar panels")]
    [InlineData("KAMPALA: Bicycles will get cheaper with the duty halved to 5%.", "Bicycles")]
    public void The_main_clauses_goods_are_the_duty_clauses(string sentence, string goods) =>
        Assert.Equal(goods.Split('|'), TariffExtractor.MainClauseGoods(sentence)!, StringComparer.OrdinalIgnoreCase);

    [Theory]
    // people, prices, services, utilities and tickets are no goods; a price change with no duty clause after it; a duty of care
    [InlineData("Prices to cost more as tariff raised to 25%.")]
    [InlineData("Consumers will pay more after the electricity tariff rose to 12%.")]
    [InlineData("Football fans will pay more for tickets after the club raised its tariff by 10%.")]
    [InlineData("Consumers will pay more for electricity as the power tariff climbs 8%.")]
    [InlineData("Phone calls will cost more as the telecom operator's tariff rises 5%.")]
    [InlineData("Cars will cost more next year, dealers said, citing a 10% rise in steel prices.")]
    [InlineData("Climbers pay more for permits after the park doubled its fee to $200 as a duty of care.")]
    [InlineData("Holidays will get dearer as the 10% tourism levy begins.")]
    [InlineData("Patients will pay more for care after the hospital's duty roster changed.")]
    public void No_goods_or_no_duty_clause_names_none(string sentence) =>
        Assert.Null(TariffExtractor.MainClauseGoods(sentence));

    [Theory]
    // whole items: the rate the duty clause writes is on the main clause's goods
    [InlineData("Garden furniture from Vietnam will cost more in Europe this year after the European Commission imposed anti-dumping duties of up to 31.2%.", "EU>VN 31.2% Garden furniture")]
    [InlineData("Dairy farmers could pay more for urea next spring after the European Commission imposed duties of up to 38.5% on the fertiliser from Russia.", "EU>RU 38.5% urea")]
    [InlineData("Shoppers will pay more for imported rice after Kenya raised the import duty to 35%.", "KE>* 35% rice")]
    public void A_measure_takes_its_main_clauses_goods(string text, string expected) =>
        Assert.Contains(expected, MeasureKey.All(text), StringComparison.OrdinalIgnoreCase);

    [Theory]
    // goods named by the duty clause itself keep them; no people word becomes goods
    [InlineData("Importers will pay more for inputs after Kenya raised the import duty on steel coils to 35%.", "KE>* 35% steel coils")]
    public void A_duty_clause_that_names_its_goods_keeps_them(string text, string expected) =>
        Assert.Contains(expected, MeasureKey.All(text), StringComparison.OrdinalIgnoreCase);

    [Theory]
    // a rate in force beside a change: goods as the subject of "remain subject to", "continue to be imported at"
    [InlineData("Korea raised the tariff on onions to 50%. Imported potatoes remain subject to 10 percent.", "KR>* 10% potatoes")]
    [InlineData("Korea raised the tariff on onions to 50 percent. Garlic remains subject to the customs duty of 30 percent.", "KR>* 30% garlic")]
    [InlineData("The Philippines cut the tariff on pork to 15 percent. Chicken will continue to be imported at 30 percent.", "PH>* 30% chicken")]
    public void Goods_remain_subject_to_a_rate_in_force(string text, string expected) =>
        Assert.Contains(expected, MeasureKey.All(text), StringComparison.OrdinalIgnoreCase);

    [Theory]
    // figures, people and duties that remain are no goods: "Inflation remains subject to", a duty of care
    [InlineData("Korea raised the tariff on onions to 50%. Exporters remain subject to 10 percent.", "Exporters")]
    [InlineData("Korea raised the tariff on onions to 50%. Prices remain subject to 10 percent swings.", "Prices")]
    [InlineData("The guide said climbers remain subject to a duty of care at 8,000 metres.", "climbers")]
    public void No_goods_remain_subject_to_a_rate(string text, string word) =>
        Assert.DoesNotContain(word, MeasureKey.All(text), StringComparison.OrdinalIgnoreCase);
}
