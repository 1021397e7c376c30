using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 25 (cluster35): a rate with decimals between the same parties is one ruling however each outlet names its goods
/// (<see cref="RulingRate"/>); round rates, other parties and other imposers keep their goods test.
/// </summary>
public class RulingRateTests
{
    private static StoryFingerprint F(string title, string text, string? country = null) => StoryFingerprint.Of(title, text, null, country);

    private static double Score(StoryFingerprint a, StoryFingerprint b) => Math.Max(StoryMatcher.Score(a, b), StoryMatcher.Score(b, a));

    [Theory]
    [InlineData(112.61, 112.61, true)]
    [InlineData(7.5, 7.5, true)]
    [InlineData(27.41, 27, false)] // a whole rate beside a decimal one: "35%" and "35.19%" on Canadian goods and lumber
    [InlineData(35, 35.19, false)]
    [InlineData(25, 25, false)] // a round rate is many measures' rate
    [InlineData(27.41, 28, false)]
    [InlineData(61.4, 61.7, false)]
    public void A_rate_with_decimals_or_its_rounding_is_distinctive(double x, double y, bool expected) =>
        Assert.Equal(expected, RulingRate.SameDistinctiveRate(x, y));

    [Fact]
    public void A_ruling_told_with_its_goods_in_other_words_is_one_story()
    {
        var wire = F("US imposes preliminary anti-subsidy duty on Vietnamese HFC blends",
            "The US Department of Commerce has issued a preliminary determination imposing countervailing duties of 7.84 per cent to 112.61 per cent on hydrofluorocarbon blends imported from Vietnam, the trade ministry said on Friday. Exporters have 30 days to comment.");
        var brief = F("US slaps up to 112.61% anti-subsidy duty on Vietnamese refrigerant",
            "Washington has set preliminary countervailing duties of up to 112.61% on a refrigerant imported from Vietnam, according to a Commerce Department notice.");
        Assert.True(RulingRate.Shared(wire, brief));
        Assert.True(Score(wire, brief) >= StoryMatcher.DefaultThreshold);
    }

    [Fact]
    public void Round_rates_on_other_goods_stay_two_measures()
    {
        var evs = F("UK imposes 50% tariff on Brazilian electric vehicles", "The UK will impose a 50% tariff on electric vehicles imported from Brazil from next month, the trade department said.");
        var solar = F("UK imposes 50% tariff on Brazilian solar panels", "The UK will impose a 50% tariff on solar panels imported from Brazil from next month, the trade department said.");
        Assert.False(RulingRate.Shared(evs, solar));
    }

    [Fact]
    public void One_decimal_rate_of_two_imposers_or_on_two_named_origins_is_no_shared_ruling()
    {
        var indonesia = F("Indonesia sets 26.41% tariff on Malaysian coffee", "Indonesia will apply a 26.41% anti-dumping duty on coffee imported from Malaysia, the trade ministry said.");
        var us = F("US sets 26.41% tariff on Indonesian coffee", "The United States will apply a 26.41% anti-dumping duty on coffee imported from Indonesia, the Commerce Department said.");
        Assert.False(RulingRate.Shared(indonesia, us));
        var russia = F("Japan sets 12.5% tariff on Russian furniture", "Japan will apply a 12.5% anti-dumping duty on wooden furniture imported from Russia, the finance ministry said.");
        var malaysia = F("Japan sets 12.5% tariff on Malaysian plywood", "Japan will apply a 12.5% anti-dumping duty on plywood imported from Malaysia, the finance ministry said.");
        Assert.False(RulingRate.Shared(russia, malaysia));
    }
    [Fact]
    public void A_periodicals_headline_shares_no_ruling()
    {
        var weekly = F("Trade Remedies Weekly: Chile's salmon feed, Peru's cement, Ecuador's tiles",
            "Peru: the trade commission has confirmed a 31.4% anti-dumping duty on Chilean cement. Chile: the provisional 12.6% duty on salmon feed from Argentina lapses on Friday.");
        var ruling = F("Peru imposes anti-dumping duty on Chilean cement",
            "Peru's trade commission has applied a definitive anti-dumping duty of 31.4% on cement from Chile for five years.");
        Assert.False(RulingRate.Shared(weekly, ruling));
    }
}
