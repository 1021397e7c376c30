using Watcher.Core.Matching;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 27 (relev26, docs/quality.md "Session 27 (relev26)"): kinds of summit and tariff statement that holdout 28 and
/// holdouts 15, 22 and 24 showed the rules lacked, on sentences written for these tests with other countries, forums and goods —
/// a forum the catalogue lacks, by its leaders meeting in a place or its summit in a capital; two countries signing an FTA or
/// EPA in a headline; trade ministers meeting; a call or a visit of heads named by office; trade ministers whose portfolio
/// joins industry; Peru's trade-remedy authority — and the look-alikes that must stay out: parties', cities' and farm leaders,
/// climbers on a summit, a company's, a developers' or a technology summit, a trade deal signed by officials, a union chief's
/// call, a head of state touring villages, Indecopi's consumer cases, a diver's tariff.
/// </summary>
public class TopicRelevanceRelev26Tests
{
    private static (bool Tariffs, bool Summits) Topics(string title, string text = "")
    {
        var topics = QueryTopicMatcher.Default.Match(title, text).Select(m => m.Topic).ToHashSet();
        return (topics.Contains(DefaultTopics.Tariffs), topics.Contains(DefaultTopics.Summits));
    }

    [Theory]
    [InlineData("Melanesian Spearhead Group leaders meet in Lautoka")]
    [InlineData("Weimar Triangle prime ministers meet in Warsaw")]
    [InlineData("Andean prime ministers meet in La Paz")]
    [InlineData("Lusophone leaders gather in Mindelo for shipping talks")]
    public void A_forums_leaders_meeting_in_a_place_are_a_summit(string title) => Assert.True(Topics(title).Summits);

    [Theory]
    [InlineData("Party leaders meet in Ottawa to settle debate rules")]
    [InlineData("Congressional leaders meet at White House on funding bill")]
    [InlineData("Farm leaders gather in Nairobi over fertiliser prices")]
    [InlineData("City leaders meet in Lima to plan bus lanes")]
    [InlineData("World leaders gather in Rome for state funeral")]
    [InlineData("Rebel leaders meet in Doha as ceasefire holds")]
    [InlineData("Tech leaders gather in Dublin for AI week")]
    public void Leaders_who_are_no_state_meeting_in_a_place_are_no_summit(string title) => Assert.False(Topics(title).Summits);

    [Theory]
    [InlineData("Third Andean Summit opens in Quito")]
    [InlineData("Gulf of Guinea summit ends in Malabo with maritime pact")]
    [InlineData("Sommet du Golfe de Guinée à Libreville : accord sur la pêche")]
    [InlineData("Cumbre amazónica en Lima cierra sin acuerdo sobre el petróleo")]
    public void A_summit_in_a_capital_is_a_summit(string title) => Assert.True(Topics(title).Summits);

    [Theory]
    [InlineData("Climbers celebrate summit in Nepal after record season")]
    [InlineData("Alpinista chileno alcanza la cumbre en Argentina")]
    [InlineData("Course au sommet du mont Cameroun : départ à Yaoundé")]
    [InlineData("Carmaker hosts dealers summit in Berlin")]
    [InlineData("Cloud summit in Dublin draws developers")]
    [InlineData("Sommet des entreprises à Dakar : les PME veulent du crédit")]
    public void A_climbers_or_a_companys_summit_in_a_capital_is_no_summit(string title) => Assert.False(Topics(title).Summits);

    [Theory]
    [InlineData("Kenya, Malaysia sign FTA; palm oil duty to fall")]
    [InlineData("Peru and Vietnam sign free trade agreement")]
    [InlineData("Ghana, Japan sign EPA; car tariff to be phased out")]
    public void Two_countries_signing_an_fta_in_the_headline_are_a_summit(string title) => Assert.True(Topics(title).Summits);

    [Theory]
    [InlineData("Thailand signs trade deal with Japan", "The commerce minister signed the deal in Tokyo on Monday.")]
    [InlineData("EPA signs agreement with Canada on vehicle emissions", "The agency signed the agreement with its counterpart.")]
    public void A_trade_deal_signed_by_officials_or_an_agencys_agreement_is_no_summit(string title, string text) => Assert.False(Topics(title, text).Summits);

    [Theory]
    [InlineData("Cocoa duty on the agenda as trade ministers meet")]
    [InlineData("Trade ministers meet in Kigali on rules of origin")]
    public void Trade_ministers_meeting_are_a_summit(string title) => Assert.True(Topics(title).Summits);

    [Fact]
    public void A_trade_minister_meeting_farmers_alone_is_no_summit() =>
        Assert.False(Topics("Trade minister hears farmers on cocoa duty", "The minister said the duty would stay.").Summits);

    [Theory]
    [InlineData("Telephone conversation between the Head of State and the French President on cocoa tariffs")]
    [InlineData("Entretien téléphonique entre Dakar et Paris sur les droits de douane")]
    public void A_call_between_heads_by_office_or_capitals_is_a_summit(string title) => Assert.True(Topics(title).Summits);

    [Fact]
    public void A_union_chiefs_call_with_a_president_is_no_summit() =>
        Assert.False(Topics("Telephone call between union chief and the Kenyan President on fuel levy").Summits);

    [Theory]
    [InlineData("Head of government to visit Nairobi next month")]
    [InlineData("Le chef de l'Etat attendu à Abidjan jeudi")]
    public void A_head_of_government_by_office_visiting_a_capital_is_a_summit(string title) => Assert.True(Topics(title).Summits);

    [Theory]
    [InlineData("Head of state to visit flood-hit villages")]
    [InlineData("Company chief to visit Beijing plant")]
    public void A_tour_at_home_or_a_company_chiefs_trip_is_no_summit(string title) => Assert.False(Topics(title).Summits);

    [Fact]
    public void Trade_ministers_whose_portfolio_joins_industry_in_talks_are_a_summit() =>
        Assert.True(Topics("Botswana and Zambia review trade ties",
            "Botswana's Minister of Industry and Commerce held talks in Lusaka with the Zambian Minister of Industrialisation and Trade on cross-border trade.").Summits);

    [Fact]
    public void A_trade_minister_meeting_a_chamber_of_commerce_is_no_summit() =>
        Assert.False(Topics("Minister addresses business owners",
            "The Minister of Trade and Industry met the chamber of commerce in Gaborone on Tuesday.").Summits);

    [Theory]
    [InlineData("Indecopi fija derechos de hasta US$ 0.90 por kilo a tejidos indios")]
    [InlineData("Indecopi: calzado chino pagará hasta US$ 1.20 por par")]
    public void Perus_trade_remedy_authority_setting_duties_is_a_tariff(string title) => Assert.True(Topics(title).Tariffs);

    [Theory]
    [InlineData("Indecopi sanciona a aerolínea por vulnerar derechos de pasajeros")]
    [InlineData("Indecopi multa a cadena de cines por derechos de autor")]
    public void Indecopis_consumer_and_copyright_cases_are_no_tariff(string title) => Assert.False(Topics(title).Tariffs);

    [Fact]
    public void A_divers_tariff_in_a_capital_is_no_tariff() =>
        Assert.False(Topics("Diving: a tariff of 3.6 clinches gold in Doha", "The diver's final dive carried the highest tariff of the night.").Tariffs);
}
