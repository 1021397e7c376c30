using Watcher.Core.Matching;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 22 (relev23, docs/quality.md "Session 22 (relev23)"): kinds of tariff and summit statement holdout 24 showed the
/// rules lacked, on sentences written for these tests with other countries, leaders and goods — a fare for a bus, tram, metro
/// or ferry called a tariff; the French, Spanish, Portuguese and Indonesian words for an import duty; a tariff suspension; the
/// CIS and Ibero-American summits by name; a leaders' telephone conversation named by office; a head of state named by country
/// visiting the White House; two countries holding ministerial talks — and the look-alikes that must stay out: tariffs on
/// imported buses, trade routes, a player's suspension, an Internet-security "CIS" summit, a mountaineers' summit, a club
/// president's phone call, a governor's visit, health ministerial talks.
/// </summary>
public class TopicRelevanceRelev23Tests
{
    private static (bool Tariffs, bool Summits) Topics(string title, string text = "")
    {
        var topics = QueryTopicMatcher.Default.Match(title, text).Select(m => m.Topic).ToHashSet();
        return (topics.Contains(DefaultTopics.Tariffs), topics.Contains(DefaultTopics.Summits));
    }

    [Theory]
    [InlineData("Tbilisi city hall approves new metro and bus tariff", "")]
    [InlineData("Ferry operators raise summer tariffs on Aegean island routes", "")]
    [InlineData("Riga raises tram and trolleybus tariffs from January", "Riga's city council raised the public transport tariff to 1.50 euros a trip.")]
    [InlineData("Kyiv council sets new public transport tariff", "The tariff for a metro ride rises to 15 hryvnias, citing electricity costs in Ukraine.")]
    public void A_fare_for_a_bus_tram_metro_or_ferry_is_no_tariff(string title, string text) => Assert.False(Topics(title, text).Tariffs);

    [Theory]
    [InlineData("US slaps 100% tariffs on Chinese electric buses", "")]
    [InlineData("Chile cuts import tariff on electric buses to zero", "")]
    [InlineData("EU tariffs on ferries built in China take effect", "")]
    public void A_tariff_on_imported_buses_or_ferries_is_a_tariff(string title, string text) => Assert.True(Topics(title, text).Tariffs);

    [Theory]
    [InlineData("Loi de finances : le droit d'importation sur les climatiseurs porté à 30%")]
    [InlineData("Le gouvernement réduit les droits d'importation sur le blé")]
    [InlineData("Pemerintah naikkan bea masuk baja impor jadi 20 persen")]
    [InlineData("Governo zera imposto de importação de painéis solares")]
    [InlineData("Hacienda reduce los derechos de importación del maíz")]
    public void An_import_duty_in_French_Spanish_Portuguese_or_Indonesian_is_a_tariff(string title) => Assert.True(Topics(title).Tariffs);

    [Theory]
    [InlineData("Le droit d'asile au cœur du débat à l'Assemblée")]
    [InlineData("Beasiswa masuk universitas dibuka bulan depan")]
    [InlineData("Receita Federal prorroga prazo do imposto de renda")]
    public void Other_French_Indonesian_or_Portuguese_rights_and_taxes_are_no_tariff(string title) => Assert.False(Topics(title).Tariffs);

    [Theory]
    [InlineData("Bakers welcome tariff suspensions on rye and oats", "")]
    [InlineData("Government extends duty suspensions for chemical inputs", "")]
    public void A_tariff_suspension_is_a_tariff(string title, string text) => Assert.True(Topics(title, text).Tariffs);

    [Theory]
    [InlineData("Striker's suspension tariff doubled after red card appeal", "")]
    [InlineData("Regulator orders suspension of electricity tariff rise for households", "")]
    public void A_players_suspension_or_a_power_tariffs_is_no_tariff(string title, string text) => Assert.False(Topics(title, text).Tariffs);

    [Theory]
    [InlineData("CIS summit opens in Minsk with security on the agenda")]
    [InlineData("CIS heads of state meet in Bishkek")]
    [InlineData("La Cumbre Iberoamericana se inaugura en Lisboa")]
    [InlineData("Ibero-American Summit closes with a declaration on food security")]
    [InlineData("Cimeira Ibero-Americana termina sem consenso")]
    public void The_CIS_or_Ibero_American_summit_named_is_a_summit(string title) => Assert.True(Topics(title).Summits);

    [Theory]
    [InlineData("CIS summit for security operations centres opens in Austin")]
    [InlineData("Climbers reach the summit of Elbrus")]
    [InlineData("Cumbre iberoamericana de cocineros reúne a chefs en Lima")]
    public void An_internet_security_summit_a_mountain_or_a_cooks_meeting_is_no_summit(string title) => Assert.False(Topics(title).Summits);

    [Theory]
    [InlineData("Telephone conversation between the President of the Republic and the President of Kenya")]
    [InlineData("Phone call between the Prime Minister and the President of France")]
    [InlineData("Entretien téléphonique entre les deux présidents")]
    [InlineData("Conversación telefónica entre los presidentes de Chile y Brasil")]
    public void A_leaders_telephone_conversation_named_by_office_is_a_summit(string title) => Assert.True(Topics(title).Summits);

    [Theory]
    [InlineData("Phone call between the club president and the head coach leaked")]
    [InlineData("Telephone conversation between the union president and the company chief")]
    [InlineData("Phone call between the two presidents of the football federation")]
    public void A_club_union_or_company_presidents_call_is_no_summit(string title) => Assert.False(Topics(title).Summits);

    [Theory]
    [InlineData("Malawi president to visit White House next month")]
    [InlineData("Ghana's president to visit China amid cocoa tariff row")]
    [InlineData("The President of the Republic to make a working visit to Paris")]
    public void A_head_of_state_named_by_country_visiting_the_White_House_or_a_country_is_a_summit(string title) => Assert.True(Topics(title).Summits);

    [Theory]
    [InlineData("Texas governor to visit White House")]
    [InlineData("Bank president makes working visit to branch in Kisumu")]
    public void A_domestic_tour_or_a_governors_visit_is_no_summit(string title) => Assert.False(Topics(title).Summits);

    [Theory]
    [InlineData("Chile and Japan hold ministerial talks on copper access")]
    [InlineData("Kenya, Tanzania hold ministerial talks on sugar tariffs")]
    public void Two_countries_holding_ministerial_talks_is_a_summit(string title) => Assert.True(Topics(title).Summits);

    [Theory]
    [InlineData("Chile and Peru hold health ministerial talks on dengue vaccines")]
    [InlineData("Brazil, Argentina sports ministerial talks on World Cup bid")]
    public void Two_countries_health_or_sports_ministerial_talks_are_no_summit(string title) => Assert.False(Topics(title).Summits);
}
