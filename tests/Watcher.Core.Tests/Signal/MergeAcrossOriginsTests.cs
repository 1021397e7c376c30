namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 27 (merge50): one item's two readings of the same imposer and rate are folded into one measure (TariffExtractor.Merge) only
/// when they can be the same measure — never across two named origins (an origin's goods at large beside another origin's coffee, the
/// same steel from two countries, rates within a point for two origins), and a rate within a point is the same rate rounded only for
/// the same origin. The folds that remove real duplicates stay: a headline and its body, a generic reading and its specific
/// restatement for the same origin, a reading on every origin and its restatement on a named one, "38%" and "38.1%" for one origin.
/// Sentences are the tests' own.
/// </summary>
public class MergeAcrossOriginsTests
{
    [Theory]
    [InlineData("Washington raised its tariff on Brazilian coffee to 50 percent on Monday. Indian exporters continue to face a 50 percent tariff on their goods.",
        "US>BR 50% coffee|US>IN 50% goods")]
    [InlineData("The United States raised its tariff on Brazilian coffee to 50 percent. Indian goods also face a 50 percent tariff.",
        "US>BR 50% coffee|US>IN 50% goods")]
    [InlineData("Canada imposed a 25% duty on steel from China on Monday. Ottawa also set a 25% duty on steel from Vietnam.",
        "CA>CN 25% steel|CA>VN 25% steel")]
    [InlineData("Peru raised its tariff on Chilean wine to 12 percent. Argentine wine will also pay a 12 percent tariff.",
        "PE>CL 12% wine|PE>AR 12% wine")]
    public void Two_origins_at_one_rate_are_two_measures(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    [InlineData("The EU set anti-dumping duties of 10% on rebar from Egypt. A duty of 9.8% applies to rebar from Turkey.",
        "EU>EG 10% rebar|EU>TR 9.8% rebar")]
    [InlineData("The EU set anti-dumping duties of 10% on Egyptian rebar. Turkish producers of rebar face a duty of 9.8%.",
        "EU>EG 10% rebar|EU>TR 9.8% rebar")]
    [InlineData("India imposed a 12% duty on solar glass from China. India set a 12.9% duty on solar glass from Vietnam.",
        "IN>CN 12% solar glass|IN>VN 12.9% solar glass")]
    public void Rates_within_a_point_for_two_origins_are_two_measures(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));

    [Fact]
    public void A_rate_within_a_point_on_every_origin_is_not_a_named_origins_rate_rounded() =>
        Assert.Contains("MA>* 10% ceramic tiles", MeasureKey.All(
            "Morocco imposed anti-dumping duties of 9.6 percent on ceramic tiles from one Spanish maker. The 10 percent customs duty on ceramic tiles continues to apply."));

    [Theory]
    [InlineData("US slaps 25% tariff on Chinese steel\nThe United States imposed a 25 percent tariff on steel imports from China on Tuesday.", "US>CN 25% steel")]
    [InlineData("Mexico to impose 30% tariffs on Chinese goods. Mexico will charge a 30% duty on Chinese cars from January.", "MX>CN 30% cars")]
    [InlineData("The EU imposed duties of 38% on Chinese e-bikes. The duty on e-bikes from China is 38.1%.", "EU>CN 38% e-bikes")]
    [InlineData("Japan sets 20% duty on graphite electrodes\nJapan set a 20% anti-dumping duty on graphite electrodes from India on Friday.", "JP>IN 20% graphite electrodes")]
    public void One_measure_stated_twice_is_still_one(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));
}
