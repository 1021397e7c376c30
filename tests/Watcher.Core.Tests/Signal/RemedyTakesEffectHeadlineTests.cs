using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 23 (extract40): a headline that is a trade remedy (anti-dumping, countervailing, safeguard, provisional or definitive duties)
/// on goods from a named origin taking effect ("Provisional anti-dumping duties of up to 39.2 pct on Chinese solar glass take effect")
/// is the outlet's country's measure: a remedy is laid by the country the goods enter. A plain tariff taking effect stays unread
/// (ReviewFixes13hTests, ReviewFixes14cTests: "25% tariffs on imported steel and aluminum take effect" in a Canadian paper is the US's).
/// Sentences are the tests' own.
/// </summary>
public class RemedyTakesEffectHeadlineTests
{
    private static string Read(string text, string? country) =>
        string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of));

    [Theory]
    [InlineData("Anti-dumping duties of up to 44.1% on Chinese aluminium foil take effect", "TH", "TH>CN 44.1% aluminium foil")]
    [InlineData("Provisional countervailing duty of 18% on Vietnamese plywood takes effect", "KR", "KR>VN 18% plywood")]
    [InlineData("Definitive anti-dumping duties of up to 61.2% on Chinese glass fibre take effect", "EG", "EG>CN 61.2% glass fibre")]
    public void A_remedy_on_a_named_origin_taking_effect_is_the_outlet_s(string text, string country, string expected)
    {
        Assert.StartsWith(expected, Read(text, country));
        Assert.Equal("", Read(text, null)); // the text alone names no imposer
    }

    // a plain tariff taking effect, a remedy with no origin named, the outlet's own goods as the origin, a remedy feared or asked
    // about, a telecom tariff, a duty as obligation
    [Theory]
    [InlineData("25% tariffs on imported steel and aluminum take effect at midnight", "CA")]
    [InlineData("Anti-dumping duties of up to 44.1% on aluminium foil take effect", "TH")]
    [InlineData("Anti-dumping duties of up to 44.1% on Thai aluminium foil take effect", "TH")]
    [InlineData("Anti-dumping duties of up to 44.1% on Chinese aluminium foil could take effect", "TH")]
    [InlineData("Anti-dumping duties of up to 44.1% on Chinese aluminium foil take effect?", "TH")]
    [InlineData("New 15% mobile data tariff on Safaricom users takes effect", "KE")]
    [InlineData("Duty of care on 40% of Chinese-owned firms takes effect", "GB")]
    public void Not_the_outlet_s_remedy(string text, string country) =>
        Assert.Equal("", Read(text, country));
}
