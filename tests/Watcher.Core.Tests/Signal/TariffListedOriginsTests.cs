namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 10 (extract17): how a text pairs several rates with the origins or goods it lists ("respectively", a rate in brackets
/// after its country, country headings over a notice's rates), a duty name the text defines ("the anti-circumvention duty
/// (ACD)", "a so-called 'border adjustment charge'"), a group of origins that refers back ("the two countries"), and the rest
/// of an origin's trade among firms' rates ("all other imports from China", "the Viet Nam-wide entity"). Sentences are the
/// tests' own, in wire, notice, newsletter and analysis styles; negative rows must not pair, head or define.
/// </summary>
public class TariffListedOriginsTests
{
    // PairRespectively: the n-th rate of a list is the n-th listed country's (or goods') when the counts agree.
    [Theory]
    [InlineData("The US Commerce Department set final anti-dumping duties of 37.61%, 8.52% and 210.87% on corrugated boxes from Cambodia, Thailand and Vietnam, respectively.",
        "US>KH 37.61% corrugated boxes|US>TH 8.52% corrugated boxes|US>VN 210.87% corrugated boxes")]
    [InlineData("Australia imposed anti-dumping duties on aluminium extrusions from Malaysia and Vietnam at rates of 12% and 15% respectively.",
        "AU>MY 12% aluminium extrusions|AU>VN 15% aluminium extrusions")]
    [InlineData("Imports of steel wire from China and Indonesia will face duties of 18.5 per cent and 9.2 per cent, respectively, the Canada Border Services Agency said.",
        "CA>CN 18.5% steel wire|CA>ID 9.2% steel wire")]
    [InlineData("Chinese and Thai exporters of glass fibre will face anti-dumping duties of 24.1 percent and 11.6 percent respectively, Turkey ruled.",
        "TR>CN 24.1% glass fibre|TR>TH 11.6% glass fibre")]
    [InlineData("India raised import duties on gold and silver from Switzerland to 15% and 10%, respectively.", "IN>CH 15% gold|IN>CH 10% silver")]
    [InlineData("The US imposed anti-dumping duties on plastic boxes from Vietnam of up to 210.87%. Cambodian and Thai exporters of the same boxes face 37.61% and 8.52% respectively.",
        "US>VN 210.87% plastic boxes|US>KH 37.61% plastic boxes|US>TH 8.52% plastic boxes")]
    public void Respectively_pairs_the_nth_rate_with_the_nth_listed_party_or_goods(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));

    // counts that disagree pair nothing (each rate stays with every origin, as before); "respectively" over figures that are no duty
    // gives no measure
    [Theory]
    [InlineData("Mexico set duties of 12% and 15% on steel from China, Vietnam and Thailand, respectively.",
        "MX>CN 12% goods|MX>VN 12% goods|MX>TH 12% goods|MX>CN 15% steel|MX>VN 15% steel|MX>TH 15% steel")]
    [InlineData("Exports of shrimp to Japan and the United States rose 12% and 8%, respectively, last year.", "")]
    [InlineData("Vietnam's shipments to China and Korea grew 9% and 4%, respectively, despite the new US tariff.", "")]
    public void Respectively_with_counts_that_disagree_or_no_duty_pairs_nothing(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));

    // CountryBeforeBracket, and a country before a bracketed rate is no imposer
    [Theory]
    [InlineData("Australia imposed anti-dumping duties on aluminium extrusions from Malaysia (12.1%) and Vietnam (16.7%).",
        "AU>MY 12.1% aluminium extrusions|AU>VN 16.7% aluminium extrusions")]
    [InlineData("South Africa set duties on frozen chips: Belgium (23.1%), Netherlands (8.4%) and Germany (3.2%).",
        "ZA>BE 23.1% frozen chips|ZA>NL 8.4% frozen chips|ZA>DE 3.2% frozen chips")]
    [InlineData("Brussels confirmed countervailing duties on e-bikes from China (up to 79.3 per cent) and Taiwan (6.2 per cent).",
        "EU>CN 79.3% e-bikes|EU>TW 6.2% e-bikes")]
    public void A_rate_in_brackets_after_a_country_is_that_country_s(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));

    // HeadingRates: a country heading over rates, once the item has named a tariff, its imposer and its goods; one measure per
    // heading at its highest rate (firms, "all others", "X-wide entity")
    [Theory]
    [InlineData("Canada set final anti-dumping duties on solar panels from Malaysia and Thailand. Malaysia: 12.8 percent; Thailand: 38.4 percent.",
        "CA>MY 12.8% solar panels|CA>TH 38.4% solar panels")]
    [InlineData("Canada imposed provisional duties on wind towers from two countries:\n- Vietnam — 21.3%\n- Malaysia — 12.9%",
        "CA>VN 21.3% wind towers|CA>MY 12.9% wind towers")]
    [InlineData("Mexico issued anti-dumping duty orders on hardwood plywood from Japan and Vietnam. Japan: Hengli Group, 12.1 percent; all others, 21.7 percent. Vietnam: Sunrise Industries, 9.3 percent; Vietnam-wide entity, 38.4 percent.",
        "MX>JP 21.7% hardwood plywood|MX>VN 38.4% hardwood plywood")]
    [InlineData("TRADE BRIEF. India set anti-dumping duties on viscose yarn from two suppliers.\n• Indonesia: 14.2%\n• China: up to 51.6%",
        "IN>ID 14.2% viscose yarn|IN>CN 51.6% viscose yarn")]
    public void A_rate_under_a_country_heading_is_that_country_s(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));

    // a heading that is a section title, a clause that says more than a name and a rate, a heading with no tariff named before
    [Theory]
    [InlineData("Outlook. Vietnam: growth of 5.1% is forecast for next year as exports recover.", "")]
    [InlineData("Canada set final anti-dumping duties on solar panels from Malaysia. Markets: Malaysia: exports rose 12% in October.", "")]
    [InlineData("Regional growth forecasts. Malaysia: 4.5 percent; Thailand: 2.9 percent.", "")]
    [InlineData("India raised tariffs on steel from Japan. Its suppliers by share of imports were:\n- China: 40%\n- Japan: 25%", "")]
    public void A_heading_that_is_no_origin_of_a_measure_gives_nothing(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));

    // DutyNamesAsTariffWords: a defined duty name acts as a tariff word; an abbreviation for something else does not
    [Theory]
    [InlineData("Vietnam imposed an anti-circumvention duty (ACD) on aluminium extrusions from China. The ACD is 35.58%.", "VN>CN 35.58% aluminium extrusions")]
    [InlineData("Indonesia extended its Safeguard Import Duty (BMTP) on imports of cotton yarn. The BMTP will be 13.5% in the first year and 12% in the second year.",
        "ID>* 13.5% cotton yarn|ID>* 12% cotton yarn")]
    [InlineData("Brazil introduced a provisional import charge (PIC) on steel coil from China. Under the decision, the PIC will be 18.5% for three years.", "BR>CN 18.5% steel coil")]
    [InlineData("Ghana announced a so-called 'border adjustment charge' on rice from Thailand. The border adjustment charge will be 20% from July.", "GH>TH 20% rice")]
    public void A_duty_name_the_text_defines_acts_as_a_tariff_word(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    [InlineData("The Kenya Revenue Authority (KRA) said 12% of cargo was inspected. The KRA will check 20% more next year.")]
    [InlineData("India cut the Goods and Services Tax (GST) on cement to 18%. The GST on cars is 28%.")]
    [InlineData("Exporters complained about non-tariff measures (NTM) on rice. The NTM affect 40% of shipments.")]
    [InlineData("The so-called 'Liberation Day' speech moved markets 5% lower.")]
    public void An_abbreviation_or_name_that_is_no_duty_gives_nothing(string text) =>
        Assert.Equal("", MeasureKey.All(text));

    // RefersToGroup/EachOfGroup: "the two countries", "both suppliers", "all three nations" after a list of origins
    [Theory]
    [InlineData("The EU imposed anti-dumping duties on fertiliser from Russia and Belarus on Monday. Duties of 40% will apply to imports from the two countries.",
        "EU>RU 40% fertiliser|EU>BY 40% fertiliser")]
    [InlineData("Canada extended its duties on rebar from China, Vietnam and Thailand. Shipments from all three countries will keep paying a duty of 24.5%.",
        "CA>CN 24.5% rebar|CA>VN 24.5% rebar|CA>TH 24.5% rebar")]
    [InlineData("India imposed anti-dumping duties on solar glass from Malaysia and Vietnam. Both suppliers face a duty of 9.6%.", "IN>MY 9.6% solar glass|IN>VN 9.6% solar glass")]
    public void A_group_of_origins_refers_back_to_the_list_before(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));

    // a group whose size differs from the list is not the list
    [Theory]
    [InlineData("The EU imposed anti-dumping duties on fertiliser from Russia and Belarus on Monday. A 40% duty will apply to imports from the three countries.", "BY")]
    public void A_group_of_another_size_is_not_the_list(string text, string notTarget) =>
        Assert.DoesNotContain(Watcher.Core.Facts.TariffExtractor.Extract(text), m => m.Target == notTarget && m.Rate == 40);

    // FirmAfter ("the South Korea-wide entity": a name of several words), RestClauseBefore ("all other imports from X …")
    [Theory]
    [InlineData("India set anti-dumping duties on ceramic tiles from South Korea of 12.1% for Hengli Group and 38.4% for the South Korea-wide entity.", "IN>KR 38.4% ceramic tiles")]
    [InlineData("The European Commission imposed definitive anti-dumping duties on sucralose from China. The duties range from 45.2% for Anhui Jinhe to 98.7% for other cooperating producers, while all other imports from China will be subject to a duty of 119.6%.",
        "EU>CN 119.6% sucralose")]
    [InlineData("The European Commission set anti-dumping duties on hardwood plywood of 12.1% for Hengli Group, while all other imports from Thailand will be subject to a duty of 38.4%.",
        "EU>TH 38.4% hardwood plywood")]
    [InlineData("The US set anti-dumping duties on frozen shrimp from Viet Nam of 4.58% for the mandatory respondent Minh Phu and 25.76% for the Viet Nam-wide entity.",
        "US>VN 25.76% frozen shrimp")]
    [InlineData("Thailand set anti-dumping duties on steel wire from Malaysia: 8.1% for Kian Steel, while all other exporters face 17.3%.", "TH>MY 17.3% steel wire")]
    public void The_rest_of_an_origin_s_trade_is_one_of_the_firms_rates(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));
}
