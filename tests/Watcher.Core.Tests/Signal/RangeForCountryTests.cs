using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 30 (extract56, continued): two ranges each stated "for" its own origin after the rate's basis ("… to 21.3% of the CIF
/// value for China and … to 12.8% of the CIF value for India") give each origin its own top rate, not both (ForCountry read only a
/// bare " for " right after the rate); and a country word that ends a firm's name ("PT Sinar Kimia Indonesia", "Hoang Long
/// Vietnam Co., Ltd") names a firm, no party. Sentences are the tests' own.
/// </summary>
public class RangeForCountryTests
{
    private static string Read(string text, string? country) =>
        string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of).Order(StringComparer.Ordinal));

    [Fact]
    public void Each_range_takes_the_origin_it_is_stated_for()
    {
        const string text = "Anti-dumping duties on glass jars from China and India.\n"
            + "The Department of Trade Remedies announced anti-dumping duties on glass jars originating in the People's Republic of China "
            + "and India for five years, at rates of 4.6% to 21.3% of the CIF value for China and 2.9% to 12.8% of the CIF value for India.";
        var read = Read(text, "TH");
        Assert.Contains("TH>CN 21.3% glass jars", read);
        Assert.Contains("TH>IN 12.8% glass jars", read);
        Assert.DoesNotContain("TH>CN 12.8%", read);
        Assert.DoesNotContain("TH>IN 21.3%", read);
    }

    [Fact]
    public void A_rate_for_a_country_right_after_it_is_unchanged()
    {
        var read = Read("Duties on ceramic tiles.\nThe ministry set anti-dumping duties on ceramic tiles of 14.2% for China and 9.7% for Malaysia.", "VN");
        Assert.Contains("VN>CN 14.2% ceramic tiles", read);
        Assert.Contains("VN>MY 9.7% ceramic tiles", read);
    }

    [Theory]
    // after "PT" and the firm's own capitalised words
    [InlineData("Duties on sorbitol from Malaysia.\nThe Ministry of Industry and Trade imposed anti-dumping duties on sorbitol from Malaysia, "
        + "with PT Sinar Kimia Indonesia charged 14.75%.")]
    // before the firm's legal form, inside its capitalised name
    [InlineData("Duties on sorbitol from Malaysia.\nThe Ministry of Industry and Trade imposed anti-dumping duties on sorbitol from Malaysia, "
        + "with Sinar Kimia Indonesia Co., Ltd charged 14.75%.")]
    public void A_country_ending_a_firms_name_is_no_imposer(string text)
    {
        var read = Read(text, "VN");
        Assert.DoesNotContain("ID>", read);
        Assert.Contains("VN>", read);
    }

    [Theory]
    // a country that opens a sentence before a capitalised word is a party, not a firm
    [InlineData("Indonesia Raises Duty On Steel Wire To 15%.\nIndonesia raised its import duty on steel wire to 15% from 10%, the finance ministry said.", "ID>* 15%")]
    // a firm named after its country's adjective is no firm's country word: the country acts
    [InlineData("Malaysia sets duty on cold-rolled coil.\nMalaysia imposed anti-dumping duties of up to 23.6% on cold-rolled coil from China, after a complaint by Malaysia Steel Works.", "MY>CN 23.6%")]
    public void A_country_outside_a_firms_name_keeps_its_part(string text, string expected) =>
        Assert.Contains(expected, Read(text, null));
}
