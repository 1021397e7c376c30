using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 18 review fixes (fix18x) for extract30's readers and goods30's goods reference: a domestic excise or sales tax is no goods
/// subject's duty, a place, person or firm alone is no goods subject, an old rate ("faced 25% until June") is no measure, a fuel-tax table
/// under a generic lead-in is no duty table, "the imports from China" is a country's whole trade (no pointer back), referents come only
/// from sentences about trade, and two goods in scope leave the measure generic. Reviewer sentences and the tests' own variants; rows
/// that must keep reading come with each.
/// </summary>
public class ReviewFixes18xTests
{
    private static string Read(string text, string? country = null) =>
        string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of));

    [Theory]
    // a domestic excise, VAT or sales tax in the goods subject's window is no customs duty
    [InlineData("Kenya raised the import duty on furniture to 35%. Beer will attract a 15% excise duty.", null, "KE>* 35% furniture")]
    [InlineData("Kenya raised the import duty on furniture to 35%. Cigarettes will attract a 15% excise duty.", null, "KE>* 35% furniture")]
    [InlineData("Ghana raised the import duty on rice to 20%. Soft drinks will now carry a 10% excise tax from July.", null, "GH>* 20% rice")]
    [InlineData("India raised the customs duty on gold to 15%. Small cars will attract 28% GST plus a cess.", null, "IN>* 15% gold")]
    [InlineData("Pakistan raised the regulatory duty on mobile phones to 25%. Sugary drinks will face a 20% sugar tax.", null, "PK>* 25% mobile phones")]
    [InlineData("Kenya raised the import duty on furniture to 35%. Wine will face a 10% stamp duty on sale.", null, "KE>* 35% furniture")]
    // a customs duty stated so keeps reading
    [InlineData("Kenya raised the import duty on furniture to 35%. Beer will attract a 25% import duty.", null, "KE>* 35% furniture|KE>* 25% Beer")]
    [InlineData("Vietnam raised import duties on steel products. Coated steel will face an additional 15 percent from June.", null, "VN>* 15% Coated steel")]
    public void A_domestic_tax_is_no_goods_subjects_duty(string text, string? country, string expected) =>
        Assert.Equal(expected, Read(text, country));

    [Theory]
    // a place, person or firm alone is no goods
    [InlineData("Trump threatened Canada with new tariffs on cars. Ontario will face a 25% tariff on its auto exports.", "US", "")]
    [InlineData("The US raised tariffs on Chinese goods. Guangdong will face a 30% tariff on its electronics exports.", null, "US>CN 30% electronics")]
    // (another reader reads the tariff on the owner's goods: the goods are its exports, not the firm or the place)
    [InlineData("Washington raised tariffs on Mexican goods. Pemex will face a 25% tariff on its fuel exports.", null, "US>MX 25% fuel")]
    // goods with a place's name, goods alone at the sentence's start keep reading
    [InlineData("The US raised tariffs on Canadian goods. Canadian lumber will face a 25% tariff from Monday.", null, "US>CA 25% lumber")]
    [InlineData("Egypt sets new import duties. Imported cars will face a 40% customs duty from March.", null, "EG>* 40% cars")]
    [InlineData("The government raised the import duty on furniture. Sofas will attract a 35% duty.", "KE", "KE>* 35% Sofas")]
    public void A_proper_name_alone_is_no_goods_subject(string text, string? country, string expected) =>
        Assert.Equal(expected, Read(text, country));

    [Theory]
    // the rate the goods faced before: the old state, no measure
    [InlineData("The US doubled tariffs on steel to 50%. British steel faced 25% until June.", "US>* 50% steel")]
    [InlineData("The US doubled tariffs on steel to 50%. Canadian steel faced 25% until March, officials said.", "US>* 50% steel")]
    [InlineData("India raised the duty on gold to 15%. Gold bars had faced 10% before the budget.", "IN>* 15% gold")]
    // a measure reported in the past tense keeps reading
    [InlineData("The US raised tariffs on Canadian goods. Canadian lumber faced a 14% duty from Monday.", "US>CA 14% lumber")]
    public void An_old_rate_is_no_measure(string text, string expected) =>
        Assert.Equal(expected, Read(text));

    [Theory]
    // a table of fuel or excise goods under a generic lead-in that names no customs word
    [InlineData("The government raised the customs duty on imported furniture to protect local makers.\nThe new rates, effective April 1, are:\nItem | Current (%) | New (%)\nPetrol | 18 | 20\nDiesel | 12 | 14",
        "IN", "")]
    [InlineData("The government raised the customs duty on imported furniture.\nRevised rates are as follows:\nProduct | Old rate | New rate\nBeer | 20% | 25%\nCigarettes | 30% | 40%",
        "KE", "")]
    // goods that are no excise goods, or a table that names the customs duty, keep reading
    [InlineData("The government will raise the customs duty on imported furniture and paper to protect local mills.\nThe new rates, effective July 1, are:\nItem | Current rate | New rate\nWooden furniture | 20% | 35%\nTissue paper | 10% | 25%",
        "JM", "JM>* 35% Wooden furniture|JM>* 25% Tissue paper")]
    [InlineData("Fiji amends the customs tariff on the goods listed below:\nTariff item | Description | Current duty (%) | New duty (%)\n2710.12.00 | Petrol | 5 | 15\n9401.61.00 | Upholstered seats | 15 | 32",
        null, "FJ>* 15% Petrol|FJ>* 32% Upholstered seats")]
    public void A_fuel_table_under_a_generic_lead_in_is_no_duty_table(string text, string? country, string expected) =>
        Assert.Equal(expected, Read(text, country));

    [Theory]
    // "the imports from China": a country's whole trade, no pointer back
    [InlineData("the imports from China")]
    [InlineData("the goods from Mercosur")]
    [InlineData("the products from Vietnam")]
    [InlineData("the products the company sells")]
    public void A_whole_trade_phrase_points_nowhere(string s) => Assert.False(TariffExtractor.PointsBackIn(s));

    [Theory]
    [InlineData("such imports from China")]
    [InlineData("the affected imports from China")]
    [InlineData("these imports from Vietnam")]
    [InlineData("the goods")]
    public void A_pointer_keeps_pointing(string s) => Assert.True(TariffExtractor.PointsBackIn(s));

    [Theory]
    [InlineData("American soybean growers sold $12 billion of beans to China last year. Washington raised the tariff on the imports from China to 145%.", "US>CN 145% goods")]
    [InlineData("French farmers protested over cheap beef from Brazil. The EU's 10% tariff on the goods from Mercosur will fall to zero.", "EU>MERCOSUR 10% goods")]
    // referents only from sentences about trade: a firm, a person's verb phrase are none
    [InlineData("Apple makes most of its iPhones in China. Trump said a 25% tariff would apply to the goods.", "US>* 25% goods")]
    [InlineData("Jim Smith grows corn in Iowa. He said China's 25% duty on the goods hurt his farm.", "CN>* 25% goods")]
    // two goods in scope stay generic
    [InlineData("Vietnam exported more coffee and pepper to the US. The 20% US tariff on the goods took effect on Monday.", "US>* 20% goods")]
    [InlineData("Vietnam raised its coffee and pepper exports. The 20% US tariff on the goods took effect on Monday.", "US>* 20% goods")]
    [InlineData("Indonesia exports tin and nickel ore to China. Beijing set a 10% duty on the goods.", "CN>* 10% goods")]
    // one goods named in a trade sentence keeps its reference
    [InlineData("Peru to tax imported ceramic tiles.\nLima set a tariff of 20% on such imports from China.", "PE>CN 20% ceramic tiles")]
    [InlineData("Peru to tax imported ceramic tiles and raise port fees.\nLima set a tariff of 20% on such imports from China.", "PE>CN 20% ceramic tiles")]
    [InlineData("Peru to tax imported ceramic tiles from China and Mexico.\nLima set a tariff of 20% on such imports.", "PE>* 20% ceramic tiles")]
    [InlineData("Philippines raises tariff on pork.\nManila raised the tariff to 25% on such imports, officials said.", "PH>* 25% pork")]
    public void Referents_come_from_trade_sentences_and_one_goods(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));
}
