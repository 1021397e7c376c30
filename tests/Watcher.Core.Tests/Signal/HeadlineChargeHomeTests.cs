using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 19 (extract31): three ways a headline or brief states its own country's border measure without naming an imposer, each
/// read as the outlet's (docs/quality.md, "Session 19 (extract31)"): goods that are to face a duty ("Vietnamese plywood to face duties
/// of up to 19.2%", the duty named before its rate), a duty that triples or quadruples to a rate, and a goods word's tariff that is
/// cut or moves to a rate ("Kraft paper tariff rises to 15%"). Sentences are the tests' own: headlines, wire, notice, brief.
/// </summary>
public class HeadlineChargeHomeTests
{
    private static string Read(string text, string? country) =>
        string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of));

    [Theory]
    [InlineData("Ceramic tiles from India to face anti-dumping duties of up to 27.5%", "EG", "EG>IN 27.5% Ceramic tiles")]
    [InlineData("Vietnamese plywood to face duties of up to 19.2% for five years", "KR", "KR>VN 19.2% plywood")]
    [InlineData("Chinese aluminium foil will face provisional anti-dumping duties of up to 48.7 percent", "TH", "TH>CN 48.7% aluminium foil")]
    [InlineData("Imported glass bottles to face 20% safeguard duty from March", "ZA", "ZA>* 20% glass bottles")]
    public void Goods_that_are_to_face_a_duty_are_charged_by_the_outlet_s_country(string text, string country, string expected)
    {
        Assert.Equal(expected, Read(text, country));
        Assert.Equal("", Read(text, null)); // the text alone names no imposer
    }

    // not a measure of the outlet's: a threat, exporters or firms as the subject, the outlet's own goods abroad, a domestic tax, a
    // growth rate, a sports or telecom tariff
    [Theory]
    [InlineData("Ceramic tiles from India could face anti-dumping duties of up to 27.5%", "EG")]
    [InlineData("Exporters to face duties of up to 25% from next year", "IN")]
    [InlineData("Steel makers to face duties of up to 30% on their shipments", "KR")]
    [InlineData("Beer to face excise duty of 15% from July", "KE")]
    [InlineData("Imported cars to face VAT of 16% from July", "KE")]
    [InlineData("Car sales to face growth of up to 12% this year", "TH")]
    [InlineData("Mobile users to face tariffs of up to 15% more from June", "NG")]
    public void Not_goods_charged_by_the_outlet_s_country(string text, string country) =>
        Assert.Equal("", Read(text, country));

    [Theory]
    [InlineData("Duty on imported ceiling fans tripled to 30%", "PK", "PK>* 30% ceiling fans")]
    [InlineData("Customs duty on imported footwear tripled to 40 percent from July", "KE", "KE>* 40% footwear")]
    public void A_duty_that_triples_to_a_rate_is_a_decision(string text, string country, string expected) =>
        Assert.Equal(expected, Read(text, country));

    [Theory]
    // (the headline's capitalised first word is read as a name and dropped from the goods: the goods reader's, left)
    [InlineData("Kraft paper tariff rises to 15% for two years", "CO", "CO>* 15% paper")]
    [InlineData("Tyre tariff cut to 16% as plants idle", "AR", "AR>* 16% Tyre")]
    public void A_goods_word_s_tariff_that_moves_to_a_rate_is_the_outlet_s(string text, string country, string expected) =>
        Assert.Equal(expected, Read(text, country));

    // a utility's, a service's or a statistic's tariff that moves, an old rate, a growth rate
    [Theory]
    [InlineData("Electricity tariff rises to 15% for commercial users", "GH")]
    [InlineData("Mobile data tariff cut to 10% below last year's", "NG")]
    [InlineData("Feed-in tariff cut to 8 cents per kWh", "ZA")]
    [InlineData("Hotel tariff rises to 12% in high season", "MV")]
    [InlineData("Average tariff falls to 4% as trade deals take effect", "VN")]
    [InlineData("Grid tariff raised to 20% above the regulator's estimate", "KE")]
    public void Not_a_goods_tariff(string text, string country) =>
        Assert.Equal("", Read(text, country));
}
