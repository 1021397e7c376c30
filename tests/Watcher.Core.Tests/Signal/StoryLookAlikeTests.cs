namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Deliberate look-alikes: distinct stories that share their parties, product and topic, which a demanding reader would
/// not want folded into one alert (docs/signal.md, "Which look-alikes are one story"), and copies of one story that must
/// still join. Each case names its kind; written with parties, products and forums of their own, in several styles
/// (wire, government release, trade paper, headline alone).
/// </summary>
public class StoryLookAlikeTests
{
    public static TheoryData<string, string, string, string, string> Distinct => new()
    {
        // the same two countries, two decisions weeks apart: the tariff imposed in August and the deal that cut it in November
        {
            "same parties, two decisions",
            "US slaps 39% tariff on Swiss goods as talks fail",
            "WASHINGTON, Aug 1 (Reuters) - President Donald Trump imposed a 39% tariff on imports from Switzerland on Friday after talks with Bern failed, one of the highest rates on any developed economy. Swiss watchmakers and machinery exporters said the levy threatened thousands of jobs.",
            "US cuts tariff on Swiss goods to 15% in trade deal",
            "WASHINGTON, Nov 14 (Reuters) - The United States will cut its tariff on imports from Switzerland to 15% under a trade deal announced on Friday, easing pressure on Swiss watchmakers and machinery exporters. Swiss firms pledged to invest in US plants."
        },
        // the same two countries and topic, two decisions weeks apart, no rate in either headline
        {
            "same parties, two decisions",
            "Canada drops retaliatory tariffs on US consumer goods",
            "OTTAWA, Sept 1 (CP) - Canada removed its retaliatory tariffs on a range of US consumer goods, including orange juice, appliances and clothing, Prime Minister Mark Carney said on Monday, while keeping counter-measures on US steel, aluminium and autos.",
            "Canada adds retaliatory tariffs on US steel products",
            "OTTAWA, July 18 (CP) - Canada will add retaliatory tariffs on a further list of US steel products from next month, Finance Minister François-Philippe Champagne said on Friday, in response to Washington's decision to double its steel tariffs."
        },
        // the same product, two different importing countries, the same origin: two rulings
        {
            "same product, another importer",
            "Mexico imposes anti-dumping duties on Chinese seamless steel pipes",
            "MEXICO CITY, March 4 (Reuters) - Mexico's economy ministry imposed definitive anti-dumping duties on seamless steel pipes from China on Tuesday, according to a notice in the official gazette, after local producers complained of dumped imports.",
            "Colombia imposes anti-dumping duties on Chinese seamless steel pipes",
            "BOGOTA, March 11 (Reuters) - Colombia's trade ministry imposed definitive anti-dumping duties on seamless steel pipes from China on Tuesday, according to a resolution published in the official gazette, after local producers complained of dumped imports."
        },
        // the same product and imposer, two different exporting countries, months apart
        {
            "same product, another target",
            "India slaps anti-dumping duty on Vietnamese solar glass",
            "NEW DELHI (PTI) - India has imposed an anti-dumping duty on solar glass imported from Vietnam for five years, the finance ministry said in a notification, to protect domestic makers from cheap imports.",
            "India slaps anti-dumping duty on Malaysian solar glass",
            "NEW DELHI (PTI) - India has imposed an anti-dumping duty on solar glass imported from Malaysia for five years, the finance ministry said in a notification, to protect domestic makers from cheap imports."
        },
        // a probe opened, and the final duty a year later: two stories
        {
            "probe vs final duty",
            "EU opens anti-dumping probe into Chinese hardwood plywood",
            "BRUSSELS, Oct 10 (Reuters) - The European Commission opened an anti-dumping investigation into hardwood plywood imported from China on Thursday, following a complaint by European producers who say dumped imports have taken a fifth of the market.",
            "EU imposes anti-dumping duties on Chinese hardwood plywood",
            "BRUSSELS, Nov 12 (Reuters) - The European Union imposed definitive anti-dumping duties on hardwood plywood imported from China on Wednesday, concluding an investigation launched after European producers said dumped imports had taken a fifth of the market."
        },
        // a probe opened, and the final duty, told by the agency's own notices
        {
            "probe vs final duty",
            "Commerce initiates antidumping investigation of aluminum extrusions from Vietnam",
            "The Department of Commerce today announced the initiation of an antidumping duty investigation of imports of aluminum extrusions from Vietnam, following a petition filed by the U.S. Aluminum Extruders Coalition.",
            "Commerce issues final antidumping determination on aluminum extrusions from Vietnam",
            "The Department of Commerce today announced its final affirmative determination in the antidumping duty investigation of imports of aluminum extrusions from Vietnam, following a petition filed by the U.S. Aluminum Extruders Coalition."
        },
        // the retaliation and the measure it answers: two stories, one party's decision each
        {
            "retaliation vs original",
            "US doubles tariffs on Indian goods to 50% over Russian oil",
            "WASHINGTON, Aug 6 (Reuters) - President Donald Trump doubled the tariff on goods from India to 50% on Wednesday, penalising New Delhi for its purchases of Russian oil. Indian textile and jewellery exporters said orders were being cancelled.",
            "India retaliates against US with tariffs on almonds and apples",
            "NEW DELHI, Aug 20 (Reuters) - India imposed retaliatory tariffs on US almonds, apples and walnuts on Wednesday in response to Washington's decision to double its tariff on Indian goods to 50% over purchases of Russian oil. Indian exporters welcomed the move."
        },
        // the same product both ways: a tariff and the mirror tariff that answers it
        {
            "retaliation vs original",
            "EU imposes 25% tariff on US bourbon",
            "BRUSSELS (AP) - The European Union imposed a 25% tariff on bourbon whiskey from the United States on Monday, part of its response to US duties on European steel. Kentucky distillers said exports to Europe would collapse.",
            "US hits back with 25% tariff on EU whiskey",
            "WASHINGTON (AP) - The United States imposed a 25% tariff on whiskey from the European Union on Thursday, striking back at Brussels for its duties on American bourbon. Scottish and Irish distillers said exports to America would collapse."
        },
        // a rate raised, and the same rate cut a few months later
        {
            "rate raised vs rate cut",
            "Indonesia raises import duty on wheat flour",
            "JAKARTA (Reuters) - Indonesia raised its import duty on wheat flour on Monday to protect local millers, the finance ministry said, after imports from Turkey and Sri Lanka surged. Bakers warned bread prices would rise.",
            "Indonesia cuts import duty on wheat flour",
            "JAKARTA (Reuters) - Indonesia cut its import duty on wheat flour on Monday to ease food prices, the finance ministry said, after bread prices rose for a third month. Local millers said the cut would hurt them."
        },
        {
            "rate raised vs rate cut",
            "Kenya raises sugar import duty to 35%",
            "NAIROBI (Reuters) - Kenya raised its import duty on sugar from outside the COMESA region to 35% on Tuesday to protect local millers, the treasury said.",
            "Kenya cuts sugar import duty to 10%",
            "NAIROBI (Reuters) - Kenya cut its import duty on sugar from outside the COMESA region to 10% on Tuesday to bring down retail prices, the treasury said."
        },
        // two summits of one bloc, the year in the headline
        {
            "one bloc, two years",
            "G7 summit 2025: leaders meet in Kananaskis",
            "KANANASKIS, Alberta (AP) - Leaders of the Group of Seven met in the Canadian Rockies on Monday, with trade tensions and the war in Ukraine on the agenda.",
            "G7 summit 2026: leaders meet in Evian",
            "EVIAN, France (AP) - Leaders of the Group of Seven met on the shores of Lake Geneva on Monday, with trade tensions and the war in Ukraine on the agenda."
        },
        // a visit announced weeks ahead, and the visit happening
        {
            "visit announced vs visit",
            "Kremlin says Putin will visit India in December",
            "MOSCOW (Reuters) - Russian President Vladimir Putin will visit India in December for talks with Prime Minister Narendra Modi, the Kremlin said on Tuesday, as New Delhi faces US pressure over its purchases of Russian oil.",
            "Putin arrives in New Delhi for talks with Modi",
            "NEW DELHI (Reuters) - Russian President Vladimir Putin arrived in New Delhi on Thursday for talks with Prime Minister Narendra Modi, as India faces US pressure over its purchases of Russian oil."
        },
        {
            "visit announced vs visit",
            "Carney to visit China next month, Beijing says",
            "BEIJING (AFP) - Canadian Prime Minister Mark Carney will pay an official visit to China next month at the invitation of President Xi Jinping, the foreign ministry said on Friday, as Ottawa seeks to ease a dispute over canola and electric vehicles.",
            "Carney arrives in Beijing for talks with Xi",
            "BEIJING (AFP) - Canadian Prime Minister Mark Carney arrived in Beijing on Wednesday for talks with President Xi Jinping, as Ottawa seeks to ease a dispute over canola and electric vehicles."
        },
        // written after the guards, in other words, to check they are not fitted to the cases above
        {
            "rate raised vs rate cut",
            "Vietnam hikes tariff on imported ethanol",
            "HANOI (Reuters) - Vietnam will increase its import tariff on ethanol from next month to support domestic biofuel producers, the finance ministry said in a decree published on Thursday.",
            "Vietnam slashes tariff on imported ethanol",
            "HANOI (Reuters) - Vietnam will reduce its import tariff on ethanol from next month to help fuel blenders meet a new E10 mandate, the finance ministry said in a decree published on Thursday."
        },
        {
            "probe vs final duty",
            "Australia launches anti-dumping inquiry into Thai aluminium extrusions",
            "The Anti-Dumping Commission has launched an inquiry into aluminium extrusions exported from Thailand, after an application by Capral, the commission said in a notice on Wednesday.",
            "Australia slaps anti-dumping duties on Thai aluminium extrusions",
            "The Anti-Dumping Commission has imposed dumping duties on aluminium extrusions exported from Thailand, concluding an inquiry launched after an application by Capral, the commission said in a notice on Wednesday."
        },
        {
            "same product, another importer",
            "Peru sets safeguard duty on imported Chinese fabrics",
            "LIMA (Andina) - Peru's multisector commission set a provisional safeguard duty on imports of fabrics from China on Friday, citing a surge in shipments that hurt textile mills in Gamarra.",
            "Ecuador sets safeguard duty on imported Chinese fabrics",
            "QUITO (EFE) - Ecuador's foreign trade committee set a provisional safeguard duty on imports of fabrics from China on Friday, citing a surge in shipments that hurt textile mills in Tungurahua."
        },
        {
            "visit announced vs visit",
            "Lula plans state visit to Japan in March",
            "BRASILIA (Reuters) - Brazilian President Luiz Inacio Lula da Silva plans a state visit to Japan in March to meet Prime Minister Shigeru Ishiba and promote beef exports, his office said.",
            "Lula lands in Tokyo for state visit, beef on agenda",
            "TOKYO (Reuters) - Brazilian President Luiz Inacio Lula da Silva landed in Tokyo on Monday for a state visit and talks with Prime Minister Shigeru Ishiba, with beef exports on the agenda."
        },
        {
            "retaliation vs original",
            "Mexico raises tariffs on Chinese cars to 50%",
            "MEXICO CITY (Reuters) - Mexico's Congress approved tariffs of up to 50% on cars from China and other Asian countries without trade deals on Wednesday, to protect local factories.",
            "China retaliates against Mexico with probe into pork imports",
            "BEIJING (Reuters) - China retaliated against Mexico's 50% tariffs on Chinese cars on Thursday, announcing an anti-dumping investigation into pork imports from Mexico."
        },
        // a minister's trip to prepare a state visit, and the state visit
        {
            "visit announced vs visit",
            "Japanese foreign minister in Jakarta to prepare Takaichi's state visit",
            "JAKARTA (Kyodo) - Japanese Foreign Minister Toshimitsu Motegi arrived in Jakarta on Sunday to prepare a state visit by Prime Minister Sanae Takaichi, meeting Indonesian President Prabowo Subianto to discuss nickel investment.",
            "Prabowo holds talks with Japan's Takaichi in Jakarta",
            "JAKARTA (Antara) - President Prabowo Subianto held talks with Japanese Prime Minister Sanae Takaichi at the Merdeka Palace on Tuesday, discussing nickel investment and maritime security during her state visit to Indonesia."
        },
        // the same two leaders at a forum's sidelines, and on a state visit weeks later
        {
            "one pair of leaders, two occasions",
            "Lula arrives in Tokyo on state visit",
            "TOKYO (Reuters) - Brazilian President Luiz Inacio Lula da Silva arrived in Tokyo on Monday for a state visit, his first to Japan in five years, with beef exports and ethanol on the agenda.",
            "Ishiba meets Lula on sidelines of G20 summit",
            "RIO DE JANEIRO (Kyodo) - Prime Minister Shigeru Ishiba met Brazilian President Luiz Inacio Lula da Silva on the sidelines of the G20 summit on Monday, with beef exports and ethanol on the agenda."
        },
        // two importers, two goods, one origin, told in one trade-remedy template: only the verb and the origin are shared
        {
            "another importer and goods, one origin",
            "Authority applies definitive anti-dumping duty on ceramic tiles from India",
            "Riyadh, 4 May 2026. The General Authority of Foreign Trade published the decision that applies a definitive anti-dumping duty of 18% on imports of ceramic floor and wall tiles originating in India, for five years, after an investigation requested by local manufacturers.",
            "Egypt applies anti-dumping duties on aluminium foil from India, Oman",
            "CAIRO (MENA) - Egypt's trade ministry has issued a decree applying anti-dumping duties on household aluminium foil imported from India and Oman, ranging from 11.4 to 27.9 percent, for five years. Local rollers said dumped imports had halved their sales since 2024."
        },
        {
            "another importer and goods, one origin",
            "Ministry adopts provisional safeguard duty on cotton yarn from Pakistan",
            "Dhaka, 9 March 2026. The Ministry of Commerce adopted a provisional safeguard duty on cotton yarn imported from Pakistan for 200 days, following a petition by spinning mills in Narayanganj.",
            "Sri Lanka adopts safeguard duty on Pakistani cement",
            "COLOMBO (Reuters) - Sri Lanka adopted a safeguard duty on cement imported from Pakistan on Thursday, its finance ministry said, after local producers complained of a surge in shipments through Hambantota."
        },
        // the provisional duty and the definitive duty on the same goods months later, the stage said in other words
        // ("stopgap", "made permanent") or both stages named in the definitive regulation's own title
        {
            "provisional vs definitive, other words",
            "Ankara slaps stopgap duties of up to 31.7% on Chinese glass jars",
            "",
            "Glass jar duties made permanent as Türkiye rejects Chinese price offer",
            "Food packers buying glass jars from China will pay more for five years. Türkiye's trade ministry has confirmed definitive anti-dumping duties on Chinese glass jars at between 18.2% and 29.9%, slightly below the rates set in the spring, and rejected a price undertaking offered by three exporters."
        },
        {
            "provisional vs definitive, other words",
            "Commission imposes provisional anti-dumping duties on glass fibre yarn from Egypt",
            "The European Commission has today imposed provisional anti-dumping duties of 14.8% to 36.2% on imports of glass fibre yarn originating in Egypt. The duties apply for six months while the investigation continues. Producers in Italy and Spain had complained.",
            "Commission Implementing Regulation imposing a definitive anti-dumping duty and definitively collecting the provisional duty imposed on imports of glass fibre yarn originating in Egypt",
            "Article 1. A definitive anti-dumping duty is imposed on imports of glass fibre yarn originating in Egypt. The rates applicable to the net, free-at-Union-frontier price shall be: Nile Glass Fibre: 12.9%; all other companies: 33.1%. Article 2. The amounts secured by way of the provisional duty shall be definitively collected."
        },
        // one agency, one origin, two goods in one headline template; the second lede states no rate the extractor reads
        {
            "one imposer and origin, other goods",
            "KTC imposes anti-dumping duty on citric acid from China",
            "SEOUL (Yonhap) - The Korea Trade Commission has imposed definitive anti-dumping duties of 12.3 percent to 28.6 percent on citric acid imported from China for five years, the commission said Wednesday, after local producers complained of dumped imports.",
            "KTC imposes provisional anti-dumping duty on PVC film from China, Taiwan",
            "SEJONG - The Korea Trade Commission has decided on provisional anti-dumping duties on polyvinyl chloride film imported from China and Taiwan for four months, pending a final determination, after domestic film makers said cheap imports had cut their sales by a third."
        },
        {
            "one imposer and origin, other goods",
            "Commerce sets anti-dumping duty on Vietnamese shrimp feed",
            "WASHINGTON (Reuters) - The U.S. Commerce Department set anti-dumping duties of 41.7% on shrimp feed imported from Vietnam on Tuesday, siding with feed mills in Texas and Louisiana.",
            "Commerce sets anti-dumping duty on Vietnamese steel hangers",
            "WASHINGTON - The Commerce Department issued an anti-dumping order on steel wire garment hangers from Vietnam on Tuesday, after a petition by the last US maker of the hangers."
        },
    };

    [Theory]
    [MemberData(nameof(Distinct))]
    public void Look_alikes_that_a_reader_would_not_merge_stay_apart(string kind, string titleA, string textA, string titleB, string textB)
    {
        Assert.NotEmpty(kind);
        StoryPair.AssertSame(false, titleA, textA, titleB, textB);
    }

    public static TheoryData<string, string, string, string, string> Copies => new()
    {
        // one agency's story reworded by a syndicating outlet
        {
            "reworded syndication",
            "US cuts tariff on Swiss goods to 15% in trade deal",
            "WASHINGTON, Nov 14 (Reuters) - The United States will cut its tariff on imports from Switzerland to 15% under a trade deal announced on Friday, easing pressure on Swiss watchmakers and machinery exporters. Swiss firms pledged to invest in US plants.",
            "Switzerland wins tariff relief as Washington lowers levy to 15%",
            "Swiss exporters will pay a 15% tariff in the United States instead of 39% after the two countries struck a deal on Friday, a relief for watchmakers and machinery firms. Swiss companies promised new investment in American factories."
        },
        {
            "reworded syndication",
            "EU opens anti-dumping probe into Chinese hardwood plywood",
            "BRUSSELS, Oct 10 (Reuters) - The European Commission opened an anti-dumping investigation into hardwood plywood imported from China on Thursday, following a complaint by European producers who say dumped imports have taken a fifth of the market.",
            "Brussels launches investigation into dumping of Chinese plywood",
            "The European Commission has launched an anti-dumping investigation into imports of hardwood plywood from China after European producers complained that dumped imports had captured a fifth of the market, according to a notice published on Thursday."
        },
        // the headline alone, as an aggregator carries it
        {
            "headline alone",
            "Kenya raises sugar import duty to 35%",
            "",
            "Kenya raises import duty on sugar to 35% to protect millers",
            "NAIROBI (Reuters) - Kenya raised its import duty on sugar from outside the COMESA region to 35% on Tuesday to protect local millers, the treasury said."
        },
        {
            "headline alone",
            "Putin arrives in New Delhi for talks with Modi",
            "",
            "Putin lands in Delhi for summit with Modi as US pressure mounts",
            "NEW DELHI (Reuters) - Russian President Vladimir Putin arrived in New Delhi on Thursday for talks with Prime Minister Narendra Modi, as India faces US pressure over its purchases of Russian oil."
        },
        // the first version and an update that adds a number (a rate, an amount)
        {
            "update with a new number",
            "India retaliates against US with tariffs on almonds and apples",
            "NEW DELHI, Aug 20 (Reuters) - India imposed retaliatory tariffs on US almonds, apples and walnuts on Wednesday in response to Washington's decision to double its tariff on Indian goods to 50% over purchases of Russian oil. Indian exporters welcomed the move.",
            "UPDATE 2-India retaliates against US with 20% tariffs on almonds and apples",
            "NEW DELHI, Aug 20 (Reuters) - India imposed retaliatory tariffs of 20% on US almonds, apples and walnuts on Wednesday, covering about $1.2 billion of trade, in response to Washington's decision to double its tariff on Indian goods to 50% over purchases of Russian oil. Indian exporters welcomed the move."
        },
        {
            "update with a new number",
            "EU imposes anti-dumping duties on Chinese hardwood plywood",
            "BRUSSELS, Nov 12 (Reuters) - The European Union imposed definitive anti-dumping duties on hardwood plywood imported from China on Wednesday, concluding an investigation launched after European producers said dumped imports had taken a fifth of the market.",
            "EU imposes anti-dumping duties of up to 58.2% on Chinese hardwood plywood",
            "BRUSSELS, Nov 12 (Reuters) - The European Union imposed definitive anti-dumping duties of up to 58.2% on hardwood plywood imported from China on Wednesday, concluding an investigation launched after European producers said dumped imports had taken a fifth of the market."
        },
        {
            "reworded syndication",
            "Vietnam hikes tariff on imported ethanol",
            "HANOI (Reuters) - Vietnam will increase its import tariff on ethanol from next month to support domestic biofuel producers, the finance ministry said in a decree published on Thursday.",
            "Hanoi raises ethanol import duty to shield biofuel makers",
            "Vietnam's finance ministry has decided to raise the import duty on ethanol from next month, according to a decree published on Thursday, a move meant to support domestic biofuel producers."
        },
        {
            "headline alone",
            "Lula lands in Tokyo for state visit with Ishiba",
            "",
            "Lula lands in Tokyo for state visit, beef on agenda",
            "TOKYO (Reuters) - Brazilian President Luiz Inacio Lula da Silva landed in Tokyo on Monday for a state visit and talks with Prime Minister Shigeru Ishiba, with beef exports on the agenda."
        },
        // one lede reads the visitor's trip, the other the meeting; a headline names the visitor by surname only
        {
            "visit and its meeting",
            "Lula arrives in Tokyo on state visit",
            "TOKYO (Reuters) - Brazilian President Luiz Inacio Lula da Silva arrived in Tokyo on Monday for a state visit, his first to Japan in five years, with beef exports and ethanol on the agenda.",
            "Ishiba holds talks with Brazil's Lula in Tokyo",
            "TOKYO (Kyodo) - Prime Minister Shigeru Ishiba held talks with Brazilian President Luiz Inacio Lula da Silva at his office on Tuesday, agreeing to expand trade in beef and cooperation on biofuels."
        },
        // a ruling's class of exporter, or the duty itself, read as its product: still the ruling's rate
        {
            "product misread",
            "Commission imposes provisional anti-dumping duties on citric acid from Thailand",
            "The European Commission has today imposed provisional anti-dumping duties of 27.3% for cooperating exporting producers and 41.8% for all other companies on imports of citric acid originating in Thailand. Producers in Belgium and Austria had complained.",
            "EU slaps duties of up to 41.8% on Thai citric acid",
            "BRUSSELS (Reuters) - The European Union will impose provisional anti-dumping duties of between 27.3% and 41.8% on citric acid from Thailand, the European Commission said on Wednesday, siding with producers in Belgium and Austria."
        },
        // a ministry's release naming no country in its headline, and a wire naming the imposer: one ruling
        {
            "release and wire",
            "Government applies provisional anti-dumping duty on steel wire from Vietnam",
            "Lima, 12 October 2026. The Ministry of Economy and Finance published the resolution that applies a provisional anti-dumping duty of US$ 0.21 per kilogram on imports of galvanised steel wire originating in Vietnam, for four months, following a recommendation by INDECOPI.",
            "Peru slaps provisional duty on Vietnamese steel wire",
            "Peru has set a provisional anti-dumping duty of US$0.21/kg on galvanised steel wire from Vietnam, the economy ministry said, after local wire makers complained of dumped imports."
        },
        {
            "headline alone",
            "Egypt slaps anti-dumping duties on Indian and Omani aluminium foil",
            "",
            "Egypt applies anti-dumping duties on aluminium foil from India, Oman",
            "CAIRO (MENA) - Egypt's trade ministry has issued a decree applying anti-dumping duties on household aluminium foil imported from India and Oman, ranging from 11.4 to 27.9 percent, for five years. Local rollers said dumped imports had halved their sales since 2024."
        },
        // one provisional duty: a headline alone in other words and the ministry's wire copy
        {
            "headline alone, stage in other words",
            "Ankara slaps stopgap duties of up to 31.7% on Chinese glass jars",
            "",
            "Türkiye imposes provisional anti-dumping duties on glass jars from China",
            "ANKARA (AA) - Türkiye's trade ministry imposed provisional anti-dumping duties of between 19.5% and 31.7% on glass jars imported from China on Tuesday, for six months while its investigation continues."
        },
        // the definitive regulation and a law firm's alert about it
        {
            "law-firm alert on the ruling",
            "Commission Implementing Regulation imposing a definitive anti-dumping duty and definitively collecting the provisional duty imposed on imports of glass fibre yarn originating in Egypt",
            "Article 1. A definitive anti-dumping duty is imposed on imports of glass fibre yarn originating in Egypt. The rates applicable to the net, free-at-Union-frontier price shall be: Nile Glass Fibre: 12.9%; all other companies: 33.1%. Article 2. The amounts secured by way of the provisional duty shall be definitively collected.",
            "Client Alert: EU definitive anti-dumping duties on glass fibre yarn from Egypt — what importers should do now",
            "The European Commission has published its definitive findings on glass fibre yarn originating in Egypt. Definitive duties apply for five years at 12.9% for Nile Glass Fibre and 33.1% for all other companies; provisional duties secured will be definitively collected. Importers should review their origin documentation."
        },
        // one agency's ruling reworded, and told as a headline alone
        {
            "reworded syndication",
            "KTC imposes anti-dumping duty on citric acid from China",
            "SEOUL (Yonhap) - The Korea Trade Commission has imposed definitive anti-dumping duties of 12.3 percent to 28.6 percent on citric acid imported from China for five years, the commission said Wednesday, after local producers complained of dumped imports.",
            "KTC slaps anti-dumping duties on Chinese citric acid for five years",
            "South Korea will levy anti-dumping duties of up to 28.6% on Chinese citric acid for the next five years, the trade commission said, siding with local producers who complained of dumped imports."
        },
        {
            "headline alone",
            "KTC imposes anti-dumping duty on Chinese citric acid",
            "",
            "KTC imposes anti-dumping duty on citric acid from China",
            "SEOUL (Yonhap) - The Korea Trade Commission has imposed definitive anti-dumping duties of 12.3 percent to 28.6 percent on citric acid imported from China for five years, the commission said Wednesday, after local producers complained of dumped imports."
        },
        // a retaliation told object first: the headline's first party is the target, its lede names the retaliating imposer
        {
            "retaliation told object first",
            "China retaliates against US with 15% tariff on soybeans",
            "BEIJING, March 4 (Reuters) - China will impose an additional 15% tariff on soybeans from the United States from March 10, the finance ministry said on Tuesday, retaliating against new US duties on Chinese goods.",
            "American farmers brace as China slaps 15% tariff on US soybeans",
            "China will put an extra 15% tariff on U.S. soybeans from March 10, Beijing said on Tuesday, in retaliation for Washington's latest duties, leaving American growers bracing for lost sales."
        },
    };

    [Theory]
    [MemberData(nameof(Copies))]
    public void Copies_of_one_story_still_join(string kind, string titleA, string textA, string titleB, string textB)
    {
        Assert.NotEmpty(kind);
        StoryPair.AssertSame(true, titleA, textA, titleB, textB);
    }
}
