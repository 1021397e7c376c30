using System.Text.RegularExpressions;

namespace Watcher.Core.Facts;

/// <summary>
/// A rate stated on a country's "(most) other goods" after a rate on named goods ("the 25% tariff … applies to cashew nuts, on top of
/// the 10% tariff on most other Beninese goods", "… the 25% US tariff on Kenyan tea, more than the 10% rate on most other Kenyan goods")
/// is on the country's goods at large, not on the goods of the rate before it: "other" says they are not those goods (session 31,
/// extract58). Without this the later rate, whose own phrase names no goods, took the goods of the rate before.
/// </summary>
public static partial class TariffExtractor
{
    /// <summary>The rate's own tariff is on other goods than named before: "… 10% tariff on most other Kenyan goods", "a 15% rate on all
    /// other EU goods" (not "a duty of 39.6% applies to all other imports from China": a remedy's rate for the origin's other exporters,
    /// on the same goods).</summary>
    private static bool OnOtherGoods(string s, RateMention rate) => OtherGoodsAfter().IsMatch(s, rate.End);

    /// <summary>A measure its sentence states on other goods (<see cref="OnOtherGoods"/>): the item's goods, named in its headline or
    /// before, are not its goods either.</summary>
    private static bool StatedOnOtherGoods(TariffMeasure measure) =>
        RateParser.Find(measure.Evidence).Any(r => r.Value == measure.Rate && OnOtherGoods(measure.Evidence, r));

    [GeneratedRegex(@"\G(?:\s*(?:%|per\s*cent|percent))?(?:[\s-]+(?!(?:on|to|for)\b)[\w-]+){0,3}?\s+(?:on|to|for)\s+(?:(?:most|all|the|its|their|many)\s+)?other\s+(?:[A-Z][\w.-]*\s+){0,2}goods\b")]
    private static partial Regex OtherGoodsAfter();
}
