using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 22 (extract37): "RD", "BCD" and "ACD" (regulatory, basic customs and additional customs duty) used in a headline without
/// being defined ("RD on used cars slashed to 20pc", "Govt doubles RD on coated paper to 20pc") stand for a duty where a duty stands
/// (docs/quality.md, "Session 22 (extract37)"). Sentences are the tests' own.
/// </summary>
public class BareDutyAbbreviationTests
{
    private static string Read(string text, string? country) =>
        string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of));

    [Theory]
    [InlineData("RD on imported tyres slashed to 15pc", "PK", "PK>* 15% ")]
    [InlineData("BCD on solar glass raised to 25 per cent", "IN", "IN>* 25% ")]
    public void A_bare_duty_abbreviation_is_a_duty(string text, string country, string expected) =>
        Assert.StartsWith(expected, Read(text, country));

    // another abbreviation ("RD Congo", R&D), a growth figure, an interest rate, a vote share
    [Theory]
    [InlineData("RD Congo growth up to 4% on copper exports", "CD")]
    [InlineData("R&D spending on batteries raised to 3% of sales", "KR")]
    [InlineData("RD interest rate on car loans raised to 7%", "GH")]
    [InlineData("RD party vote share on the rise to 52%", "KE")]
    public void Not_a_duty(string text, string country) =>
        Assert.Equal("", Read(text, country));
}
