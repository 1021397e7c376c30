using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 16 (components16): a measure whose rate is read but one of whose parties is another country — an origin fused to its
/// goods read as the actor ("China-made steel to face …"), a place's governor or mayor read as a government, the exporter of
/// goods that "face" a duty abroad read as its imposer when it is named as a plain modifier ("Faroe Islands salmon exports to
/// Russia face …"). Sentences written for these tests in several styles (headline, wire lede, quote, outlet's home), with the
/// readings that must not change.
/// </summary>
public class TariffPartyComponentsTests
{
    private static string[] Read(string text, string? country = null) =>
        TariffExtractor.Extract(text, country).Select(m => $"{m.Imposer}>{m.Target} {m.Rate}").ToArray();

    [Theory]
    // an origin fused to its goods is no imposer
    [InlineData("China-made steel to face 25% safeguard duty", "CN>", null)]
    [InlineData("China-made steel to face 25% safeguard duty", "CN>", "IN")]
    [InlineData("US-origin almonds will attract a 20% duty from April, the finance ministry said.", "US>", "IN")]
    [InlineData("Brazil-grown coffee faces a new 10% import levy.", "BR>", "MA")]
    [InlineData("Vietnam-assembled phones to pay 15% duty under new schedule", "VN>", "NG")]
    [InlineData("Japan-built cars will be charged a 30% tariff next year.", "JP>", null)]
    // a governor or mayor speaks for no customs authority
    [InlineData("Guam's governor said the 10% tariff on Japanese goods would hurt the island's tourism industry.", "GU>", null)]
    [InlineData("The Governor of Guam warned that the 10% tariff on Japanese goods could cost tourism jobs.", "GU>", null)]
    [InlineData("Puerto Rico's governor said the 25% tariff on Chinese steel would raise building costs.", "PR>", null)]
    // the object of a verb of giving
    [InlineData("China gave Washington a taste of its own medicine, imposing a 34% tariff.", "US>", null)]
    [InlineData("Beijing handed the US a bill of its own on Friday, slapping a 15% tariff on American coal.", "US>", null)]
    [InlineData("Ottawa sent Washington a message, raising its surtax on US steel to 25%.", "US>", null)]
    // the exporter of goods that face a duty abroad is the target, the destination the imposer
    [InlineData("Faroe Islands salmon exports to Russia face a 15% duty from next month.", "FO>", null)]
    [InlineData("Chilean copper shipments to China will face a 5% tariff.", "CL>", null)]
    [InlineData("Norway seafood exports to China face a 10% tariff from May.", "NO>", "NO")]
    public void A_country_that_does_not_act_is_not_the_imposer(string text, string notImposer, string? outlet) =>
        Assert.DoesNotContain(Read(text, outlet), m => m.StartsWith(notImposer, StringComparison.Ordinal));

    [Theory]
    [InlineData("China-made steel to face 25% safeguard duty in India", null, "IN>* 25")]
    [InlineData("India will impose a 25% anti-dumping duty on China-made steel, the trade ministry said.", null, "IN>CN 25")]
    [InlineData("China gave Washington a taste of its own medicine, imposing a 34% tariff.", null, "CN>US 34")]
    [InlineData("Beijing handed the US a bill of its own on Friday, slapping a 15% tariff on American coal.", null, "CN>US 15")]
    [InlineData("Faroe Islands salmon exports to Russia face a 15% duty from next month.", null, "RU>FO 15")]
    [InlineData("Chilean copper shipments to China will face a 5% tariff.", null, "CN>CL 5")]
    [InlineData("Norway seafood exports to China face a 10% tariff from May.", "NO", "CN>NO 10")]
    public void The_parties_read_instead(string text, string? outlet, string expected) =>
        Assert.Contains(expected, Read(text, outlet));

    [Theory]
    // a country before its goods without a hyphen still imposes where it acts
    [InlineData("China raised its tariff on made-to-order steel to 25%.", "CN>* 25")]
    [InlineData("China's 25% tariff on US-made cars took effect on Friday.", "CN>US 25")]
    [InlineData("India imposed a 20% duty on US-origin almonds.", "IN>US 20")]
    // a government's own ministers and officials still speak for it; "governor" of a central bank is no country's imposer but
    // the country its minister names stays
    [InlineData("Japan's trade minister said the 10% tariff on Chinese goods would take effect in May.", "JP>CN 10")]
    [InlineData("Canada's finance minister said the 25% surtax on US steel stays.", "CA>US 25")]
    [InlineData("China's commerce ministry said the 34% tariff on all American goods takes effect on April 10.", "CN>US 34")]
    // a giving verb whose object is goods, not a country; a subject that gives
    [InlineData("The US gave China 90 days before raising its tariff on Chinese goods to 34%.", "US>CN 34")]
    [InlineData("Washington offered Japan a 15% tariff on its cars in exchange for investment.", "US>JP 15")]
    // exports to a country with the possessive, as before
    [InlineData("Vietnam's exports to the US surged 40% ahead of the 46% tariff.", "US>VN 46")]
    // a country that imposes on exports to it, not a plain modifier before "exports"
    [InlineData("Russia raised its duty on salmon exports from the Faroe Islands to 15%.", "RU>FO 15")]
    [InlineData("China will impose a 10% tariff on US exports to China of pork.", "CN>US 10")]
    public void Readings_that_must_not_change(string text, string expected) =>
        Assert.Contains(expected, Read(text));

    [Theory]
    // a country named after the measure only in a clause that judges it, rejects a demand or shares out its trade is no origin
    [InlineData("Brazil raised its import tariff on electric motors to 18%, a victory for local makers that had complained about a flood of Chinese motors.", "BR>* 18")]
    [InlineData("Korea will keep its 5% tariff on rice within the quota, of which about a third comes from the United States.", "KR>* 5")]

    [InlineData("Peru raised its tariff on textiles to 15%, a boost for mills hurt by a surge of Chinese imports.", "PE>* 15")]
    [InlineData("Kenya doubled its duty on cement to 20%, after a flood of Egyptian cement.", "KE>* 20")]
    // the origin named in the measure's own words stays
    [InlineData("Brazil raised its tariff on Chinese electric motors to 18%, a victory for local makers.", "BR>CN 18")]
    [InlineData("The EU imposed a 20% duty on steel from China, rejecting Beijing's claims of fair pricing.", "EU>CN 20")]
    [InlineData("Mexico raised tariffs on Chinese footwear to 35%, a blow to Chinese exporters.", "MX>CN 35")]
    [InlineData("India set a 12% duty on Vietnamese steel, of which it bought 2 million tonnes last year.", "IN>VN 12")]
    // the country a rejection opens on, the sentence's only candidate target, is the target (fix16p: "rejecting Brazilian demands")
    [InlineData("Thailand will keep its 30% tariff on sugar, rejecting Australian demands for a cut.", "TH>AU 30")]
    public void A_country_in_a_clause_about_the_measure(string text, string expected) =>
        Assert.Contains(expected, Read(text));
}
