using Watcher.Core.Matching;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 31 (relev30, docs/quality.md "Session 31 (relev30)"): kinds of relevance error that holdout 32 showed, on sentences
/// written for these tests with other cities, services, goods, countries and forums — a tariff whose only trade cue is a
/// place (a pool's, a spa's, a car park's, a money transfer's, a hunting licence's), which is no trade measure; a wire
/// service's "pct", a Portuguese or Spanish duty's rate "sobre" goods, a dumping case against imports beside waste words, a
/// budget's duty lines without a rate; heads of state meeting in German, Dutch or Spanish, a Slavic "samit", a head by office
/// travelling or in a capital, an FTA signed with one country, ministers' talks in a capital on a duty — and the look-alikes
/// that must stay out or stay in: a tariff a place imposes on goods, shares that fell by a "pct", a right to a discount, a
/// fly-tipping case, stamp and fuel duty lines, German state premiers, a company summit, a mountain's top, a union chief's
/// trip, health ministers' talks.
/// </summary>
public class TopicRelevanceRelev30Tests
{
    private static (bool Tariffs, bool Summits) Topics(string title, string text = "")
    {
        var topics = QueryTopicMatcher.Default.Match(title, text).Select(m => m.Topic).ToHashSet();
        return (topics.Contains(DefaultTopics.Tariffs), topics.Contains(DefaultTopics.Summits));
    }

    [Theory]
    [InlineData("Tallinn's public pools raise tariffs", "Tallinn's city pools will raise their tariffs from September, with a single swim costing 9 euros.")]
    [InlineData("Oslo harbour spa introduces weekend tariffs", "The spa on Oslo's harbour will charge higher tariffs on weekends and public holidays from May.")]
    [InlineData("Kampala raises parking tariffs downtown", "")]
    [InlineData("Kigali's Airtel Money revises transfer tariffs", "Airtel Money has revised its transfer tariffs, removing charges on small transfers.")]
    [InlineData("Tariff for ibex hunting licences doubled in Bishkek", "")]
    public void A_tariff_whose_only_trade_cue_is_a_place_is_no_tariff(string title, string text) =>
        Assert.False(Topics(title, text).Tariffs);

    [Theory]
    [InlineData("Ottawa slaps tariffs on Chinese cranes", "")]
    [InlineData("Vietnam faces 46% US tariff", "")]
    [InlineData("Ceramic tile tariff raised to 30% in Lima", "")]
    [InlineData("Tariffs on Asian kitchenware rise from March", "")]
    [InlineData("Budapest retaliates with tariffs", "Hungary answered the levy on its wine with tariffs of its own.")]
    public void A_tariff_with_a_trade_cue_beside_the_place_stays_a_tariff(string title, string text) =>
        Assert.True(Topics(title, text).Tariffs);

    [Fact]
    public void A_wire_services_pct_after_its_number_is_a_rate() =>
        Assert.True(Topics("Beijing slaps up to 18.2 pct deposit on Japanese resorcinol").Tariffs);

    [Fact]
    public void Shares_that_fell_by_a_pct_are_no_tariff() =>
        Assert.False(Topics("Shares fell 3 pct in Seoul as chipmakers slid").Tariffs);

    [Theory]
    [InlineData("Direito de 12% sobre geleiras suprimido")]
    [InlineData("Derechos del 20% sobre el calzado eliminados")]
    public void A_duty_at_a_rate_on_goods_in_Portuguese_or_Spanish_is_a_tariff(string title) =>
        Assert.True(Topics(title).Tariffs);

    [Fact]
    public void A_right_to_a_discount_is_no_duty() =>
        Assert.False(Topics("Estudantes têm direito a 50% de desconto sobre bilhetes de comboio").Tariffs);

    [Fact]
    public void A_dumping_case_against_imports_is_a_tariff_beside_waste_words() =>
        Assert.True(Topics("Kettle maker wins dumping case against Turkish imports",
            "A Leeds maker of kettles has won its dumping case; councils collecting kitchen waste had bought imported caddies for years.").Tariffs);

    [Fact]
    public void A_fly_tipping_case_is_no_dumping_case() =>
        Assert.False(Topics("Farmer loses dumping case against council over fly-tipping",
            "The farmer said waste had been dumped on his land for years.").Tariffs);

    [Fact]
    public void A_budgets_duty_lines_without_a_rate_are_tariffs() =>
        Assert.True(Topics("Budget 2033 live", "10:20 Bicycle helmets duty removed. 10:35 Yarn duty to rise. 11:00 Speech ends.").Tariffs);

    [Fact]
    public void A_budgets_stamp_and_fuel_duty_lines_are_no_tariffs() =>
        Assert.False(Topics("Budget 2033 live", "10:20 Stamp duty removed for first homes. 10:35 Fuel duty to rise. 11:00 Speech ends.").Tariffs);

    [Theory]
    [InlineData("Treffen der Staatsoberhäupter der Benelux-Länder in Brüssel", "")]
    [InlineData("Encuentro de jefes de Estado en Asunción", "")]
    [InlineData("Samit šefova država Zapadnog Balkana u Skoplju", "")]
    [InlineData("Vrh v Ljubljani o energiji", "Voditelji držav regije so se pogovarjali o energetski varnosti.")]
    public void Heads_of_state_meeting_in_their_language_is_a_summit(string title, string text) =>
        Assert.True(Topics(title, text).Summits);

    [Theory]
    [InlineData("Treffen der Ministerpräsidenten der Länder in Berlin", "")]
    [InlineData("Siemens holds company summit in Munich", "")]
    [InlineData("Vrh Triglava zaprt za planince", "Planinci so se vrnili v dolino.")]
    public void A_domestic_meeting_a_company_summit_or_a_mountains_top_is_no_summit(string title, string text) =>
        Assert.False(Topics(title, text).Summits);

    [Theory]
    [InlineData("The Prime Minister will travel to Canberra next week", "")]
    [InlineData("His Majesty to visit Tokyo in May", "")]
    [InlineData("Le Premier ministre à Tokyo pour parler du riz", "")]
    public void A_head_by_office_travelling_or_in_a_capital_is_a_summit(string title, string text) =>
        Assert.True(Topics(title, text).Summits);

    [Fact]
    public void A_union_chiefs_trip_is_no_summit() =>
        Assert.False(Topics("Union chief to travel to Geneva for labour conference").Summits);

    [Theory]
    [InlineData("Free trade agreement signed with Peru")]
    [InlineData("Accord de libre-échange signé avec le Vietnam")]
    public void An_FTA_signed_with_one_country_is_a_summit(string title) =>
        Assert.True(Topics(title).Summits);

    [Fact]
    public void A_footballer_who_signs_with_a_club_is_no_summit() =>
        Assert.False(Topics("Striker signs with Peru club on free transfer").Summits);

    [Fact]
    public void Ministers_talks_in_a_capital_on_a_duty_are_a_summit() =>
        Assert.True(Topics("Cotton growers hope talks will end 20% Zambian duty",
            "Growers say they hope the ministers' talks in Lusaka will end Zambia's 20% duty on Malawian cotton lint.").Summits);

    [Fact]
    public void Health_ministers_talks_in_a_capital_are_no_summit() =>
        Assert.False(Topics("Health ministers' talks in Lusaka end with vaccine pledge",
            "The health ministers' talks in Lusaka ended with a pledge on vaccines.").Summits);
}
