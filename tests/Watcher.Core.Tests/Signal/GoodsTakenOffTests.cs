namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 29 (extract52): goods a duty is taken off (TariffExtractor.TakenOff.cs). A removal, waiver or exemption stated with its
/// rate is labelled at that rate on the goods it is taken off: the subject of "… will be (fully) exempt(ed) from the N% duty" (however
/// long, "made with U.S. steel"), of "… will be / enter duty-free after the N% duty is removed", the object of "exempting U.S.-made X
/// from its N% duty"; a domestic tax removed beside the duty ("the 40 percent import duty and the 14 percent VAT on tractors") is no
/// measure, and the duty is on the goods after it. Goods excepted from a rate get none at it; tax-exempt bonds, military duty and a
/// fee waived read nothing. Sentences are the tests' own.
/// </summary>
public class GoodsTakenOffTests
{
    private static string[] Read(string text) => MeasureKey.All(text).Split('|');

    [Theory]
    [InlineData("Kenya raised the duty on sugar to 35%. Solar lanterns will be fully exempted from the current 10 per cent duty.", "KE>* 10% Solar lanterns")]
    [InlineData("Jamaica's budget cuts the duty on electric vans to 10 per cent, and sunscreen will be duty-free after the 20 per cent duty is removed.", "JM>* 20% sunscreen")]
    [InlineData("Argentina cut the tariff on buses to 20%. Bus chassis will pay 12%, and grain trailers will enter tariff-free after the removal of their 14% duty.", "AR>* 14% grain trailers")]
    [InlineData("Malawi raised the duty on hoes to 25%. Solar lanterns now duty free as Treasury scraps 30% levy.", "MW>* 30% Solar lanterns")]
    public void The_subject_a_duty_is_taken_off_is_its_goods(string text, string expected) =>
        Assert.Contains(expected, Read(text));

    [Theory]
    [InlineData("Canada said bicycles and tents made with U.S. steel will be exempt from the 25 per cent counter tariffs on U.S. steel products.")]
    [InlineData("Canada will keep exempting U.S.-made bicycles and tents from its 25% counter-tariffs for another year.")]
    public void Goods_exempted_from_a_rate_are_its_goods_not_what_it_was_on(string text)
    {
        var got = Read(text);
        Assert.Contains(got, k => k.StartsWith("CA>US 25% ", StringComparison.Ordinal) && k.Contains("bicycles", StringComparison.Ordinal));
        Assert.DoesNotContain(got, k => k is "CA>US 25% steel" or "CA>US 25% counter-");
    }

    [Theory]
    [InlineData("Guyana's budget announced the removal of the 40 percent import duty and the 14 percent Value Added Tax on farm tractors.", "GY>* 40% farm tractors", "14%")]
    [InlineData("Ghana's budget: 20% import duty and 15% VAT removed on water pumps used in farming.", "GH>* 20% water pumps", "15%")]
    public void A_domestic_tax_removed_beside_the_duty_is_no_measure(string text, string expected, string notRate)
    {
        var got = Read(text);
        Assert.Contains(got, k => k.StartsWith(expected, StringComparison.Ordinal));
        Assert.DoesNotContain(got, k => k.Contains(" " + notRate + " ", StringComparison.Ordinal));
    }

    [Theory]
    // goods excepted from a rate get none at it
    [InlineData("Mexico imposed a 25% tariff on steel, except stainless steel.", "MX>* 25% steel", "stainless")]
    [InlineData("Brazil raised its tariff on tyres to 35%, but tyres for farm tractors are exempted.", "BR>* 35% tyres", "tractors")]
    [InlineData("Peru set a 20% tariff on imported footwear; children's shoes are exempt.", "PE>* 20% footwear", "children")]
    public void Goods_excepted_from_a_rate_get_none_at_it(string text, string expected, string notGoods)
    {
        var got = Read(text);
        Assert.Contains(expected, got);
        Assert.DoesNotContain(got, k => k.Contains(notGoods, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Kenya raised the duty on sugar to 35%. It also sold tax-exempt bonds paying 12 percent.", "12%")]
    [InlineData("Jordan raised customs duty on cars to 40%. The ministry waived the 10% fee for students.", "10%")]
    public void Exemptions_that_are_no_duty_read_nothing(string text, string notRate) =>
        Assert.DoesNotContain(Read(text), k => k.Contains(" " + notRate + " ", StringComparison.Ordinal));

    [Theory]
    [InlineData("Mexico will be exempt from the 25% tariff on steel, the minister said.", "Mexico")]
    [InlineData("Egypt raised customs duty on cars to 40%. Students will be exempt from the military duty, the ministry said.", "Students")]
    public void A_country_or_people_exempted_name_no_goods(string text, string notGoods) =>
        Assert.DoesNotContain(Read(text), k => k.Contains(notGoods, StringComparison.Ordinal));
}
