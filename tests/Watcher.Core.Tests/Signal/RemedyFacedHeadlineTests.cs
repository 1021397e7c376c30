using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// A headline alone whose goods from a named origin face or are hit with a trade remedy at its rate, or whose remedy at its rate hits
/// them, is the outlet's country's news (HomeCountry.RemedyFaced.cs): a remedy is laid by the country the goods enter. The headlines are
/// written for the grammar of the shape, not copied from a labelled set.
/// </summary>
public class RemedyFacedHeadlineTests
{
    private static string Read(string text, string? country) =>
        string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of));

    [Theory]
    [InlineData("Chinese steel kettles hit with anti-dumping duties of up to 37.5%", "TH", "TH>CN 37.5% steel kettles")]
    [InlineData("Ceiling fan imports from Vietnam face AD duty of up to 22.4%", "PH", "PH>VN 22.4% Ceiling fan")]
    [InlineData("Provisional duties of up to 28.6% hit Thai plywood sheets", "AU", "AU>TH 28.6% plywood sheets")]
    public void A_remedy_the_goods_face_is_the_outlets(string text, string country, string expected) =>
        Assert.Equal(expected, Read(text, country));

    [Theory]
    // a threat, not a decision
    [InlineData("Chinese steel kettles could face anti-dumping duties of up to 37.5%", "TH")]
    // the outlet's own exporters facing a duty: another country's
    [InlineData("Thai kettle exporters hit with anti-dumping duties of up to 37.5%", "TH")]
    // no remedy named: a duty of anyone's
    [InlineData("Chinese steel kettles face 25% duty", "TH")]
    // no outlet: no home
    [InlineData("Chinese steel kettles hit with anti-dumping duties of up to 37.5%", null)]
    public void No_measure_is_read(string text, string? country) =>
        Assert.Equal(string.Empty, Read(text, country));
}
