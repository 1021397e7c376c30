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
        const string text = "Committee imposes anti-dumping duties on ceramic basins from China and Vietnam.\n"
            + "The Department of Trade Remedies announced that the Committee has resolved to impose anti-dumping duties on ceramic basins "
            + "originating in the People's Republic of China and the Socialist Republic of Vietnam, at rates of 4.1% to 30.5% of the CIF "
            + "value for China and 2.2% to 12.9% of the CIF value for Vietnam, for five years.";
        var read = Read(text, "TH");
        Assert.Contains("TH>CN 30.5% ceramic basins", read);
        Assert.Contains("TH>VN 12.9% ceramic basins", read);
        Assert.DoesNotContain("VN>", read);
    }

    [Fact]
    public void An_origin_after_a_specific_duty_for_it_is_no_imposer()
    {
        const string text = "Resolution 12/2031: anti-dumping duty on bicycle locks.\n"
            + "A definitive anti-dumping duty is set on exports to the Republic of Chile of bicycle locks originating in the People's Republic "
            + "of China and the Islamic Republic of Pakistan, as a specific duty of US$ 1.20 per unit for the People's Republic of China and "
            + "US$ 0.85 per unit for the Islamic Republic of Pakistan.";
        var read = Read(text, "CL");
        Assert.DoesNotContain("PK>", read);
        Assert.Contains("CL>PK 0.85 usd/unit", read);
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

    [Theory]
    // a foreign country's duty the home outlet reports: the country that acts keeps the measure, whoever the rate is for
    [InlineData("Vietnam slaps anti-dumping duties on Thai sugar.\nVietnam's Ministry of Industry and Trade imposed anti-dumping duties of 8.5% to 47.6% for Thai exporters of cane sugar.",
        "TH", "VN>TH 47.6%")]
    // a safeguard on every origin that names one supplier as the largest: still the home's, on every origin
    [InlineData("Safeguard duty on float glass.\nThe Tariff Commission imposed a safeguard duty of 12% on all imports of float glass for three years. Indonesia, the largest supplier, shipped 40% of the glass imported last year.",
        "PH", "PH>* 12% float glass")]
    // a line headed by each country's own duty (no firm, no rest of firms): the country imposes it
    [InlineData("Budget round-up: duties across the region.\nThe region's budgets moved duties on household goods this year:\n- Guyana: duty on lawnmowers raised to 10%\n- Belize: duty on citrus concentrate raised to 45%",
        null, "GY>* 10% lawnmowers")]
    public void The_country_that_acts_keeps_the_measure(string text, string? country, string expected) =>
        Assert.Contains(expected, Read(text, country));
}
