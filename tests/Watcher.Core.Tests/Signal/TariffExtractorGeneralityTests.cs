using Watcher.Core.Facts;
using Watcher.Core.Matching;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Kinds of sentence that holdout 3 showed the extractor and the default topics misread, written afresh (other countries,
/// products and words): amounts per unit that bound a rate, ranges, "import tax", the country a measure is said to hurt,
/// the country that "faces" a duty, reported speech, a legal basis between "tariffs" and "on", business "summits".
/// </summary>
public class TariffExtractorGeneralityTests
{
    private static string Key(TariffMeasure m) => $"{m.Imposer}>{m.Target} {m.Rate}{(m.RateUnit == "percent" ? "%" : " " + m.RateUnit)} {string.Join('+', m.Products)} {m.Action}";

    [Theory]
    // an amount per unit stated as a floor or a cap bounds the ad valorem rate: it is not a second measure (nor a rate of 500%)
    [InlineData("Peru will levy a 30% tariff on motorcycles from Vietnam, with a minimum of $500 per unit.", "PE>VN 30% motorcycles imposed")]
    [InlineData("Peru will levy a 30% tariff on motorcycles from Vietnam. The duty will be applied at a minimum of $500 per unit.", "PE>VN 30% motorcycles imposed")]
    [InlineData("Peru will levy a 30% tariff on motorcycles from Vietnam, capped at $900 per unit.", "PE>VN 30% motorcycles imposed")]
    // a specific duty stated on its own is still a measure
    [InlineData("Kenya set a duty of $200 per tonne on sugar from Uganda.", "KE>UG 200 usd/tonne sugar imposed")]
    // the low end of a range is not a measure of its own; the top rate is
    [InlineData("Thailand set anti-dumping duties of 12.5 percent to 30.9 percent on cold-rolled coil from Vietnam.", "TH>VN 30.9% cold-rolled coil imposed")]
    [InlineData("Thailand set anti-dumping duties of 12.5%-30.9% on cold-rolled coil from Vietnam.", "TH>VN 30.9% cold-rolled coil imposed")]
    // "import tax" is a tariff word
    [InlineData("Argentina cut the import tax on mobile phones to 8% from 16%.", "AR>* 8% mobile phones lowered")]
    // a country named as the one a measure will hit is not its target: an import tariff with no origin is on every origin
    [InlineData("Colombia raised its import tariff on steel wire to 30%, a move that will hit Chinese mills.", "CO>* 30% steel wire raised")]
    [InlineData("Colombia raised its import tariff on steel wire to 30%, in a step aimed squarely at Chinese mills.", "CO>* 30% steel wire raised")]
    [InlineData("Colombia raised its import tariff on steel wire from China to 30%.", "CO>CN 30% steel wire raised")]
    // reported speech: the product is the subject of "would face"
    [InlineData("Indonesia's trade ministry said frozen fries would face a 20% tariff from March.", "ID>* 20% frozen fries imposed")]
    // a measure on all imports, or on every country, is on every origin, even when the article names one country for context
    [InlineData("Ghana will levy a 10% tariff on all imports from January, a move aimed at Chinese traders.", "GH>* 10% goods imposed")]
    [InlineData("Ghana will levy a 10% tariff on goods from every country, Nigeria included.", "GH>* 10% goods imposed")]
    [InlineData("Ghana will levy a 10% tariff on all imports from Nigeria.", "GH>NG 10% goods imposed")]
    // the product between the tariff word and a rate the tariff "will reach"
    [InlineData("Chile approved raising the import tax on tractors, which will reach 20% in March.", "CL>* 20% tractors raised")]
    [InlineData("Chile said the import tax on tractors will reach 20% in March.", "CL>* 20% tractors imposed")]
    public void One_measure(string text, string expected) =>
        Assert.Equal(expected, Key(Assert.Single(TariffExtractor.Extract(text))));

    [Theory]
    // the country that "faces" (or "is subject to") a duty is its target; the imposer is the one the article was about
    [InlineData("Washington set a 10% tariff on frozen shrimp on Monday. Vietnam, the biggest supplier, already faces anti-dumping duties of 25.8% on its shrimp.",
        "US>* 10% frozen shrimp imposed|US>VN 25.8% shrimp imposed")]
    [InlineData("Washington set a 10% tariff on frozen shrimp on Monday. Ecuador is already subject to countervailing duties of 3.6% on its shrimp.",
        "US>* 10% frozen shrimp imposed|US>EC 3.6% shrimp imposed")]
    // a legal basis between "tariffs" and "on" ("under the Customs Act") still names the products a later rate is on
    [InlineData("Australia imposed duties under the Customs Act on aluminium extrusions. The duties are 14.2%.",
        "AU>* 14.2% aluminium extrusions imposed")]
    // a second partner named in a Principality's full name
    [InlineData("Norway will apply a tariff of 10% to originating goods of Iceland and the Principality of Liechtenstein.",
        "NO>IS 10% goods imposed|NO>LI 10% goods imposed")]
    // the same head noun under different modifiers is two products at the same rate, not one
    [InlineData("Chile's finance ministry said on Monday that it had raised the import tariff on diesel tractors to 20% to protect local assembly plants. Electric tractors will also face a 20% tariff from July.",
        "CL>* 20% diesel tractors raised|CL>* 20% Electric tractors imposed")]
    // a measure over two sentences: the second, referring back ("The duties …", "The rate …"), states the rate of the first's target and product
    [InlineData("Morocco imposed anti-dumping duties on school notebooks from Tunisia. The duties, ranging from 8.6% to 21.7%, apply for five years.",
        "MA>TN 21.7% school notebooks imposed")]
    [InlineData("The Egyptian government announced new duties on Turkish glass on Sunday. The duty will be 14% for four years.",
        "EG>TR 14% glass imposed")]
    [InlineData("Thailand will impose a new tariff on imported Vietnamese rice. The rate will be 15 percent.",
        "TH>VN 15% rice imposed")]
    [InlineData("Peru raised its tariff on Bolivian soy oil to 20%. The duty on soy meal will be 15%.",
        "PE>BO 20% soy oil raised|PE>BO 15% soy meal imposed")]
    // … and a later sentence saying the duty applies to every origin widens the measure
    [InlineData("Kenya imposed a 25% tariff on sugar, hurting Ugandan millers. The duty applies to sugar from all origins, officials said.",
        "KE>* 25% sugar imposed")]
    // a sentence that names its own scope, or another duty, keeps it
    [InlineData("Peru raised its tariff on Bolivian soy oil to 20%. A 10% tariff on all imported wheat also takes effect.",
        "PE>BO 20% soy oil raised|PE>* 10% wheat imposed")]
    [InlineData("Brazil imposed duties of up to 20% on tyres from China. The duties come on top of the standard 16% tyre duty.",
        "BR>CN 20% tyres imposed|BR>* 16% tyre imposed")]
    // rates written "40-percent", and ranges "between 10% and 50%"
    [InlineData("Turkey imposed a 40-percent levy on electric vehicles from Japan.", "TR>JP 40% electric vehicles imposed")]
    [InlineData("Egypt set a 12-per-cent duty on Turkish glass.", "EG>TR 12% glass imposed")]
    [InlineData("Mexico will apply tariffs of between 10% and 50% on footwear from Vietnam.", "MX>VN 50% footwear imposed")]
    // wire-style rates ("25 pct", "9.6 p.c.")
    [InlineData("Japan will impose a 25 pct tariff on Chinese steel.", "JP>CN 25% steel imposed")]
    [InlineData("South Africa imposed a 9.6 p.c. duty on Brazilian chicken.", "ZA>BR 9.6% chicken imposed")]
    // countries as the whole product phrase, and lists without a serial comma
    [InlineData("Trump announced tariffs of 25% on Canada and Mexico and 10% on China.", "US>CA 25% goods imposed|US>MX 25% goods imposed|US>CN 10% goods imposed")]
    [InlineData("Beijing imposed an additional 15% tariff on US chicken, wheat, corn and cotton and 10% on sorghum, soybeans, pork and beef.",
        "CN>US 15% chicken+wheat+corn+cotton imposed|CN>US 10% sorghum+soybeans+pork+beef imposed")]
    // "covered by" an agreement: neither part of the product nor an imposer
    [InlineData("Ottawa said Tuesday that it will remove the 25% counter-tariffs on US goods covered by CUSMA.", "CA>US 25% goods removed")]
    // each rate's own origin: "… and those from Japan to 9.5 percent", "… and 10% on aluminium from Mexico"
    [InlineData("Seoul sets duties on Chinese, Japanese steel pipes.\nShipments from China are subject to a 14 percent duty and those from Japan to 9.5 percent, officials said.",
        "KR>CN 14% steel pipes imposed|KR>JP 9.5% steel pipes imposed")]
    [InlineData("The US imposed tariffs of 25% on steel from Canada and 10% on aluminium from Mexico.", "US>CA 25% steel imposed|US>MX 10% aluminium imposed")]
    // a headline's comma list of country adjectives is one list
    [InlineData("Indonesia sets 24.5% duties on Korean, Thai nylon film", "ID>KR 24.5% nylon film imposed|ID>TH 24.5% nylon film imposed")]
    // an imposer named after the rate by its institution ("the Indonesian Anti-Dumping Committee said")
    [InlineData("Govt sets duties on Korean, Japanese steel pipes.\nShipments from South Korea are subject to a 14 percent duty and those from Japan to 9.5 percent, the Indonesian Anti-Dumping Committee said.",
        "ID>KR 14% steel pipes imposed|ID>JP 9.5% steel pipes imposed")]
    // a tariff "on their goods" is on the speakers' country; the imposer is the one the article was about
    [InlineData("Washington imposed new tariffs on Brazil on Monday. Brazilian officials said a 50% tariff on their goods would cost jobs.", "US>BR 50% goods imposed")]
    [InlineData("Canadian officials said a 35% tariff on their goods would devastate the economy.", "")]
    [InlineData("A 25% tariff on steel took effect on Monday, Chinese officials said.", "")]
    // a product named before the rate ("… on pork imported from the EU, with rates of …", "investigation into X imported from Y")
    [InlineData("China's Ministry of Commerce announced on Friday that it would levy anti-dumping duties on pork imported from the European Union, with rates of between 15.6% and 62.4%.",
        "CN>EU 62.4% pork imposed")]
    [InlineData("Mexico's commerce ministry announced a final ruling in its investigation into steel pipes imported from Korea, deciding to levy duties of 12.7 percent to 24.9 percent.",
        "MX>KR 24.9% steel pipes ruled")]
    // two parties agreeing: the one the product phrase names is the target
    [InlineData("Washington and Tokyo agreed to a 15% tariff on Japanese goods, including cars.", "US>JP 15% goods imposed")]
    // "its exports to X": X imposes the tariff on the subject's goods
    [InlineData("The UK secured a 10% tariff rate on its car exports to the US, down from 27.5%.", "US>GB 10% car lowered")]
    // "carmakers", "chipmakers": the industry names its product
    [InlineData("Korean chipmakers face a 25% US tariff.", "US>KR 25% chip imposed")]
    // "the US 25% tariff": a country right before the rate of a tariff is its imposer, even after "against"
    [InlineData("10:42 GMT - Japan says it will retaliate against the US 25% tariff on its cars.", "US>JP 25% cars imposed")]
    // … while a tariff that rose keeps its rate, and the tariff stated next to a market move is still found
    [InlineData("Korea's Kospi rose 2% after the US cut its tariff on Korean cars to 15%.", "US>KR 15% cars lowered")]
    [InlineData("Tariffs on Brazilian beef rose to 76% on Friday, the US said.", "US>BR 76% beef raised")]
    [InlineData("India's exports to the US fell 20% after Washington raised tariffs on Indian goods to 50%.", "US>IN 50% goods raised")]
    // a platform a leader posts "on" is not a product; a share of imports is not a second rate
    [InlineData("Colombia will face tariffs of up to 40% from June 1, Trump wrote on Truth Social.", "US>CO 40% goods imposed")]
    [InlineData("China imposed a 10% tariff on Canadian crude oil, which makes up 1.7% of its imports.", "CN>CA 10% crude oil imposed")]
    // "Trump hikes India tariff": the country naming the tariff a verb changes is its target; "US tariffs" after "said" stays the imposer
    [InlineData("Trump doubles Brazil tariffs to 50%", "US>BR 50% goods raised")]
    [InlineData("Ottawa extends China surtax of 100% on EVs", "CA>CN 100% EVs imposed")]
    [InlineData("Mexico said US tariffs of 25% would hurt jobs.", "US>MX 25% goods imposed")]
    // each of several changes "from X% to Y%" keeps its own product
    [InlineData("Vietnam will lower its tariff on Australian wine from 50% to 20% and on cheese from 15% to 5%.", "VN>AU 20% wine lowered|VN>AU 5% cheese lowered")]
    // a rate kept while others go is in force, not removed
    [InlineData("Mexico removed most retaliatory tariffs on US goods, keeping 20% on pork and cheese.", "MX>US 20% pork+cheese imposed")]
    // a release's list of rates, line by line, after the sentence that announced the measures and their target
    [InlineData("Mexico announced tariffs on the following Chinese goods from May 1:\n- textiles: 35%\n- footwear: 30%\n- toys – 20 per cent\nThe measures will stay until further notice.",
        "MX>CN 35% textiles imposed|MX>CN 30% footwear imposed|MX>CN 20% toys imposed")]
    // … but a list of market moves is not one
    [InlineData("Markets:\n- Nikkei: 2%\n- Kospi: 1.5%", "")]
    public void Measures(string text, string expected) =>
        Assert.Equal(expected, string.Join('|', TariffExtractor.Extract(text).Select(Key)));

    [Theory]
    // "tariff" and "duty" for a domestic price or tax (feed-in, excise, mobile, electricity, stamp) are not trade measures
    [InlineData("Spain will cut the feed-in tariff for new wind farms by 5 percent from March.")]
    [InlineData("Uganda raised the excise duty on beer by 10 per cent in the budget.")]
    [InlineData("Uganda raised the excise duty on beer to 30 per cent in the budget.")]
    [InlineData("Vodafone Turkey will raise mobile tariffs by 12% from May.")]
    [InlineData("Egypt raised the tariffs of its electricity plans by 20% for households.")]
    [InlineData("Ghana raised its stamp duty to 2% of the property value.")]
    // a change "by" some percent with no trade in sight is a price change, not a tariff rate
    [InlineData("Peru's regulator raised water tariffs in Lima by 6% from January.")]
    [InlineData("Sri Lanka raised tariffs by 18% for all customers from July.")]
    // an average over many tariffs is a statistic, not a measure
    [InlineData("Vietnam's average tariff of 9.6% is among the lowest in Asia.")]
    [InlineData("Tariffs on Brazilian imports now average 31%, according to the institute.")]
    // what a market, price or trade figure moved by is not a tariff rate, even next to "tariffs"
    [InlineData("Shares of Hyundai fell 4% after Brazil announced new tariffs.")]
    [InlineData("Inflation in Mexico rose to 3.8% in May as tariffs pushed up food prices.")]
    [InlineData("Chile's GDP shrank 0.9% as Chinese tariffs hit copper exports.")]
    [InlineData("The tariff war has cut India's exports to the US by 18% this year.")]
    [InlineData("Spanish importers paid about 30% of the tariff cost, while foreign exporters absorbed 70%.")]
    // "Levy" the surname
    [InlineData("Levy scored 25% of the team's points as Italy beat Portugal.")]
    // shares of an economy, forecasts of an effective rate, and hypothetical costs are not measures
    [InlineData("A 30% tariff would cost Mexico 1.5% of GDP, the central bank estimated.")]
    [InlineData("Analysts expect the effective Canadian tariff rate to reach 9% by year-end.")]
    [InlineData("Tariffs could shave 0.4% off Korea's growth, the OECD said.")]
    [InlineData("Japan's trade surplus with India widened 9% despite tariffs.")]
    // "duty-free" and "tariff-free" name no rate
    [InlineData("Duty-free sales at Incheon for Chinese tourists grew to 12% of the total.")]
    [InlineData("Thailand will let 20% more Australian beef in tariff-free from January.")]
    public void No_measure(string text) => Assert.Empty(TariffExtractor.Extract(text));

    [Theory]
    // a change on trade stays a measure; with a level stated too, the level is the rate
    [InlineData("The US raised tariffs on Chinese goods by 10% on Tuesday.", "US>CN 10% goods raised")]
    [InlineData("Japan raised the import duty on Australian beef by 5 percent to 38.5%.", "JP>AU 38.5% beef raised")]
    // "heavy tariffs" and "motor vehicle" are not domestic charges
    [InlineData("Nigeria imposed heavy tariffs of 50% on imported rice.", "NG>* 50% rice imposed")]
    [InlineData("Mexico imposed a 25% tariff on motor vehicle parts from China.", "MX>CN 25% motor vehicle parts imposed")]
    // the product phrase: "most of its exports" and "$12 billion of … goods" are goods; a verb ("rose") or the people who
    // trade it ("exporters") are not part of the product
    [InlineData("Norway still faces a 20% US tariff on most of its exports.", "US>NO 20% goods imposed")]
    [InlineData("Mexico responded with a 30% counter-tariff on $12 billion of American goods.", "MX>US 30% goods imposed")]
    [InlineData("EU tariffs on Korean ships rose from 5% to 12%.", "EU>KR 12% ships raised")]
    [InlineData("Thai shrimp exporters face a combined duty of 22.5% in Japan.", "JP>TH 22.5% shrimp imposed")]
    [InlineData("Under the new rules, Uruguayan beef faces a 20% tariff in Peru.", "PE>UY 20% beef imposed")]
    // the country struck "with" a tariff is its target, not its imposer
    [InlineData("Trump threatened to hit Japan with a 24% tariff.", "US>JP 24% goods threatened")]
    [InlineData("Trump said he would hit Japan with a 24% tariff.", "US>JP 24% goods threatened")]
    [InlineData("Beijing slapped Australia with duties of 80% on barley.", "CN>AU 80% barley imposed")]
    [InlineData("Japan was hit with a 24% US tariff in April.", "US>JP 24% goods imposed")]
    // the overcapacity or surge a tariff is to fend off is not its target; a dumping country still is
    [InlineData("Norway raises aluminium tariff to 25% to curb Chinese overcapacity", "NO>* 25% aluminium raised")]
    [InlineData("Norway slaps 20% anti-dumping duty on Chinese steel to counter dumping", "NO>CN 20% steel imposed")]
    // a headline names the product as a modifier of the tariff word
    [InlineData("Brazil speeds up EV import tariff increase to 35%", "BR>* 35% EV raised")]
    [InlineData("India hikes gold import duty to 15%", "IN>* 15% gold raised")]
    [InlineData("Kenya's sugar tariff to rise to 35%", "KE>* 35% sugar raised")]
    [InlineData("Canada drops 100% EV tariff on China", "CA>CN 100% EV removed")]
    // … but a legal name or a qualifier of the rate is not a product
    [InlineData("Trump raises Section 232 tariff to 50%", "US>* 50% goods raised")]
    [InlineData("EU doubles out-of-quota tariff to 50%", "EU>* 50% goods raised")]
    // "lower prices" is not a lowered tariff
    [InlineData("India imposed a 30% tariff on yellow peas from Canada, bringing lower prices for farmers.", "IN>CA 30% yellow peas imposed")]
    // "halve its 150% tariff": the rate stated is the one the change starts from
    [InlineData("Australia will halve its 10% tariff on Thai rice.", "AU>TH 5% rice lowered")]
    [InlineData("Peru tripled the 10% duty on Chilean wine.", "PE>CL 30% wine raised")]
    [InlineData("Peru tripled the duty on Chilean wine to 30%.", "PE>CL 30% wine raised")]
    // the agent of a passive ("imposed by Washington", "announced by Trump") imposes the tariff, whoever speaks of it
    [InlineData("Ramaphosa said South Africa would not bow to the 30% tariff imposed by Washington.", "US>ZA 30% goods imposed")]
    [InlineData("Petro rejected the 25% tariff announced by Trump on Colombian goods.", "US>CO 25% goods imposed")]
    // pauses, revocations and "no longer" remove a measure
    [InlineData("Chile paused its 15% surtax on Argentine wine for 90 days.", "CL>AR 15% wine removed")]
    [InlineData("Trump revoked the 40% tariff on Colombian coffee.", "US>CO 40% coffee removed")]
    [InlineData("Norway will no longer apply its 20% duty on Icelandic lamb.", "NO>IS 20% lamb removed")]
    public void Trade_measure_kept(string text, string expected) =>
        Assert.Equal(expected, Key(Assert.Single(TariffExtractor.Extract(text))));

    [Theory]
    [InlineData("Argentina cuts import tax on mobile phones", "Buenos Aires halved the import tax on handsets to 8%.", true)]
    [InlineData("Peru doubles import tariff on motorcycles", "", true)]
    [InlineData("Canada adds 25% surcharge on Chinese steel imports", "", true)]
    [InlineData("Airline raises fuel surcharge on long-haul flights", "The carrier will charge a fuel surcharge of $90 per return ticket.", false)]
    // a council's tax or an excise are not tariffs
    [InlineData("Council approves 3% tax rise", "The council tax will rise by 3% from April.", false)]
    public void Import_taxes_are_tariffs(string title, string text, bool tariffs) =>
        Assert.Equal(tariffs, QueryTopicMatcher.Default.Match(title, text).Any(m => m.Topic == DefaultTopics.Tariffs));

    [Theory]
    // a business forum called a summit is not a diplomatic summit …
    [InlineData("Gulf CEO Summit opens in Doha", "More than 900 executives gathered for the Gulf CEO Summit, where GCC ministers spoke on investment.", false)]
    [InlineData("Lisbon hosts business summit", "Business leaders from the EU and Brazil met at a two-day business summit in Lisbon.", false)]
    // … unless leaders meet there
    [InlineData("Lula and Modi meet at business forum", "On the sidelines of a business forum in Brasilia, Lula met Modi for bilateral talks on trade.", true)]
    // a leaders' summit stays one
    [InlineData("EU and Brazil hold summit", "EU leaders and President Lula held a summit in Brasilia on Monday.", true)]
    public void Business_summits_are_not_diplomatic_summits(string title, string text, bool summits) =>
        Assert.Equal(summits, QueryTopicMatcher.Default.Match(title, text).Any(m => m.Topic == DefaultTopics.Summits));

    [Theory]
    // session 5 — the origin a release names with "originating in": the target, never the imposer, and not part of the product
    [InlineData("Peru imposed anti-dumping duties of 18% on ceramic tiles originating in India.", "PE>IN 18% ceramic tiles imposed")]
    [InlineData("Ecuador set a provisional duty of 24.6% to be applied for six months to imports of steel wire originating in the People's Republic of China.",
        "EC>CN 24.6% steel wire imposed")]
    [InlineData("The European Commission imposed duties on imports of glass fibre originating in Egypt. The duties, ranging from 10.2% to 48.1%, will apply for five years and follow an investigation that found injury to producers in Germany, Italy and France.",
        "EU>EG 48.1% glass fibre imposed")]
    // goods "from abroad" are from every origin, whatever other country the sentence names
    [InlineData("Shares in Swiss watchmakers slid after Washington announced a 60% tariff on luxury watches from abroad.", "US>* 60% luxury watches imposed")]
    // a range's top rate takes the product named before the range, however far back
    [InlineData("Thailand will extend anti-dumping duties on hot-rolled coil from Japan for another five years at rates of 3.1% to 40.5%, the commerce ministry said on Tuesday.",
        "TH>JP 40.5% hot-rolled coil imposed")]
    [InlineData("Malaysia will extend anti-dumping duties on nylon yarn from China for another three years at rates of 4.2% to 18.6%, a trade ministry notice showed on Wednesday.",
        "MY>CN 18.6% nylon yarn imposed")]
    // each range or rate "for X" (a country or its suppliers) is on X
    [InlineData("Vietnam will impose anti-dumping duties on sorbitol from Thailand and Indonesia. The duties range from 4.1 per cent to 35.2 per cent for Thailand and from 2.0 per cent to 19.5 per cent for Indonesia, the ministry said.",
        "VN>TH 35.2% sorbitol imposed|VN>ID 19.5% sorbitol imposed")]
    [InlineData("Mexico imposed anti-dumping duties on seamless pipes originating in China and South Korea. The duty rates are 9.8 percent for Korean suppliers and from 14.1 percent to 27.5 percent for Chinese suppliers.",
        "MX>KR 9.8% seamless pipes imposed|MX>CN 27.5% seamless pipes imposed")]
    // a country's producers or exporters that face or pay a rate are its target, clause by clause
    [InlineData("South Africa imposed anti-dumping duties on frozen chicken from Brazil and Argentina. Brazilian exporters will face duties of up to 21.5%, and Argentine exporters up to 9.3%.",
        "ZA>BR 21.5% frozen chicken imposed|ZA>AR 9.3% frozen chicken imposed")]
    [InlineData("India will impose anti-dumping duties on PVC resin from Thailand and Malaysia, the finance ministry said. Duties on Thai products will be as high as 30.2%, while Malaysian producers face rates of up to 8.8%.",
        "IN>TH 30.2% PVC resin imposed|IN>MY 8.8% PVC resin imposed")]
    [InlineData("Turkey imposed anti-dumping duties on stainless steel pipes from Vietnam and India. Vietnamese mills will pay duties ranging from 5% to 22.1% of the import value, while Indian exporters face a single rate of 13.7%.",
        "TR>VN 22.1% stainless steel pipes imposed|TR>IN 13.7% stainless steel pipes imposed")]
    // provisional deposits (China's and the US's form of a preliminary duty) are a tariff word where importers or customs pay them
    [InlineData("China will require importers of acrylic fibre from Japan to pay deposits of up to 41.2 percent from Friday, the commerce ministry said.",
        "CN>JP 41.2% acrylic fibre imposed")]
    [InlineData("Beijing ordered importers of Indian sucralose to lodge security deposits of 33.1% with customs.", "CN>IN 33.1% sucralose imposed")]
    // a country named as the modifier of the tariff word, after another country that acts, is the target
    [InlineData("Peru sets final China tile duties at 24%", "PE>CN 24% tile imposed")]
    [InlineData("Canada confirms final US lumber duties at up to 14.4%", "CA>US 14.4% lumber imposed")]
    // the product as subject with several origins: each origin is a target, the imposer the one the article was about
    [InlineData("Japan set a 30% tariff on imported cheese. Cheese from New Zealand and Australia will instead pay a 10% tariff under trade deals, the government said.",
        "JP>* 30% cheese imposed|JP>NZ 10% Cheese imposed|JP>AU 10% Cheese imposed")]
    [InlineData("India set a 150% tariff on imported wine. Wine from the United Arab Emirates and Oman will instead pay a 5% duty, the ministry said.",
        "IN>* 150% wine imposed|IN>AE 5% Wine imposed|IN>OM 5% Wine imposed")]
    // an announcement whose imposer goes unnamed ("the finance ministry's decision") still names the target of the next sentence's rate
    [InlineData("Paper mills welcomed the finance ministry's decision to levy anti-dumping duty on coated paper from Indonesia. The duty ranges from 11.2% to 29.5% depending on the exporter. Indonesian shipments made up half of India's paper imports last year.",
        "IN>ID 29.5% coated paper imposed")]
    // the pay-to side: duties paid "to the customs of X" are X's
    [InlineData("The ministry ruled that imports of brandy originating in the European Union were dumped. From July 5, importers shall pay anti-dumping duties at rates of 21.3% to 34.9% to the customs of the People's Republic of China.",
        "CN>EU 34.9% brandy imposed")]
    // a phased schedule: a later step whose verb has no subject of its own ("… and rises to 12 percent", ", rising to 50%") is the tariff's
    [InlineData("Chile will impose tariffs on Peruvian cement. The tariff starts at 5 percent in 2027 and rises to 12 percent a year later.",
        "CL>PE 5% cement raised|CL>PE 12% cement raised")]
    [InlineData("The United States will levy a 25% tariff on Indian goods, rising to 50% on August 27.", "US>IN 25% goods raised|US>IN 50% goods raised")]
    [InlineData("Peru will impose a tariff on all goods of Bolivia that are not covered by Andean rules, set at 8 percent on July 1, 2027 and increasing to 16 percent on July 1, 2028.",
        "PE>BO 8% goods imposed|PE>BO 16% goods raised")]  // each clause's own verb (session 34, VerbClauseActionTests): "impose … set at 8 percent", "and increasing to 16 percent"
    // an unnamed imposer's announcement on goods from two origins gives both origins the goods of the rates that follow
    [InlineData("The finance ministry said it will impose anti-dumping duties on copper tubes originating in Thailand and Vietnam, after a finding by the trade commission. The duty rates are 6.1 percent for Thai suppliers and 12.3 percent for Vietnamese suppliers. Malaysian mills welcomed the move.",
        "MY>TH 6.1% copper tubes imposed|MY>VN 12.3% copper tubes imposed")]
    // each clause's own possessive names that rate's imposer
    [InlineData("The US tariff on Chinese goods stands at 30%, while China's retaliatory levies on US products are 10%.",
        "US>CN 30% goods imposed|CN>US 10% goods imposed")]
    [InlineData("Canada's surtax on US steel is 25%, and Mexico's tariff on US pork is 20%.", "CA>US 25% steel imposed|MX>US 20% pork imposed")]
    // a later clause whose country acts ("…, and China responded with 125% on US goods") imposes that clause's rate
    [InlineData("The United States imposed tariffs of 145% on China, and China responded with 125% on US goods.",
        "US>CN 145% goods imposed|CN>US 125% goods imposed")]
    [InlineData("Ottawa set a 25% surtax on American steel, and Washington hit back with 35% on Canadian lumber.",
        "CA>US 25% steel imposed|US>CA 35% lumber imposed")]
    // the country a sentence's exports go to imposes the tariff ahead of which they moved
    [InlineData("Cambodia's exports to the US surged 40% ahead of the 49% tariff.", "US>KH 49% goods imposed")]
    // a speaker after a bare comma is not one more origin; a deal that "caps" a country's tariffs is not the imposer
    [InlineData("The duty will be levied at 18.5% of the CIF value on glass from Malaysia, Indonesia said.", "ID>MY 18.5% glass imposed")]
    [InlineData("The deal caps US tariffs on Korean cars at 15%.", "US>KR 15% cars imposed")]
    // goods after "for" right behind the rate; a later "and on X" after other words keeps its own product
    [InlineData("Chile's customs service approved an import tax increase to 18% for copper wire, up from 6%.", "CL>* 18% copper wire raised")]
    [InlineData("Egypt raised tariffs on tyres from India to 30% from 20% last year, and on batteries to 25%.",
        "EG>IN 30% tyres raised|EG>IN 25% batteries raised")]
    // goods from "countries without trade deals" are from every such origin, whatever country is named as an example
    [InlineData("Peru imposed tariffs of 10% to 35% on 900 products from countries without trade agreements, including China.", "PE>* 35% goods imposed")]
    // "X's inflation eased …, even as US tariffs …": a country that modifies the tariff word far from the subject's verb imposes it
    [InlineData("Mexico's inflation held steady in October even as US tariffs on steel remained at 50%.", "US>MX 50% steel imposed")]
    // the rate after an interest rate, in a clause of its own, is still the tariff's
    [InlineData("Vietnam's central bank kept its refinancing rate at 4.5% despite the 20% US tariff on Vietnamese goods.", "US>VN 20% goods imposed")]
    // headlines: a country adjective between the rate and the tariff word imposes it; "import tax" after the product;
    // a verb after the product ("… goods cut to 15%", "… film stays"); "S.Africa"
    [InlineData("Vietnamese shrimp face 25% Mexican tariff from May", "MX>VN 25% shrimp imposed")]
    [InlineData("Chile's customs raise copper wire import tax to 18%", "CL>* 18% copper wire raised")]
    [InlineData("Mexican tariffs on Korean steel cut to 10% from 25%", "MX>KR 10% steel lowered")]
    [InlineData("Thailand: 12% duty on Chinese glass stays", "TH>CN 12% glass imposed")]
    [InlineData("S.Africa imposes 30% safeguard duty on frozen fries", "ZA>* 30% frozen fries imposed")]
    // a headline's top rate over several origins is not each origin's, where the body gives one its own rate
    [InlineData("Peru sets duties of up to 28.5% on tiles from China, S. Korea.\nPeru will levy duties of up to 28.5 percent on ceramic tiles from China and up to 9.1 percent on tiles from South Korea.",
        "PE>CN 28.5% ceramic tiles imposed|PE>KR 9.1% tiles imposed")]
    // countries the dictionary lacked
    [InlineData("Mexico will impose a 10% tariff on Honduran melons.", "MX>HN 10% melons imposed")]
    [InlineData("Zambia imposed a 25% duty on Zimbabwean maize.", "ZM>ZW 25% maize imposed")]
    [InlineData("The Eurasian Economic Commission set an anti-dumping duty of 19.15% on steel tubes from Ukraine.", "EAEU>UA 19.15% steel tubes imposed")]
    [InlineData("Washington will impose tariffs of up to 15 percent on Nicaraguan goods that do not qualify under CAFTA-DR.", "US>NI 15% goods imposed")]
    public void Session5_measures(string text, string expected) =>
        Assert.Equal(expected, string.Join('|', TariffExtractor.Extract(text).Select(Key)));

    [Theory]
    // session 5 — a share of goods covered by a deal is not a rate
    [InlineData("Vietnam will scrap tariffs on 90% of American goods under the pact.")]
    [InlineData("Indonesia will eliminate duties on nearly 99% of EU products, while the EU will cut tariffs on 80% of Indonesian exports.")]
    // deposits at banks, polls, interest rates, market shares and taxes next to tariff talk are not measures
    [InlineData("Deposits at Chinese banks grew 8% as tariffs weighed on spending.")]
    [InlineData("Support for the tariffs fell to 38% in a Gallup poll of US voters.")]
    [InlineData("Brazil's central bank held its Selic rate at 15% as US tariffs clouded the outlook.")]
    [InlineData("China's share of Chile's copper exports rose to 55% despite the US tariffs.")]
    [InlineData("Kenya raised the corporate tax rate to 30% while cutting import duties on fertiliser.")]
    [InlineData("Some 62% of German firms expect tariffs to hurt sales, a DIHK survey found.")]
    [InlineData("Mexican exporters said tariffs could erase up to 20% of their margins.")]
    // an interest, policy or tax rate next to a tariff is not the tariff's rate
    [InlineData("Vietnam's central bank kept its refinancing rate at 4.5% despite the tariffs.")]
    [InlineData("Malaysia's unemployment rate rose to 3.4% even as tariffs hit chip exporters.")]
    [InlineData("Ghana cut its corporate income tax rate to 20% to offset tariffs.")]
    // municipal and residential tariffs are prices of a service
    [InlineData("The regulator approved a 9% rise for Eskom, while municipal tariffs will rise 11%.")]
    [InlineData("Residential tariffs in Almaty will rise 14% from July.")]
    // a market move in a clause with its own subject stays a market move
    [InlineData("The tariff took effect in May, and exports fell 12% by June.")]
    [InlineData("Washington announced the tariffs on Monday, and the peso fell 3%.")]
    public void Session5_no_measure(string text) => Assert.Empty(TariffExtractor.Extract(text));

    [Theory]
    // session 6 — every number word is a rate ("eight percent", "seventeen per cent"), not only the tens
    [InlineData("Argentina will cut the import tariff on mobile phones from 16 percent to eight percent.", "AR>* 8% mobile phones lowered")]
    [InlineData("Peru raised its tariff on garlic to seventeen per cent on Monday.", "PE>* 17% garlic raised")]
    [InlineData("Jordan's cabinet set a customs duty of thirteen percent on imported tyres from Egypt.", "JO>EG 13% tyres imposed")]
    // a region is not the country whose name it contains
    [InlineData("Chile cut its tariff on wheat to 4%, among the lowest in Latin America.", "CL>* 4% wheat lowered")]
    [InlineData("Colombia raised its duty on apparel to 40%, the highest in South America.", "CO>* 40% apparel raised")]
    // a country named in a clause that gives the motive or the reaction ("in response to …", "responding to …", "citing …",
    // "to shield …") is not the origin of an import tariff that names none: it is on every origin
    [InlineData("South Africa raised its import tariff on frozen chicken to 62%, in response to producers who say imports from Brazil have forced closures.", "ZA>* 62% frozen chicken raised")]
    [InlineData("Brazil raised the import tariff on wind turbine blades to 25% on Thursday, responding to complaints that Chinese imports were undercutting local makers.", "BR>* 25% wind turbine blades raised")]
    [InlineData("Vietnam raised its tariff on steel wire to 20%, citing a surge of shipments from China.", "VN>* 20% steel wire raised")]
    [InlineData("Kenya raised its duty on sugar to 35% to shield local millers from cheap imports from Uganda.", "KE>* 35% sugar raised")]
    [InlineData("Egypt doubled its tariff on ceramic tiles to 40% after a flood of cheap Indian tiles, officials said.", "EG>* 40% ceramic tiles raised")]
    // … but an origin in the measure's own phrase stays its target
    [InlineData("Vietnam raised its tariff on steel wire from China to 20%, citing a surge of shipments.", "VN>CN 20% steel wire raised")]
    [InlineData("India raised its duty on Chinese steel to 20% in response to dumping.", "IN>CN 20% steel raised")]
    // a rate stated "for the products of X", "for exporters from X", or after "and X exporters" is on X
    [InlineData("Japan imposed provisional duties on graphite electrodes. The rate is 62.1 per cent for the products of China and 38.5 per cent for the products of India.",
        "JP>CN 62.1% graphite electrodes imposed|JP>IN 38.5% graphite electrodes imposed")]
    [InlineData("Australia imposed dumping duties on precision pipe from China and Korea. The duty will be collected at rates of up to 32.6 per cent for exporters from China and 8.1 per cent for exporters from Korea.",
        "AU>CN 32.6% precision pipe imposed|AU>KR 8.1% precision pipe imposed")]
    [InlineData("India imposed anti-dumping duties on PVC resin from China and Japan. Chinese exporters will pay a duty of 9.3 per cent and Japanese exporters 4.1 per cent.",
        "IN>CN 9.3% PVC resin imposed|IN>JP 4.1% PVC resin imposed")]
    [InlineData("Malaysia set duties on cold-rolled coil, with Chinese mills paying 12.5% and Vietnamese mills 7.2%.",
        "MY>CN 12.5% cold-rolled coil imposed|MY>VN 7.2% cold-rolled coil imposed")]
    // a rate the text gives only as the one replaced is not a measure, whatever adjective qualifies it
    [InlineData("Washington will bring its tariff on Indian exports down to 20 per cent from the punishing 50 per cent imposed last year.", "US>IN 20% goods lowered")]
    [InlineData("Ottawa cut its surtax on Chinese steel to 10% from a hefty 35%.", "CA>CN 10% steel lowered")]
    // a margin of dumping is not a duty rate
    [InlineData("Pakistan set a 15% duty on PET resin from Oman after finding a dumping margin of 27.4%.", "PK>OM 15% PET resin imposed")]
    [InlineData("Thailand imposed duties of 11% on Chinese wire rod, below the dumping margins of 30.4% its investigators found.", "TH>CN 11% wire rod imposed")]
    // a specific duty in any currency and weight unit is a measure at its amount
    [InlineData("The EU imposed an anti-dumping duty of EUR 45.6 per tonne on Chinese glyphosate.", "EU>CN 45.6 eur/tonne glyphosate imposed")]
    [InlineData("India imposed an anti-dumping duty of US$ 95.5 per metric tonne on caustic soda from Japan.", "IN>JP 95.5 usd/tonne caustic soda imposed")]
    [InlineData("Vietnam set a duty of $415/MT on steel nails from Thailand.", "VN>TH 415 usd/tonne steel nails imposed")]
    [InlineData("Britain will levy a duty of £0.35 per kg on aluminium foil from Turkey.", "GB>TR 0.35 gbp/kg aluminium foil imposed")]
    // rates for several named firms of one country on one product are one measure at the highest (as a range is)
    [InlineData("Turkey imposed duties on steel plate from China of 12.3% for Baosteel, 15.6% for Ansteel and 20.1% for all other Chinese producers.", "TR>CN 20.1% steel plate imposed")]
    [InlineData("The US set anti-dumping duties on Chinese aluminium wire of 45.2% for Zhongwang Holdings and 38.1% for Nanshan Group.", "US>CN 45.2% aluminium wire imposed")]
    [InlineData("India imposed anti-dumping duties on Chinese solar glass, with Xinyi Solar facing 12.1%, Flat Glass Group 15.4% and all other Chinese exporters 27.3%.", "IN>CN 27.3% solar glass imposed")]
    [InlineData("The EU set anti-dumping duties on Chinese titanium dioxide at 21.2% (LB Group), 30.2% (Jinhai) and 39.7% for all other companies.", "EU>CN 39.7% titanium dioxide imposed")]
    [InlineData("The duties range from 5.2% for Hoa Phat to 12.1% for Nam Kim on galvanized steel from Vietnam, Canada said.", "CA>VN 12.1% galvanized steel imposed")]
    // … but each country's own rate stays its own, without the other countries the sentence joins to it
    [InlineData("Brazil imposed anti-dumping duties on Chinese and Indian float glass: Chinese producers face 28.5% and Indian producers 17.4%.",
        "BR>CN 28.5% float glass imposed|BR>IN 17.4% float glass imposed")]
    // "charge X exporters of P duties of N%": X is the target and P the product, for every rate of the clause
    [InlineData("Canada will charge Turkish exporters of rebar and wire rod duties of as much as 41.3 per cent, and Egyptian exporters 12.2 per cent.",
        "CA>TR 41.3% rebar+wire rod imposed|CA>EG 12.2% rebar+wire rod imposed")]
    [InlineData("Peru will charge Chinese producers of ceramic tiles anti-dumping duties of 19.5%.", "PE>CN 19.5% ceramic tiles imposed")]
    // the exporter's side: goods of X shipped to Y face Y's tariff
    [InlineData("South Korean cars shipped to the United States now face a 15% tariff rather than 25%.", "US>KR 15% cars imposed")]
    [InlineData("Vietnamese shrimp exported to Australia will face a 5% duty from July.", "AU>VN 5% shrimp imposed")]
    [InlineData("Under the deal, EU exports of steel within the quota will be subject to a US tariff of 25 per cent.", "US>EU 25% steel imposed")]
    // the product after "the tariff for" / "the tariff applied to"
    [InlineData("Mexico raises to thirty per cent the tariff for bicycles coming from China.", "MX>CN 30% bicycles raised")]
    [InlineData("Under the decree, the tariff applied to bicycles originating in China passes from fifteen per cent to thirty per cent, Mexico said.", "MX>CN 30% bicycles raised")]
    // translated English: "the import tax of X", "the tariff of X" names the goods (not "a tariff of 25%", "duties of up to …")
    [InlineData("Gecex elevates import tax of wind turbine blades to 25%.", "BR>* 25% wind turbine blades raised")]
    [InlineData("Ecuador raises the tariff of imported ceramic tiles to 30 per cent.", "EC>* 30% ceramic tiles raised")]
    [InlineData("Uruguay set a tariff of 12% on Brazilian footwear.", "UY>BR 12% footwear imposed")]
    // a sentence that names neither goods nor origin continues the measure of the sentence before it, by the same imposer
    [InlineData("The United States will lower its tariff on steel from the European Union to 25% for a quota of 3 million tonnes. Shipments above that quota will continue to pay the 50% tariff that Washington has charged since June.",
        "US>EU 25% steel lowered|US>EU 50% steel imposed")]
    [InlineData("Canada will cut its surtax on Chinese canola oil to 15% within a quota. Volumes above it remain subject to the current Canadian surtax of 100%.",
        "CA>CN 15% canola oil lowered|CA>CN 100% canola oil imposed")]
    // a deposit "on" goods is a provisional duty, even in a headline that names no trade remedy
    [InlineData("China sets 62.4% deposit on Canadian canola", "CN>CA 62.4% canola imposed")]
    // an export tax is a measure of the country that levies it, on its goods to every destination
    [InlineData("Argentina scraps 35% export tax on soybeans", "AR>* 35% soybeans removed")]
    [InlineData("Indonesia raised its export tax on crude palm oil to 10%.", "ID>* 10% crude palm oil raised")]
    // a headline's product ends at "under" ("… on Chilean salmon under trade deal"), as a body's does
    [InlineData("Brazil imposes duties on Chilean salmon under new rules.\nThe duties are 9%.", "BR>CL 9% salmon imposed")]
    // a country named right before the tariff word after the rate imposes it
    [InlineData("Mexican goods that do not comply with the USMCA currently face a 25% U.S. tariff.", "US>MX 25% goods imposed")]
    // a country adjective on the tariff word ("an Indian tariff of 75%") imposes it; the rate it is compared with ("half the
    // 150% they pay today") is not a measure; a container is no product
    [InlineData("From April, Chilean wine will attract a Chinese tariff of 10 per cent, half the 20 per cent it pays today.", "CN>CL 10% wine imposed")]
    [InlineData("Premium Australian bottles will attract an Indian duty of 75%, a third of the 150% they pay now.", "IN>AU 75% goods imposed")]
    // … but a container of a material is a good of its own (glass bottles, PET bottles, steel containers are traded and taxed
    // as such): read as "goods", two stories on one market's goods of different kinds merged as one (the peer bench's farm)
    [InlineData("Egypt imposes 50% tariff on American glass bottles", "EG>US 50% glass bottles imposed")]
    // a rate a reaction answers ("weighing a response to Canada's 100% tariff") is in force: what is weighed is the response
    // (read as proposed, it turned the tracker's in-force EV surtax back to "proposed", and the next report to "changed")
    [InlineData("Chinese officials are weighing a response to Canada's 100% tariff on electric vehicles, according to industry groups in Beijing.", "CA>CN 100% electric vehicles imposed")]
    [InlineData("Beijing is considering retaliation for Ottawa's 100% surtax on Chinese steel.", "CA>CN 100% steel imposed")]
    [InlineData("China is weighing a 25% levy on Canadian canola in retaliation for Canada's EV tariff.", "CN>CA 25% canola proposed")]
    // a later rate right after a possessive ("…, in retaliation for Canada's 100% tariff on Chinese EVs") is that country's,
    // not the sentence's first imposer's (read as China's, the tracker kept a Chinese 100% tariff on Canadian EVs)
    [InlineData("China will impose a 76% levy on canola seed from Canada, in retaliation for Canada's 100% tariff on Chinese EVs.", "CN>CA 76% canola seed imposed|CA>CN 100% EVs imposed")]
    [InlineData("Mexico imposed a 20% duty on US pork after Washington's 25% tariff on Mexican steel took effect.", "MX>US 20% pork imposed|US>MX 25% steel imposed")]
    [InlineData("Mexico will charge a 15% duty on PET bottles from China.", "MX>CN 15% PET bottles imposed")]
    [InlineData("Brazil set a 20% tariff on Chinese steel containers.", "BR>CN 20% steel containers imposed")]
    // a notice that continues duties on goods "exported to X from Y" names X as the imposer and Y as the origin, and the next
    // sentence's rate ("Duties of between …") is on them
    [InlineData("The commission published a notice continuing the duties on steel racks exported to New Zealand from the People's Republic of China. Duties of between 4.7 per cent and 12.2 per cent will apply.",
        "NZ>CN 12.2% steel racks imposed")]
    // origins joined as "the Republic of …" are origins too
    [InlineData("Duties were imposed on tube exported from China and the Republic of Korea. Interim duty will be collected at 14.1 per cent for exporters from China and 3.2 per cent for exporters from Korea, Australia said.",
        "AU>CN 14.1% tube imposed|AU>KR 3.2% tube imposed")]
    // a trade agreement or forum named in the sentence is neither imposer nor target
    [InlineData("Canadian goods that fall outside CUSMA still face a 35% U.S. tariff.", "US>CA 35% goods imposed")]
    [InlineData("Japan cut its tariff on Thai rice to 5% under RCEP.", "JP>TH 5% rice lowered")]
    // "imported X from Y": the origin after the phrase makes it Y's, not every origin's
    [InlineData("Ghana set a 20% duty on imported rice from Vietnam.", "GH>VN 20% rice imposed")]
    // a verb of expiry or a span ("by five years") ends the product; the market a tariff is paid "to ship to" imposes it;
    // a country noun after a comma opens a clause about it and is no product of the list
    [InlineData("Canada will let its 25% surtax on Chinese steel expire at the end of the month.", "CA>CN 25% steel imposed")]
    [InlineData("India has extended its anti-dumping duty of USD 185 per tonne on Chinese soda ash by five years.", "IN>CN 185 usd/tonne soda ash imposed")]
    [InlineData("Japanese steelmakers will pay a 40% tariff to ship to Mexico.", "MX>JP 40% steel imposed")]
    [InlineData("Thai exporters must pay a 12% duty to sell into India.", "IN>TH 12% goods imposed")]
    [InlineData("The US levies 25% on foreign trucks, and Mexico, the largest supplier, is seeking a quota.", "US>* 25% trucks imposed")]
    // a trade-law note: "an antidumping duty order on X from Y, with a Y-wide rate of …" ("X-wide" names the target)
    [InlineData("On May 2, the U.S. Department of Commerce issued an antidumping duty order on hardwood flooring from China, with a China-wide rate of 86.4%.",
        "US>CN 86.4% hardwood flooring imposed")]
    [InlineData("Commerce published an antidumping duty order on steel racks from Vietnam, with a Vietnam-wide rate of 224%, the USTR said.",
        "US>VN 224% steel racks imposed")]
    // "exports of X to Y" face Y's duty
    [InlineData("Exports of Malaysian palm oil to India now attract an import duty of 10%.", "IN>MY 10% palm oil imposed")]
    [InlineData("Exports of Chilean salmon to Brazil will face a 9% tariff.", "BR>CL 9% salmon imposed")]
    public void Session6_measures(string text, string expected) =>
        Assert.Equal(expected, string.Join('|', TariffExtractor.Extract(text).Select(Key)));

    [Theory]
    // session 6 — a rate a price is higher or lower by is not a tariff level
    [InlineData("Taxi fares will rise by 4.2 per cent next year, and the night tariff, which is 20 per cent higher, will start at 9pm.")]
    [InlineData("Peak-hour rail tariffs are 30% above the off-peak fare in Lisbon.")]
    // a margin of dumping found is not a duty
    [InlineData("The commission found dumping margins of up to 61% on Chinese tyres.")]
    [InlineData("Investigators found that Thai exporters dumped wire rod at margins of 22.4% to 35.1%.")]
    // a deposit on a home or a bottle is no duty
    [InlineData("Buyers in Canada must put a 20% deposit on homes, and tariffs are pushing up building costs.")]
    // a country only in a region's name
    [InlineData("Tariffs in Latin America average 8%, the Inter-American Development Bank said.")]
    public void Session6_no_measure(string text) => Assert.Empty(TariffExtractor.Extract(text));
}
