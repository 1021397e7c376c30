using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 23 (extract40): goods that "will pay" or are "to pay" a duty the headline states ("Imported beer will pay a 30% tariff",
/// "Finance bill 2028: hair extensions and cosmetics to pay 30% customs duty") are the outlet's country's decision, on the terms that
/// goods which "will face" or "will attract" a duty already were (HomeCountry.Decided; docs/quality.md, "Session 23 (extract40)").
/// Sentences are the tests' own.
/// </summary>
public class GoodsToPayDutyHeadlineTests
{
    private static string Read(string text, string? country) =>
        string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of));

    [Theory]
    [InlineData("Imported sugar will pay a 25% customs duty from July", "KE", "KE>* 25% sugar")]
    [InlineData("Budget 2029: used tyres to pay 40% import duty", "GH", "GH>* 40% used tyres")]
    [InlineData("Chinese ceramic tiles to pay 32.5% provisional duty", "CO", "CO>CN 32.5% ceramic tiles")]
    public void Goods_that_are_to_pay_a_duty_are_the_outlet_s_measure(string text, string country, string expected)
    {
        Assert.Equal(expected, Read(text, country));
        Assert.Equal("", Read(text, null)); // the text alone names no imposer
    }

    // people who pay (consumers, students, households), a duty sought, a utility's or a phone plan's tariff, a duty as obligation
    [Theory]
    [InlineData("Consumers will pay 25% more for imported cars", "CA")]
    [InlineData("Students will pay a 10% levy on tuition fees", "GH")]
    [InlineData("Millers want imported flour to pay 35% duty", "KE")]
    [InlineData("Households to pay 15% higher electricity tariff", "NG")]
    [InlineData("Prepaid users will pay a 12% data tariff", "NG")]
    [InlineData("Directors to pay a duty of care to 40% of shareholders", "GB")]
    public void Not_the_outlet_s_duty(string text, string country) =>
        Assert.Equal("", Read(text, country));

    // the outlet's own goods paying another country's duty are that country's measure, never the outlet's
    [Fact]
    public void The_outlet_s_goods_paying_abroad_are_not_its_measure() =>
        Assert.DoesNotContain("KE>", Read("Kenyan tea to pay 25% duty in Pakistan", "KE"));
}
