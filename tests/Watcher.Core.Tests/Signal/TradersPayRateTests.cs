using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 32 (extract62): "Malaysian exporters will now pay 14%, down from 19%, after the White House trimmed tariffs …; Thailand
/// gets 18% and Cambodia 17%" lost the 14% and gave Thailand's 18% to Malaysia. A country's exporters, producers or shippers that pay
/// or face a rate, in a sentence about a tariff, state that rate with that country as its target; a country by name that gets a rate
/// ("Thailand gets 18%", "Laos gets a 20% rate") is that rate's target. Sentences are the tests' own.
/// </summary>
public class TradersPayRateTests
{
    private static string[] Read(string text, string? country = null) =>
        [.. TariffExtractor.Extract(text, country).Select(MeasureKey.Of)];

    [Fact]
    public void Exporters_that_pay_a_rate_are_its_target_and_a_country_that_gets_one_is_its()
    {
        var read = Read("Vietnamese exporters will now pay 16%, down from 22%, after Washington trimmed tariffs across Southeast Asia; Laos gets 20% and Myanmar 25%.");
        Assert.Contains(read, m => m.StartsWith("US>VN 16% ", StringComparison.Ordinal));
        Assert.Contains(read, m => m.StartsWith("US>LA 20% ", StringComparison.Ordinal));
        Assert.Contains(read, m => m.StartsWith("US>MM 25% ", StringComparison.Ordinal));
        Assert.DoesNotContain(read, m => m.StartsWith("US>VN 20% ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Chilean producers will face 9% after Beijing lowered its tariffs on fruit; Peru gets a 7% rate.", "CN>CL 9% ", "CN>PE 7% ")]
    [InlineData("Kenyan shippers now pay 10%, down from 15%, after the United States cut its tariffs on East Africa; Uganda gets 12%.", "US>KE 10% ", "US>UG 12% ")]
    public void Traders_that_pay_or_face_a_rate_state_it_for_their_country(string text, string traders, string getter)
    {
        var read = Read(text);
        Assert.Contains(read, m => m.StartsWith(traders, StringComparison.Ordinal));
        Assert.Contains(read, m => m.StartsWith(getter, StringComparison.Ordinal));
    }

    [Theory]
    // more paid for something else, interest, a drop in orders: no rate of the tariff
    [InlineData("Vietnamese exporters will pay 16% more for freight after Washington trimmed tariffs across Southeast Asia.", "16%")]
    [InlineData("Vietnamese exporters will now pay 16% interest on their loans, after Washington trimmed tariffs across Southeast Asia.", "16%")]
    [InlineData("Vietnamese exporters face a 16% drop in orders after Washington raised tariffs across Southeast Asia.", "16%")]
    public void What_traders_pay_that_is_no_tariff_is_no_rate(string text, string rate) =>
        Assert.DoesNotContain(Read(text), m => m.Contains(" " + rate + " ", StringComparison.Ordinal));

    /// <summary>Traders in a later clause are left to the clause reader: the sentence reader took the words before the clause for
    /// the rate's goods.</summary>
    [Fact]
    public void Traders_in_a_later_clause_take_no_goods_from_before_it() =>
        Assert.DoesNotContain(Read("The US set duties of up to 60% on Chinese wire hangers on Thursday, while Vietnamese producers will pay 12%."),
            m => m.EndsWith(" while", StringComparison.Ordinal) || m.EndsWith(" Thursday", StringComparison.Ordinal));
}
