using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 17 (extract29): specific duties in the currencies the rate reader did not know — rupiah ("Rp 16,500 per kg",
/// "16,500 rupiah per kg"), ringgit, baht, dong, shillings, lira, cedis, naira, cents ("35 cents a litre") and their ISO codes
/// — and a cess laid on imported goods ("the cess on imported yoghurt", "import cess"), a border charge in South Asian budgets.
/// Labelled by the amount in the text's unit (docs/holdout-10-notes.md). Sentences are the tests' own: headline, wire, gazette,
/// budget speech; negatives are prices, freight, electricity tariffs and domestic cesses.
/// </summary>
public class SpecificDutyCurrencyTests
{
    private static string Read(string text, string? country = null) =>
        string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of));

    [Theory]
    [InlineData("Indonesia slaps safeguard duty of Rp 16,500 per kg on imported knitted fabrics", "ID>* 16500 idr/kg knitted fabrics")]
    [InlineData("Malaysia imposes anti-dumping duty of RM 1.20 per kg on Chinese steel wire", "MY>CN 1.2 myr/kg steel wire")]
    [InlineData("Kenya raises import duty on sugar to KSh 20 per kg", "KE>* 20 kes/kg sugar")]
    [InlineData("Turkey sets customs duty of 2,500 lira per tonne on imported wheat", "TR>* 2500 try/tonne wheat")]
    [InlineData("Thailand imposes safeguard duty of 1,200 baht per tonne on imported steel coils", "TH>* 1200 thb/tonne steel coils")]
    [InlineData("Canada slaps 35 cents a litre duty on US wine", "CA>US 35 cent/litre wine")]
    [InlineData("Indonesia has imposed safeguard duties on imports of knitted fabric for three years, starting at 16,500 rupiah per kg.",
        "ID>* 16500 idr/kg knitted fabric")]
    public void A_specific_duty_in_a_currency_of_its_own_is_read(string text, string expected) =>
        Assert.Equal(expected, Read(text));

    [Theory]
    [InlineData("Sri Lanka raises cess on imported yoghurt to Rs. 300 per kg", "LK>* 300 lkr/kg yoghurt")]
    public void A_cess_on_imported_goods_is_a_border_charge(string text, string expected) =>
        Assert.Equal(expected, Read(text));

    // prices, values, freight and utility charges per unit; a cess that is not laid on imports
    [Theory]
    [InlineData("Rice traders in Jakarta sold at Rp 12,000 per kg last week.")]
    [InlineData("Indonesian rice prices rose to Rp 14,000 per kg in October.")]
    [InlineData("Freight costs from Shanghai reached 4,000 dollars per container.")]
    [InlineData("The power company raised its tariff to 35 cents per kWh.")]
    [InlineData("Malaysian palm oil futures climbed to RM 4,200 per tonne on Friday.")]
    [InlineData("Kenya's sugar traders paid KSh 150 per kg at the factory gate.")]
    [InlineData("India raised the health cess on cigarettes to Rs 5 per stick.")]
    [InlineData("Thai farmers earn 9,000 baht per tonne of paddy, the ministry said.")]
    public void A_price_or_a_domestic_charge_per_unit_is_no_duty(string text) =>
        Assert.Equal("", Read(text));
}
