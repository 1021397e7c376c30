using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 14 (extract26): specific duties written the ways outlets write them: a currency abbreviated with a dot ("Rs. 30 per
/// kilogram", "Tk. 500 a tonne", which ended the sentence at the dot), the kilogram as "kilogramme" or "kilo", a rate per 100
/// kilograms ("CHF 5 per 100 kilograms"), an amount in yen, rand or naira ("341 yen per kilogram"), and Mexico's anti-dumping
/// duty in translation ("compensatory quotas of US$0.57 per kilogram"). Sentences are the tests' own, in wire, gazette and
/// headline styles; negative rows must read nothing: a price per kilogram, a wage, a fare, a quota of tonnes, a people's fee.
/// </summary>
public class TariffSpecificDutyUnitsTests
{
    [Theory]
    [InlineData("Sri Lanka has increased the levy on imported big onions to Rs. 30 per kilogram from Rs. 10.", "LK>* 30 lkr/kg big onions")]
    [InlineData("Bangladesh raised the customs duty on cement clinker to Tk. 700 a tonne.", "BD>* 700 bdt/tonne cement clinker")]
    [InlineData("Japan will keep its tariff of 341 yen per kilogram on rice.", "JP>* 341 jpy/kg rice")]
    [InlineData("South Africa set a duty of 250 rand per tonne on imported wheat.", "ZA>* 250 zar/tonne wheat")]
    [InlineData("Zimbabwe increased the customs duty on second-hand clothing to US$5 per kilogramme.", "ZW>* 5 usd/kg second-hand clothing")]
    [InlineData("Peru maintains antidumping duty of US$1.26 per kilo on Chinese denim", "PE>CN 1.26 usd/kg denim")]
    [InlineData("Switzerland charges a tariff of CHF 330 per 100 kilograms on tomatoes.", "CH>* 330 chf/100kg tomatoes")]
    [InlineData("Mexico imposed compensatory quotas of US$1.43 per kilogram on passenger car tires from China.", "MX>CN 1.43 usd/kg passenger car tires")]
    [InlineData("Mexico set a definitive compensatory quota of 0.58 dollars per kilogram on polyester staple fiber from China.", "MX>CN 0.58 usd/kg polyester staple fiber")]
    public void A_specific_duty_reads_in_its_unit(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    // prices, wages, fares and quotas in the same units
    [InlineData("Onions sold at Rs. 180 a kilo in Colombo markets, traders said.")]
    [InlineData("Retail rice cost 4,100 yen per 5 kilograms last week, the farm ministry said.")]
    [InlineData("Beef prices rose to 95 rand per kilogram after the drought.")]
    [InlineData("The minimum wage was raised to 70,000 naira per month.")]
    [InlineData("Mexico opened an import quota of 50,000 tonnes of sugar at zero duty.")]
    [InlineData("Airport charges rose to US$5 per passenger from July.")]
    // a quota of goods is no compensatory quota
    [InlineData("The quota for tomatoes is 2,500 tonnes, the Federal Office said.")]
    public void Prices_wages_and_quotas_read_nothing(string text) =>
        Assert.Equal("", MeasureKey.All(text));

    // the dot after a currency's abbreviation ends no sentence; after a word that ends a sentence it still does
    [Theory]
    [InlineData("The levy is Rs. 30 per kg. Importers complained.", 2)]
    [InlineData("The price is Tk. 500 a tonne. Traders agreed.", 2)]
    [InlineData("Prices rose. Traders agreed.", 2)]
    public void A_currency_s_dot_ends_no_sentence(string text, int sentences) =>
        Assert.Equal(sentences, SentenceSplitter.Split(text).Count);
}
