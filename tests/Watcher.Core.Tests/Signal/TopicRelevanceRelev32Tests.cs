using Watcher.Core.Matching;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 33 (relev32, docs/quality.md "Session 33 (relev32)"): kinds of relevance error that holdout 34 showed, on sentences
/// written for these tests with other countries, forums, goods and places — the heads of named countries meeting or signing, a
/// forum's leaders acting in a capital or adopting a statement, heads of state meeting in their language, a country pressing
/// another in a call or talks the text tells, "President" travelling to a capital, French trade ministers with their countries
/// between; a remedy as "AD" deposits or provisional duties at a rate, a headline's duty changed to a rate on goods no list
/// names; and what must stay out: a price billed by the month — with the look-alikes that must keep or stay out of their topic.
/// </summary>
public class TopicRelevanceRelev32Tests
{
    private static (bool Tariffs, bool Summits) Topics(string title, string text = "")
    {
        var topics = QueryTopicMatcher.Default.Match(title, text).Select(m => m.Topic).ToHashSet();
        return (topics.Contains(DefaultTopics.Tariffs), topics.Contains(DefaultTopics.Summits));
    }

    [Theory]
    [InlineData("Prime ministers of Estonia, Latvia and Finland meet in Tallinn", "")]
    [InlineData("Corridor deal backed", "The leaders of Kenya, Uganda and Rwanda signed a protocol on the northern corridor at the close of their meeting.")]
    [InlineData("Sahel rail line endorsed", "The presidents of Mali, Niger and Chad, meeting in Bamako, endorsed the rail line.")]
    public void The_heads_of_named_countries_meeting_or_signing_are_a_summit(string title, string text) =>
        Assert.True(Topics(title, text).Summits);

    [Theory]
    [InlineData("Gulf of Aden leaders sign port protocol in Djibouti", "")]
    [InlineData("Andean leaders relaunch river commission in Lima", "")]
    [InlineData("Coral Triangle leaders adopt Manado Statement", "")]
    public void A_forum_s_leaders_acting_in_a_capital_or_adopting_a_statement_are_a_summit(string title, string text) =>
        Assert.True(Topics(title, text).Summits);

    [Theory]
    [InlineData("Lac Tchad : un plan pour les pêcheurs", "Réunis à N'Djamena, les chefs d'État de la commission ont adopté un plan pour les pêcheurs du lac.")]
    [InlineData("Nuevo fondo para el río", "Los jefes de Estado de los cuatro países ribereños aprobaron en Asunción un fondo para el río.")]
    public void Heads_of_state_meeting_or_adopting_in_their_language_are_a_summit(string title, string text) =>
        Assert.True(Topics(title, text).Summits);

    [Theory]
    [InlineData("Ghana presses Washington on cocoa butter tariff", "The President raised the 15% duty on Ghanaian cocoa butter in a telephone call with the US President on Monday.")]
    [InlineData("Lesotho asks Pretoria to lift wool levy", "The trade minister made the request during talks in Pretoria, officials said.")]
    [InlineData("President to travel to Canberra for talks on beef tariff", "")]
    [InlineData("Les ministres du Commerce du Bénin et du Togo discutent du droit sur le ciment", "")]
    public void A_meeting_a_tariff_or_ministers_headline_names_in_other_words_is_a_summit(string title, string text) =>
        Assert.True(Topics(title, text).Summits);

    [Theory]
    [InlineData("Kenyan leaders sign petition in Nairobi", "")]                                          // one country's politicians
    [InlineData("Business leaders sign climate statement in Lima", "")]                                  // not a state's leaders
    [InlineData("Vice presidents of Kenya and Uganda meet in Kampala", "")]                              // no heads
    [InlineData("Army chiefs meet", "Los jefes de Estado Mayor de los dos ejércitos se reunieron en Lima.")] // chiefs of staff
    [InlineData("Ghana presses Washington on cocoa butter tariff", "Exporters say the 15% duty costs them a fifth of their sales.")] // no call, no talks
    [InlineData("Club president to travel to Madrid for transfer talks", "")]                             // a club's president
    public void Look_alikes_of_these_meetings_are_no_summit(string title, string text) =>
        Assert.False(Topics(title, text).Summits);

    [Theory]
    [InlineData("Brazil preliminary AD deposits on Chinese glass fibre up to 38.2%", "")]
    [InlineData("Board sets provisional duties of up to 17.5% on wheel rims", "")]
    [InlineData("Boxed pizza duty to rise to 25 percent", "")]
    public void A_remedy_or_a_duty_changed_to_a_rate_in_a_headline_brief_is_a_tariff(string title, string text) =>
        Assert.True(Topics(title, text).Tariffs);

    [Theory]
    [InlineData("Regulator approves satellite internet tariffs for islands", "The tariffs the provider may charge households in Fiji start at 90 dollars a month for the basic plan.")]
    [InlineData("Lima keeps daycare tariffs at the city maximum", "Lima's daycare tariffs will stay at the maximum price of 400 soles a month, the council decided.")]
    [InlineData("Duty-free sales up 20 percent at the airport", "")]                                      // a shop's sales
    [InlineData("Stamp duty to rise to 5 percent", "")]                                                  // a domestic duty
    public void A_price_billed_by_the_month_or_a_domestic_duty_is_no_tariff(string title, string text) =>
        Assert.False(Topics(title, text).Tariffs);

    [Theory]
    [InlineData("Norway's PM presses Washington on salmon tariff", "The two leaders agreed in a phone call that trade ministers would meet within a month to discuss the 15% tariff on Norwegian salmon.")]
    [InlineData("Importers face 40% tariff on Japanese cars", "Dealers say prices will rise by 200 dollars a month on leases of imported cars.")]
    public void A_tariff_beside_a_month_that_is_no_price_stays_a_tariff(string title, string text) =>
        Assert.True(Topics(title, text).Tariffs);
}
