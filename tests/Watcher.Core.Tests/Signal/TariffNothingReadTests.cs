namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 12 (extract21): items of which the extractor read nothing at all, though they state a measure (docs/quality.md,
/// "Session 12 (extract21)"). The shapes fixed here are general ways of writing a rate: a flat duty per item, parcel, package or
/// consignment; a specific duty in a national currency (NOK, SEK, DKK, ISK, taka); a national currency as the item's home
/// ("Tk 20 more"); the level a change starts from written as "from a krone rate of …"; a product phrase whose number has a
/// thousands comma ("motor cars up to 1,500cc"). Sentences are the tests' own; the negative rows must read nothing or not the
/// old rate.
/// </summary>
public class TariffNothingReadTests
{
    // a flat duty per item, parcel, package or consignment (the low-value e-commerce duties)
    [Theory]
    [InlineData("The EU will apply a flat customs duty of €2 per item on low-value parcels from July.", "EU>* 2 eur/item low-value parcels")]
    [InlineData("Japan set a duty of US$3 per package on small consignments bought online.", "JP>* 3 usd/package small consignments bought online")]
    [InlineData("Brussels Playbook: Parcel duty goes up. PARCEL DUTY UP: EU finance ministers signed off on a €4 per item duty on small parcels, up from €2.",
        "EU>* 4 eur/item small parcels")]
    [InlineData("From March, Turkey levies a customs duty of €10 per consignment on postal imports.", "TR>* 10 eur/consignment postal")]
    public void A_flat_duty_per_item_is_a_rate(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    // a specific duty in a national currency, and the old level a change starts from
    [Theory]
    [InlineData("Norway raised the customs duty on lamb from NOK 38 to NOK 45 per kg.", "NO>* 45 nok/kg lamb")]
    [InlineData("Sweden raised the customs duty on cheese to SEK 40 per kg.", "SE>* 40 sek/kg cheese")]
    [InlineData("Bangladesh will raise the customs duty on cement clinker to Tk 700 per tonne.", "BD>* 700 bdt/tonne cement clinker")]
    [InlineData("Bangladesh will raise the customs duty on cement clinker to 700 taka per tonne.", "BD>* 700 bdt/tonne cement clinker")]
    [InlineData("Iceland changed the customs duty on butter from a krone rate of ISK 300 per kg to ISK 450 per kg.", "IS>* 450 isk/kg butter")]
    [InlineData("India raised the duty on apples from a specific rate of Rs 50 per kg to Rs 80 per kg.", "IN>* 80 inr/kg apples")]
    [InlineData("Mexico moved the tariff on cars from the current rate of 10% to 15%.", "MX>* 15% cars")]
    public void A_national_currency_per_unit_is_a_rate_and_the_level_changed_from_is_old(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));

    // a national currency names the home of an item whose institution acts ("Tk" is Bangladesh's taka)
    [Theory]
    [InlineData("The finance minister proposed raising the customs duty on imported sugar to 30 percent. Traders said a kilo would cost Tk 10 more.",
        "BD>* 30% sugar")]
    [InlineData("Parliament passed the Finance Bill, raising the import duty on motorcycles to 45 per cent. Dealers said a bike would cost Tk. 15,000 more.",
        "BD>* 45% motorcycles")]
    public void Taka_names_the_home_country(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    // a product phrase with a thousands comma in it stays one phrase
    [Theory]
    [InlineData("Bangladesh raised the customs duty on LED bulbs to 15 percent and on motor cars up to 1,500cc to 55 percent.",
        "BD>* 15% LED bulbs|BD>* 55% motor cars")]
    [InlineData("Kenya cut the duty on sugar to 10% and on tractors over 2,000 kg to 5%.", "KE>* 10% sugar|KE>* 5% tractors")]
    public void A_thousands_comma_does_not_end_a_product_phrase(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    // negatives: a fee, a price, a trader's cost and a metric are no duty; no home without an acting institution
    [Theory]
    [InlineData("Couriers charge a handling fee of €2 per parcel.")]
    [InlineData("The postal service raised its price to €5 per item for registered letters.")]
    [InlineData("Dhaka traders paid Tk 700 per tonne more for clinker last month.")]
    [InlineData("Traders said imported sugar would cost Tk 10 more per kilo after the 30 percent rise in freight.")]
    [InlineData("Shipping a parcel now costs NOK 45 per kg, the post office said.")]
    public void Reads_nothing(string text) => Assert.Equal("", MeasureKey.All(text));

    [Fact]
    public void A_thousands_comma_joins_no_figure_that_is_not_a_rate() =>
        Assert.Equal("KE>* 10% sugar", MeasureKey.All("Kenya cut the duty on sugar to 10%, while exports rose 1,200 percent."));
}

/// <summary>
/// Session 12 (extract21): one sentence that lists several goods each with its own rate, in brackets or after "to", often after a
/// colon that ends a long clause ("… under Regulation No. 9/2027, which takes effect on March 3: beverages (15%, from 5%), biscuits
/// (20%, from 10%) and …"). A rate of a list a colon opens after the tariff word is as near that word as the colon is, when the
/// list opens with goods (lower case); each later item's goods are the words between the separator and its bracket or "to".
/// </summary>
public class TariffBracketListTests
{
    [Theory]
    [InlineData("Malaysia has raised import duties on several foods under a new ministerial order, which takes effect in June: instant noodles (12%, from 8%), canned sardines (15%) and frozen fries (10%, from 5%).",
        "MY>* 12% instant noodles|MY>* 15% canned sardines|MY>* 10% frozen fries")]
    [InlineData("Chile lowered tariffs on farm inputs: fertiliser (2%), seed potatoes (from 6% to 3%) and irrigation pipes (4%).",
        "CL>* 2% fertiliser|CL>* 3% seed potatoes|CL>* 4% irrigation pipes")]
    [InlineData("Kenya raised import duties on rice to 35%, wheat flour to 25% and cooking oil to 20%.",
        "KE>* 35% rice|KE>* 25% wheat flour|KE>* 20% cooking oil")]
    [InlineData("Thailand cut the tariff on apples from 10% to 5%, pears (from 8% to 4%) and grapes (from 12% to 6%).",
        "TH>* 5% apples|TH>* 4% pears|TH>* 6% grapes")]
    public void Each_listed_item_has_its_own_rate(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    // negatives: a rate's steps are no list of goods; a list of firms or of figures after a colon is not this list
    [Theory]
    [InlineData("Morocco will charge a safeguard duty on imported tiles, starting at 25 per cent and stepping down to 22 per cent.",
        "MA>* 25% tiles|MA>* 22% tiles")]
    [InlineData("Indonesia will impose safeguard duties on imported cotton yarn starting at 12 percent and falling to 10 percent by the third year.",
        "ID>* 12% cotton yarn|ID>* 10% cotton yarn")]
    [InlineData("The anti-dumping duty rates are as follows: Acme Steel Co.: 21.4%; all other companies: 47.2%.", "")]
    [InlineData("The government said import duties would stay unchanged this year: inflation (4%) and growth (5%) are on target.", "")]
    public void Not_a_list_of_goods(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));
}

/// <summary>
/// Session 12 (extract21): after a sentence that announces a tariff without its rates ("… has issued a decree amending the MFN
/// import tax rates on several farm products"), "the tax rate on X" — after a lead-in such as "Accordingly," — refers back to it,
/// and X is its goods; a tax rate on income, profits, wages or property does not.
/// </summary>
public class TariffTaxRateRefersBackTests
{
    [Theory]
    [InlineData("Thailand has announced new import tax rates on several fruits. Accordingly, the tax rate on durians is cut from 20% to 10%.",
        "TH>* 10% durians")]
    [InlineData("Kenya imposed new customs duties on processed foods. Specifically, the duty rate on biscuits rises to 25%.", "KE>* 25% biscuits")]
    [InlineData("Hanoi (VNA) – The Government has issued Decree 12/2027/ND-CP amending the MFN import tax rates on some dairy products. Accordingly, the tax rate on butter is reduced from 15% to 10%, and on cheese to 8%.",
        "VN>* 10% butter|VN>* 8% cheese")]
    public void The_tax_rate_refers_back_to_the_announced_tariff(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    [InlineData("Thailand has announced new import tax rates on several fruits. The tax rate on durian farmers' income stays at 20%.")]
    [InlineData("Thailand has announced new import tax rates on several fruits. The tax rate on corporate profits stays at 20%.")]
    [InlineData("The finance ministry announced a higher VAT on fuel. The tax rate on diesel rises to 12%.")]
    [InlineData("Thailand has announced new import tax rates on several fruits. Exporters said the tax rate on their profits is 20%.")]
    public void Reads_nothing(string text) => Assert.Equal("", MeasureKey.All(text));
}
