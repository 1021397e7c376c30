using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 30 (cluster41): a foreign headline alone that reads a specific duty per unit as its measure (extract54) names its goods in
/// its own language, so its measure and the ruling's English copy disagree on the product and the pair split. At the same amount to
/// the cent, between the same imposer and origin, the measures do not disagree and the foreign copy rule joins them. Headlines and
/// texts are the tests' own.
/// </summary>
public class ForeignAmountMeasureTests
{
    private static double Both(StoryFingerprint a, StoryFingerprint b) => Math.Max(StoryMatcher.Score(a, b), StoryMatcher.Score(b, a));

    private const string Ruling = "Mexico sets anti-dumping quotas on Chinese ceramic sinks";
    private const string RulingText = "The Economy Ministry has set compensatory quotas of up to US $1.46 per piece on ceramic sinks from China, ending a probe opened at the request of two makers in Nuevo León. Imports of the sinks tripled in three years, the ministry said.";

    private static StoryFingerprint RulingCopy() => StoryFingerprint.Of(Ruling, RulingText, null, "MX");

    [Theory]
    [InlineData("Economía impone cuotas compensatorias de hasta 1.46 dólares por pieza a lavabos chinos", null)]
    [InlineData("Economía impone cuotas compensatorias de hasta 1.46 dólares por pieza a lavabos chinos", "MX")]
    public void A_foreign_headline_reading_the_rulings_amount_per_unit_joins_it(string foreign, string? outlet)
    {
        var (ruling, copy) = (RulingCopy(), StoryFingerprint.Of(foreign, "", null, outlet));
        // both read the measure, the goods in two languages: without the rule the measures disagree and the pair scores 0
        Assert.Contains(ruling.Facts, f => f.StartsWith("m:MX>CN:1.46#", StringComparison.Ordinal));
        Assert.Contains(copy.Facts, f => f.StartsWith("m:MX>CN:1.46#", StringComparison.Ordinal));
        Assert.True(copy.ForeignAmountMeasureOf(ruling));
        Assert.True(StoryMatcher.Score(copy, ruling) >= StoryMatcher.DefaultThreshold, $"{StoryMatcher.Score(copy, ruling):F2}");
        Assert.True(StoryMatcher.Score(ruling, copy) >= StoryMatcher.DefaultThreshold, $"{StoryMatcher.Score(ruling, copy):F2}");
    }

    [Theory]
    // another amount, another origin, a percent duty of the same figure
    [InlineData("Economía impone cuotas compensatorias de hasta 1.64 dólares por pieza a lavabos chinos")]
    [InlineData("Economía impone cuotas compensatorias de hasta 1.46 dólares por pieza a lavabos de Vietnam")]
    [InlineData("Economía impone aranceles de 1.46% a lavabos chinos")]
    public void Otherwise_the_foreign_headline_stays_apart(string foreign)
    {
        var (ruling, copy) = (RulingCopy(), StoryFingerprint.Of(foreign, "", null, null));
        Assert.False(copy.ForeignAmountMeasureOf(ruling));
        Assert.True(Both(ruling, copy) < StoryMatcher.DefaultThreshold, $"{Both(ruling, copy):F2}");
    }

    [Fact]
    public void An_english_headline_alone_is_no_foreign_copy()
    {
        // the rule is a foreign headline's: two English items at one amount on other goods keep their product conflict
        var copy = StoryFingerprint.Of("Mexico sets quotas of up to US$1.46 per piece on Chinese bathtubs", "", null, null);
        Assert.False(copy.ForeignAmountMeasureOf(RulingCopy()));
    }
}
