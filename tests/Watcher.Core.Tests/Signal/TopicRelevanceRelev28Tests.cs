using Watcher.Core.Matching;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 29 (relev28, docs/quality.md "Session 29 (relev28)"): kinds of tariff and summit statement that holdout 30 showed the
/// rules lacked, on sentences written for these tests with other countries, offices and goods — the customs duty in Turkish,
/// Icelandic, Macedonian and Indonesian headlines; a French "N% de droits" on imports; a Spanish duty or quota by its amount per
/// unit; deposits a remedy collects; a budget's "duty on" lines; talks on a tariff; a head by office with his foreign
/// counterpart, on a call naming another country, or on a working visit; a region's leaders agreeing; a format's leaders; two
/// capitals in talks — and the look-alikes that must stay out: a motorway toll, a customs office, voting rights, an airline's
/// charge per kilo of baggage, a bank's deposits, a budget's fuel duty, talks on a duty roster, a club president's counterpart,
/// a domestic call, a region's politicians at home, a beekeepers' or farmers' summit in a capital.
/// </summary>
public class TopicRelevanceRelev28Tests
{
    private static (bool Tariffs, bool Summits) Topics(string title, string text = "")
    {
        var topics = QueryTopicMatcher.Default.Match(title, text).Select(m => m.Topic).ToHashSet();
        return (topics.Contains(DefaultTopics.Tariffs), topics.Contains(DefaultTopics.Summits));
    }

    [Theory]
    [InlineData("Hindistan menşeli polyester ipliğe damping vergisi")]
    [InlineData("Elektrikli araçlara ek gümrük vergisi yüzde 40'a çıktı")]
    [InlineData("Tollar á osti hækka í 20%")]
    [InlineData("Намалена царинската давачка за велосипеди")]
    [InlineData("Pemerintah perpanjang BMTP impor keramik")]
    [InlineData("BMAD baja tahan karat dari China diperpanjang")]
    [InlineData("Les carreaux importés passent à 25% de droits")]
    [InlineData("Derecho de US$0.95 por kilo a brochas chinas")]
    [InlineData("Cuota de hasta 1.10 dólares por par a calzado de Vietnam")]
    public void A_headline_duty_in_its_language_or_by_its_amount_per_unit_is_a_tariff(string title) => Assert.True(Topics(title).Tariffs);

    [Theory]
    [InlineData("Death toll rises to 40 after floods", "")]
    [InlineData("Motorway tolls rise 5% from April", "")]
    [InlineData("Царинска управа заплени цигари на граница", "")]
    [InlineData("L'État détient 20% de droits de vote", "")]
    [InlineData("Livres importés : 10% de droits d'auteur reversés", "")]
    [InlineData("Cuota de 12 dólares por kilo de equipaje en vuelos a Miami", "")]
    [InlineData("Derechos de aterrizaje de 3 dólares por tonelada en el aeropuerto", "")]
    public void A_toll_a_customs_office_rights_or_a_charge_per_kilo_of_baggage_is_no_tariff(string title, string text) =>
        Assert.False(Topics(title, text).Tariffs);

    [Fact]
    public void Preliminary_deposits_a_country_collects_on_goods_are_a_tariff() =>
        Assert.True(Topics("China sets preliminary deposits on Indian sucralose",
            "China will collect deposits of up to 33.2% on sucralose from India, MOFCOM said.").Tariffs);

    [Fact]
    public void A_banks_deposits_are_no_tariff() =>
        Assert.False(Topics("Bank sets preliminary deposits target",
            "The bank will collect deposits of up to 5% more from savers in India this year.").Tariffs);

    [Fact]
    public void A_budget_blogs_duty_on_goods_changed_further_on_is_a_tariff() =>
        Assert.True(Topics("LIVE: Budget statement 2031",
            "10:05 - Duty on solar water pumps and drip irrigation kits down to 5%.\n10:09 - 25% duty on baby car seats and strollers removed.").Tariffs);

    [Fact]
    public void A_budget_blogs_fuel_duty_is_no_tariff() =>
        Assert.False(Topics("LIVE: Budget statement 2031", "10:05 - Fuel duty on petrol and diesel up to 12%.").Tariffs);

    [Fact]
    public void Talks_held_on_a_tariff_make_the_meeting_a_tariff_story() =>
        Assert.True(Topics("Vietnamese PM to visit Canberra",
            "The Prime Minister will hold talks on the 12% tariff on Vietnamese shrimp with his Australian counterpart.").Tariffs);

    [Theory]
    [InlineData("Pacific leaders meet in Apia", "Leaders held talks on the sidelines of the meeting while US tariffs hang over regional trade.")]
    [InlineData("Ministers meet in Suva", "Ministers held talks on the duty roster for border guards.")]
    [InlineData("Soldiers return to duty after talks on the ceasefire", "")]
    [InlineData("Gymnast's tariff of 5.6 raised for the Paris final", "")]
    [InlineData("Telecom regulator approves 10% rise in mobile tariff", "")]
    public void A_tariff_in_the_background_of_talks_a_duty_roster_or_a_sport_or_phone_tariff_is_no_tariff(string title, string text) =>
        Assert.False(Topics(title, text).Tariffs);

    [Theory]
    [InlineData("Prime Minister presses his Japanese counterpart on 20% rice tariff")]
    [InlineData("PM discusses 25% Indian tariff on Bangladeshi jute in phone call")]
    [InlineData("Statehouse announces President's March working visit to Brasília")]
    [InlineData("Baltic leaders agree to coordinate on grain exports")]
    [InlineData("Craiova Format leaders sign energy declaration")]
    [InlineData("Lima y Quito en negociaciones por el arancel al arroz")]
    public void A_head_with_a_foreign_counterpart_call_or_visit_a_regions_or_formats_leaders_or_two_capitals_in_talks_are_a_summit(string title) =>
        Assert.True(Topics(title).Summits);

    [Theory]
    [InlineData("Club president meets his Spanish counterpart before cup tie")]
    [InlineData("Union president meets Kenyan counterpart on wages")]
    [InlineData("President discusses flood relief in phone call")]
    [InlineData("Vice President discusses Brazilian beef tariff in phone call")]
    [InlineData("Federation president's working visit to Madrid")]
    [InlineData("Chinese leaders agree on five-year plan")]
    [InlineData("Gulf Coast leaders agree on hurricane fund")]
    [InlineData("Large-format printer leaders sign distribution deal")]
    [InlineData("Arsenal and Chelsea in talks over striker swap")]
    [InlineData("Ruling party leaders meet in Nairobi to pick candidates")]
    [InlineData("Beekeepers' summit in Vienna warns on pesticides")]
    [InlineData("Farmers' summit in Nairobi calls for fertiliser subsidy")]
    [InlineData("Mountaineers' summit in Kathmandu debates Everest permits")]
    [InlineData("Acme holds partners summit in Lisbon")]
    public void A_club_union_or_deputy_a_domestic_call_a_countrys_politicians_or_an_audiences_summit_is_no_summit(string title) =>
        Assert.False(Topics(title).Summits);
}
