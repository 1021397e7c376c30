using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// A dumping deposit written with its rate between the deposit and its goods, "deposits of up to 63.9% on cyclohexanone", is the
/// provisional duty (TariffExtractor.Patterns.cs, DepositContext), and goods that "will pay cash deposits of …" state a decision
/// (HomeCountry.Decided): an item with no acting institution is then its outlet's. A down payment on a home or interest on savings is
/// none. The rows are written for the grammar of the sentence, not copied from a labelled set.
/// </summary>
public class DepositsOfRateTests
{
    private static string Read(string text, string? country) =>
        string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of));

    [Fact]
    public void Deposits_of_a_rate_on_goods_are_the_duty() =>
        Assert.Equal("CN>JP 48.2% acetone", Read("Beijing will collect deposits of up to 48.2% on acetone from Japan, the ministry said.", null));

    [Fact]
    public void Goods_that_will_pay_cash_deposits_are_the_outlets_decision() =>
        Assert.Equal("US>CN 77.5% garden hoses",
            Read("Garden hose buyers brace for dumping deposits.\nWholesalers stocking garden hoses will pay cash deposits of up to 77.5% on garden hoses from China after Commerce's preliminary ruling.", "US"));

    [Theory]
    [InlineData("Buyers must pay deposits of 20% on new homes before construction starts.", "GB")]
    [InlineData("Savers earn 4% on deposits of up to $10,000 at the state bank.", "IN")]
    [InlineData("Renters will pay cash deposits of 10% on flats in the capital from March.", "KE")]
    // a rate on shipments names no goods of the deposit's own
    [InlineData("Grain exporters must post deposits of 12 percent on shipments to the bloc, the exchange said.", "UA")]
    public void A_down_payment_or_a_bank_deposit_is_no_duty(string text, string country) =>
        Assert.Equal(string.Empty, Read(text, country));
}
