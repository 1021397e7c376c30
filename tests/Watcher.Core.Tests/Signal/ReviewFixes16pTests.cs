using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 16 review of components16's party rules (fix16p): the object of a giving verb acts when it is given a span or a leave
/// to act ("gave India until August 1 to cut its 100% duty"); a surge "of X imports" a measure is imposed over names its target;
/// the country a "blow to / rejecting" clause opens on is the target when the sentence names no other; a verb of export control
/// before "exports to" is no goods word. The reviewer's sentences and variants written for these tests, with the readings that
/// must keep working.
/// </summary>
public class ReviewFixes16pTests
{
    private static string[] Read(string text, string? country = null) =>
        TariffExtractor.Extract(text, country).Select(m => $"{m.Imposer}>{m.Target} {m.Rate}").ToArray();

    [Theory]
    // a deadline, a span or a leave to act: the object is the imposer of "its" tariff
    [InlineData("The White House gave India until August 1 to cut its 100% duty on US motorcycles.", "IN>US 100")]
    [InlineData("Washington gave Ottawa 30 days to scrap its 250% tariff on US dairy.", "CA>US 250")]
    [InlineData("The US gave China 90 days to lower its 125% tariff on American goods.", "CN>US 125")]
    [InlineData("Trump gave the EU until July 9 to cut its 10% tariff on US cars or face 50% duties.", "EU>US 10")]
    [InlineData("Brussels gave Beijing a month to drop its 38% levy on European brandy.", "CN>EU 38")]
    [InlineData("The ruling gave Canada the right to impose a 25% surtax on US steel.", "CA>US 25")]
    [InlineData("Washington has given Tokyo two more weeks to reduce its 700% tariff on American rice.", "JP>US 700")]
    [InlineData("The White House gave Seoul a warning to cut its 40% tariff on US beef.", "KR>US 40")]
    // the thing given: the object receives, the giver acts
    [InlineData("China gave Washington a taste of its own medicine, imposing a 34% tariff on all US goods.", "CN>US 34")]
    [InlineData("Beijing handed the US a bill of its own on Friday, slapping a 15% tariff on American coal.", "CN>US 15")]
    [InlineData("Trump offered India a reduced 15% tariff.", "US>IN 15")]
    [InlineData("Washington offered Japan a 15% tariff on its cars in exchange for investment.", "US>JP 15")]
    [InlineData("The US gave China a reprieve on Tuesday, delaying its 145% tariff on Chinese goods.", "US>CN 145")]
    [InlineData("Washington handed Vietnam a 90-day pause on its 46% tariff on Vietnamese goods.", "US>VN 46")]
    public void The_object_of_a_giving_verb(string text, string expected) =>
        Assert.Contains(expected, Read(text));

    [Theory]
    [InlineData("The White House gave India until August 1 to cut its 100% duty on US motorcycles.", "US>")]
    [InlineData("Brussels gave Beijing a month to drop its 38% levy on European brandy.", "EU>")]
    [InlineData("China gave Washington a taste of its own medicine, imposing a 34% tariff on all US goods.", "US>")]
    [InlineData("Trump offered India a reduced 15% tariff in exchange for cutting Russian oil purchases.", "IN>")]
    [InlineData("The US gave China a reprieve on Tuesday, delaying its 145% tariff on Chinese goods.", "CN>")]
    public void Not_read_as_the_imposer(string text, string notImposer) =>
        Assert.DoesNotContain(Read(text), m => m.StartsWith(notImposer, StringComparison.Ordinal));

    [Theory]
    // a surge of imports the measure is imposed over names their origin, the target
    [InlineData("Vietnam imposed anti-dumping duties of up to 27.8% on steel over a surge of Chinese imports.", "VN>CN 27.8")]
    [InlineData("Indonesia slapped a 20% anti-dumping duty on ceramic tiles against a surge in Indian imports.", "ID>IN 20")]
    [InlineData("Mexico imposed tariffs of up to 50% on cars over a surge of imports from China.", "MX>CN 50")]
    [InlineData("The Philippines imposed a 20% anti-dumping duty on cement over a surge of Vietnamese imports.", "PH>VN 20")]
    // a blow to / rejecting a country, the sentence's only candidate target
    [InlineData("Trump raised the tariff to 35% on Friday, a blow to Canada, which buys most US exports.", "US>CA 35")]
    [InlineData("The US confirmed a 50% tariff on coffee, rejecting Brazilian demands for an exemption.", "US>BR 50")]
    [InlineData("Washington kept its 25% duty on lumber, a major setback for Canada.", "US>CA 25")]
    [InlineData("The EU raised its duty on steel to 50%, a blow to India.", "EU>IN 50")]
    // the origin named in the measure's own words stays
    [InlineData("The EU imposed a 20% duty on steel from China, rejecting Beijing's claims of fair pricing.", "EU>CN 20")]
    [InlineData("Mexico raised tariffs on Chinese footwear to 35%, a blow to Chinese exporters.", "MX>CN 35")]
    public void The_target_of_a_surge_or_a_blow(string text, string expected) =>
        Assert.Contains(expected, Read(text));

    [Theory]
    // a judging clause that opens on no country, or on the imposer's own people, names no target
    [InlineData("India raised the import duty on cotton yarn to 20%, hitting exporters in Bangladesh.", "IN>* 20")]
    [InlineData("Peru raised its tariff on textiles to 15%, a blow to importers in Lima and traders in Bolivia.", "PE>* 15")]
    [InlineData("Brazil raised its import tariff on electric motors to 18%, a victory for local makers that had complained about a flood of Chinese motors.", "BR>* 18")]
    [InlineData("Korea will keep its 5% tariff on rice within the quota, of which about a third comes from the United States.", "KR>* 5")]
    [InlineData("Kenya doubled its duty on cement to 20%, after a flood of Egyptian cement.", "KE>* 20")]
    [InlineData("The US raised its tariff on steel to 50%, a blow to American carmakers.", "US>* 50")]
    public void A_judging_clause_without_a_country(string text, string expected) =>
        Assert.Contains(expected, Read(text));

    [Theory]
    // a verb of export control before "exports to": the destination imposes nothing
    [InlineData("India banned rice exports to Bangladesh in 2023 and now charges a 20% duty on onion exports.", "BD>")]
    [InlineData("India curbs sugar exports to Bangladesh, sets 20% duty on onion shipments", "BD>")]
    [InlineData("Indonesia bans nickel ore exports to China and imposes a 10% export levy on nickel pig iron.", "CN>")]
    [InlineData("Russia halted fuel exports to Georgia and raised its import duty on cars to 20%.", "GE>")]
    [InlineData("China restricts rare earth exports to the US and imposed a 10% tariff on US crude oil.", "US>")]
    public void An_export_control_verb_is_no_goods(string text, string notImposer) =>
        Assert.DoesNotContain(Read(text), m => m.StartsWith(notImposer, StringComparison.Ordinal));

    [Theory]
    [InlineData("India banned rice exports to Bangladesh in 2023 and now charges a 20% duty on onion exports.", "IN>")]
    [InlineData("Russia halted fuel exports to Georgia and raised its import duty on cars to 20%.", "RU>")]
    public void The_controlling_country_imposes(string text, string imposer) =>
        Assert.Contains(Read(text), m => m.StartsWith(imposer, StringComparison.Ordinal));

    [Theory]
    // goods that face the destination's duty keep working, plain modifier or possessive
    [InlineData("Faroe Islands salmon exports to Russia face a 15% duty from next month.", "RU>FO 15")]
    [InlineData("Chilean copper shipments to China will face a 5% tariff.", "CN>CL 5")]
    [InlineData("Chinese steel exports to India face a 12% safeguard duty from April.", "IN>CN 12")]
    [InlineData("Ukraine grain exports to Poland face a 10% levy from July.", "PL>UA 10")]
    [InlineData("Vietnam's exports to the US surged 40% ahead of the 46% tariff.", "US>VN 46")]
    public void Goods_that_face_a_duty_abroad(string text, string expected) =>
        Assert.Contains(expected, Read(text));
}
