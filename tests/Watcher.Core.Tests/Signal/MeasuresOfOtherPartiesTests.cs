namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 20 (extract33): lede measures disagree only when they are about the same parties (StoryMatcher.Facts). A schedule's
/// other lines ("…; Thailand gets 18% and Cambodia 17%", US>TH, US>KH) say nothing against a wire's lede measure on another of
/// its countries (US>MY); two measures between the same two parties at other rates, and a retaliation (US>CN / CN>US), still
/// disagree, and two decisions on other countries stay apart by what else the items say.
/// </summary>
public class MeasuresOfOtherPartiesTests
{
    private const string Wire =
        "WASHINGTON (Reuters) - The United States will cut tariffs on Malaysian goods to 14% from 19% next week, the White House said on Friday. Goods from Thailand will face an 18% tariff and those from Cambodia 17%, under an executive order signed by the president.";

    [Fact]
    public void A_live_entry_reading_the_schedule_s_other_lines_joins_the_wire() =>
        StoryPair.AssertSame(true,
            "US trims tariffs on Malaysia, Thailand, Cambodia", Wire,
            "Markets live: Asian stocks, yen, gold – Friday",
            "10:02 GMT – Malaysian exporters will now pay 14%, down from 19%, after the White House trimmed tariffs across the region; Thailand gets 18% and Cambodia 17%. The ringgit firmed 0.3%. 09:40 GMT – Gold slipped 0.2% as the dollar steadied.");

    [Fact]
    public void Two_rates_between_the_same_parties_still_disagree() =>
        StoryPair.AssertSame(false,
            "US raises tariff on Indian shrimp to 25%",
            "The United States raised its tariff on shrimp from India to 25% on Monday, the Commerce Department said.",
            "US sets 50% tariff on Indian textiles",
            "The United States set a 50% tariff on textiles from India on Monday, the trade representative said.");

    [Fact]
    public void A_retaliation_still_disagrees_with_the_measure_it_answers() =>
        StoryPair.AssertSame(false,
            "Trump slaps 34% tariff on Chinese goods",
            "President Donald Trump imposed a 34% tariff on all goods from China on Wednesday.",
            "China hits back with 15% tariff on US farm goods",
            "China imposed a 15% tariff on farm goods from the United States on Friday in retaliation.");

    [Fact]
    public void Two_decisions_on_other_countries_stay_apart() =>
        StoryPair.AssertSame(false,
            "Trump sets 50% tariff on Brazilian goods",
            "President Donald Trump set a 50% tariff on goods from Brazil on Wednesday, citing the trial of Jair Bolsonaro.",
            "Trump sets 25% tariff on Indian goods",
            "President Donald Trump set a 25% tariff on goods from India on Wednesday, citing its purchases of Russian oil.");
}
