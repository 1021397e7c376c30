using System.Text.RegularExpressions;
using Watcher.Core.Entities;

namespace Watcher.Core.Facts;

/// <summary>
/// A trade remedy's later origin, written so that no word of origin stands right before it (session 32, extract61): after its
/// formal name ("… from the People's Republic of China at 27% of the CIF value and from the Republic of Türkiye at 12%"), or
/// with its preposition repeated and its participle left out ("… originating in mainland China at rates of 48.92% to 81.35% and
/// in Vietnam at rates of 13.44% to 26.17%"). Read as no origin, it was the one country the notice named otherwise: the item's
/// home and the imposer of every rate in it (holdout 33: "VN>CN" in a Taiwanese notice, "TR>*" for Egypt's customs duty; holdout
/// 23: "VN>CN" in a Thai one).
/// </summary>
public static partial class TariffExtractor
{
    /// <summary>Where the words before a country's mention start once its formal name is set aside ("the Socialist Republic of ",
    /// "the Kingdom of "): the mention's start when it has none.</summary>
    private static int FormalNameStart(string s, int start)
    {
        var from = LineStart(s, start, 48);
        return FormalNameBefore().Match(s[from..start]) is { Success: true } f ? from + f.Index : start;
    }

    /// <summary>A country named as an origin behind its formal name ("imported from the Republic of Türkiye") or as a later origin
    /// with its preposition repeated and its rate after it ("… and in Vietnam at rates of …").</summary>
    private static bool LaterOriginNamed(string s, Mention m)
    {
        var at = FormalNameStart(s, m.Start);
        if (at < m.Start && s[LineStart(s, at, 30)..at] is var before && (OriginBefore().IsMatch(before) || FromBeforeMention().IsMatch(before)))
            return true;
        return RepeatedPrepositionBefore().IsMatch(LineBefore(s, at, 16)) && RateAtAfter().IsMatch(LineAfter(s, m.End, 48))
            && OriginWordBefore().IsMatch(LineBefore(s, at, 240));
    }

    /// <summary>A formal name before a country: "the Socialist Republic of ", "the Kingdom of ", "Republic of the ".</summary>
    [GeneratedRegex(@"(?:\bthe\s+)?(?:(?:Socialist|Federal|Federative|Islamic|Democratic|Arab|Bolivarian|Plurinational|Hashemite|Kyrgyz|Lao\s+People's)\s+)?(?:Republic|Kingdom|Principality|Federation|Sultanate|State)\s+of\s+(?:the\s+)?$")]
    private static partial Regex FormalNameBefore();

    /// <summary>A later origin's repeated preposition: "and in ", ", and from the ", "or from ".</summary>
    [GeneratedRegex(@"(?:,\s*|\s)(?:and|or)\s+(?:in|from)\s+(?:the\s+)?$")]
    private static partial Regex RepeatedPrepositionBefore();

    /// <summary>The later origin's own rate right after it: " at rates of 13.44%", " at 12% of the CIF value", " at up to 9%", and (session 35)
    /// after a comma: "…, and in Türkiye, at 13.8% of the CIF value".</summary>
    [GeneratedRegex(@"^,?\s+at\s+(?:(?:a\s+)?rates?\s+(?:of\s+)?)?(?:up\s+to\s+|between\s+)?(?:US\$\s*)?\d")]
    private static partial Regex RateAtAfter();

    /// <summary>Earlier in the line, the first origin's own words: "originating in", "imported from", "exported from", "imports from".</summary>
    [GeneratedRegex(@"\b(?:originat(?:ing|es|ed)\s+(?:in|from)|(?:imported|exported|shipped)\s+from|imports\s+from)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OriginWordBefore();
}
