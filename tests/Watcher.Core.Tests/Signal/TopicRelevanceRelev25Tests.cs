using Watcher.Core.Matching;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 26 (relev25, docs/quality.md "Session 26 (relev25)"): kinds of tariff and summit statement that holdouts 12–25 showed
/// the rules lacked, on sentences written for these tests with other countries, leaders and goods — a regulatory duty and its
/// "RD"; the trade-remedy words and authorities; a dumping case; a duty per tonne on a country's goods; a duty that expires or
/// lapses; goods a tariff headline names by fish, fruit, cosmetics, devices; a tariff on parts or on phones beside a
/// service-price word; two countries' trade consultations; trade offices by their title; a summit beside a country's PM; a
/// leader in another country's capital — and the look-alikes that must stay out: a regulator's duties, a feed-in or heat-pump
/// power tariff, a phone plan, a tumbler's tariff, political consultations, a summit at 3 pm, a leader at home or at war.
/// </summary>
public class TopicRelevanceRelev25Tests
{
    private static (bool Tariffs, bool Summits) Topics(string title, string text = "")
    {
        var topics = QueryTopicMatcher.Default.Match(title, text).Select(m => m.Topic).ToHashSet();
        return (topics.Contains(DefaultTopics.Tariffs), topics.Contains(DefaultTopics.Summits));
    }

    [Theory]
    [InlineData("Budget 2031", "The revenue board raised the regulatory duty on imported ceramic tiles to 25 percent.")]
    [InlineData("Tile makers welcome duty move", "Importers said the regulatory duty of 15pc on tiles would be reviewed in June.")]
    [InlineData("Imported sofas to cost more", "The Federal Board of Revenue raised the regulatory duty on imported sofas to 30 percent.")]
    public void A_regulatory_duty_with_a_rate_or_goods_is_a_tariff(string title, string text) => Assert.True(Topics(title, text).Tariffs);

    [Theory]
    [InlineData("RD on imported mobile covers cut to 10%")]
    [InlineData("RD on luxury cars raised by five percent")]
    public void A_headline_rd_on_goods_changed_is_a_tariff(string title) => Assert.True(Topics(title).Tariffs);

    [Theory]
    [InlineData("Watchdog review", "The report describes the regulatory duties of the board and its directors.")]
    [InlineData("Regulator's remit", "Regulatory duties and powers of the energy regulator were widened on Monday.")]
    [InlineData("Banks reminded", "Lenders owe customers a regulatory duty of care on mortgage advice.")]
    public void A_regulators_duties_are_no_tariff(string title, string text) => Assert.False(Topics(title, text).Tariffs);

    [Theory]
    [InlineData("Trade remedies body opens review of steel safeguard")]
    [InlineData("DGTR recommends duty on glass fibre from Egypt")]
    [InlineData("Korea Trade Commission launches investigation into Chinese plywood")]
    public void A_trade_remedy_or_its_authority_acting_is_a_tariff(string title) => Assert.True(Topics(title).Tariffs);

    [Theory]
    [InlineData("Bicycle maker wins dumping case against Cambodian exporters")]
    [InlineData("Paper mills file dumping action over imports from Indonesia")]
    public void A_dumping_case_against_exporters_is_a_tariff(string title) => Assert.True(Topics(title).Tariffs);

    [Theory]
    [InlineData("Council loses illegal dumping case against landfill operator")]
    [InlineData("Fly-tipping: dumping case in river heard in court")]
    public void A_waste_dumping_case_is_no_tariff(string title) => Assert.False(Topics(title).Tariffs);

    [Theory]
    [InlineData("Turkey's duty of $120/tonne on Ukrainian sunflower oil to stay")]
    [InlineData("Export duty set at $35 per metric ton for Indonesian palm oil")]
    public void A_duty_per_tonne_on_a_countrys_goods_is_a_tariff(string title) => Assert.True(Topics(title).Tariffs);

    [Theory]
    [InlineData("Tariff on cement lapses")]
    [InlineData("Onion duty expires at month-end")]
    public void A_duty_that_expires_or_lapses_is_a_tariff(string title) => Assert.True(Topics(title).Tariffs);

    [Theory]
    [InlineData("Power tariff freeze expires in April")]
    [InlineData("Officer on duty when licence lapsed")]
    public void A_power_tariff_or_an_officers_duty_that_lapses_is_no_tariff(string title) => Assert.False(Topics(title).Tariffs);

    [Theory]
    [InlineData("Sardine duty raised to 20 percent")]
    [InlineData("Mango tariff halved under new deal")]
    [InlineData("Shampoo and soap duty to 30 percent")]
    [InlineData("Laptops to pay 5% tariff from July")]
    [InlineData("Wig duty hiked to 40pc")]
    public void Goods_a_tariff_headline_names_make_it_a_tariff(string title) => Assert.True(Topics(title).Tariffs);

    [Theory]
    [InlineData("Feed-in tariff for rooftop solar cut to 5 cents")]
    [InlineData("Car park tariff raised to $4 an hour")]
    [InlineData("Orange raises mobile tariff by 10%")]
    [InlineData("Hotel tariff for tourists up 15 percent")]
    public void A_service_price_with_no_goods_stays_no_tariff(string title) => Assert.False(Topics(title).Tariffs);

    [Theory]
    [InlineData("Tariffs on heat exchanger components suspended for two years")]
    [InlineData("Government axes tariffs on heat pump parts")]
    [InlineData("Trade committee eliminates 10% tariff on mobile phones")]
    public void A_tariff_on_parts_or_phones_beside_a_service_word_is_a_tariff(string title) => Assert.True(Topics(title).Tariffs);

    [Theory]
    [InlineData("Energy firm cuts heat pump tariff by 10%")]
    [InlineData("Operator cuts tariff on mobile data bundles by 10%")]
    [InlineData("New tariff on mobile phone calls from July")]
    public void A_heat_pump_power_tariff_or_a_phone_plan_is_no_tariff(string title) => Assert.False(Topics(title).Tariffs);

    [Theory]
    [InlineData("Tumbling: Leeds teenager lands record tariff at European championships", "The tumbler, who trains at a gymnastics club in Leeds, landed a pass with a tariff of 9.8.")]
    public void A_tumblers_tariff_is_no_tariff(string title, string text) => Assert.False(Topics(title, text).Tariffs);

    [Theory]
    [InlineData("Mexico levies 20% anti-dumping duty on Chinese glass tumblers")]
    [InlineData("Glass makers welcome tariff", "The 15% tariff on imported glass tumblers from Malaysia takes effect on Monday.")]
    public void Glass_tumblers_are_goods(string title, string text = "") => Assert.True(Topics(title, text).Tariffs);

    [Theory]
    [InlineData("Scania unveils heavy-duty truck for 60-tonne loads in Sweden")]
    [InlineData("Customs officers on duty at Callao port seize 1.5 tonnes of cocaine in Peru")]
    public void Heavy_duty_or_on_duty_beside_tonnes_is_no_tariff(string title) => Assert.False(Topics(title).Tariffs);

    [Theory]
    [InlineData("Japan's exports rise 4% in May", "Japan's exports rose 4% in May, despite lower U.S. tariffs, customs data showed.")]
    public void A_lower_tariff_in_trade_figures_is_no_tariff(string title, string text) => Assert.False(Topics(title, text).Tariffs);

    [Theory]
    [InlineData("Fact sheet: tariff on imported solar wafers", "The Secretary of Commerce found that domestic capacity meets less than 20% of demand in the United States.")]
    public void A_quantity_that_meets_beside_a_trade_office_is_no_summit(string title, string text) => Assert.False(Topics(title, text).Summits);

    [Theory]
    [InlineData("Japan, Vietnam hold economic and trade consultations in Hanoi")]
    [InlineData("Chile and Korea agree to extend FTA after Seoul consultations", "Chilean and Korean trade teams held consultations in Seoul on Monday.")]
    public void Two_countries_trade_consultations_are_a_summit(string title, string text = "") => Assert.True(Topics(title, text).Summits);

    [Theory]
    [InlineData("Russia, India hold political consultations in Moscow")]
    [InlineData("Japan and Philippines hold maritime consultations on the South China Sea")]
    public void Two_countries_political_or_maritime_consultations_are_no_summit(string title) => Assert.False(Topics(title).Summits);

    [Theory]
    [InlineData("Indonesian trade minister meets US Secretary of Commerce in Washington")]
    [InlineData("Vice President meets US Commerce Secretary in Washington on steel tariff")]
    [InlineData("Korea's trade minister holds talks with Mexico's economy secretary in Mexico City")]
    public void A_trade_office_by_its_title_meeting_another_country_is_a_summit(string title) => Assert.True(Topics(title).Summits);

    [Theory]
    [InlineData("Chamber of commerce secretary meets members in Nairobi")]
    public void A_chambers_secretary_is_no_summit(string title) => Assert.False(Topics(title).Summits);

    [Theory]
    [InlineData("Dutch PM and Belgian PM hold summit in Antwerp")]
    [InlineData("Italian PM to host summit with Albanian leader")]
    public void A_summit_beside_a_countrys_pm_is_a_summit(string title) => Assert.True(Topics(title).Summits);

    [Theory]
    [InlineData("Housing summit opens at 3 pm in Toronto")]
    [InlineData("Climbers reach summit of Everest at 11 pm")]
    public void A_summit_at_an_hour_is_no_summit(string title) => Assert.False(Topics(title).Summits);

    [Theory]
    [InlineData("Modi in Tokyo, signs chip deal with Japan")]
    [InlineData("Lula in Beijing as China lifts 10% duty on Brazilian beef")]
    public void A_leader_in_another_countrys_capital_is_a_summit(string title) => Assert.True(Topics(title).Summits);

    [Theory]
    [InlineData("Xi in Beijing urges officials to boost consumption")]
    [InlineData("Trump in Washington signs order on drug prices")]
    [InlineData("Putin's war in Ukraine enters fifth year")]
    [InlineData("Putin in Ukraine: troops advance near Kharkiv")]
    public void A_leader_at_home_or_at_war_is_no_summit(string title) => Assert.False(Topics(title).Summits);
}
