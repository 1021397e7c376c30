using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 18 (extract30): goods as the subject of a charge — "Avocados will face an additional 30 percent, tractors 20 percent and
/// resins 15 percent", "Polyester staple fibre will pay 25%", "Salt for industrial use will continue to enter at 3 percent". The
/// sentences are the tests' own, in wire, ministry, budget-story and translated styles; negative rows must read nothing from firms,
/// people, shares, prices, freight or demand as the subject, from a rate that is no duty's ("20% more buyers"), or where no imposer is
/// known.
/// </summary>
public class TariffGoodsSubjectTests
{
    private static string Read(string text, string? country = null) =>
        string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of));

    [Theory]
    [InlineData("Kenya raises duties on imported furniture.\nThe Treasury raised the import duty on furniture in the budget. Sofas will now attract 35%, office chairs 30% and mattresses 25%.",
        null, "KE>* 35% Sofas|KE>* 30% office chairs|KE>* 25% mattresses")]
    [InlineData("Vietnam raised import duties on steel products. Coated steel will face an additional 15 percent from June.",
        null, "VN>* 15% Coated steel")]
    [InlineData("Additional customs duties have been imposed on olives, pasta and cheese originating in Italy, according to a decision published in the Official Gazette.\nOlives will face an additional 25 percent, pasta 20 percent and cheese 10 percent.",
        "TR", "TR>IT 25% Olives|TR>IT 20% pasta|TR>IT 10% cheese")]
    [InlineData("The Ministry of Finance raised the tariff on imported sugar to 30%. Sugar for industrial use will continue to enter at 5 percent.",
        "PH", "PH>* 30% sugar|PH>* 5% Sugar for industrial use")]
    [InlineData("The decree raises the import tariff on footwear to 35%. Synthetic yarn, an input for the textile industry, will pay 20%.",
        "AR", "AR>* 35% footwear|AR>* 20% Synthetic yarn")]
    // a tariff word right after the rate states the duty in the sentence itself
    [InlineData("Egypt sets new import duties. Imported cars will face a 40% customs duty from March.", null, "EG>* 40% cars")]
    public void Goods_as_the_subject_of_a_charge_are_a_measure(string text, string? country, string expected) =>
        Assert.Equal(expected, Read(text, country));

    [Theory]
    // the subject's own name, shortened, is the goods named in full before
    [InlineData("The Ministry of Industry imposed an anti-dumping duty on imports of enamelled copper wire from China.\nChinese wire will pay 19.6% for five years.",
        "MA", "MA>CN 19.6% enamelled copper wire")]
    public void A_shortened_subject_takes_the_goods_named_before(string text, string? country, string expected) =>
        Assert.Equal(expected, Read(text, country));

    [Theory]
    // no rate of a duty, people, firms, flows or prices as the subject, no imposer known
    [InlineData("Indian rice exports will face stiff competition. Thai rice will attract 20% more buyers this year.", null, "")]
    [InlineData("Vietnam raised import duties on steel. Shares of Hoa Phat will face pressure, falling 5% on Monday.", null, "")]
    [InlineData("Freight rates will rise 20%. Containers will face an additional 15% surcharge from shipping lines.", null, "")]
    [InlineData("Kenya raised the import duty on sugar. Consumers will pay 20% more for a kilogram.", null, "")]
    [InlineData("The EU imposed duties on Chinese batteries. Texas Instruments faces 35% lower sales in China.", null, "")]
    [InlineData("Mexico raised tariffs on Chinese goods. Importers will pay 35% on most goods.", null, "")]
    [InlineData("The duty changes take effect on Monday. Imported rice will pay 20 percent, up from 10 percent.", null, "")]
    [InlineData("The price of bread will rise. Bread will carry 12% VAT from July.", "KE", "")]
    [InlineData("Steel tariffs were raised last month. Household steel demand will face a 10% drop, analysts said.", "IN", "")]
    public void Other_subjects_and_rates_read_nothing(string text, string? country, string expected) =>
        Assert.Equal(expected, Read(text, country));
}
