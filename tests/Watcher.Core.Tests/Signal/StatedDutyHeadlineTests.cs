using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 21 (extract35): a headline that is a duty named with its rate and the goods it is on, and nothing else ("15% customs duty
/// on imported steel doors from June", "Anti-dumping duty of up to 38.9% on Chinese glass mosaic tiles"), states the outlet's
/// country's measure when the item names no country that could lay it (docs/quality.md, "Session 21 (extract35)"). Sentences are
/// the tests' own.
/// </summary>
public class StatedDutyHeadlineTests
{
    private static string Read(string text, string? country) =>
        string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of));

    [Theory]
    [InlineData("18% customs duty on imported ceramic sinks from July", "KE", "KE>* 18% ceramic sinks")]
    [InlineData("30pc regulatory duty on imported cosmetics", "PK", "PK>* 30% cosmetics")]
    [InlineData("Anti-dumping duties of up to 41.2% on Chinese steel wheels", "ZA", "ZA>CN 41.2% steel wheels")]
    [InlineData("Budget: 25% duty on imported furniture", "GH", "GH>* 25% furniture")]
    [InlineData("Tariffs up to 40% on imported footwear", "AR", "AR>* 40% footwear")]
    public void A_headline_that_states_a_duty_with_its_rate_is_the_outlet_s(string text, string country, string expected)
    {
        Assert.Equal(expected, Read(text, country));
        Assert.Equal("", Read(text, null)); // the text alone names no imposer
    }

    // a headline that names the imposer is read as it says, not as the outlet's
    [Theory]
    [InlineData("Trump's 25% tariff on steel", "CA", "US>* 25% steel")]
    [InlineData("25% US tariff on Canadian lumber", "CA", "US>CA 25% lumber")]
    public void A_headline_that_names_the_imposer_is_read_as_it_says(string text, string country, string expected) =>
        Assert.Equal(expected, Read(text, country));

    // the outlet's own goods abroad, a duty feared, urged or asked about, a domestic
    // charge (excise, a telecom or electricity tariff), and figures that are no duty (a vote share, an interest rate, growth)
    [Theory]
    [InlineData("25% duty on Canadian lumber", "CA")]
    [InlineData("25% tariff on steel could hit builders", "CA")]
    [InlineData("30% duty on imported rice sought by millers", "PH")]
    [InlineData("Should 30% duty on imported rice stay?", "PH")]
    // a duty that takes effect may be another country's on the outlet's exports (ReviewFixes13hTests)
    [InlineData("Provisional safeguard duty of 12 pct on cold-rolled coil takes effect", "VN")]
    [InlineData("Tariffs up to 40% on imported footwear take effect", "AR")]
    [InlineData("Excise duty of 20% on beer from July", "KE")]
    [InlineData("15% tariff on mobile data from June", "NG")]
    [InlineData("Tariffs up to 12% on broadband bundles take effect", "ZA")]
    [InlineData("10% tariff on electricity bills from July", "GH")]
    [InlineData("52% vote share on a turnout of 61%", "KE")]
    [InlineData("7% interest rate on car loans from March", "GH")]
    [InlineData("4% growth on exports of cut flowers", "KE")]
    public void Not_the_outlet_s_duty(string text, string country) =>
        Assert.Equal("", Read(text, country));
}
