namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 9, second wave (extract13): rates stated per origin country ("cutting the rate on Vietnam to 20% and on Thailand to 19%",
/// "Vietnam to 20%, Cambodia and Laos to 19%") and specific duties per volume ("$0.18 per litre"). Sentences written for this test in
/// wire, government-notice, newsletter and headline styles (no holdout sentence is a case); each positive row gave no or a wrong measure
/// before its rule, each control shows the rule leaves other text alone.
/// </summary>
public class TariffCountryRatesTests
{
    [Theory]
    // wire: the rate "on" each country, "to" its new level, in clauses of one sentence
    [InlineData("Washington cut the tariff rate on Vietnam to 20% from 46% and on Thailand to 19% from 36%.", "US>VN 20% goods|US>TH 19% goods")]
    [InlineData("President Trump on Tuesday lowered tariffs on goods from several Asian countries, cutting the rate on Cambodia to 19% from 49% and on Laos to 20% from 40%.",
        "US>KH 19% goods|US>LA 20% goods")]
    // wire: "the rate on X" stands for the sentence's tariff word however far that is (read nothing before: the tariff word was more than
    // 90 characters before the rate)
    [InlineData("Trump lowered tariffs on goods from several South and Southeast Asian countries, cutting the rate on Bangladesh to 18%.", "US>BD 18% goods")]
    [InlineData("President Trump on Friday lowered the import taxes on goods from a long list of South and Southeast Asian trading partners, cutting the rate on Cambodia to 19% and on Laos to 20%.",
        "US>KH 19% goods|US>LA 20% goods")]
    // control: a rate for a country in a sentence about bonds is no tariff, even beside the word
    [InlineData("The central bank kept its policy rate at 5% despite the tariffs, and the rate for Japan's bonds rose to 1.5%.", "")]
    // government notice: the surtax "on" each country
    [InlineData("Canada's Ministry of Finance said the surtax on China would go to 30% and on Japan to 10%.", "CA>CN 30% goods|CA>JP 10% goods")]
    // newsletter: a list of countries each moved "to" a rate; countries joined by "and" share it; a country moved to a rate never imposes it
    [InlineData("Trump's order trims reciprocal tariffs for several exporters: Vietnam to 20%, Cambodia and Laos to 19%, and Thailand all the way down to 18%.",
        "US>VN 20% goods|US>KH 19% goods|US>LA 19% goods|US>TH 18% goods")]
    // headline: the country moved to the rate opens it
    [InlineData("Canada to 35%: Trump raises tariff on Canadian goods.", "US>CA 35% goods")]
    // controls: goods between the country and the rate ("on US pork to 10%") keep the country as the goods' origin; a share or a sales
    // figure "to" a rate is no tariff
    [InlineData("Hanoi lowered its tariff on US pork to 10%, and on beef to 12%.", "VN>US 10% pork|VN>US 12% beef")]
    [InlineData("Sales in Vietnam fell to 20% from 30%, and in Thailand to 19%.", "")]
    [InlineData("Vietnam's exports to the US rose to 20% of the total, and Thailand to 19%.", "")]
    public void A_country_moved_to_a_rate_is_that_rates_target(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    // a specific duty per litre, liter, gallon or hectolitre is a rate as one per tonne is
    [InlineData("Colombia will impose an anti-dumping duty of $0.12 per litre on biodiesel from Argentina.", "CO>AR 0.12 usd/litre biodiesel")]
    [InlineData("Peru set a specific duty of US$0.25 per liter on Chilean wine, the trade ministry said.", "PE>CL 0.25 usd/litre wine")]
    [InlineData("Mexico will charge a duty of $0.30 a gallon on US gasoline.", "MX>US 0.3 usd/gallon gasoline")]
    [InlineData("The EU charges a duty of EUR 32 per hectolitre on wine from Moldova.", "EU>MD 32 eur/hectolitre wine")]
    [InlineData("Ukraine sets anti-dumping duty of EUR 0.05 per litre on Russian vodka", "UA>RU 0.05 eur/litre vodka")]
    // controls: a pump price and a domestic excise per litre are no tariffs
    [InlineData("Petrol prices in Kenya rose to $1.20 per litre after the fuel levy was raised.", "")]
    [InlineData("India cut the excise duty on diesel by Rs 2 per litre, the finance ministry said.", "")]
    public void A_specific_duty_per_volume_is_a_rate(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    // the market goods are imported or brought into imposes the tariff they pay (as "shipped to" and "when shipping to" did); an origin
    // that is only the largest share ("mostly from the U.S.") is no target of a rate every origin pays
    [InlineData("Cars imported into Vietnam will pay a 16% import tax from January.", "VN>* 16% Cars")]
    [InlineData("Large-engine cars imported into Vietnam, mostly from the U.S., will pay a 16% import tax from January, half the current rate.", "VN>* 16% Large-engine cars")]
    [InlineData("Steel imported into Mexico from China faces a 35% tariff.", "MX>CN 35% Steel")]
    [InlineData("Rice imported into the Philippines will pay a 35% tariff again from January, the agriculture department said.", "PH>* 35% Rice")]
    [InlineData("Goods imported into the EU from Russia will face a 35% duty.", "EU>RU 35% goods")]
    // goods routed through a third country: the market imposes, the adjective names the origin (read VN>CN before)
    [InlineData("Chinese solar panels imported into the US through Vietnam pay a 50% duty.", "US>CN 50% solar panels")]
    // control: a trade figure "imported into" a market is no tariff
    [InlineData("Exports from Canada imported into the United States fell 12% in the quarter.", "")]
    public void The_market_goods_are_imported_into_imposes_the_tariff(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));
}
