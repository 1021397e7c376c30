namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 8: stricter readings that decline a product, an imposer or a target the sentence does not support, written for
/// this test in notice, wire and fact-sheet styles (no holdout sentence is a case). Each positive case gave a wrong measure
/// before its rule; each control shows the rule leaves an ordinary statement alone.
/// </summary>
public class TariffPrecisionTests
{
    [Theory]
    // a product phrase that ran into a clause ends in a function word: "… on US goods and keep a 10% rate" names no goods "keep a"
    [InlineData("Mexico will suspend its 30% tariff on US goods and keep a 10% rate, the economy ministry said.", "MX>US 30% goods|MX>US 10% goods")]
    // a share of a flow is no goods
    [InlineData("Ottawa keeps 25% surtax on excess shipments.", "CA>* 25% goods")]
    // the holders of a rate once "exporters" or "companies" is cut ("sampled cooperating") are no goods; the goods are the ones announced
    [InlineData("The European Commission imposed anti-dumping duties on imports of steel wire originating in Vietnam. The duties range from 12.4% for sampled cooperating exporters to 48.2% for all other Vietnamese companies.",
        "EU>VN 48.2% steel wire")]
    // controls: goods ending in -ing, and a plain product, stay goods
    [InlineData("Kenya raised its import duty on roofing sheets to 35%.", "KE>* 35% roofing sheets")]
    [InlineData("Japan will raise its tariff on clothing to 20% next year.", "JP>* 20% clothing")]
    public void A_product_names_goods(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    // rates for named firms, for a class of firms ("other cooperating companies") and the rate that "applies to all other imports" are one
    // measure at the highest (the documented convention for named firms' rates)
    [InlineData("The European Commission has imposed provisional anti-dumping duties on imports of coated steel originating in Vietnam. The individual duties are 10.5% for Hoa Sen Group, "
        + "12.2% for Nam Kim Steel and 14.9% for other cooperating companies, while a duty of 27.3% applies to all other imports from Vietnam.",
        "EU>VN 27.3% coated steel")]
    // control: rates for two origins' exporters stay two measures
    [InlineData("India imposed anti-dumping duties on solar glass from Vietnam and Malaysia. The duties are 14.2% for Vietnamese exporters and 41.7% for Malaysian exporters.",
        "IN>VN 14.2% solar glass|IN>MY 41.7% solar glass")]
    // an announcement that "made permanent" the duties on goods from an origin carries both to the rates of the next sentence
    [InlineData("The European Union has made permanent its anti-dumping duties on citric acid from China. Definitive duties range from 15.3% for Weifang Ensign to 42.7% for companies that did not cooperate.",
        "EU>CN 42.7% citric acid")]
    public void Firm_rates_are_one_measure(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    // the country where goods were made is their origin, never the imposer of the tariff on them, and never the item's unnamed imposer
    [InlineData("Ottawa tightens steel quotas.\nCountries without a trade agreement with Canada will face a 50 per cent surtax above quota. Steel melted and poured in China will face an extra 25 per cent levy.",
        "CA>CN 25% Steel")] // the goods phrase reader (session 15) reads the subject's goods; "goods" before
    [InlineData("From January, Canada will apply a 25 per cent surtax to steel melted and poured in China.", "CA>CN 25% steel melted")]
    // the country a rate is "for" is its target, even when a firm's name repeats it after the rates; alone, the sentence names no imposer
    [InlineData("The US Commerce Department set preliminary countervailing duties on glass bottles from Thailand and Malaysia. The countervailing duty cash deposits are 8.1% for all Thai producers "
        + "and 19.6% for Malaysian producers, with Sun Glass Malaysia assigned a rate of 11.0%.",
        "US>TH 8.1% glass bottles|US>MY 19.6% glass bottles")]
    [InlineData("The countervailing duty cash deposits are 8.1% for all Thai producers and 19.6% for Malaysian producers, with Sun Glass Malaysia assigned a rate of 11.0%.", "")]
    // an imposer carried from the sentence before does not tariff goods this sentence names as its own: the list is the other country's
    [InlineData("Mexico said it would answer Washington's 30% tariff on Mexican tomatoes. The list includes a 20% tariff on U.S. pork and 15% on cheese.",
        "US>MX 30% tomatoes|MX>US 20% pork|MX>US 15% cheese")]
    // controls: an origin after "from" with the imposer named; a list whose imposer is the sentence before's
    [InlineData("Canada imposed a 25% surtax on steel products from China and Vietnam.", "CA>CN 25% steel products|CA>VN 25% steel products")]
    [InlineData("Mexico published its retaliation list on Friday. The list includes a 20% tariff on U.S. pork.", "MX>US 20% pork")]
    [InlineData("Importers of Indian shrimp will pay the 25% US duty from Monday.", "US>IN 25% shrimp")]
    public void Origins_are_not_imposers(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    /// <summary>A country named where people or words come from acts: it may impose the rate the item leaves unnamed.</summary>
    [Theory]
    [InlineData("A delegation from Washington arrived in Ottawa on Sunday. The 25% tariff on Canadian lumber takes effect on Monday.", "US>CA 25% lumber")]
    [InlineData("Officials from Washington arrived in Ottawa on Sunday. The 25% tariff on Canadian lumber takes effect on Monday.", "US>CA 25% lumber")]
    [InlineData("Washington officials arrived in Ottawa on Sunday. The 25% tariff on Canadian lumber takes effect on Monday.", "US>CA 25% lumber")]
    public void A_country_people_come_from_acts(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    // "goods from Uganda and Tanzania a tariff of 8%": an "and" between two countries joins origins, it opens no clause
    [InlineData("Ethiopia's new decree sets import tariffs by origin. Under the decree, goods from Kenya will face a tariff of 12%, goods from Uganda and Tanzania a tariff of 8%, and goods from Rwanda a tariff of 5%.",
        "ET>KE 12% goods|ET>UG 8% goods|ET>TZ 8% goods|ET>RW 5% goods")]
    // control: the same list with the rate after its goods
    [InlineData("The US will put a tariff of 20% on goods from Laos and Cambodia, and a tariff of 30% on goods from Vietnam.", "US>LA 20% goods|US>KH 20% goods|US>VN 30% goods")]
    // a top rate stated once for several origins is not the rate of an origin the item gives its own rate
    [InlineData("Turkey imposed anti-dumping duties of up to 38.5% on polyester yarn from Egypt, Oman and Malaysia. The duty on imports from Egypt is 12.1% and from Oman 20.4%.",
        "TR>MY 38.5% polyester yarn|TR>EG 12.1% goods|TR>OM 20.4% goods")]
    // control: an "up to" rate on several origins with no rate of their own stays each origin's
    [InlineData("Turkey imposed anti-dumping duties of up to 38.5% on polyester yarn from Egypt and Oman.", "TR>EG 38.5% polyester yarn|TR>OM 38.5% polyester yarn")]
    // an origin's own rate on other goods leaves the shared top rate on these goods in place
    [InlineData("Turkey imposed anti-dumping duties of up to 38.5% on polyester yarn from Egypt and Oman. The duty on nylon fibre from Egypt is 5%.",
        "TR>EG 38.5% polyester yarn|TR>OM 38.5% polyester yarn|TR>EG 5% nylon fibre")]
    public void Coordinated_origins_share_their_rate(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    // an abbreviation the item defines after a product's name is that product
    [InlineData("India imposed anti-dumping duty on purified terephthalic acid (PTA) imported from Thailand. The duty on PTA from Thailand is 8.5%.", "IN>TH 8.5% purified terephthalic acid")]
    // control: an abbreviation the item never defines stays as written
    [InlineData("Australia keeps 10% duty on Chinese EVs.", "AU>CN 10% EVs")]
    public void Abbreviations_name_their_product(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    // a country named as a market, or as the one a measure matches, is no target
    [InlineData("Mexico will raise its tariff on steel to 35%, matching the US, to keep out metal diverted from the Chinese market.", "MX>* 35% steel")]
    // control: a country adjective on the goods is the target
    [InlineData("Mexico raised its tariff on Chinese steel to 35%.", "MX>CN 35% steel")]
    public void Markets_and_comparisons_are_not_targets(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));
}
