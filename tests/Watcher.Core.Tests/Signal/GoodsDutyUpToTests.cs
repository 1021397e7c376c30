using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 34 (extract66): a headline whose goods' duty is moved "up to" its rate, the goods named before the duty and no verb
/// ("Chicken quarters duty up to 25 percent from July"), states the outlet's country's measure on those goods, as
/// "Import duty on fishing nets up to 25pc" does (DutyUpToHeadlineTests); and the goods before a duty "going up to" its rate are the
/// measure's goods in any sentence (docs/quality.md, "Session 34 (extract66)"). Sentences are the tests' own.
/// </summary>
public class GoodsDutyUpToTests
{
    private static string Read(string text, string? country) =>
        string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of));

    [Theory]
    [InlineData("Water pump import duty up to 30pc", "NP", "NP>* 30% Water pump")]
    [InlineData("Motorcycle helmets duty up to 20 percent from July", "UG", "UG>* 20% Motorcycle helmets")]
    [InlineData("Frozen mackerel import duty going up to 15%", "GH", "GH>* 15% Frozen mackerel")]
    public void Goods_duty_up_to_a_rate_in_a_headline_is_the_outlet_s_rise(string text, string country, string expected)
    {
        Assert.Equal(expected, Read(text, country));
        Assert.Equal("", Read(text, null)); // the text alone names no imposer
    }

    // no goods named, a domestic or an export duty, goods that face it, a duty feared, sought or asked about, a levy or a tariff
    // that may be a domestic charge or a utility's
    [Theory]
    [InlineData("Import duty up to 25% from July", "UG")]
    [InlineData("House stamp duty up to 5%", "GB")]
    [InlineData("Beer excise duty up to 20%", "KE")]
    [InlineData("Raw cashew export duty up to 10%", "TZ")]
    [InlineData("Kenyan tea faces duty up to 25%", "KE")]
    [InlineData("Cement import duty up to 40% could hit builders", "GH")]
    [InlineData("Rice import duty up to 35% sought by millers", "PH")]
    [InlineData("Rice import duty up to 35%?", "PH")]
    [InlineData("Sugary drinks levy up to 20%", "ZA")]
    [InlineData("Electricity tariff up to 15% from June", "NG")]
    public void Not_the_outlet_s_duty(string text, string country) =>
        Assert.Equal("", Read(text, country));

    [Theory]
    [InlineData("Zambia Budget 2033: Frozen mackerel duty going up to 15 percent", "ZM>* 15% Frozen mackerel")]
    [InlineData("Ghana Budget 2033: Water pump import duty up to 30%", "GH>* 30% Water pump")]
    public void The_goods_before_a_duty_going_up_to_its_rate_are_its_goods(string text, string expected) =>
        Assert.Equal(expected, Read(text, null));
}
