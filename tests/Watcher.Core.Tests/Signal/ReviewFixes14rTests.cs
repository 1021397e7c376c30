using Watcher.Core.Entities;
using Watcher.Core.Matching;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Over-reach a read-only reviewer found in the relevance rules of session 14 (relev14), each kind with its own variants
/// (docs/quality.md, "Session 14 (fix14r)"): a country's or a region's leaders who agree, approve or adopt are its own
/// politicians (only a bloc's or a forum's leaders decide as a summit); two leaders who discussed or spoke are two heads of
/// government only when two leaders or two countries are named, never in a debate; a forum's ministers meet as a summit on
/// trade, the economy or foreign affairs, not on health, farming or defence; a carrier's or a restaurant's surcharge is a
/// price; CET after a clock time is the time zone; "EAC" alone is also the US Election Assistance Commission; what a
/// co-operative pays its members is no tariff; football's transfer "trade war" is sport. The correct hits stay.
/// </summary>
public class ReviewFixes14rTests
{
    private static (bool Tariffs, bool Summits) Topics(string title, string text)
    {
        var topics = QueryTopicMatcher.Default.Match(title, text).Select(m => m.Topic).ToHashSet();
        return (topics.Contains(DefaultTopics.Tariffs), topics.Contains(DefaultTopics.Summits));
    }

    /// <summary>A country's or a region's leaders who agree, approve, adopt or extend: domestic politics, a sector's bosses,
    /// a US region, a sport. They still count when they meet or gather as a forum (next theory).</summary>
    [Theory]
    [InlineData("US House leaders agree to extend government funding through March", "US House leaders agreed on Sunday to extend government funding through March, averting a shutdown.")]
    [InlineData("Senate leaders agree on stopgap spending bill", "US Senate leaders agreed on a stopgap spending bill late on Thursday.")]
    [InlineData("Chinese leaders approve new five-year plan at party plenum", "China's leaders approved the new five-year plan at the closing session of the party plenum in Beijing.")]
    [InlineData("Iranian leaders agree to hold snap vote", "Iran's leaders agreed to hold a snap vote in June, state media said.")]
    [InlineData("UK supermarket leaders agree to cap prices of staples", "UK supermarket leaders agreed to cap the prices of bread, milk and eggs until spring.")]
    [InlineData("Gulf Coast leaders approve hurricane recovery plan", "Gulf Coast leaders approved a hurricane recovery plan for Louisiana and Mississippi.")]
    [InlineData("Pacific Northwest leaders agree on salmon recovery plan", "Pacific Northwest leaders agreed on a salmon recovery plan for the Columbia River basin.")]
    [InlineData("African football leaders agree on new Champions League format", "African football leaders agreed on a new format for the CAF Champions League.")]
    // variants
    [InlineData("Kenyan county leaders approve new budget", "Kenyan county leaders approved the 2027 budget on Tuesday.")]
    [InlineData("Indian state leaders adopt resolution on water sharing", "India's state leaders adopted a resolution on water sharing.")]
    [InlineData("German coalition leaders agree on pension reform", "Germany's coalition leaders agreed on the pension reform after a night of talks.")]
    // (headline only: a text's bare "leaders met", an older clause, still reads "Gulf Coast leaders met in Mobile")
    [InlineData("Gulf Coast leaders meet on hurricane recovery", "")]
    [InlineData("African football leaders meet in Cairo", "African football leaders met in Cairo to discuss the AFCON calendar.")]
    public void A_countrys_or_regions_leaders_deciding_is_no_summit(string title, string text) =>
        Assert.False(Topics(title, text).Summits, title);

    /// <summary>A bloc's or a forum's leaders decide as a summit; a region's or named countries' leaders meet or gather.</summary>
    [Theory]
    [InlineData("Pacific Islands Forum leaders agree on ocean of peace declaration", "Pacific Islands Forum leaders agreed on the declaration in Honiara.")]
    [InlineData("CARICOM leaders extend CET suspension on food items", "CARICOM leaders agreed to extend the suspension of the CET on 20 food items.")]
    [InlineData("ASEAN leaders adopt Kuala Lumpur declaration", "ASEAN leaders adopted the declaration at the close of their summit.")]
    [InlineData("ECOWAS leaders approve new single currency timetable", "ECOWAS leaders approved the timetable at their summit in Abuja.")]
    [InlineData("African Union leaders adopt Agenda 2063 plan", "African Union leaders adopted the second ten-year plan.")]
    [InlineData("Pacific leaders meet in Palau", "Pacific leaders met in Koror for their annual forum.")]
    [InlineData("Caribbean leaders gather in Barbados", "Caribbean leaders gathered in Bridgetown on Wednesday.")]
    [InlineData("Japan, China, South Korea leaders meet in Tokyo", "The leaders of Japan, China and South Korea met in Tokyo.")]
    [InlineData("G20 leaders endorse debt relief framework", "G20 leaders endorsed the debt relief framework.")]
    public void A_blocs_or_forums_leaders_deciding_is_a_summit(string title, string text) =>
        Assert.True(Topics(title, text).Summits, title);

    /// <summary>"Two leaders" who discussed, spoke or exchanged words: in a debate, or with no two leaders or countries named,
    /// they are candidates or party leaders; with two named, heads of government.</summary>
    [Theory]
    [InlineData("The two leaders exchanged barbs in a fiery televised debate", "The two leaders exchanged barbs in a fiery televised debate ahead of the election.", false)]
    [InlineData("Election debate: the two leaders spoke about immigration", "Election debate: the two leaders spoke about immigration and housing.", false)]
    [InlineData("Two leaders of the ruling coalition discussed the budget", "Two leaders of the ruling coalition discussed the budget on Monday.", false)]
    [InlineData("Opposition frontrunners clash", "Both leaders discussed taxes in the final debate before polling day.", false)]
    // correct hits
    [InlineData("Modi and Albanese hold talks", "The two leaders discussed trade, defence and critical minerals. Modi and Albanese met in New Delhi.", true)]
    [InlineData("Xi, Lula discuss ties", "Xi Jinping and Luiz Inacio Lula da Silva spoke by phone. The two leaders discussed trade.", true)]
    [InlineData("Ramaphosa receives Kenyan president", "Kenya and South Africa signed five agreements. The two leaders reviewed progress on trade.", true)]
    [InlineData("Bilateral ties", "The two leaders witnessed the signing of five agreements on energy.", true)]
    public void Two_leaders_who_discussed(string title, string text, bool summits) =>
        Assert.Equal(summits, Topics(title, text).Summits);

    /// <summary>A bloc's or a forum's ministers on health, farming, defence, energy or migration are no summit; its council
    /// of ministers, its trade, economic or foreign ministers, and its ministers with a trade cue are.</summary>
    [Theory]
    [InlineData("EU health ministers agree on tobacco flavour ban", "EU health ministers agreed on a ban of flavoured tobacco.", false)]
    [InlineData("EU agriculture ministers agree fishing quotas for 2027", "EU agriculture ministers agreed the fishing quotas for 2027 in Brussels.", false)]
    [InlineData("ASEAN defence ministers meet in Kuala Lumpur", "ASEAN defence ministers met in Kuala Lumpur on Tuesday.", false)]
    [InlineData("ECOWAS health ministers adopt malaria plan", "ECOWAS health ministers adopted a regional malaria plan.", false)]
    [InlineData("SADC energy ministers approve power pool rules", "The SADC energy ministers approved the rules of the power pool.", false)]
    [InlineData("EU interior ministers agree migration pact", "EU interior ministers agreed the migration pact.", false)]
    [InlineData("ECOWAS ministers adopt common visa policy", "", false)]
    // correct hits
    [InlineData("SADC Council of Ministers meets in Windhoek", "", true)]
    [InlineData("Arab League foreign ministers meet in Cairo", "Arab League foreign ministers met in Cairo on Sunday.", true)]
    [InlineData("AfCFTA Council of Ministers approves tariff schedules", "", true)]
    [InlineData("ASEAN economic ministers agree to upgrade trade pact", "", true)]
    [InlineData("COMESA ministers adopt common external tariff", "", true)]
    [InlineData("Communique of the 12th meeting of the COMESA Council of Ministers", "", true)]
    [InlineData("PIF economic ministers meet in Suva", "Pacific Islands Forum economic ministers met in Suva.", true)]
    public void A_forums_ministers_on_trade(string title, string text, bool summits) =>
        Assert.Equal(summits, Topics(title, text).Summits);

    /// <summary>A carrier's, a card's or a restaurant's surcharge at a rate is a price; a surcharge on imported goods and a
    /// duty at a rate stay tariffs.</summary>
    [Theory]
    [InlineData("Maersk adds 15% peak-season surcharge on furniture cargo", false)]
    [InlineData("Restaurants add 3% surcharge on meat dishes", false)]
    [InlineData("Hapag-Lloyd imposes 10% fuel surcharge on rice shipments", false)]
    [InlineData("Container lines raise surcharge by 20% on furniture", false)]
    [InlineData("Cafe adds 2% surcharge on coffee", false)]
    // correct hits
    [InlineData("US imposes 10% import surcharge", true)]
    [InlineData("Furniture imports face 30% duty from July", true)]
    [InlineData("Mexico slaps 20% surcharge on Chinese footwear", true)]
    [InlineData("India raises surcharge on imported gold to 5%", true)]
    [InlineData("Ministry applies surcharges of up to 25% on footwear and toys", true)]
    public void A_carriers_or_restaurants_surcharge(string title, bool tariffs) =>
        Assert.Equal(tariffs, Topics(title, "").Tariffs);

    /// <summary>CET after a clock time is the time zone; a CET changed or at a rate is the common external tariff.</summary>
    [Theory]
    [InlineData("Oil deliveries suspended from 12:00 CET", false)]
    [InlineData("Steel bid deadline extended to 18:00 CET", false)]
    [InlineData("Power cut at 06:00 CET hits glass makers", false)]
    [InlineData("Rice auction halted at 10 am CET", false)]
    [InlineData("Sugar tender closes at 14:30 CET, deadline extended", false)]
    // correct hits
    [InlineData("Onions: 40% CET suspended", true)]
    [InlineData("CET on sugar raised to 35%", true)]
    [InlineData("CARICOM extends CET suspension on chicken", true)]
    [InlineData("EAC cuts CET on wheat flour", true)]
    public void CET_after_a_clock_time(string title, bool tariffs) =>
        Assert.Equal(tariffs, Topics(title, "").Tariffs);

    /// <summary>"EAC" alone is also the US Election Assistance Commission: the catalogue reads only the East African
    /// Community's long name, the summits query its abbreviation with a member or the region named.</summary>
    [Theory]
    [InlineData("EAC commissioners meet on voting machine standards", "The US Election Assistance Commission (EAC) held a summit on voting machine standards with state election officials.", false)]
    [InlineData("EAC summit on election security", "The EAC held a summit with state election directors in Washington.", false)]
    // correct hits
    [InlineData("EAC summit opens in Arusha", "Heads of state of the East African Community met in Arusha.", true)]
    [InlineData("EAC heads of state summit postponed", "The EAC summit was postponed, Kenya's president said.", true)]
    [InlineData("East African Community summit in Nairobi", "", true)]
    [InlineData("EAC leaders meet in Arusha", "Presidents of Kenya, Uganda and Tanzania met at the EAC summit.", true)]
    public void EAC_alone(string title, string text, bool summits) =>
        Assert.Equal(summits, Topics(title, text).Summits);

    [Fact]
    public void The_forum_set_does_not_read_EAC_alone()
    {
        var eac = EntityCatalog.Resolve("forums")!.Single(e => e.Id == "EAC");
        Assert.DoesNotContain(eac.Aliases, a => a.Alias == "EAC");
    }

    /// <summary>What a co-operative pays its members or growers for milk or green leaf is no tariff; a duty on the goods is.</summary>
    [Theory]
    [InlineData("Milk co-operative raises tariff for members by 4%", false)]
    [InlineData("Tea growers seek 10% hike in green leaf tariff", false)]
    [InlineData("Dairy cooperative cuts milk tariff by 5%", false)]
    // correct hits
    [InlineData("Cooking oil duty hiked to 40pc", true)]
    [InlineData("SA raises canned pilchard tariff to 30%", true)]
    [InlineData("Milk powder tariff raised to 25%", true)]
    [InlineData("Tea import duty cut by 10%", true)]
    public void A_cooperatives_price(string title, bool tariffs) =>
        Assert.Equal(tariffs, Topics(title, "").Tariffs);

    /// <summary>A transfer "trade war" between football clubs is sport; a trade war between countries, even over technology
    /// transfer, is not.</summary>
    [Theory]
    [InlineData("Premier League clubs in transfer trade war", false)]
    [InlineData("La Liga giants in transfer trade war over young stars", false)]
    [InlineData("Bundesliga clubs wage trade war over TV rights", false)]
    // correct hits
    [InlineData("US-China trade war escalates", true)]
    [InlineData("Tech transfer at heart of US-China trade war", true)]
    public void A_transfer_trade_war(string title, bool tariffs) =>
        Assert.Equal(tariffs, Topics(title, "").Tariffs);
}
