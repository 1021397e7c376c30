using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 19 (goods31): a line of a budget's or a schedule's list that opens with a short name of goods and a colon, the tariff or
/// its rate right after it ("Newsprint: customs duty cut to 10% from 25%"), is on the goods it names; a measure read with only
/// "goods" there takes the label. Not a country, a firm, an article's or a section's label ("Paraguay:", "Analysis:", "Key
/// points:"), nor a label followed by anything but the tariff. A headline's verb "tripled", "trebled", "quadrupled" joins the
/// other verbs after a tariff word its goods modify ("Fastener duty tripled to 30%"). Sentences are the tests' own.
/// </summary>
public class GoodsLabelLineTests
{
    private static string Read(string text, string? country = null) =>
        string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of));

    [Theory]
    [InlineData("Kenya's budget at a glance.\nGas cylinders: import duty cut to 10% from 25%", "KE", "KE>* 10% Gas cylinders")]
    [InlineData("What the budget changes.\nTissue paper: customs duty raised to 15%", "LK", "LK>* 15% Tissue paper")]
    [InlineData("Budget measures at a glance.\nSolar lanterns: duty cut to 1%", "BD", "BD>* 1% Solar lanterns")]
    public void A_list_line_named_for_goods_is_on_them(string text, string country, string expected) =>
        Assert.Contains(expected, Read(text, country).Split('|'));

    [Theory]
    [InlineData("Budget measures at a glance.\nKey points: import duty cut to 10% from 25%", "KE")]
    [InlineData("Budget measures at a glance.\nAnalysis: import duty cut to 10% from 25%", "KE")]
    [InlineData("Budget measures at a glance.\nWhat changes: customs duty raised to 15%", "LK")]
    [InlineData("Budget measures at a glance.\nOther items: customs duty raised to 15%", "LK")]
    public void A_label_that_names_no_goods_gives_none(string text, string country) =>
        Assert.DoesNotContain(Read(text, country).Split('|'), k => k.Contains('%') && !k.EndsWith("% goods", StringComparison.Ordinal));

    [Fact]
    public void A_label_followed_by_anything_but_the_tariff_is_no_goods_label() =>
        Assert.DoesNotContain("Cement", Read("Budget measures at a glance.\nCement: prices will fall after the import duty is cut to 10%", "KE"), StringComparison.Ordinal);

    [Fact]
    public void A_country_before_the_colon_is_the_imposer_not_goods() =>
        Assert.DoesNotContain("Paraguay", Read("Regional round-up.\nParaguay: import duty cut to 10% from 25%"), StringComparison.Ordinal);

    [Theory]
    [InlineData("Cement duty tripled to 30% as regulator backs local makers", "KE", "KE>* 30% Cement")]
    [InlineData("Sugar import duty trebled to 45%", "PK", "PK>* 45% Sugar")]
    public void A_tariff_tripled_keeps_the_goods_that_modify_it(string text, string country, string expected) =>
        Assert.Contains(expected, Read(text, country).Split('|'));

    [Fact]
    public void A_tripled_duty_in_the_obligation_sense_is_no_measure() =>
        Assert.Empty(TariffExtractor.Extract("Her duty tripled after the merger, she told the 30% of staff who stayed."));
}
