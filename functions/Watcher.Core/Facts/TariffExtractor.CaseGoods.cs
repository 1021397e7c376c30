using System.Text.RegularExpressions;

namespace Watcher.Core.Facts;

/// <summary>
/// The goods of a trade-remedy case named before its duties in the same sentence: "the anti-dumping case on styrene-butadiene
/// rubber, setting duties of 9.2 to 24.6 percent on Chinese products", "its investigation into glass fibre, imposing duties of 18
/// percent on Chinese imports". A case, probe or review is always on goods, and the duties it sets are on them; the rate's own
/// phrase ("on Chinese products") names only their origin.
/// </summary>
public static partial class TariffExtractor
{
    /// <summary>The goods of the case named before <paramref name="rateStart"/>, when the case's phrase ends at a clause break or
    /// the verb that sets its duties; null when there is none.</summary>
    private static List<string>? CaseGoodsBefore(string s, int rateStart)
    {
        var head = s[Math.Max(0, rateStart - 300)..rateStart];
        var m = CaseOn().Match(head);
        if (!m.Success) return null;
        // goods28's reader of goods phrases (a trade-goods head and its modifiers): "the tariff schedule", "pricing practices" are no goods
        var phrase = m.Groups["p"].Value;
        return GoodsLists(phrase, 0, phrase.Length) is [var first, ..] && first.Items.Count > 0 ? first.Items : null;
    }

    [GeneratedRegex(@"\b(?:investigation|proceeding|probe|case|inquiry|enquiry|review)\s+(?:in)?(?:to|of|on|concerning|into|regarding|involving)\s+(?:(?:the\s+)?imports\s+of\s+)?(?<p>(?-i:[a-z])[\w -]{1,40}?)\s*(?=[,;]|\s+(?:setting|imposing|fixing|and\s+(?:set|sets|imposed|imposes|fixed|fixes))\b)", RegexOptions.IgnoreCase)]
    private static partial Regex CaseOn();
}
