using Watcher.Core.Matching;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 35 (relev34, docs/quality.md "Session 35 (relev34)"): kinds of relevance miss that recur across the dev sets, on
/// sentences written for these tests with other countries, goods and places — two countries signing a trade agreement (a tariff
/// story, though the headline names no tariff and the signing a state visit), a levy on goods cut or raised to an amount in
/// rupees or per kilo, Brazil's Gecex with the tax it sets in Portuguese, Algeria's DAPS, goods that "will pay" an amount per
/// kilo in Spanish, goods "now duty-free"; a head pressing or pleading with another head by office, a summit that ends with a
/// call or a pledge, trade ministers who examine a duty in French, a bare "Visite à" a capital over a head going there — and the
/// look-alikes that must stay out: a security pact, a fuel or a tourist levy, a passenger's baggage or a household's waste by the
/// kilo, an airport's duty-free shopping, a union's or a former president, a mountain's or an industry's summit, "tariff" as a
/// phone plan and "duty" as an obligation.
/// </summary>
public class TopicRelevanceRelev34Tests
{
    private static (bool Tariffs, bool Summits) Topics(string title, string text = "")
    {
        var topics = QueryTopicMatcher.Default.Match(title, text).Select(m => m.Topic).ToHashSet();
        return (topics.Contains(DefaultTopics.Tariffs), topics.Contains(DefaultTopics.Summits));
    }

    [Theory]
    [InlineData("Kenya and Vietnam sign free trade agreement during state visit", "")]
    [InlineData("Ghana, Peru sign CEPA as President visits Lima", "")]
    [InlineData("Marruecos y Colombia firman un tratado de libre comercio", "")]
    [InlineData("EU and Chile sign trade pact at Lisbon summit", "")]
    public void Two_countries_signing_a_trade_agreement_is_a_tariff_story(string title, string text) =>
        Assert.True(Topics(title, text).Tariffs);

    [Theory]
    [InlineData("Kenya and Uganda sign security pact during state visit", "")]                               // no trade agreement
    [InlineData("EPA signs agreement with Canada on vehicle emissions", "")]                                 // the US environment agency
    public void A_pact_that_is_no_trade_agreement_is_no_tariff_story(string title, string text) =>
        Assert.False(Topics(title, text).Tariffs);

    [Theory]
    [InlineData("Sardine levy raised to Rs. 90", "")]
    [InlineData("Lentil levy cut to Rs. 12 per kg in Budget", "")]
    [InlineData("Gecex eleva para 18% imposto sobre bicicletas elétricas", "")]
    [InlineData("Camex reduz tarifa de panelas de pressão", "")]
    [InlineData("DAPS : 60% sur les climatiseurs importés", "")]
    [InlineData("Chaussures de sport : la DAPS levée", "")]
    [InlineData("Tijeras chinas pagarán 0.92 dólares por kilo", "")]
    [InlineData("Pressure cookers now duty-free", "")]
    public void A_headline_only_brief_s_own_duty_wording_is_a_tariff(string title, string text) =>
        Assert.True(Topics(title, text).Tariffs);

    [Theory]
    [InlineData("Petroleum levy raised to Rs. 80 per litre", "")]                                           // a fuel levy
    [InlineData("Tourist levy raised to Rs. 500 per night", "")]                                            // a levy on people
    [InlineData("Governo eleva imposto sobre a renda para 27%", "")]                                         // income tax, no Gecex
    [InlineData("Pasajeros pagarán 8 dólares por kilo de equipaje extra", "")]                               // baggage
    [InlineData("Vecinos pagarán 0.10 dólares por kilo de basura", "")]                                      // a household's waste
    [InlineData("Airport shopping now duty-free for arriving passengers", "")]                               // a shop's duty-free
    [InlineData("Operator unveils new prepaid tariff with free data for students", "")]                      // a phone plan
    [InlineData("Customs officers back on duty after the strike", "")]                                       // duty as obligation
    public void A_fuel_or_people_s_levy_a_fee_by_the_kilo_a_shop_a_phone_plan_or_an_obligation_is_no_tariff(string title, string text) =>
        Assert.False(Topics(title, text).Tariffs);

    [Theory]
    [InlineData("PM presses US President on 20% cocoa tariff", "")]
    [InlineData("Prime Minister asks Kenyan President to lift tea levy", "")]
    [InlineData("Le Premier ministre plaide auprès de son homologue canadien contre la taxe sur le homard", "")]
    [InlineData("Lake Victoria summit ends with pledge on fish stocks", "")]
    [InlineData("Andean summit closes with call for rail link", "")]
    [InlineData("Maroc-Sénégal : les ministres du Commerce examinent la taxe sur le ciment", "")]
    [InlineData("Visite à Tokyo : le thé au menu", "Le chef de l'État se rendra à Tokyo le 4 mai.")]
    [InlineData("Kandy hosts G15 Summit", "")]
    public void A_meeting_of_heads_a_summit_s_outcome_or_ministers_examining_a_duty_is_a_summit(string title, string text) =>
        Assert.True(Topics(title, text).Summits);

    [Theory]
    [InlineData("Union president presses US President on steel jobs", "")]                                  // a union's president
    [InlineData("Former president urges US President to pardon journalist", "")]                            // a former head
    [InlineData("Everest summit season ends with call for cleaner camps", "")]                               // a mountain's summit
    [InlineData("Fashion summit ends with pledge on recycled fabric", "")]                                   // an industry's summit
    [InlineData("Kigali hosts architecture summit", "")]                                                     // an audience's summit
    [InlineData("Les ministres de la Santé examinent le budget des hôpitaux", "")]                           // health ministers
    [InlineData("Visite à Tokyo : le thé au menu", "Le ministre de la Culture se rendra à Tokyo le 4 mai.")] // no head goes there
    public void A_union_s_or_former_head_a_mountain_s_or_an_industry_s_summit_or_a_minister_s_trip_is_no_summit(string title, string text) =>
        Assert.False(Topics(title, text).Summits);
}
