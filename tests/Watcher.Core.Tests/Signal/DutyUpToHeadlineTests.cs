using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 22 (extract37): a headline that is a duty moved "up to" its rate with no verb ("Import duty on fishing nets up to 25pc",
/// "School uniform import duty up to 35%") is the headline's way of "raised to", and states the outlet's country's measure when the
/// item names no country that could lay it (docs/quality.md, "Session 22 (extract37)"). Sentences are the tests' own.
/// </summary>
public class DutyUpToHeadlineTests
{
    private static string Read(string text, string? country) =>
        string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of));

    [Theory]
    [InlineData("Import duty on ceiling fans up to 30pc", "NP", "NP>* 30% ceiling fans")]
    [InlineData("Customs duty on imported tiles up to 25% from July", "LK", "LK>* 25% tiles")]
    [InlineData("Import duty on motorcycle helmets up to 20 percent", "UG", "UG>* 20% motorcycle helmets")]
    public void A_duty_up_to_a_rate_in_a_headline_is_the_outlet_s_rise(string text, string country, string expected)
    {
        Assert.Equal(expected, Read(text, country));
        Assert.Equal("", Read(text, null)); // the text alone names no imposer
    }

    // a rise "by up to" (a price's or a service's tariff), a domestic charge, a duty feared, sought or asked about, another country's
    // duty on the outlet's goods, and figures that are no duty (a vote share, an interest rate, growth, a price effect)
    [Theory]
    [InlineData("Hotels raise room tariffs by up to 30% for the holidays", "IN")]
    [InlineData("Mobile data tariffs up to 15% from June", "NG")]
    [InlineData("Stamp duty on house sales up to 5%", "GB")]
    [InlineData("Excise duty on beer up to 20%", "KE")]
    [InlineData("Import duty on rice up to 35% sought by millers", "PH")]
    [InlineData("Import duty on rice up to 35%?", "PH")]
    [InlineData("Import duty on cement up to 40% could hit builders", "GH")]
    [InlineData("Kenyan tea faces duty up to 25%", "KE")]
    [InlineData("Ruling party vote share up to 52%", "KE")]
    [InlineData("Interest rate on car loans up to 7%", "GH")]
    [InlineData("Exports of cut flowers up to 4%", "KE")]
    [InlineData("Duty rise to raise the cost of cement by about 2%", "GH")]
    public void Not_the_outlet_s_duty(string text, string country) =>
        Assert.Equal("", Read(text, country));
}
