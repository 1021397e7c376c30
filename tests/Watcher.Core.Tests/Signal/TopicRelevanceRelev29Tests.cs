using Watcher.Core.Matching;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 30 (relev29, docs/quality.md "Session 30 (relev29)"): kinds of relevance error that holdout 31 showed and holdouts
/// 12–27 repeat, on sentences written for these tests with other cities, services, goods and forums — the price of a ride, an
/// entry, a ticket, a burial plot, a port's handling, a power company's or a pay-TV operator's tariff, which is no trade measure;
/// the German, Dutch and Nordic anti-dumping duties as one word, "ADD" in a headline, Australia's dumping securities; trade or
/// commerce ministers meeting on a tariff headline, a head by office who phones a country, a forum of the catalogue meeting in a
/// place, a gathering as a meeting headline — and the look-alikes that must stay out or stay in: tariff-free entry for goods, a
/// tariff on passenger cars or on a country's helicopters, the verb "add", the bonds investors dump, state trade ministers, a
/// head who phones a winner.
/// </summary>
public class TopicRelevanceRelev29Tests
{
    private static (bool Tariffs, bool Summits) Topics(string title, string text = "")
    {
        var topics = QueryTopicMatcher.Default.Match(title, text).Select(m => m.Topic).ToHashSet();
        return (topics.Contains(DefaultTopics.Tariffs), topics.Contains(DefaultTopics.Summits));
    }

    [Theory]
    [InlineData("Riga cable car tariff to rise to 4 euros from May", "The Riga City Council said the tariff for a single ride will rise to 4 euros from 3.20 euros.")]
    [InlineData("Helicopter tariffs to northern islands frozen for 2033", "Norway's transport ministry will keep the helicopter tariffs to Røst and Værøy at last year's level.")]
    [InlineData("Taxi riders in Bergen face higher maximum tariffs", "Bergen approved a new maximum tariff for Norway's taxis over the summer.")]
    [InlineData("New passenger tariffs for the Addis–Adama railway line", "Ethiopia's railway corporation set new passenger tariffs from March.")]
    [InlineData("Vilnius city museums raise entry tariffs", "Vilnius city museums will raise their entry tariffs by 10 percent from April.")]
    [InlineData("Tower ticket tariff revised for foreign visitors", "Kuala Lumpur Tower revised its ticket tariff for foreign visitors to 25 dollars.")]
    [InlineData("Nairobi revises burial tariffs at Langata cemetery", "A standard grave in Nairobi will cost 20,000 shillings.")]
    [InlineData("Kenya Ports Authority to revise port tariffs by 5%", "Mombasa's tariffs for container handling and storage will rise from July.")]
    [InlineData("Lesotho Power tariffs up 4pc from July", "")]
    [InlineData("GOtv cuts pay-TV tariffs in Ghana", "GOtv Ghana has reduced the monthly tariff of its Max bouquet to 120 cedis.")]
    public void The_price_of_a_ride_an_entry_a_ticket_a_plot_a_port_power_or_pay_TV_is_no_tariff(string title, string text) =>
        Assert.False(Topics(title, text).Tariffs);

    [Theory]
    [InlineData("EU grants tariff-free entry to Ukrainian steel", "")]
    [InlineData("Tariff on passenger cars cut to 10%", "")]
    [InlineData("US tariff on Italian helicopters raised to 25%", "")]
    [InlineData("Tariff on Chinese museum replicas raised to 25%", "")]
    [InlineData("Ports brace as 30% tariff on Chinese cranes takes effect", "")]
    public void Entry_for_goods_passenger_cars_and_a_countrys_goods_stay_tariffs(string title, string text) =>
        Assert.True(Topics(title, text).Tariffs);

    [Theory]
    [InlineData("EU verhängt Antidumpingzölle auf Fahrradrahmen aus Vietnam")]
    [InlineData("Kommission erhebt Ausgleichszölle auf Glasfasern aus Ägypten")]
    [InlineData("Brussel legt antidumpingheffing op staaldraad")]
    [InlineData("Govt extends ADD on polyester yarn from Indonesia for five years")]
    [InlineData("India imposes ADD of up to USD 210/MT on acrylic fibre from Peru, Egypt")]
    public void An_anti_dumping_duty_as_one_foreign_word_or_as_ADD_is_a_tariff(string title) => Assert.True(Topics(title).Tariffs);

    [Fact]
    public void The_verb_add_is_no_anti_dumping_duty() =>
        Assert.False(Topics("Kenya to add 12 products from Uganda to its export list").Tariffs);

    [Fact]
    public void Dumping_securities_imposed_on_a_countrys_goods_are_a_tariff() =>
        Assert.True(Topics("Dumping securities imposed on steel racks",
            "Securities of up to 22.5% were imposed on steel racks from Thailand, the commission said.").Tariffs);

    [Fact]
    public void Securities_investors_hold_are_no_tariff() =>
        Assert.False(Topics("Regulator imposes curbs on securities from Russia",
            "Funds must cut holdings of securities from Russia by 40% this year, investors were told.").Tariffs);

    [Fact]
    public void Trade_ministers_discussing_a_duty_are_a_summit() =>
        Assert.True(Topics("Trade ministers discuss Ghana's duty on cocoa paste",
            "The ministers of trade of Ghana and Togo met in Lomé and discussed the 20 percent customs duty Ghana charges on cocoa paste.").Summits);

    [Fact]
    public void Commerce_ministers_of_two_countries_holding_talks_are_a_summit() =>
        Assert.True(Topics("Kathmandu, Delhi discuss trade in cardamom",
            "The commerce ministers of Nepal and India held talks on trade in cardamom in Kathmandu.").Summits);

    [Fact]
    public void A_federations_state_trade_ministers_at_home_are_no_summit() =>
        Assert.False(Topics("State trade ministers meet in Perth").Summits);

    [Fact]
    public void A_head_by_office_who_phones_a_country_is_a_summit() =>
        Assert.True(Topics("Tea tariff on the table as President phones Canberra",
            "The President asked the Australian Prime Minister to review the 10 percent tariff on tea during a telephone call.").Summits);

    [Fact]
    public void A_head_who_phones_a_winner_is_no_summit() =>
        Assert.False(Topics("President phones Kenyan marathon winner after Boston win").Summits);

    [Theory]
    [InlineData("Craiova Group meets in Bucharest, President attends", "")]
    [InlineData("Conakry hosts the summit of the Mano River Union", "")]
    [InlineData("BSEC summit ends with pledge on Black Sea shipping", "")]
    [InlineData("IORA summit opens with pledge on fisheries", "")]
    public void A_forum_of_the_catalogue_meeting_or_holding_its_summit_is_a_summit(string title, string text) =>
        Assert.True(Topics(title, text).Summits);

    [Fact]
    public void A_gathering_is_a_meeting_headline_whose_background_tariff_is_no_tariff() =>
        Assert.False(Topics("Visegrad presidents gather in Prague",
            "The presidents of the Visegrad Group met in Prague. Talks covered trade with the United States, which charges a 15 percent tariff on most EU goods.").Tariffs);
}
