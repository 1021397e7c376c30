using System.Text.RegularExpressions;

namespace Watcher.Core.Facts;

/// <summary>
/// A percentage inside a goods description is a property of the goods, not a rate: "steel containing more than 0.6% carbon",
/// "milk powder with 26% fat", "aluminium alloys of 99% purity", "wire with a carbon content of 0.25% or more", "fertiliser
/// containing at least 46% nitrogen by weight". A rate a tax is named by ("a 20% sugar tax", "hit Chile with 50% copper tariffs")
/// stays a rate.
/// </summary>
internal static partial class MetricRates
{
    /// <summary>The percentage in [<paramref name="start"/>, <paramref name="end"/>) states what the goods contain or how pure they
    /// are (asked by <see cref="RateParser"/>, so no reader takes it for a rate).</summary>
    public static bool IsGoodsProperty(string s, int start, int end)
    {
        var tail = s[end..Math.Min(s.Length, end + 48)];
        if (ByMeasureAfter().IsMatch(tail)) return true; // "46% by weight", "40% ABV"
        var head = s[Math.Max(0, start - 48)..start];
        if (ContentOfBefore().IsMatch(head)) return !TaxNamedAfter().IsMatch(tail); // "a carbon content of 0.25% or more"
        if (ContainingBefore().IsMatch(head)) return AnyContentAfter().IsMatch(tail);
        return WithOrOfBefore().IsMatch(head) && PropertyAfter().IsMatch(tail);
    }

    private const string Bound = @"(?:(?:(?:no|not)\s+)?(?:more|less|fewer)\s+than|at\s+(?:least|most)|over|under|above|below|up\s+to|(?:a\s+)?(?:minimum|maximum)\s+of|about|around|approximately|between\s+[\d.,]+\s*%?\s+and)\s+";

    private const string NoTaxAfter = @"(?!\s+(?:[\w-]+\s+)?(?:tariffs?|tax(?:es)?|dut(?:y|ies)|lev(?:y|ies)|surtax(?:es)?|surcharges?|rates?)\b)";

    [GeneratedRegex(@"^\s*(?:or\s+(?:more|less)\s+)?(?:of\s+)?(?:[a-z]+\s+)?(?:by\s+(?:weight|volume|mass)|abv)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ByMeasureAfter();

    [GeneratedRegex(@"\b(?:content|purity|concentration)\s+of\s+(?:" + Bound + ")?$", RegexOptions.IgnoreCase)]
    private static partial Regex ContentOfBefore();

    [GeneratedRegex(@"\b(?:containing|contains|contain|having|comprising|consisting\s+of)\s+(?:by\s+(?:weight|volume)\s+)?(?:" + Bound + ")?$", RegexOptions.IgnoreCase)]
    private static partial Regex ContainingBefore();

    [GeneratedRegex(@"\b(?:with|of)\s+(?:a\s+)?(?:" + Bound + ")?$", RegexOptions.IgnoreCase)]
    private static partial Regex WithOrOfBefore();

    /// <summary>What goods contain: a material or a quality, not a tax named after it.</summary>
    [GeneratedRegex(@"^\s*(?:or\s+(?:more|less)\s+)?(?:of\s+)?(?:pure\s+|fine\s+)?[a-z-]+\b" + NoTaxAfter, RegexOptions.IgnoreCase)]
    private static partial Regex AnyContentAfter();

    /// <summary>A quality goods are sold by (no traded good of its own, so "with 50% copper" is left a rate).</summary>
    [GeneratedRegex(@"^\s*(?:or\s+(?:more|less)\s+)?(?:carbon|fat|milk\s*fat|butterfat|purity|pure|moisture|alcohol|protein|nitrogen|solids|ash|humidity|fibre|fiber|recycled|content)\b" + NoTaxAfter, RegexOptions.IgnoreCase)]
    private static partial Regex PropertyAfter();

    [GeneratedRegex(@"^\s*(?:[\w-]+\s+)?(?:tariffs?|tax(?:es)?|dut(?:y|ies)|lev(?:y|ies)|surtax(?:es)?|surcharges?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TaxNamedAfter();
}
