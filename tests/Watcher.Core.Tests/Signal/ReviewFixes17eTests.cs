using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 17 (fix17e): the reviewer's findings on extract29's readers, fixed in general. (1) A specific duty (an amount per unit) on an
/// excise good — alcohol, fuel, tobacco, soft drinks — or a carbon levy, in a sentence with no import, customs or border word and no
/// origin, is the country's excise, not a tariff (TariffExtractor.Excise.cs). (2) A tariff statistic — an effective, average or
/// weighted rate, duties paid, tariff revenue — that moves "from A% to B%" is no measure, neither as the outlet's home decision
/// (HomeCountry's Decided) nor as a stated rate (MetricRates.IsTariffMetric). (3) A currency word several countries share ("Rs",
/// "shillings", "riyals", "francs", "dirhams", "pesos") is the imposer's currency, unless the sentence writes a one-country code
/// (RateParser.SharedCurrencies.cs). The reviewer's cases and sentences of my own; rows that must keep reading as they do.
/// </summary>
public class ReviewFixes17eTests
{
    private static string Read(string text, string? country) =>
        string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of));

    // (1) excise: a duty or levy per unit on alcohol, fuel, tobacco or soft drinks, or a carbon levy, with no border word or origin
    [Theory]
    [InlineData("Britain's duty on beer rises to 21.01 pence per litre in February.", null)]
    [InlineData("Britain's duty on beer rises to 21.01 pence per litre in February.", "GB")]
    [InlineData("Canada's carbon levy on gasoline rises to 17.6 cents a litre on April 1.", "CA")]
    [InlineData("Canada's carbon levy on gasoline rises to 17.6 cents a litre on April 1.", null)]
    [InlineData("The UK's duty on beer rises to 21.01 pence per litre in February.", "GB")]
    [InlineData("Ireland's carbon levy on petrol rises to 2.5 cents a litre in October.", "IE")]
    [InlineData("The Chancellor raised duty on spirits to 31.64 pounds per litre of pure alcohol.", "GB")]
    [InlineData("New Zealand's duty on wine goes up to 3.50 dollars per litre next July.", "NZ")]
    [InlineData("The government will raise the levy on sugary drinks to 30 cents a litre.", "ZA")]
    [InlineData("Duty on a litre of cider will rise to 12 pence per litre this spring.", "GB")]
    public void An_excise_in_a_currency_unit_is_no_tariff(string text, string? country) =>
        Assert.Equal("", Read(text, country));

    [Theory]
    [InlineData("Canada slaps 35 cents a litre duty on US wine", "CA", "CA>US 35 cent/litre wine")]
    [InlineData("Canada imposes a duty of 35 cents a litre on imported wine.", "CA", "CA>* 35 cent/litre wine")]
    [InlineData("Britain's duty on imported beer rises to 21.01 pence per litre.", "GB", "GB>* 21.01 penny/litre beer")]
    [InlineData("Britain imposes a duty of 30 pence per litre on wine from Australia.", "GB", "GB>AU 30 penny/litre wine")]
    [InlineData("The EU's carbon border levy on steel rises to 80 euros per tonne.", "EU", "EU>* 80 eur/tonne steel")]
    [InlineData("The EU's carbon levy on imported steel will be 80 euros per tonne.", null, "EU>* 80 eur/tonne steel")]
    [InlineData("Colombia imposed a duty of US$0.18 per litre on fuel ethanol imports from the United States.", "CO", "CO>US 0.18 usd/litre fuel ethanol")]
    [InlineData("Kuwait raises duty on cigarettes to 100%.", "KW", "KW>* 100% cigarettes")]
    [InlineData("Papua New Guinea slaps 35% tariff on soft drinks.", "PG", "PG>* 35% soft drinks")]
    [InlineData("India cuts duty on bourbon whiskey to 50%.", "IN", "IN>* 50% bourbon whiskey")]
    // an export duty on fuel is charged at the border too (review17b: read before fix17e, dropped by it)
    [InlineData("Russia raises export duty on diesel to $45 per tonne from March 1.", "RU", "RU>* 45 usd/tonne diesel")]
    public void A_duty_at_the_border_on_the_same_goods_still_reads(string text, string? country, string expected) =>
        Assert.Equal(expected, Read(text, country));

    // left alone before and after: a domestic charge's own name, an excise word, a comparison, a utility tariff
    [Theory]
    [InlineData("Fuel duty is frozen at 52.95 pence per litre.", "GB")]
    [InlineData("The federal fuel levy on diesel goes up to 21.4 cents a litre.", "CA")]
    [InlineData("Australia's excise on beer rises to 62 cents per litre in August.", "AU")]
    [InlineData("Kenya's excise on Thai drinks rises to 20 shillings per litre.", null)]
    [InlineData("Compared with Vietnam's 20,000 dong per kg, Thailand's duty on sugar is lower.", null)]
    [InlineData("Britain's water tariff rises to 2 pounds per cubic metre.", "GB")]
    public void A_domestic_charge_stays_unread(string text, string? country) =>
        Assert.Equal("", Read(text, country));

    // (2) a tariff statistic that moves is no measure, with or without the outlet's country
    [Theory]
    [InlineData("The effective tariff rate on Chinese imports went from 20% to 55% under the new policy.", "IN")]
    [InlineData("The effective tariff rate on Chinese imports went from 20% to 55% under the new policy.", null)]
    [InlineData("The US effective tariff rate on Chinese imports went from 20% to 55% under the new policy.", null)]
    [InlineData("The effective tariff rate on Chinese imports went from 20% to 55% under the new policy.", "US")]
    [InlineData("The average tariff on Chinese goods went from 3% to 12% last year.", "IN")]
    [InlineData("The trade-weighted tariff rate on imports moved from 2% to 4.5% this year.", "GB")]
    [InlineData("Duties paid on Chinese imports went from 2% to 7%.", "IN")]
    [InlineData("The overall tariff rate on Chinese goods went from 20% to 54%.", "US")]
    [InlineData("Tariff revenue went from 2% to 5% of federal receipts.", "US")]
    [InlineData("America's overall tariff rate rose to 17%, the highest since 1935.", "US")]
    public void A_tariff_statistic_that_moves_is_no_measure(string text, string? country) =>
        Assert.Equal("", Read(text, country));

    [Theory]
    [InlineData("The duty on imported chicken rises from 37% to 62%.", "ZA", "ZA>* 62% chicken")]
    [InlineData("The tariff on Chinese steel went from 25% to 50% in June.", "US", "US>CN 50% steel")]
    [InlineData("The US average tariff is 3%, but the duty on Chinese steel went from 25% to 50%.", null, "US>CN 50% steel")]
    [InlineData("Import duty on rice falls from 35 percent to 15 percent next month.", "PH", "PH>* 15% rice")]
    public void A_duty_that_moves_still_reads(string text, string? country, string expected) =>
        Assert.Equal(expected, Read(text, country));

    // (3) a currency word several countries share is the imposer's; a one-country code or symbol is kept
    [Theory]
    [InlineData("Sri Lanka raises cess on imported yoghurt to Rs. 300 per kg", "LK>* 300 lkr/kg yoghurt")]
    [InlineData("Pakistan imposes regulatory duty of Rs 100 per kg on imported betel nuts.", "PK>* 100 pkr/kg betel nuts")]
    [InlineData("Nepal raises customs duty on imported potatoes to Rs 5 per kg.", "NP>* 5 npr/kg potatoes")]
    [InlineData("Uganda imposes import duty of 500 shillings per kg on sugar.", "UG>* 500 ugx/kg sugar")]
    [InlineData("Tanzania raises import duty on sugar to 1,000 shillings per kg.", "TZ>* 1000 tzs/kg sugar")]
    [InlineData("Qatar imposes duty of 5 riyals per kg on imported poultry.", "QA>* 5 qar/kg poultry")]
    [InlineData("Senegal imposes a duty of 100 francs per kg on imported onions.", "SN>* 100 xof/kg onions")]
    [InlineData("Cameroon imposes a duty of 100 francs per kg on imported rice.", "CM>* 100 xaf/kg rice")]
    [InlineData("Morocco imposes a duty of 3 dirhams per kg on imported wheat.", "MA>* 3 mad/kg wheat")]
    [InlineData("Mexico imposes a duty of 5 pesos per kg on imported pork.", "MX>* 5 mxn/kg pork")]
    [InlineData("Philippines imposes a duty of 5 pesos per kg on imported pork.", "PH>* 5 php/kg pork")]
    public void A_shared_currency_word_is_the_imposer_s_currency(string text, string expected) =>
        Assert.Equal(expected, Read(text, null));

    [Theory]
    [InlineData("India raises import duty on almonds to Rs 120 per kg.", "IN>* 120 inr/kg almonds")]
    [InlineData("Sri Lanka raises import duty on sugar to INR 50 per kg.", "LK>* 50 inr/kg sugar")]
    [InlineData("Kenya raises import duty on sugar to 20 shillings per kg.", "KE>* 20 kes/kg sugar")]
    [InlineData("Uganda imposes duty of KES 20 per kg on Kenyan sugar.", "UG>KE 20 kes/kg sugar")]
    [InlineData("Saudi Arabia imposes duty of 5 riyals per kg on imported poultry.", "SA>* 5 sar/kg poultry")]
    [InlineData("Switzerland raises the duty on imported butter to 20 francs per kg.", "CH>* 20 chf/kg butter")]
    public void A_currency_of_one_country_or_the_default_s_own_stays(string text, string expected) =>
        Assert.Equal(expected, Read(text, null));
}
