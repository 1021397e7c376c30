using Watcher.Core.Matching;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 34 (relev33, docs/quality.md "Session 34 (relev33)"): kinds of relevance error that holdout 35 showed, on sentences
/// written for these tests with other countries, goods and places — a summit named in its language by the two countries'
/// joined adjectives ("cumbre hispano-lusa"), a head's telephone conversation with another head by office, "President"
/// expected in or heading to a capital in French, deposits set "of up to" a rate on goods from a country — and the look-alikes
/// that must stay out: a mountain's summit, a club president's call, a bank's deposits, "tariff" as a phone plan and "duty" as
/// an obligation.
/// </summary>
public class TopicRelevanceRelev33Tests
{
    private static (bool Tariffs, bool Summits) Topics(string title, string text = "")
    {
        var topics = QueryTopicMatcher.Default.Match(title, text).Select(m => m.Topic).ToHashSet();
        return (topics.Contains(DefaultTopics.Tariffs), topics.Contains(DefaultTopics.Summits));
    }

    [Theory]
    [InlineData("Cumbre franco-italiana en Turín refuerza el túnel ferroviario", "")]
    [InlineData("Porto acolhe a cimeira luso-brasileira", "")]
    [InlineData("Sommet franco-italien à Nice sur les migrations", "")]
    public void A_summit_named_by_the_two_countries_joined_adjectives_is_a_summit(string title, string text) =>
        Assert.True(Topics(title, text).Summits);

    [Theory]
    [InlineData("Cumbre del Aconcagua: dos andinistas rescatados", "")]                                     // a mountain's top
    [InlineData("Hikers reach the summit of Mount Kenya at dawn", "")]                                       // a mountain's summit
    [InlineData("Climbers summit of the year: guides meet in Chamonix", "")]                                 // mountaineers
    public void A_mountain_s_summit_is_no_summit(string title, string text) =>
        Assert.False(Topics(title, text).Summits);

    [Theory]
    [InlineData("The Prime Minister holds a telephone conversation with the President of Kenya", "")]
    [InlineData("Entretien téléphonique avec le président ghanéen sur le cacao", "")]
    [InlineData("Le Premier ministre plaide pour le karité auprès du président nigérian",
        "Le Premier ministre a demandé au président du Nigeria, lors d'un entretien téléphonique, de lever la taxe sur le karité.")]
    public void A_head_s_telephone_conversation_with_another_head_by_office_is_a_summit(string title, string text) =>
        Assert.True(Topics(title, text).Summits);

    [Theory]
    [InlineData("Club president holds a phone call with the president of the league", "")]                  // a club's president
    [InlineData("Bank chief's phone call with the president of the union", "")]                              // a bank's
    public void A_club_s_or_a_bank_s_call_is_no_summit(string title, string text) =>
        Assert.False(Topics(title, text).Summits);

    [Theory]
    [InlineData("Le président attendu à Tokyo le 3 mars", "")]
    [InlineData("Visite de travail à Ottawa : le sirop d'érable au menu", "Le président de la République se rendra à Ottawa du 3 au 5 mars.")]
    public void A_head_expected_in_or_going_to_a_capital_in_French_is_a_summit(string title, string text) =>
        Assert.True(Topics(title, text).Summits);

    [Theory]
    [InlineData("Le président du club attendu à Madrid pour le transfert", "")]                              // a club's president
    public void A_club_president_expected_in_a_capital_is_no_summit(string title, string text) =>
        Assert.False(Topics(title, text).Summits);

    [Theory]
    [InlineData("Furniture makers brace for deposits of up to 88.4% on Vietnamese bed frames", "")]
    [InlineData("India sets deposits of up to 31.2 pct on Thai acrylic fibre", "")]
    public void Deposits_of_up_to_a_rate_on_goods_from_a_country_are_a_tariff(string title, string text) =>
        Assert.True(Topics(title, text).Tariffs);

    [Theory]
    [InlineData("Kenyan banks pay interest of up to 9% on deposits", "")]                                     // a bank's deposits
    [InlineData("Irish first-time buyers need deposits of up to 20% under new rules", "")]                   // a home buyer's
    [InlineData("Mobile operator launches new prepaid tariff with unlimited calls for students", "")]              // a phone plan
    [InlineData("Nurses return to duty in Nairobi after the strike", "")]                                // duty as obligation
    public void A_bank_s_or_a_buyer_s_deposits_a_phone_plan_or_duty_as_obligation_is_no_tariff(string title, string text) =>
        Assert.False(Topics(title, text).Tariffs);
}
