using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 22 (extract37): the general duty stated beside a trade remedy ("The compensatory quotas are paid in addition to the general
/// import tax of 15%", "The general ad valorem tariff of 11% continues to apply", "Interim dumping duty is payable in addition to the
/// general rate of customs duty of 5%") is the rate in force on every origin, not a second measure on the remedy's origin
/// (docs/quality.md, "Session 22 (extract37)"). Texts are the tests' own.
/// </summary>
public class GeneralDutyBesideRemedyTests
{
    private static string Read(string text, string? country) =>
        string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("""
        Ministry of Economy imposes anti-dumping duty on steel wire from China
        The Ministry of Economy determined to impose a definitive anti-dumping duty of 23.5% on imports of steel wire originating in the People's Republic of China.
        The anti-dumping duty is paid in addition to the general import tax of 10% applicable to the tariff item.
        """, "MX", "MX>* 10% steel wire")]
    public void The_general_duty_beside_a_remedy_is_on_every_origin(string text, string country, string expected) =>
        Assert.Contains(expected, Read(text, country).Split('|'));

    // the remedy's own rate stays on its origin; a rate that is no general duty (an interest rate, a growth figure, a price effect,
    // a counterfactual) is not made one; "duty" as obligation and a telecom tariff are no duty at all
    [Theory]
    [InlineData("""
        Ministry of Economy imposes anti-dumping duty on steel wire from China
        The Ministry of Economy determined to impose a definitive anti-dumping duty of 23.5% on imports of steel wire originating in the People's Republic of China.
        The anti-dumping duty is paid in addition to the general import tax of 10% applicable to the tariff item.
        """, "MX", "MX>CN 23.5% steel wire")]
    public void The_remedy_stays_on_its_origin(string text, string country, string expected) =>
        Assert.Contains(expected, Read(text, country).Split('|'));

    [Theory]
    [InlineData("The general interest rate of 7% continues to apply to car loans, the central bank said.", "GH")]
    [InlineData("Growth in general imports of 4% continues to apply pressure on the currency.", "KE")]
    [InlineData("The duties would raise the cost of a ladder by about 2%, in addition to the general price rise.", "AU")]
    [InlineData("Without the deal, the general tariff would have reverted to 25%.", "CA")]
    [InlineData("The general duty of care of 100% of directors continues to apply.", "GB")]
    [InlineData("The general mobile data tariff of 15% continues to apply in addition to the new charge.", "NG")]
    public void Not_a_general_duty_beside_a_remedy(string text, string country) =>
        Assert.Equal("", Read(text, country));
}
