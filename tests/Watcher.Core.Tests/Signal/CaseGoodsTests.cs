using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 16 (lead): the duties a trade-remedy case sets are on the case's goods, named before them in the same sentence, when
/// the rate's own phrase names only an origin ("setting duties of … on Chinese products"). Sentences are the tests' own: wire,
/// trade press, ministry release, translated English; negatives where the case is about no goods or the rate names its own.
/// </summary>
public class CaseGoodsTests
{
    private static string Read(string text, string? country = null) =>
        string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of));

    [Theory]
    [InlineData("Korea finalizes duties on Chinese SBR\nThe Korea Trade Commission on Thursday made its final determination in the anti-dumping case on styrene-butadiene rubber, setting duties of 9.2 to 24.6 percent on Chinese products.", "KR>CN 24.6% styrene-butadiene rubber")]
    [InlineData("India concluded its anti-dumping investigation into glass fibre, imposing duties of 18 percent on Chinese imports.", "IN>CN 18% glass fibre")]
    [InlineData("Brazil closed the countervailing probe on hot-rolled steel, setting a 12% duty on shipments from China.", "BR>CN 12% steel")] // goods28's phrase reader keeps no hyphenated participle ("hot-rolled")
    [InlineData("Mexico's economy ministry ended its review of seamless pipes and imposed a 35 percent duty on Chinese products.", "MX>CN 35% seamless pipes")]
    [InlineData("In its sunset review of aluminium foil, the EU kept anti-dumping duties of 30% on Chinese imports for five more years.", "EU>CN 30% aluminium foil")]
    public void A_case_s_duties_are_on_its_goods(string text, string expected) =>
        Assert.Contains(expected, Read(text).Split('|'));

    // the rate's own phrase names goods (they stay), or the case is about no goods (nothing to take)
    [Theory]
    [InlineData("India concluded its anti-dumping investigation into glass fibre, imposing duties of 18 percent on Chinese fibreglass mats.", "IN>CN 18% fibreglass mats")]
    [InlineData("After a review of the tariff schedule, Kenya imposed a 25% duty on Chinese products.", "KE>CN 25% goods")]
    [InlineData("Following a probe into pricing practices, Turkey set a 20% duty on US goods.", "TR>US 20% goods")]
    [InlineData("The case on Monday, setting duties of 15% on Vietnamese steel, was closed by Canada.", "CA>VN 15% steel")]
    public void The_rate_s_own_goods_or_none(string text, string expected) =>
        Assert.Contains(expected, Read(text).Split('|'));
}
