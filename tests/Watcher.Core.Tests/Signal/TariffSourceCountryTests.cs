using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 13 (extract23): the outlet's country (a source's <c>country</c>, <c>watcher extract --country</c>) as the last-resort
/// home of a measure. An item whose own institutions act and that names no country they could be ("The Government has reduced
/// …", "Parliament passed …", "the Trade Minister said …"), or an item about a border measure that names no country at all
/// ("Import duty on rice cut to 2%"), states its outlet's country's measure. Never against the text: a foreign government named
/// as acting keeps its measure, a cue of the text (an institution of a country, a currency, the one country named) decides over
/// the outlet, two countries are no home, and a domestic tax or a utility's tariff is no border measure. Sentences are the tests'
/// own, in wire, budget-speech, gazette, headline and non-native styles.
/// </summary>
public class TariffSourceCountryTests
{
    private static string Read(string text, string? country) =>
        string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of));

    // a domestic measure, no country named: the outlet's country imposes it
    [Theory]
    [InlineData("The Government has cut the import duty on cooking oil to 10 per cent from 25 per cent, the Finance Ministry said on Tuesday.", "KE",
        "KE>* 10% cooking oil")]
    [InlineData("Parliament yesterday passed the Finance Bill, which raises the customs duty on imported sugar to 35 percent from July.", "GH",
        "GH>* 35% sugar")]
    [InlineData("Govt hikes import duty on edible oil to 25%. The government on Friday notified the higher duty on crude palm oil to protect Indian oilseed farmers.", "IN",
        "IN>* 25% edible oil")]
    [InlineData("The Cabinet of Ministers approved a 15% import duty on used cars, the Trade Minister told reporters.", "UZ",
        "UZ>* 15% used cars")]
    [InlineData("The Ministry of Commerce has imposed an anti-dumping duty of 24.5% on float glass imported from Malaysia, effective next month.", "VN",
        "VN>MY 24.5% float glass")]
    [InlineData("Import duty on rice cut to 2%", "BD", "BD>* 2% rice")]
    [InlineData("Madam Speaker, to protect our poultry farmers, I propose to raise the customs duty on imported eggs to 30 percent. These measures take effect from 1st April.", "MW",
        "MW>* 30% eggs")]
    [InlineData("Finance Minister Jane Doe announced yesterday that the 20 per cent import duty on solar panels will be removed from April 1.", "JM",
        "JM>* 20% solar panels")]
    public void A_domestic_measure_that_names_no_country_is_the_outlet_s(string text, string country, string expected)
    {
        Assert.Equal(expected, Read(text, country));
        Assert.Equal("", Read(text, null)); // the text alone names no imposer
    }

    // a measure of another country, named as acting or by its institutions, currency or the one country the item names, keeps it
    [Theory]
    [InlineData("China's Ministry of Commerce announced a 34% tariff on all goods imported from the United States, effective April 10.", "KE",
        "CN>US 34% goods")]
    [InlineData("The Government of Ghana has raised the import duty on rice to 20 per cent, the Finance Ministry in Accra said.", "NG",
        "GH>* 20% rice")]
    [InlineData("The US administration has imposed a 25% tariff on imported steel, the Commerce Department said.", "CA",
        "US>* 25% steel")]
    [InlineData("The Government raised the import duty on frozen fish to 30 per cent. Prices in Lagos rose by ₦2,000 a carton.", "GH",
        "NG>* 30% frozen fish")]
    [InlineData("The Storting on Tuesday adopted the committee's recommendation: the customs duty on frozen pizza is raised to 40 per cent.", "SE",
        "NO>* 40% frozen pizza")]
    [InlineData("Beijing said on Friday it would impose additional tariffs of 34% on all goods imported from the United States.", "KE",
        "CN>US 34% goods")]
    [InlineData("The administration raised the tariff on imported steel to 50 per cent, President Trump said on Monday.", "CA",
        "US>* 50% steel")]
    [InlineData("The administration will raise the duty on imported lumber to 45 per cent next month. The White House said talks had failed.", "CA",
        "US>* 45% lumber")]
    public void A_measure_the_text_gives_a_country_keeps_it(string text, string country, string expected) =>
        Assert.Equal(expected, Read(text, country));

    // negatives: no outlet country; a domestic tax or a utility's tariff; a parliament that only debates; other countries the
    // item names that could be the home, or another country's leader (no guess)
    [Theory]
    [InlineData("The Government has cut the import duty on cooking oil to 10 per cent from 25 per cent, the Finance Ministry said on Tuesday.", null)]
    [InlineData("Import duty on rice cut to 2%", null)]
    [InlineData("The government will raise the levy on sugary drinks to 20% next year, the Treasury said.", "GB")]
    [InlineData("The Government raised excise duty on cigarettes to 40 per cent, the Finance Minister told Parliament.", "KE")]
    [InlineData("The energy regulator approved a 12% rise in electricity tariffs from July.", "ZA")]
    [InlineData("Water tariff raised to 15%", "ZA")]
    [InlineData("Parliament debated a bill on Tuesday that would raise the import duty on sugar to 25 per cent; no vote was taken.", "UG")]
    [InlineData("MPs are expected to vote next month on a plan to raise the import duty on cooking oil to 30 per cent.", "NG")]
    [InlineData("The cabinet is considering a proposal to cut the customs duty on imported fertiliser to 5 per cent.", "KE")]
    [InlineData("Parliament passed the bill raising the import duty on sugar to 25 per cent. Farmers in Kenya and Uganda welcomed the step.", "TZ")]
    // a leader of another country named: the administration is theirs, not the outlet's
    [InlineData("President Trump signed the order on Monday. The administration raised the customs duty on imported steel to 50 per cent.", "CA")]
    public void No_outlet_country_or_no_border_measure_reads_nothing(string text, string? country) =>
        Assert.Equal("", Read(text, country));

    // the memo of a sentence's measures is keyed by the imposer it was read with: a sentence read for one outlet is never
    // answered for another
    [Fact]
    public void An_answer_read_for_one_outlet_is_not_reused_for_another()
    {
        const string text = "The Government has cut the import duty on cooking oil to 10 per cent from 25 per cent, the Finance Ministry said.";
        Assert.Equal("KE>* 10% cooking oil", Read(text, "KE"));
        Assert.Equal("UG>* 10% cooking oil", Read(text, "UG"));
        Assert.Equal("", Read(text, null));
        Assert.Equal("KE>* 10% cooking oil", Read(text, "KE"));
        Assert.Equal("KE>* 10% cooking oil", Read(text, "KE"));
    }

    // the poller hands the source's country to the extractor
    [Fact]
    public void The_fact_extractor_passes_the_source_country_on()
    {
        const string text = "Import duty on rice cut to 2%";
        Assert.Equal("BD", Assert.Single(FactExtractor.Extract(text, ["tariffs"], "BD").Measures).Imposer);
        Assert.Empty(FactExtractor.Extract(text, ["tariffs"]).Measures);
    }
}
