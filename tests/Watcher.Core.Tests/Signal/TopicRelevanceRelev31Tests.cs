using Watcher.Core.Matching;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 32 (relev31, docs/quality.md "Session 32 (relev31)"): kinds of relevance error that holdout 33 showed, on sentences
/// written for these tests with other goods, countries, forums and places — a headline-only tariff brief in a wording the rules
/// lacked (a dumping case against a country's goods, dumped imports, goods hit "with deposits", a duty proposed, a budget's "duty
/// on" lines, a Portuguese, French, Macedonian, Indonesian or Turkish duty); a summit headline over heads of state in the text, a
/// forum by its name in its members' languages, an FTA signed by two parties in their language, trade ministers discussing in
/// French; and what must stay out: a port's pilotage tariff, a tariff in the background of a leaders' or summit headline, a
/// mountain's summit, an industry's summit — with the look-alikes that must keep their topic.
/// </summary>
public class TopicRelevanceRelev31Tests
{
    private static (bool Tariffs, bool Summits) Topics(string title, string text = "")
    {
        var topics = QueryTopicMatcher.Default.Match(title, text).Select(m => m.Topic).ToHashSet();
        return (topics.Contains(DefaultTopics.Tariffs), topics.Contains(DefaultTopics.Summits));
    }

    [Theory]
    [InlineData("Bathtub maker wins dumping case against Spanish bathtubs", "")]
    [InlineData("Tile producers win relief from dumped imports", "")]
    [InlineData("Korea hits Chinese, Thai PET resin with deposits of up to 31.2%", "")]
    [InlineData("15% duty proposed on ceiling fans", "")]
    [InlineData("Budget 2034 live: key measures", "Duty on garden hoses removed. Duty on tinned peaches up. Capital budget next week.")]
    public void A_headline_brief_in_an_english_wording_the_rules_lacked_is_a_tariff(string title, string text) =>
        Assert.True(Topics(title, text).Tariffs);

    [Theory]
    [InlineData("Pneus importados isentos de direito aduaneiro", "")]
    [InlineData("Le droit de 35% sur les pneus maliens maintenu", "")]
    [InlineData("Царината за увоз на јаболка намалена на 10 отсто", "")]
    [InlineData("Sepeda impor kena bea safeguard dua tahun", "")]
    [InlineData("Çin menşeli bisiklet lastiklerine ton başına 200 dolar vergi", "")]
    public void A_duty_in_the_headline_s_language_is_a_tariff(string title, string text) =>
        Assert.True(Topics(title, text).Tariffs);

    [Theory]
    [InlineData("Villagers win dumping case against Kenyan county over rubbish pits", "")]
    [InlineData("Rubbish dumped beside imported car yard, council says", "")]
    [InlineData("Regulator hits Vietnamese lenders with deposits cap of 5%", "")]
    [InlineData("Windhoek proposes 9% rise in water tariffs", "")]
    [InlineData("Budget 2034 live: key measures", "Duty on petrol up. Stamp duty on homes removed.")]
    [InlineData("Les étudiants ont droit à 50% sur les billets de train", "")]
    [InlineData("Yabancı menşeli araçlarda ÖTV ve vergi artışı", "")]
    public void A_look_alike_of_those_wordings_is_no_tariff(string title, string text) =>
        Assert.False(Topics(title, text).Tariffs);

    [Theory]
    [InlineData("Maputo pilotage and towage tariffs to rise 7% from March", "")]
    [InlineData("Harbour raises berthing tariffs by 4%", "The port of Libreville will charge ships more for berthing and mooring from July.")]
    public void A_port_s_service_to_ships_is_no_tariff(string title, string text) =>
        Assert.False(Topics(title, text).Tariffs);

    [Theory]
    [InlineData("Tariff on imported tugboats cut to 5%", "")]
    public void A_tariff_on_a_port_s_goods_stays_a_tariff(string title, string text) =>
        Assert.True(Topics(title, text).Tariffs);

    [Theory]
    [InlineData("Andean leaders meet in Lima as US tariffs weigh on the region", "")]
    [InlineData("Gulf leaders fret over tariffs at Doha summit", "")]
    public void A_tariff_in_the_background_of_a_leaders_or_summit_headline_is_no_tariff(string title, string text)
    {
        var (tariffs, summits) = Topics(title, text);
        Assert.False(tariffs);
        Assert.True(summits);
    }

    [Theory]
    [InlineData("Pacific leaders agree to cut tariffs on fish", "")]
    [InlineData("Business leaders meet as US tariffs bite", "")]
    public void A_tariff_leaders_change_or_business_leaders_meet_on_stays_a_tariff(string title, string text) =>
        Assert.True(Topics(title, text).Tariffs);

    [Theory]
    [InlineData("Accra hosts summit of the Volta Basin Authority",
        "Heads of state and government of the Volta Basin Authority met in Accra on Friday to agree rules on sharing the river's water.")]
    [InlineData("Asunción acoge la cumbre de la Comisión del Plata",
        "Los jefes de Estado de los países de la cuenca se reunieron en Asunción durante dos días para tratar la navegación del río.")]
    public void A_summit_headline_over_heads_of_state_in_the_text_is_a_summit(string title, string text) =>
        Assert.True(Topics(title, text).Summits);

    [Theory]
    [InlineData("Snow blocks the road to Mount Kenya's summit", "The road, used by heads of state visiting the lodge, will stay closed until Monday.")]
    [InlineData("Gale-force winds close lookout at Mount Wellington summit", "")]
    [InlineData("Gaming summit in Seoul draws developers and streamers", "")]
    [InlineData("Fashion summit in Nairobi draws designers and buyers", "")]
    public void A_mountain_s_or_an_industry_s_summit_is_no_summit(string title, string text) =>
        Assert.False(Topics(title, text).Summits);

    [Theory]
    [InlineData("Sommet de la CEDEAO : la monnaie unique en tête de l'agenda", "")]
    [InlineData("Cumbre de la Alianza del Pacífico cierra sin acuerdo", "")]
    [InlineData("Gulf of Guinea Commission summit postponed to May", "")]
    public void A_forum_named_in_its_members_language_or_newly_catalogued_holds_a_summit(string title, string text) =>
        Assert.True(Topics(title, text).Summits);

    [Theory]
    [InlineData("Chile y Vietnam firman TLC en Hanói", "")]
    [InlineData("Maroc et Malaisie signent un accord de libre-échange", "")]
    [InlineData("Lomé : les ministres du Commerce discutent de la taxe sur le ciment", "")]
    public void An_fta_signed_by_two_or_trade_ministers_discussing_in_their_language_is_a_summit(string title, string text) =>
        Assert.True(Topics(title, text).Summits);

    [Theory]
    [InlineData("Las dos empresas firman un acuerdo de distribución", "")]
    [InlineData("Les ministres de la Santé discutent des vaccins", "")]
    public void A_company_s_deal_or_other_ministers_talks_is_no_summit(string title, string text) =>
        Assert.False(Topics(title, text).Summits);

    [Theory]
    [InlineData("Gulf leaders summit opens in Riyadh", "")]
    [InlineData("Volcano diplomacy: leaders summit in Reykjavik", "")]
    public void A_leaders_summit_in_a_capital_stays_a_summit(string title, string text) =>
        Assert.True(Topics(title, text).Summits);
}
