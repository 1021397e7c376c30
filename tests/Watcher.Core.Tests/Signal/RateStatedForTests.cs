using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 30 (extract56): the country a remedy's rate is stated for — after the rate and "for" ("… 38.2% of the CIF value for
/// China"), at the head of a line or cell of its firms' rates ("Malaysia | Other companies | 21.5%"), or as "other suppliers of" it
/// — is an origin, never the item's home nor the imposer of the other origins' rates (TariffExtractor.RateFor.cs; docs/quality.md,
/// "Session 30 (extract56)"). Without the rule the last such origin of a notice that names no imposer laid every rate in it.
/// Sentences are the tests' own.
/// </summary>
public class RateStatedForTests
{
    private static string Read(string text, string? country) =>
        string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of).Order(StringComparer.Ordinal));

    [Fact]
    public void An_origin_after_its_rate_and_for_is_no_imposer()
    {
        const string text = "Committee imposes anti-dumping duties on nylon zippers from China and Taiwan.\n"
            + "The Department of Trade Remedies announced that the Committee has resolved to impose anti-dumping duties on nylon zippers "
            + "originating in the People's Republic of China and Taiwan for five years, at rates of 3.2% to 22.7% of the CIF value for China "
            + "and 4.4% to 15.1% of the CIF value for Taiwan. The duties are collected in addition to the MFN duty of 10% on nylon zippers.";
        var read = Read(text, "TH");
        Assert.Contains("TH>CN 22.7% nylon zippers", read);
        Assert.Contains("TH>* 10% nylon zippers", read);
        Assert.DoesNotContain("TW>", read);
    }

    [Fact]
    public void An_origin_heading_a_line_of_its_firms_rates_is_no_imposer()
    {
        const string text = "Definitive anti-dumping duties on steel hinges.\n"
            + "The Ministry issued a decision applying definitive anti-dumping duties on steel hinges originating in China and Malaysia.\n"
            + "Country | Producer/exporter | Duty rate\n"
            + "China | Ningbo Hingeworks Co., Ltd. | 11.4%\n"
            + "China | Other organisations and individuals | 27.3%\n"
            + "Malaysia | Klang Fittings Sdn. Bhd. | 4.2%\n"
            + "Malaysia | Other organisations and individuals | 15.9%\n"
            + "The duties are in addition to the MFN import duty of 10% on hinges.";
        var read = Read(text, "VN");
        Assert.DoesNotContain("MY>", read);
        Assert.Contains("VN>CN 27.3%", read);
        Assert.Contains("VN>* 10%", read);
    }

    [Fact]
    public void A_bloc_named_as_what_lies_outside_the_origins_is_no_imposer()
    {
        const string text = "Tariff on electric kettles cut to 10%.\n"
            + "The Executive Branch reduced by decree the import tariff on electric kettles from outside Mercosur from 20% to 10%. The cut takes effect in May.";
        var read = Read(text, "PY");
        Assert.Contains("PY>* 10% electric kettles", read);
        Assert.DoesNotContain("MERCOSUR>", read);
    }

    [Theory]
    // a foreign country's duty the home outlet reports: the country that acts keeps the measure, whoever the rate is for
    [InlineData("Vietnam slaps anti-dumping duties on Thai sugar.\nVietnam's Ministry of Industry and Trade imposed anti-dumping duties of 8.5% to 47.6% for Thai exporters of cane sugar.",
        "TH", "VN>TH 47.6%")]
    // a bloc named after the home's own possessive: "outside Türkiye's partners" leaves Türkiye the home
    [InlineData("Additional duty on electric kettles.\nImports of electric kettles from outside Türkiye's trade agreement partners will face an additional customs duty of 20% from June, under a decree published Thursday.",
        "TR", "TR>* 20%")]
    // a line headed by each country's own duty (no firm, no rest of firms): the country imposes it
    [InlineData("Budget round-up: duties across the region.\nThe region's budgets moved duties on household goods this year:\n- Guyana: duty on lawnmowers raised to 10%\n- Belize: duty on citrus concentrate raised to 45%",
        null, "GY>* 10% lawnmowers")]
    // a member that acts on goods from outside its bloc keeps its measure
    [InlineData("Brazil raises tariff on electric kettles.\nBrazil raised its import tariff on electric kettles from outside Mercosur to 20% from 14%.",
        "AR", "BR>* 20% electric kettles")]
    public void The_country_that_acts_keeps_the_measure(string text, string? country, string expected) =>
        Assert.Contains(expected, Read(text, country));
}
