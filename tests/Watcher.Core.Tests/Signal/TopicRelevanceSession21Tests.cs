using Watcher.Core.Matching;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// The kinds of relevance miss holdout 22 and the earlier dev sets share (docs/quality.md, "Session 21 (relev21)"), on
/// sentences written for these tests with other countries, leaders and goods: a compensatory quota per kilo, a Spanish
/// "sobretasa", a budget's duties, a headline's duty "on" goods changed further on than four words, goods made duty-free,
/// adjustment tariffs; a leader's call named with its other party, two countries signing a trade agreement, two leaders who
/// sign deals, a head of government named by office and country, summits attended by presidents, a summit's declaration, a
/// state visit in Spanish — and the look-alikes that must stay out: a feed-in, telecom or power tariff, a duty-free shop,
/// stamp duty in a budget, "duty" as an obligation, a board game called Trade War, a mountaineers' summit, a G7 of companies,
/// a football club's visit, a call for papers, one leader signing an order.
/// </summary>
public class TopicRelevanceSession21Tests
{
    private static (bool Tariffs, bool Summits) Topics(string title, string text = "")
    {
        var topics = QueryTopicMatcher.Default.Match(title, text).Select(m => m.Topic).ToHashSet();
        return (topics.Contains(DefaultTopics.Tariffs), topics.Contains(DefaultTopics.Summits));
    }

    [Theory]
    [InlineData("Economía sets compensatory quotas of up to 1.90 dollars per kilo on Chinese door hinges", "")]
    [InlineData("Ministry imposes quota of 0.85 dollars per kilogram on imports of steel wire from Vietnam", "")]
    [InlineData("México fija cuotas compensatorias a tornillos de China", "")]
    public void A_compensatory_quota_on_goods_is_a_tariff(string title, string text) => Assert.True(Topics(title, text).Tariffs);

    [Theory]
    [InlineData("Farm board sets milk quota at 2 million litres, paid at 40 cents per kilo", "")]
    [InlineData("Fishing quota for hake cut by 10% as price per kilo climbs", "")]
    public void A_quota_priced_per_kilo_at_home_is_no_tariff(string title, string text) => Assert.False(Topics(title, text).Tariffs);

    [Theory]
    [InlineData("Comisión recomienda sobretasa a las importaciones de acero chino")]
    [InlineData("Gobierno aplica sobretasa a la leche en polvo de Argentina")]
    public void A_spanish_surcharge_on_goods_is_a_tariff(string title) => Assert.True(Topics(title).Tariffs);

    [Theory]
    [InlineData("Concejo aprueba sobretasa a la gasolina en Bogotá")]
    [InlineData("Banco central sube la sobretasa de interés")]
    public void A_spanish_fuel_or_interest_surcharge_is_no_tariff(string title) => Assert.False(Topics(title).Tariffs);

    [Theory]
    [InlineData("Budget 2030: Duty relief for farmers on tractors and irrigation pumps", "")]
    [InlineData("Budget: duty on imported furniture rises to 30%", "")]
    [InlineData("Duty on bicycles and helmets to be removed from July", "")]
    [InlineData("Tariffs on Chinese ceramic tiles and sanitaryware rise to 40%", "")]
    [InlineData("Boat owners welcome relief", "Fishers welcomed the removal of the 15% duty on marine engines announced in the budget.")]
    public void A_budget_duty_or_a_duty_on_goods_changed_is_a_tariff(string title, string text) => Assert.True(Topics(title, text).Tariffs);

    [Theory]
    [InlineData("Budget: stamp duty on first homes cut to 1%", "")]
    [InlineData("Budget 2030: fuel duty frozen for another year", "")]
    [InlineData("Budget: excise duty on mobile airtime raised to 20%", "")]
    [InlineData("Police officers on duty on New Year's Eve", "")]
    [InlineData("Nurses say duty rosters will be cut", "")]
    public void A_domestic_duty_or_a_duty_as_obligation_is_no_tariff(string title, string text) => Assert.False(Topics(title, text).Tariffs);

    [Theory]
    [InlineData("Electric buses now duty-free in Mauritius")]
    [InlineData("Fertilizers and seeds made duty-free")]
    public void Goods_made_duty_free_are_a_tariff(string title) => Assert.True(Topics(title).Tariffs);

    [Theory]
    [InlineData("Duty-free shop sales of perfumes rise at Changi airport")]
    [InlineData("Travellers' duty-free allowance for wine to double")]
    public void A_duty_free_shop_or_allowance_is_no_tariff(string title) => Assert.False(Topics(title).Tariffs);

    [Fact]
    public void Adjustment_tariffs_on_goods_are_a_tariff() =>
        Assert.True(Topics("Adjustment tariffs to apply to 40 items next year").Tariffs);

    [Theory]
    [InlineData("Regulator sets new feed-in tariff for small wind turbines", "The feed-in tariff for electricity exported to the grid falls to 4 cents per kWh.")]
    [InlineData("Net metering tariff for rooftop panels cut by 8%", "Households exporting power will be paid less per kWh.")]
    [InlineData("Operator raises mobile data tariff by 10%", "")]
    public void A_feed_in_or_telecom_tariff_is_no_tariff(string title, string text) => Assert.False(Topics(title, text).Tariffs);

    [Theory]
    [InlineData("Trade War review: a card game of pirates and merchants")]
    [InlineData("Trade Wars is the best board game of the year")]
    public void A_game_called_trade_war_is_no_tariff(string title) => Assert.False(Topics(title).Tariffs);

    [Fact]
    public void A_trade_war_headline_is_still_a_tariff() => Assert.True(Topics("Trade war escalates as China hits back").Tariffs);

    [Theory]
    [InlineData("Albanese raises beef tariff in call with Trump", "")]
    [InlineData("Vietnam and Peru sign free trade agreement", "The agreement was signed in Lima in the presence of the Prime Minister.")]
    [InlineData("Kenya, UAE sign CEPA in Abu Dhabi", "President Ruto witnessed the signing.")]
    [InlineData("Ruto, Lula sign 9 agreements in Brasilia", "")]
    [InlineData("Japan's PM to meet Macron in Paris next month", "")]
    [InlineData("Presidente de Colombia realiza visita de Estado a Japón", "")]
    [InlineData("Nordic-Japan summit opens", "The summit was attended by the prime ministers of Denmark, Finland, Iceland, Norway and Sweden.")]
    [InlineData("Africa forum ends", "The Korea-Africa Summit closed in Seoul with a joint declaration on critical minerals.")]
    public void A_call_a_signing_a_visit_or_a_summit_of_presidents_is_a_summit(string title, string text) =>
        Assert.True(Topics(title, text).Summits);

    [Theory]
    [InlineData("Climbers reach the summit of K2 in record time", "Presidents of three alpine clubs joined the expedition.")]
    [InlineData("G7 of tech companies sign deals on chips", "")]
    [InlineData("Barcelona's visit to Madrid ends in a draw", "")]
    [InlineData("Conference issues call for papers on trade policy", "")]
    [InlineData("US President Donald Trump signs executive order on shipbuilding", "")]
    [InlineData("Trump in a call with reporters says markets will rise", "")]
    [InlineData("Carmaker signs trade deal with supplier", "")]
    [InlineData("Thailand and Peru sign trade deal", "The commerce ministers signed the agreement in Lima on Monday.")]
    public void A_mountain_a_club_a_call_for_papers_or_one_leader_signing_is_no_summit(string title, string text) =>
        Assert.False(Topics(title, text).Summits);
}
