using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 33 (extract64): "the N% tariff that X applies to Y" names the rate's imposer after it and its goods' country in the goods
/// (TariffExtractor.AppliedBy.cs); and "lifted the duty on X to N%" is a raise, not a removal. Sentences are the tests' own.
/// </summary>
public class AppliedByTests
{
    private static List<string> Read(string text, string? country = null) =>
        TariffExtractor.Extract(text, country).Select(m => MeasureKey.Of(m) + " (" + m.Action + ")").ToList();

    [Fact]
    public void The_one_who_applies_the_rate_is_its_imposer_not_the_speaker()
    {
        var read = Read("Fiji's Prime Minister holds call with US President\nThe Prime Minister of Fiji held a telephone call with the President of the United States on the 20% tariff that the United States applies to Fijian goods. The two leaders agreed to keep talking.", "FJ");
        Assert.Contains("US>FJ 20% goods (imposed)", read);
        Assert.DoesNotContain(read, m => m.StartsWith("FJ>US", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rate_applied_to_a_country_s_goods_keeps_them_and_the_next_rate_its_own()
    {
        var read = Read("Kenyan President meets US envoy\nThe two discussed trade, including the 15% tariff that the United States applies to most Kenyan goods and the 30% tariff on Kenyan cut flowers. They agreed to meet again in May.", "KE");
        Assert.Contains(read, m => m.StartsWith("US>KE 15% goods ", StringComparison.Ordinal));
        Assert.Contains(read, m => m.StartsWith("US>KE 30% cut flowers ", StringComparison.Ordinal));
        Assert.DoesNotContain(read, m => m.StartsWith("US>KE 15% cut flowers", StringComparison.Ordinal));
    }

    [Fact]
    public void Goods_from_a_country_are_that_country_s_and_keep_their_name()
    {
        var read = Read("Mexican minister visits Tokyo\nThe ministers discussed the 25% tariff that Japan applies to fresh avocados from Mexico and the progress of the partnership talks.", "MX");
        Assert.Contains("JP>MX 25% fresh avocados (imposed)", read);
    }

    [Fact]
    public void The_speaker_s_own_later_duty_stays_its_own()
    {
        var read = Read("Canada answers lumber duty\nCanada said the 10% tariff that the United States applies to Canadian lumber is unfair, and it will impose a 25% duty on US whiskey.", "CA");
        Assert.Contains("US>CA 10% lumber (imposed)", read);
        Assert.Contains(read, m => m.StartsWith("CA>US 25% whiskey ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reading_already_right_is_unchanged()
    {
        var read = Read("Benin and Nigeria trade ministers meet\nThe Minister of Trade received his Nigerian counterpart for talks on bilateral trade, in particular the 35% duty that Nigeria applies to Beninese palm oil. A joint committee will report in June.", "BJ");
        Assert.Equal(["NG>BJ 35% palm oil (imposed)"], read);
    }

    [Fact]
    public void Lifting_a_duty_to_a_level_is_a_raise()
    {
        var read = Read("Ghana lifts duty on paper napkins to 35%\nGhana lifted the import duty on paper napkins to 35 percent in the budget.");
        Assert.Contains("GH>* 35% paper napkins (raised)", read);
    }

    [Fact]
    public void Lifting_a_duty_with_no_level_after_it_is_still_a_removal()
    {
        var read = Read("Ghana lifts duty on paper napkins\nGhana lifted the 20% import duty on paper napkins in the budget.");
        Assert.Contains("GH>* 20% paper napkins (removed)", read);
    }

    [Fact]
    public void A_round_up_clause_that_abolishes_a_duty_is_a_removal_beside_one_lifted_to_a_level()
    {
        var read = Read("Tonga raised its duty on instant noodles to 30% to protect local bakers, Nauru lifted the levy on soft drinks to 45% for health reasons, and Palau abolished its 15% duty on rice to bring down food prices.");
        Assert.Contains("NR>* 45% soft drinks (raised)", read);
        Assert.Contains("PW>* 15% rice (removed)", read);
    }
}
