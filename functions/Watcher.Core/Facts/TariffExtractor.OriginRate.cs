using System.Text.RegularExpressions;
using Watcher.Core.Entities;

namespace Watcher.Core.Facts;

/// <summary>
/// A remedy's rate stated after the origin it is for (session 32, extract60): "imposing provisional anti-dumping duties for four
/// months on imports of electric kettles and toasters originating in or imported from China at 27% of the CIF value and from
/// Türkiye at 12%", "a countervailing duty to imports into Ukraine of gas boilers for heating originating in the People's Republic
/// of China, at a rate of 48.71%". A long goods list and the origins' full names put such a rate further than ninety characters
/// from its duty word, and the sentence reader took no rate that far (holdouts 25, 29 and 33: Egypt's decrees and a Ukrainian
/// notice read nothing, or missed their origins' rates). The origin right before "at" ties the rate to the duty the sentence
/// named; a share ("imports from India at 35% of the total") is no such rate.
/// </summary>
public static partial class TariffExtractor
{
    /// <summary>How far from its duty word a rate after its origin may stand: the longest such decree sentence's first rate is 160
    /// characters away; the second, after "and from X at", is read as the first one's series.</summary>
    private const int OriginRateReach = 240;

    /// <summary>Whether <paramref name="rate"/>, after the duty word <paramref name="k"/> of the same clause (no ';' between), is the
    /// rate of the origin named right before it: "from China at", "originating in the Republic of Korea, at a rate of".</summary>
    private static bool OriginRateAfterDuty(string s, RateMention rate, Match k)
    {
        var end = k.Index + k.Length;
        if (end > rate.Start || rate.Start - end > OriginRateReach || s.AsSpan(end, rate.Start - end).Contains(';')) return false;
        var head = OriginBeforeRate().Match(s[end..rate.Start]);
        if (!head.Success || OtherShareAfter().IsMatch(s[rate.End..Math.Min(s.Length, rate.End + 40)])) return false;
        var origin = head.Groups["o"].Value;
        return Parties(origin).Any(m => m.Entity.Kind != EntityKind.Leader && m.CountryId is not null && m.End == origin.Length);
    }

    /// <summary>The goods of a rate stated after its origin: what the last "imports of", "imports into X of" or "on" before the origin
    /// names, up to the origin's preposition ("on imports of kettles and toasters originating in China at 27%": kettles and toasters).
    /// The reading of "duties on G … at N%" looks no further back than eighty characters, and a long goods list with the words before
    /// it ("for four months on imports of …") is further.</summary>
    private static (int Start, int End)? OriginRateGoods(string s, int from, RateMention rate)
    {
        var lead = s[from..rate.Start];
        var head = OriginBeforeRate().Match(lead);
        if (!head.Success) return null;
        var opener = GoodsOpener().Matches(lead[..head.Index]);
        if (opener.Count == 0) return null;
        var (start, end) = PhraseFrom(s, from + opener[^1].Index + opener[^1].Length, from + head.Index);
        return start >= 0 ? (start, end) : null;
    }

    /// <summary>What opens the goods of a remedy: "imports of", "imports into Ukraine of", "on".</summary>
    [GeneratedRegex(@"\b(?:imports?\s+(?:into\s+(?:the\s+)?(?-i:\p{Lu})[\w'’-]*(?:\s+(?-i:\p{Lu})[\w'’-]*){0,2}\s+)?of|on)\s+(?:the\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex GoodsOpener();

    /// <summary>An origin by its preposition and its name, then "at" and the rate's lead-in, at the end of the text before the rate.</summary>
    [GeneratedRegex(@"\b(?:originating\s+(?:in|from)|(?:imported|exported|shipped)\s+from|from)\s+(?:(?:or\s+)?(?:imported|exported)\s+from\s+)?(?:the\s+)?(?<o>(?-i:\p{Lu})[\w'’.-]*(?:\s+(?:of\s+)?(?-i:\p{Lu})[\w'’.-]*){0,4}),?\s+at\s+(?:(?:a|the)\s+rates?\s+of\s+|rates?\s+of\s+)?(?:up\s+to\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OriginBeforeRate();

    /// <summary>A rate that is a part of something other than the goods' value: "35% of the total", "of imports", "of the market".
    /// (Not "of the CIF value", "of the customs value": the value the duty is charged on.)</summary>
    [GeneratedRegex(@"^\s*(?:%|per\s*cent|percent|pc|pct)?\s*of\s+(?!(?:the\s+)?(?:CIF|C\.I\.F\.|FOB|customs|invoice|declared)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex OtherShareAfter();
}
