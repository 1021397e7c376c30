using Watcher.Core.Matching;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 28 (relev27, docs/quality.md "Session 28 (relev27)"): kinds of summit and tariff statement that holdout 29 and
/// holdout 25 showed the rules lacked, on sentences written for these tests with other countries, offices and goods — two heads
/// named by office calling, meeting or signing; a French, Spanish or Portuguese summit headline whose text names a head by
/// office; Mexico's compensatory quota by its amount in dollars per kilo; India's "BCD on" goods; a budget headline over lines
/// that change duties; the South Slavic customs duty — and the look-alikes that must stay out: two offices with no country, a
/// deputy, an envoy, a union's president; "au sommet de l'État", a summit of mayors or governors, a mountain; a hotel called
/// Summit; an airline's charge per kilo of baggage; a budget's fuel duty or excise; "Carina" as a name.
/// </summary>
public class TopicRelevanceRelev27Tests
{
    private static (bool Tariffs, bool Summits) Topics(string title, string text = "")
    {
        var topics = QueryTopicMatcher.Default.Match(title, text).Select(m => m.Topic).ToHashSet();
        return (topics.Contains(DefaultTopics.Tariffs), topics.Contains(DefaultTopics.Summits));
    }

    [Theory]
    [InlineData("PM, Japanese Premier discuss rice tariff by phone")]
    [InlineData("Emir and Fijian President discuss sugar tariff in a call")]
    [InlineData("Prime Minister meets Fijian President on sugar duty")]
    [InlineData("President and the Prime Minister of Fiji witness signing of trade deal")]
    public void Two_heads_by_office_one_by_country_talking_or_signing_are_a_summit(string title) => Assert.True(Topics(title).Summits);

    [Fact]
    public void A_tariff_two_heads_by_office_discuss_by_phone_is_no_phone_plan() =>
        Assert.True(Topics("PM, Japanese Premier discuss rice tariff by phone").Tariffs);

    [Fact]
    public void A_phone_plans_tariff_stays_out() => Assert.False(Topics("Operator cuts prepaid phone tariff for students").Tariffs);

    [Theory]
    [InlineData("President, PM discuss flood relief")]
    [InlineData("Kenyan President, Deputy President discuss cabinet reshuffle")]
    [InlineData("PM meets Fijian President's envoy on fishing rights")]
    [InlineData("Union president presses Canadian PM on steel jobs in call")]
    [InlineData("Former PM, Fijian President talk golf in video call")]
    public void Offices_with_no_second_head_or_no_country_are_no_summit(string title) => Assert.False(Topics(title).Summits);

    [Theory]
    [InlineData("Sommet de l'Initiative d'Accra à Tamale",
        "Le Président de la République s'est rendu à Tamale pour le sommet de l'Initiative d'Accra avec le Premier ministre du Togo.")]
    [InlineData("Cumbre del Grupo de Contadora en Cartagena",
        "El presidente de la República llegó a Cartagena para la cumbre con el primer ministro de Belice.")]
    public void A_foreign_summit_headline_whose_text_names_a_head_by_office_is_a_summit(string title, string text) =>
        Assert.True(Topics(title, text).Summits);

    [Theory]
    [InlineData("Crise au sommet de l'État", "Le président de la République et le Premier ministre s'opposent au sommet de l'État sur le budget.")]
    [InlineData("Sommet des maires à Lyon", "Le Premier ministre a ouvert le sommet des maires sur le logement.")]
    [InlineData("Sommet du Mont-Blanc : record d'affluence", "Le Premier ministre a salué les guides qui ont conduit 300 cordées au sommet.")]
    [InlineData("Cumbre con gobernadores en Monterrey", "El presidente de la República encabezó la cumbre con los gobernadores del norte.")]
    public void The_top_of_the_state_a_domestic_summit_or_a_mountain_is_no_summit(string title, string text) =>
        Assert.False(Topics(title, text).Summits);

    [Theory]
    [InlineData("Summit Hotel in Accra reopens after refit")]
    [InlineData("Summit Mall in Lusaka adds 40 shops")]
    public void A_hotel_or_a_mall_called_summit_in_a_capital_is_no_summit(string title) => Assert.False(Topics(title).Summits);

    [Fact]
    public void A_summit_in_a_capital_stays_a_summit() => Assert.True(Topics("Summit opens in Accra as leaders seek rail link").Summits);

    [Fact]
    public void A_compensatory_quota_by_its_amount_in_dollars_per_kilo_is_a_tariff() =>
        Assert.True(Topics("Cuotas de hasta 0.85 dólares por kilo a candados chinos").Tariffs);

    [Fact]
    public void An_airlines_charge_per_kilo_of_baggage_is_no_tariff() =>
        Assert.False(Topics("Aerolínea cobra cuota de 12 dólares por kilo de equipaje extra").Tariffs);

    [Theory]
    [InlineData("BCD on hearing aids cut to 5%")]
    [InlineData("Govt raises BCD on smart meters to 20%")]
    public void Indias_basic_customs_duty_by_its_abbreviation_is_a_tariff(string title) => Assert.True(Topics(title).Tariffs);

    [Fact]
    public void Bcd_as_a_number_code_is_no_tariff() => Assert.False(Topics("Students learn BCD on microcontrollers").Tariffs);

    [Theory]
    [InlineData("LIVE: Budget speech 2032", "2:10pm: Solar water heater duty goes to 5%.\n2:14pm: Umbrella duty raised to 35%.")]
    [InlineData("Umbrella duty raised to 25 per cent in 2032 budget", "")]
    public void A_budget_headline_over_duties_changed_to_a_rate_is_a_tariff(string title, string text) =>
        Assert.True(Topics(title, text).Tariffs);

    [Theory]
    [InlineData("Budget 2032 live", "3:05pm: Fuel duty raised 5%.\n3:09pm: Duty on umbrellas cut to 10%.")]
    [InlineData("Budget 2032: stamp duty cut to 2 per cent for first homes", "")]
    [InlineData("Budget 2032: excise duty on sugary drinks up to 20 percent", "")]
    public void A_budgets_domestic_duty_or_excise_is_no_tariff(string title, string text) => Assert.False(Topics(title, text).Tariffs);

    [Theory]
    [InlineData("Carina na uvozne bicikle pada na 5 odsto")]
    [InlineData("Vlada smanjila uvozne carine na čelik")]
    public void The_south_slavic_customs_duty_is_a_tariff(string title) => Assert.True(Topics(title).Tariffs);

    [Fact]
    public void Carina_as_a_name_is_no_tariff() => Assert.False(Topics("Carina Nash reaches junior final, raises 5 percent for charity").Tariffs);
}
