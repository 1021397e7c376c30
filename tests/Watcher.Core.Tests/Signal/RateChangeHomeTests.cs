using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 17 (extract29): a duty that moves from the rate it had to a new one, with no actor ("The duty on imported chicken
/// rises from 37% to 62%", "the tariff on cement goes from 25% to 35%"), is a decision stated without an actor, as "rises to"
/// is (extract28): the outlet's country's border measure at the new rate. Sentences are the tests' own (wire, gazette summary,
/// budget brief, translated English); negatives are prices, revenue and shares that move from one figure to another.
/// </summary>
public class RateChangeHomeTests
{
    private static string Read(string text, string? country) =>
        string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of));

    [Theory]
    [InlineData("The duty on imported chicken rises from 37% to 62%.", "ZA", "ZA>* 62% chicken")]
    [InlineData("From Monday the tariff on cement goes from 25% to 35%, the gazette notice says.", "KE", "KE>* 35% cement")]
    [InlineData("Customs duty on refrigerators went from 10 per cent to 20 per cent under the revised schedule.", "LK", "LK>* 20% refrigerators")]
    [InlineData("Import duty on rice falls from 35 percent to 15 percent next month.", "PH", "PH>* 15% rice")]
    public void A_duty_that_moves_from_one_rate_to_another_is_the_outlet_s_measure(string text, string country, string expected) =>
        Assert.Equal(expected, Read(text, country));

    [Theory]
    [InlineData("Prices of imported chicken rose from R30 to R40 a kilo after the duty.", "ZA")]
    [InlineData("Tariff revenue rose from 5% to 9% of total tax receipts.", "KE")]
    [InlineData("The share of imports subject to duties went from 9% to 12% last year.", "GB")]
    [InlineData("Duty collections went from 12% to 15% of revenue in the quarter.", "IN")]
    [InlineData("Inflation rose from 5% to 7% in March, the statistics office said.", "ZA")]
    public void A_figure_that_moves_is_no_duty(string text, string country) =>
        Assert.Equal("", Read(text, country));
}
