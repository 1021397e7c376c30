namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 11 (extract18): a measure an item's own institutions state without naming a country ("The Storting adopted …", "the
/// national Government reduced …", "PARLIAMENT yesterday passed …", "the Central Government hereby imposes …") is its home
/// country's: the country of an institution it names, else the country goods are exported into, a national currency or
/// people, else the one country it names other than as an origin; never a guess between two, never over an imposer the item
/// states. Sentences are the tests' own, in budget-speech, gazette, wire, interview and non-native styles; negative rows
/// must read nothing (a domestic tax, a parliament that only debates, two countries, no country at all) or keep a foreign
/// government's measure its own.
/// </summary>
public class TariffHomeCountryTests
{
    // (a) an institution that names its country: a parliament, an agency, an official journal, "the Customs of X", "X's ministry"
    [Theory]
    [InlineData("The Storting on Tuesday adopted the committee's recommendation. From 1 July, the customs duty on frozen pizza is raised to 40 per cent of the customs value.",
        "NO>* 40% frozen pizza")]
    [InlineData("Presenting the Union Budget in Lok Sabha, the Finance Minister said customs duty on imported bicycles is increased from 20 per cent to 35 per cent.",
        "IN>* 35% bicycles")]
    [InlineData("The Althingi voted 40-12 to scrap the 30 percent tariff on imported tomatoes, effective in March.", "IS>* 30% tomatoes")]
    [InlineData("Hard cheese is no longer taxed in krone: the customs duty on hard cheese is raised to 344 per cent, the Storting decided.", "NO>* 344% hard cheese")]
    [InlineData("The Ministry of Commerce issued its final ruling on imports of butanol originating in Taiwan, according to the Official Gazette of the People's Republic of China. The anti-dumping duty on butanol is 27.3%.",
        "CN>TW 27.3% butanol")]
    [InlineData("Commerce issued preliminary cash deposit rates in the antidumping investigation of steel racks from Thailand: 12.5% (Siam Rack) and 31.2% (all others), according to the Federal Register.",
        "US>TH 31.2% steel racks")]
    [InlineData("Ghana's Finance Ministry raised the import duty on rice to 20 per cent. Importers said the step was expected.", "GH>* 20% rice")]
    [InlineData("The government of Kenya has doubled the duty on imported sugar to 50 per cent. Millers welcomed the decision.", "KE>* 50% sugar")]
    [InlineData("The Cabinet decided to impose additional tariffs on certain goods originating in Canada. A tariff of 25% shall be imposed on canola oil. The State Council said the step answers unfair measures.",
        "CN>CA 25% canola oil")]
    public void An_institution_that_names_its_country_imposes_for_it(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));

    // (b) the item's home from its other mentions: where goods are exported to, a national currency, a people, a capital, the one
    // country named other than as an origin
    [Theory]
    [InlineData("Notification No. 21/2027-Customs (ADD). Whereas viscose yarn exported to India from Indonesia was dumped, the Central Government hereby imposes an anti-dumping duty of USD 412 per MT on viscose yarn.",
        "IN>ID 412 usd/tonne viscose yarn")]
    [InlineData("The Commissioner of the Anti-Dumping Commission has imposed interim dumping duty of 18.2% on steel pallet racking exported to Australia from Malaysia.",
        "AU>MY 18.2% steel pallet racking")]
    [InlineData("Through Decree 118/2027, published in the Official Gazette, the national Government lowered the import tariff on tyres from 16% to 10%. Local makers in Córdoba warned that Argentina would lose jobs.",
        "AR>* 10% tyres")]
    [InlineData("PARLIAMENT yesterday passed the Customs Tariff (Amendment) Bill, raising the import duty on rice to 15 per cent. Farmers in Ghana welcomed the vote.",
        "GH>* 15% rice")]
    [InlineData("FG raises levy on imported frozen fish to 30%. The Federal Government said the new rate takes effect in June, the Minister of Finance told journalists in Abuja.",
        "NG>* 30% frozen fish")]
    [InlineData("The Minister of Trade said import duty for sugar will be 25 percent from next month, because the government want protect the local farmers. Ghana buy most sugar from Brazil, Thailand and India.",
        "GH>* 25% sugar")]
    [InlineData("Icelanders will pay less for cheese. Parliament approved a cut in the tariff on imported cheddar to 20% on Thursday.", "IS>* 20% cheddar")]
    [InlineData("The cabinet raised the import duty on cement to 20 per cent, a spokesman said. Builders said a tonne could cost NOK 300 more.", "NO>* 20% cement")]
    [InlineData("The Government raised the import duty on frozen fish to 30 per cent. Prices in Lagos rose by ₦2,000 a carton.", "NG>* 30% frozen fish")]
    [InlineData("Ghana imported 300,000 tonnes of frozen poultry last year, mainly from Brazil, the United States and the European Union. The Trade Minister said the import duty on frozen poultry will rise to 35 percent from March.",
        "GH>* 35% frozen poultry")]
    [InlineData("The Department of Trade and Industry said a safeguard duty of 20 per cent on imported ceramic tiles takes effect next week. Most tiles come from China and Vietnam. The Philippines imports 60 percent of its tiles.",
        "PH>* 20% ceramic tiles")]
    [InlineData("Santiago. The Ministry of Finance published the decree that applies an anti-dumping duty of US$ 0.36 per kilogram on steel nails originating in China.",
        "CL>CN 0.36 usd/kg steel nails")]
    [InlineData("Presenting the Budget 2027, the Finance Minister said the Basic Customs Duty (BCD) on gold is cut to 6 per cent. BCD on silver is raised to 10 per cent. India imports most of its silver.",
        "IN>* 6% gold|IN>* 10% silver")]
    public void The_home_the_item_s_other_mentions_point_to_imposes(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));

    // the origin of a home's rate: the one origin named in a sentence about a tariff (any one, in a trade remedy); a trade remedy on
    // several origins with a rate that names none is not read; the largest supplier or a fact of trade is no origin
    [Theory]
    [InlineData("Brussels imposed anti-dumping duties on glass fibre from Egypt. Duties apply at company rates of 12.4% (Jushi Fiberglass) and a residual rate of 20.3%.",
        "EU>EG 20.3% glass fibre")]
    [InlineData("The Government said imports of frozen fish will pay a 40 percent duty from June. Most of it comes from Brazil. Accra wants to protect local farmers.",
        "GH>* 40% frozen fish")]
    [InlineData("Steel wire rod exported to Colombia from China and Vietnam will pay anti-dumping duties of 22 per cent, the Ministry of Commerce said.",
        "CO>CN 22% Steel wire rod|CO>VN 22% Steel wire rod")]
    public void A_home_s_rate_takes_the_origin_the_item_names(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));

    // negatives: a domestic tax, a levy at home, a parliament that debates or is expected to vote, two countries with nothing to choose,
    // no country at all, a country named only by its own tariffs, a chamber of commerce (no institution of the state)
    [Theory]
    [InlineData("The Government raised excise duty on cigarettes to 40 per cent, the Finance Minister told Parliament in Accra.")]
    [InlineData("The government will raise the levy on sugary drinks to 20% next year, the Treasury said.")]
    [InlineData("Parliament debated a bill on Tuesday that would raise the import duty on sugar to 25 per cent; no vote was taken. Farmers in Kenya want it passed.")]
    [InlineData("MPs are expected to vote next month on a plan to raise the import duty on cooking oil to 30 per cent. Nigerian refiners back the plan.")]
    [InlineData("Parliament passed the bill raising the import duty on sugar to 25 per cent. Farmers in Kenya and Uganda welcomed the step.")]
    [InlineData("The national Government raised the import tariff on phones to 20%. The price of a phone in Argentina is double that in Chile.")]
    [InlineData("Govt hikes import duty on edible oil to 25%. The government on Friday notified the higher duty on crude palm oil to protect Indian oilseed farmers.")]
    [InlineData("The Treasurer said the duty on imported sugar rises to 25 per cent from April. Shopkeepers in Lae said a bag could cost K1 more.")]
    [InlineData("Dumping duties of up to 30% will apply to steel wire from China and Vietnam, the Trade Ministry said in a statement on Monday.")]
    [InlineData("The cabinet halved the import duty on fertiliser to 5 per cent. Farmers have been hit hard by US tariffs on their exports.")]
    [InlineData("The Chamber of Commerce said the import duty on cement will rise to 20 per cent. Builders in Kenya are worried.")]
    public void No_home_no_measure(string text) =>
        Assert.Equal("", MeasureKey.All(text));

    // a foreign government's measure reported abroad keeps its own country; a stated imposer is never replaced by the home
    [Theory]
    [InlineData("Canadian canola growers welcomed the news. Beijing's commerce ministry said the anti-dumping duty on canola seed would fall to 15 per cent. Ottawa had lobbied for the cut.",
        "CN>* 15% canola seed")]
    [InlineData("Australian barley farmers cheered as the Chinese government removed its 80.5% tariff on Australian barley. Canberra had lobbied for three years.",
        "CN>AU 80.5% barley")]
    [InlineData("Kenyan flower growers fear the new 12% tariff that the European Parliament approved on Tuesday for cut flowers from Kenya.", "EU>KE 12% flower")]
    public void A_foreign_government_s_measure_keeps_its_country(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));

    // a country's name is capitalised, and a place named after a country is not it
    [Theory]
    [InlineData("Farmers grow french fries potatoes in the north. Parliament in Reykjavik cut the tariff on frozen french fries to 46 percent.", "IS>* 46% frozen french fries")]
    [InlineData("Oro and West New Britain growers welcomed the vote. Parliament raised the duty on imported palm oil to 30 per cent, lifting Papua New Guinea refiners.",
        "PG>* 30% palm oil")]
    [InlineData("Lawmakers in Accra approved a 40% import duty on chillies. Growers in New Mexico fear lost sales.", "GH>* 40% chillies")]
    public void Lower_case_and_new_place_names_are_no_countries(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));
}
