using Watcher.Core.Matching;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// The default topics on sentences written for these tests, with countries, leaders, products and services none of the
/// labelled sets use, one theory per kind of relevance error (docs/quality.md, "Session 8: relevance"). Each kind has its
/// positives and the negatives that the rule for it must leave alone.
/// </summary>
public class TopicRelevanceTests
{
    private static (bool Tariffs, bool Summits) Topics(string title, string text)
    {
        var topics = QueryTopicMatcher.Default.Match(title, text).Select(m => m.Topic).ToHashSet();
        return (topics.Contains(DefaultTopics.Tariffs), topics.Contains(DefaultTopics.Summits));
    }

    /// <summary>"Tariff" and "levy" as the price of a public service or a charge on people, not on goods: postage and parcels,
    /// road and bridge tolls, a phone plan (also one that names the EU), a levy on expatriates' dependants or on tourists;
    /// "duty" as an obligation. Each stays a trade story when it names imports, customs or a trade bloc's tariff.</summary>
    [Theory]
    [InlineData("Austrian Post raises parcel tariffs from March", "Austrian Post will raise domestic parcel tariffs by an average of 4% from 1 March, the company said, citing wage costs.", false)]
    [InlineData("PostNord lifts postage tariffs in Denmark", "Denmark's PostNord will raise postage tariffs for letters by 9% next year as volumes keep falling.", false)]
    [InlineData("Motorway toll tariffs rise 6% in Croatia", "Croatia's motorway operator will raise toll tariffs by 6% from July; the bridge to Krk island will cost more too.", false)]
    [InlineData("Kuwait weighs levy on expatriates' dependants", "Kuwait is considering a monthly levy on dependants of expatriate workers, the finance ministry said.", false)]
    [InlineData("Bali starts levy on foreign tourists", "Indonesia's Bali will charge foreign tourists a levy of 150,000 rupiah on arrival from February.", false)]
    [InlineData("Orange to end EU roaming on legacy tariffs", "Orange customers on legacy mobile tariffs will pay 3 euros a day to roam in the European Union from April.", false)]
    [InlineData("Reservists called up for active duty", "Thousands of reservists in Poland were called up for active duty on Monday, the defence ministry said.", false)]
    [InlineData("Officers failed in their duty of care, inquiry finds", "The inquiry found that officers in Ontario failed in their duty of care to detainees held in 2023.", false)]
    // the same words about goods crossing a border stay trade stories
    [InlineData("EU ends tariffs on parcels from China", "The EU will end the duty exemption on low-value parcels imported from China and charge customs tariffs on every parcel from July.", true)]
    [InlineData("Kuwait slaps levy on imported cars", "Kuwait will impose a levy on imported cars and on dependants' vehicles, customs officials said.", true)]
    [InlineData("Milei scraps tariff on imported phones", "Argentine President Javier Milei scrapped the tariff on imported mobile phones, saying local prices were the highest in the region.", true)]
    public void Service_prices_and_levies_on_people_are_not_tariffs(string title, string text, bool tariffs) =>
        Assert.Equal(tariffs, Topics(title, text).Tariffs);

    /// <summary>A meeting story whose headline names no tariff mentions one in passing ("goods that still face a 10% tariff")
    /// and is a summit story only; it is a tariff story too when the meeting changes a tariff, or the story is about a trade
    /// war or trade talks. A monthly trade-figures story is no tariff story for naming the tariff its exporters pay.</summary>
    [Theory]
    [InlineData("Ruto meets Albanese in Canberra to discuss critical minerals", "Kenyan President William Ruto met Prime Minister Anthony Albanese in Canberra on Tuesday for talks on critical minerals and education. Kenyan tea still faces a 10% tariff in several Asian markets, officials noted.", false, true)]
    [InlineData("Erdogan hosts Tokayev in Ankara for strategic council", "Turkish President Recep Tayyip Erdogan hosted Kazakh President Kassym-Jomart Tokayev in Ankara on Monday, where the leaders signed agreements on transport and energy. Turkish steel exports to the United States pay a 50% U.S. tariff.", false, true)]
    [InlineData("Japan's exports fall for third month", "Japan's exports fell 3.1% in October from a year earlier, dragged down by shipments of cars to the United States, where a 15% tariff applies.", false, false)]
    // the meeting changes a tariff, the story is a trade war or trade talks (ministers meeting count as a meeting), or the headline names the tariff
    [InlineData("Luxon hosts Modi in Auckland", "New Zealand Prime Minister Christopher Luxon hosted Narendra Modi in Auckland on Friday. New Zealand will cut its tariff on Indian textiles to zero and India will lower duties on kiwifruit, the two leaders said.", true, true)]
    // a duty or levy changed counts as a tariff changed; "lower" alone does not ("despite lower U.S. tariffs" is background)
    [InlineData("Macron hosts Lula in Paris", "French President Emmanuel Macron hosted Brazilian President Lula da Silva in Paris on Monday, and the two governments agreed on cutting duties on Brazilian beef and French wine.", true, true)]
    [InlineData("Sheinbaum meets Carney in Ottawa as trade war with Washington drags on", "Mexican President Claudia Sheinbaum met Prime Minister Mark Carney in Ottawa on Thursday to coordinate their response to the trade war with the United States.", true, true)]
    [InlineData("Ministers meet in Brussels on response to Washington", "EU trade ministers met in Brussels on Monday to weigh counter-measures against the 50% US tariff on steel.", true, true)]
    [InlineData("Macron hosts Lula at Elysee as EU weighs duties on Brazilian beef", "French President Emmanuel Macron hosted Brazilian President Lula da Silva at the Elysee on Thursday as the EU weighs duties on Brazilian beef.", true, true)]
    [InlineData("Korea's exports to US slump as 25% tariff on cars bites", "South Korea's exports to the United States fell 12% in November as the 25% U.S. tariff on cars took effect.", true, false)]
    public void A_tariff_in_the_background_of_a_meeting_or_of_trade_figures_is_not_a_tariff_story(string title, string text, bool tariffs, bool summits) =>
        Assert.Equal((tariffs, summits), Topics(title, text));

    /// <summary>A tariff story whose headline names no meeting recalls one ("a year after the two presidents met") and is
    /// a tariff story only; a headline that names both is both.</summary>
    [Theory]
    [InlineData("US raises tariff on Brazilian coffee to 50%", "The United States will raise its tariff on Brazilian coffee to 50% from next month, the White House said, a year after Presidents Donald Trump and Lula da Silva met in Kuala Lumpur and agreed to talks.", true, false)]
    [InlineData("Italy faces tariff threat over defence spending", "President Donald Trump threatened tariffs on Italy after Rome refused to lift defence spending to the level NATO leaders agreed at their summit in The Hague.", true, false)]
    [InlineData("Canada vows to match 50% US steel tariff", "Canada will answer the 50% U.S. tariff on steel in kind, Trade Minister Dominic LeBlanc said, a week after he met Commerce Secretary Howard Lutnick in Washington.", true, false)]
    [InlineData("Xi and Lula agree to cut tariffs at Beijing summit", "Chinese President Xi Jinping and Brazilian President Lula da Silva agreed at their summit in Beijing on Tuesday to cut tariffs on soybeans and aircraft.", true, true)]
    public void A_meeting_recalled_in_a_tariff_story_is_not_a_summit(string title, string text, bool tariffs, bool summits) =>
        Assert.Equal((tariffs, summits), Topics(title, text));

    /// <summary>Trade remedies and customs duties named without the word "tariff": a safeguard duty (singular), a CVD rate,
    /// a duty per tonne or above a quota, a customs union's external tariff, duties on a retaliation list, a tariff set by a
    /// named leader on goods the context list does not name. Their look-alikes (cardiovascular disease, heavy-duty
    /// tonnes, league trade talks) stay out.</summary>
    [Theory]
    [InlineData("Vietnam sets safeguard duty on imported fiberglass", "Vietnam's trade ministry will apply a safeguard duty of 12% on fiberglass products from all origins for three years.", true)]
    [InlineData("Commerce sets preliminary CVD rates on Vietnamese shrimp", "", true)]
    [InlineData("Sugar quota reopens in January", "Sugar from outside the bloc will pay a duty of 98 euros per tonne above the quota once the annual volume is used up.", true)]
    [InlineData("ECOWAS common external tariff to apply to rice from January", "West African states will apply the common external tariff to rice from January, ending a two-year waiver.", true)]
    [InlineData("Ottawa publishes retaliation list", "Canada would put duties of up to 25 per cent on bourbon, orange juice and motorcycles under the draft countermeasures published on Friday.", true)]
    [InlineData("Trump exempts pharmaceuticals from new tariffs", "", true)]
    [InlineData("UK and India resume trade talks in London", "", true)]
    [InlineData("Japan and Australia open trade talks in Canberra", "Japanese and Australian negotiators opened trade talks in Canberra on Monday, and industry players in both countries want beef and car duties cut, a member of the G7 club said.", true)]
    [InlineData("CVD rates climb among Indian women, study finds", "Cardiovascular disease (CVD) rates among Indian women rose by a fifth over a decade, researchers said.", false)]
    [InlineData("Volvo shows heavy-duty crane truck", "The heavy-duty truck can lift 30 tonnes and carry a tonne of tools, the company said.", false)]
    [InlineData("Dodgers and Padres resume trade talks", "The Los Angeles Dodgers and San Diego Padres resumed trade talks on Tuesday ahead of the deadline, with the Padres shopping a starting pitcher.", false)]
    public void Trade_remedies_named_without_the_word_tariff_are_tariffs(string title, string text, bool tariffs) =>
        Assert.Equal(tariffs, Topics(title, text).Tariffs);

    /// <summary>Meetings named without the word "summit": a bloc's or named countries' leaders gathering, a leader arriving in
    /// a capital, two leaders signing, ministers' trade talks with another country. Leaders of business, a minister meeting
    /// domestic producers, and a league's "summit clash" between its "two leaders" are no meetings of states.</summary>
    [Theory]
    [InlineData("Mercosur leaders gather in Asuncion", "", true)]
    [InlineData("Brazil, Argentina, Chile leaders meet in Santiago", "", true)]
    [InlineData("Meloni arrives in Tokyo for talks with Takaichi", "Italian Prime Minister Giorgia Meloni arrived in Tokyo on Sunday for talks with Prime Minister Sanae Takaichi on defence and energy.", true)]
    [InlineData("Ramaphosa receives Lula in Pretoria", "President Cyril Ramaphosa received Brazilian President Lula da Silva in Pretoria on Friday, and both leaders signed a memorandum on mining.", true)]
    [InlineData("India's commerce minister meets USTR in Washington", "India's Commerce Minister Piyush Goyal met US Trade Representative Jamieson Greer in Washington on Monday to narrow differences on a trade pact.", true)]
    [InlineData("Swiss trade secretary meets Chinese commerce minister in Beijing", "Swiss Economy Minister Guy Parmelin met Chinese Commerce Minister Wang Wentao in Beijing on Monday to review their free trade agreement.", true)]
    [InlineData("Japan and Australia open trade talks in Canberra", "Japanese and Australian negotiators opened trade talks in Canberra on Monday, and industry players in both countries want beef and car duties cut, a member of the G7 club said.", true)]
    [InlineData("Tech leaders from Japan and Korea meet in Seoul", "Tech leaders from Japan and South Korea met in Seoul on Tuesday to discuss chip supply chains.", false)]
    [InlineData("Canadian business leaders meet in Toronto to discuss AI", "Business leaders from across Canada met in Toronto on Wednesday to discuss artificial intelligence.", false)]
    [InlineData("Trade minister meets steel producers", "Trade Minister Maninder Sidhu met steel producers in Hamilton on Thursday to hear concerns about dumped imports.", false)]
    [InlineData("Real Madrid and Barcelona meet in summit clash", "League leaders Real Madrid host Barcelona on Sunday in a summit clash that could decide the title race, and the two leaders meet with a point between them.", false)]
    [InlineData("Dodgers and Padres resume trade talks", "The Los Angeles Dodgers and San Diego Padres resumed trade talks on Tuesday ahead of the deadline, with the Padres shopping a starting pitcher.", false)]
    public void Meetings_named_without_the_word_summit_are_summits(string title, string text, bool summits) =>
        Assert.Equal(summits, Topics(title, text).Summits);

    /// <summary>Session 9 (relev11): a safeguard measure or an ad valorem duty on imports, imports kept duty-free, a rate charged
    /// on another country's goods without a tariff word, a headline tariff on goods the context list does not name. A bank's
    /// safeguard measures, airport duty-free sales, a courier's fees and a city's heating tariffs stay out.</summary>
    [Theory]
    [InlineData("Egypt adopts safeguard measure on steel rebar", "Cairo - The trade ministry will apply a safeguard measure on imports of steel rebar, in the form of an additional duty of 16% for three years, it said in a notice.", true)]
    [InlineData("Notice of final determination: safeguard measures on imports of ceramic tiles", "", true)]
    [InlineData("Kenya sets 35% ad valorem duty on paper products", "", true)]
    [InlineData("Sri Lanka gazettes 20% ad valorem duty for ceramic tiles", "", true)]
    [InlineData("Bangladesh keeps wheat imports duty-free through June", "", true)]
    [InlineData("Peru to charge 30% on Bolivian goods from January", "", true)]
    [InlineData("Turkey slaps extra 40% on American imports", "", true)]
    [InlineData("Higher rice tariffs to stay until 2028", "", true)]
    [InlineData("Kazakhstan raises tariffs on heating boilers", "Kazakhstan will raise import tariffs on heating boilers from China to 15% from March.", true)]
    [InlineData("Bank adds safeguard measures for customer data", "The bank said new safeguard measures would protect customer data after last month's breach.", false)]
    [InlineData("Duty-free sales jump at Dubai airport", "Duty-free sales at Dubai airport rose 8% in October as passenger numbers recovered.", false)]
    [InlineData("Courier to charge new fees on goods from Japan", "The courier will charge handling fees on goods shipped from Japan from May.", false)]
    [InlineData("Tbilisi keeps heating tariffs unchanged", "Heating tariffs for residents of Tbilisi will stay unchanged this winter, the city hall said.", false)]
    [InlineData("Heat supply tariffs for residents of Bishkek to stay unchanged", "", false)]
    [InlineData("Utility tariffs in Almaty to rise from January", "Utility tariffs for heat and electricity will rise 12% from January, the city said.", false)]
    public void Duties_named_by_their_form_and_headline_tariffs_are_tariffs(string title, string text, bool tariffs) =>
        Assert.Equal(tariffs, Topics(title, text).Tariffs);

    /// <summary>Session 9 (relev11): a heads-of-government meeting named by its heads or its bloc (CHOGM, a Commonwealth summit,
    /// a summit a monarch hosts), trade negotiators meeting another country's. A cycling "summit finish" and a union's
    /// negotiator meeting a carmaker are no meetings of states.</summary>
    [Theory]
    [InlineData("CARICOM heads of government meet in Georgetown", "", true)]
    [InlineData("Heads of state adopt Nairobi declaration on climate finance", "African heads of state meeting in Nairobi adopted a declaration on climate finance on Tuesday.", true)]
    [InlineData("CHOGM opens in Apia", "", true)]
    [InlineData("Prince William opens Commonwealth summit in Kigali", "", true)]
    [InlineData("Sultan hosts Gulf summit in Muscat", "", true)]
    [InlineData("Chile, Korea trade negotiators meet in Seoul", "", true)]
    [InlineData("Indonesia's chief negotiator holds talks with EU in Jakarta", "", true)]
    [InlineData("Rider takes king of the mountains jersey on summit finish", "The Slovenian won the summit finish to take the king of the mountains jersey as the peloton split.", false)]
    [InlineData("Union's chief negotiator meets Ford in Detroit", "The union's chief negotiator met Ford executives in Detroit on Monday.", false)]
    public void Heads_of_government_and_trade_negotiators_meeting_are_summits(string title, string text, bool summits) =>
        Assert.Equal(summits, Topics(title, text).Summits);

    /// <summary>Session 9 (relev11): a tariff headline that names a meeting as the cause ("after Lee visit") recalls it; the
    /// story is a tariff story only. A headline where the tariff is agreed at the meeting stays both.</summary>
    [Theory]
    [InlineData("Mexico lowers tariff on Korean steel after Lee visit", "Mexico will lower its tariff on South Korean steel to 10% from January, a month after President Lee Jae-myung's visit to Mexico City.", true, false)]
    [InlineData("Chile cuts duty on Thai rice following Prayut trip", "", true, false)]
    [InlineData("Xi and Lula agree to cut tariffs at Beijing summit", "Chinese President Xi Jinping and Brazilian President Lula da Silva agreed at their summit in Beijing on Tuesday to cut tariffs on soybeans and aircraft.", true, true)]
    public void A_meeting_named_as_the_cause_in_a_tariff_headline_is_recalled(string title, string text, bool tariffs, bool summits) =>
        Assert.Equal((tariffs, summits), Topics(title, text));

    /// <summary>The default queries are parsed like any user's query, so each must fit the parser's limit.</summary>
    [Fact]
    public void The_default_queries_fit_the_query_length_limit() =>
        Assert.All(DefaultTopics.Queries.Values, q => Assert.InRange(q.Length, 1, Watcher.Core.Matching.Query.QueryParser.MaxLength));
}
