using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 15 (extract27): readers of structure (TariffExtractor.Discourse.cs). A <b>discourse state</b> — the item's last measure —
/// lets a later rate clause without a tariff word continue it across a sentence about something else; it ends at another country's
/// own tariff or rate and at a paragraph that turns to another country. A <b>prose list</b> of goods and rates ("perfumes (40%),
/// watches (30%) and handbags (25%)", "fruit juices at 120% and tyres at 30%") is paired by position under that measure.
/// The sentences are the tests' own, in wire, notice, budget-speech, analysis and translated styles. Negatives first: a later
/// sentence whose rate is NOT the measure (a market share, inflation, growth, a price change, another country's rate, the old
/// rate, a VAT rate, a quota's fill rate, a list of shares, prices, polls or sector growth) reads nothing more.
/// </summary>
public class TariffDiscourseTests
{
    private static string Read(string text, string? country = null) =>
        string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of));

    [Theory]
    // a market share, inflation, growth and a fall in exports, a price change
    [InlineData("Japan imposed a 25% tariff on Chinese steel.\nThe move follows complaints from mills. Chinese mills hold market shares of 40% in Asia.", "JP>CN 25% steel")]
    [InlineData("Japan imposed a 25% tariff on Chinese steel.\nThe decision was expected. Inflation rose to 5% in March.", "JP>CN 25% steel")]
    [InlineData("Mexico raised its tariff on Chinese shoes to 35%.\nThe economy grew 3% last year. Chinese shoe exports fell 20% in the first quarter.", "MX>CN 35% shoes")]
    [InlineData("Kenya raised the duty on sugar to 35%.\nTraders were surprised. Sugar prices rose 10% after the announcement.", "KE>* 35% sugar")]
    // another country's rate, quoted for comparison
    [InlineData("Vietnam cut its tariff on cars to 20%.\nThailand's rate is 40%.", "VN>* 20% cars")]
    [InlineData("Canada imposed a 25% surtax on Chinese steel.\nMexico's tariffs on Chinese goods are higher. Chinese aluminium faces 35%.", "CA>CN 25% steel")]
    // a new paragraph that turns to another country
    [InlineData("Canada imposed a 25% surtax on Chinese steel.\nIn Brazil, the government is studying its options. Chinese aluminium faces 15% there.", "CA>CN 25% steel")]
    // the old rate, a VAT rate, a quota's fill rate
    [InlineData("Kenya raised the duty on sugar to 35%.\nThe rule was published on Monday. Sugar previously paid 25%.", "KE>* 35% sugar")]
    [InlineData("Ghana cut the import duty on rice to 10%.\nThe cut takes effect in May. Rice also pays VAT at 15%.", "GH>* 10% rice")]
    [InlineData("Korea set a 30% tariff on potatoes within a quota.\nThe ministry said demand was strong. The quota was 80% filled by March.", "KR>* 30% potatoes")]
    public void A_later_rate_that_is_not_the_measure_reads_nothing(string text, string expected) =>
        Assert.Equal(expected, Read(text));

    [Theory]
    // a list of import shares by goods, of retail prices, of polls, of sector growth
    [InlineData("Kenya imposed a 25% duty on sugar.\nIts import bill is led by fuel (40%), machinery (30%) and vehicles (20%).", "KE>* 25% sugar")]
    [InlineData("Kenya imposed a 25% duty on sugar.\nRetail prices rose for bread (12%), flour (8%) and maize meal (5%).", "KE>* 25% sugar")]
    [InlineData("India raised its duty on gold to 15%.\nOutput grew in textiles (5%), chemicals (4%) and steel (3%).", "IN>* 15% gold")]
    [InlineData("Kenya imposed a 25% duty on sugar.\nA poll showed support at 40% in towns and at 30% in villages.", "KE>* 25% sugar")]
    // firms are no goods: "Siam Tableware (17%), Lampang Porcelain (22%)"
    [InlineData("The US imposed duties on Thai dinnerware.\nThe list of rates names Siam Tableware (17%) and Lampang Porcelain (22%).", "")]
    // a class of exporters is no goods; volumes that fell are no rates
    [InlineData("Kenya imposed a 25% duty on sugar.\nThe list of rates names mandatory respondents (12%) and all others (20%).", "KE>* 25% sugar")]
    [InlineData("Kenya imposed a 25% duty on sugar.\nAfter the duty, import volumes fell: rice (12%), flour (8%) and maize (5%).", "KE>* 25% sugar")]
    // a semicolon list of sectors' growth, of countries' shares
    [InlineData("Kenya raised customs duties on luxury goods.\nGrowth by sector was: textiles, 5%; chemicals, 4%; and steel, 3%.", "")]
    [InlineData("Kenya raised customs duties on luxury goods.\nThe rates quoted abroad: Uganda, 20%; Tanzania, 25%.", "")]
    // one pair is no list
    [InlineData("Egypt raised customs duties on perfumes to 40%.\nWatches at 30% are also on the list.", "EG>* 40% perfumes")]
    public void A_list_of_figures_that_are_no_duties_reads_nothing(string text, string expected) =>
        Assert.Equal(expected, Read(text));

    [Theory]
    // wire: an origin as the subject, a sentence about something else between
    [InlineData("Canada imposed a 25% surtax on steel from China.\nThe move follows months of complaints from producers. Chinese aluminium faces 15%.",
        null, "CA>CN 25% steel|CA>CN 15% aluminium")]
    // analysis: exporters of another origin face the measure's rate, after a sentence on trade figures
    [InlineData("The US set final anti-dumping duties of 118% on Vietnamese dinnerware.\nVietnam shipped $75 million of dinnerware last year, up 31%. Thai exporters face rates of up to 22%.",
        null, "US>VN 118% dinnerware|US>TH 22% dinnerware")]
    public void A_later_rate_clause_continues_the_items_last_measure(string text, string? country, string expected) =>
        Assert.Equal(expected, Read(text, country));

    [Theory]
    // wire: "X at N% and Y at M%" after the measure
    [InlineData("Algeria set safeguard duties of 200% on imported chocolate.\nThe list also includes fruit juices at 120% and tyres at 30%, the ministry said.",
        null, "DZ>* 200% chocolate|DZ>* 120% fruit juices|DZ>* 30% tyres")]
    // notice: bracketed rates after an announcement without a rate
    [InlineData("Egypt raised customs duties on luxury goods.\nNew rates apply to perfumes (40%), watches (30%) and handbags (25%).",
        null, "EG>* 40% perfumes|EG>* 30% watches|EG>* 25% handbags")]
    // budget speech: a colon list in the sentence that names the duty, the outlet's country the imposer
    [InlineData("Madam Speaker, I propose to raise the import duty on selected goods: cement at 25 percent, sugar at 15 percent and steel bars at 10 percent.",
        "LC", "LC>* 25% cement|LC>* 15% sugar|LC>* 10% steel bars")]
    // translated: comma list without "and"
    [InlineData("The Government fixed the customs duty for the following products: cheese (35%), yoghurt (30%), butter (20%).",
        "SN", "SN>* 35% cheese|SN>* 30% yoghurt|SN>* 20% butter")]
    // analysis: the list opens the sentence
    [InlineData("Egypt raised customs duties on perfumes to 40%.\nWatches (30%) and handbags (25%) are also on the list.",
        null, "EG>* 40% perfumes|EG>* 30% watches|EG>* 25% handbags")]
    // notice: a semicolon list of "goods, rate (old rate)"
    [InlineData("Kenya raised customs duties on luxury goods.\nThe new rates are: perfumes, 40 percent (previously 30 percent); watches, 35 percent (20 percent); and carpets, 30 percent (25 percent).",
        null, "KE>* 40% perfumes|KE>* 35% watches|KE>* 30% carpets")]
    public void A_prose_list_pairs_goods_with_rates_by_position(string text, string? country, string expected) =>
        Assert.Equal(expected, Read(text, country));
}
