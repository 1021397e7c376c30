using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 14 (fix14g), review of extract25's goods rules. (1) The words before the tariff word are goods only when they can
/// be goods: a word of time, scope, occasion or quantity ("Budget", "Emergency", "Nationwide", "Provincial", "Summer", "Year-end",
/// "Second-quarter", "10,000 tonnes") or a regional body's name ("ECOWAS") is none; the measure keeps "goods" or the goods word
/// nearer the tariff word. (2) A participle before "to/by/from/at" ends a goods phrase ("on EVs raised to 45%"). (3) A headline
/// that names its parties as a pair ("India-EU FTA: …") does not say who cuts: the body's measure at the same rate does.
/// </summary>
public class ReviewFixes14gTests
{
    [Theory]
    // the reviewer's rows (a time, scope or occasion word read as the goods)
    [InlineData("Kenya: Budget import duty hiked to 15%", "KE>* 15% goods")]
    [InlineData("Kenya: Emergency import duty raised to 40%", "KE>* 40% goods")]
    [InlineData("Kenya: Nationwide import duty cut to 5%", "KE>* 5% goods")]
    [InlineData("Canada: Provincial import duty raised to 10%", "CA>* 10% goods")]
    [InlineData("Kenya: Summer import tariff raised to 30%", "KE>* 30% goods")]
    [InlineData("Kenya: Year-end import duty cut to 5%", "KE>* 5% goods")]
    [InlineData("Kenya: Second-quarter import tariff raised to 25%", "KE>* 25% goods")]
    [InlineData("Kenya: 10,000 tonnes import duty cut to 5%", "KE>* 5% goods")]
    [InlineData("Ghana ECOWAS import levy raised to 35%", "GH>* 35% goods")]
    // variants
    [InlineData("Kenya: Interim import duty raised to 20%", "KE>* 20% goods")]
    [InlineData("Kenya: January import duty cut to 5%", "KE>* 5% goods")]
    [InlineData("Kenya: Federal import tariff raised to 25%", "KE>* 25% goods")]
    [InlineData("Kenya: state import duty raised to 30%", "KE>* 30% goods")]
    [InlineData("Nigeria: SADC import tariff cut to 10%", "NG>* 10% goods")]
    [InlineData("Kenya: raw sugar budget duty raised to 30%", "KE>* 30% goods")]
    public void A_word_of_time_scope_occasion_or_quantity_is_no_goods(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    // the goods word nearer the tariff word is kept, the occasion word before it dropped
    [InlineData("Kenya: emergency steel tariff raised to 40%", "KE>* 40% steel")]
    [InlineData("Kenya: Summer fruit import tariff raised to 30%", "KE>* 30% fruit")]
    [InlineData("Kenya's budget import duty on sugar raised to 35%", "KE>* 35% sugar")]
    // correct hits that keep working
    [InlineData("Bangladesh's rice import duty cut to 2%", "BD>* 2% rice")]
    [InlineData("Kenya: sugar import tariff raised to 35%", "KE>* 35% sugar")]
    [InlineData("Kenya doubles steel tariff to 50%", "KE>* 50% steel")]
    [InlineData("Kenya: steel springs import duty raised to 20%", "KE>* 20% steel springs")]
    [InlineData("Canada's import duty cut to 5%", "CA>* 5% goods")]
    [InlineData("Brazil's general tariff cut to 12% for Mercosur partners", "BR>MERCOSUR 12% goods")]
    [InlineData("Trump's tariff cut to 10% on Swiss goods", "US>CH 10% goods")]
    public void Goods_before_the_tariff_word_still_read(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    [InlineData("EU tariff on EVs raised to 45%", "EU>* 45% EVs")]
    [InlineData("US tariff on steel raised to 50%", "US>* 50% steel")]
    [InlineData("India's duty on solar panels raised to 40%", "IN>* 40% solar panels")]
    [InlineData("India's duty on solar panels increased to 40%", "IN>* 40% solar panels")]
    [InlineData("India's duty on solar panels reduced to 10%", "IN>* 10% solar panels")]
    [InlineData("US tariff on steel set at 50%", "US>* 50% steel")]
    // a participle that is part of the goods is no predicate
    [InlineData("India imposes a 20% duty on fixed-speed fans from China", "IN>CN 20% fixed-speed fans")]
    public void A_participle_after_the_goods_ends_them(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    [InlineData("India-EU FTA: car import duty cut to 40% from 110%\nIndia on Monday cut its import duty on cars from the European Union to 40% from 110%.", "IN", "IN>EU 40% cars+car")]
    [InlineData("UK-India trade deal: whisky tariff cut to 75%\nIndia will cut its tariff on Scotch whisky to 75% from 150%.", "GB", "IN>* 75% Scotch whisky")]
    // a headline that names no pair keeps its own reading beside the body's
    [InlineData("EU tariff on Indian cars cut to 40%\nIndia cut its duty on EU cars to 40%.", "IN", "EU>IN 40% cars|IN>EU 40% cars")]
    public void A_paired_headline_takes_the_body_order(string text, string? country, string expected) =>
        Assert.Equal(expected, string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of)));
}
