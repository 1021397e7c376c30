using System.Text.RegularExpressions;
using Watcher.Core.Entities;

namespace Watcher.Core.Facts;

/// <summary>
/// The country a rate is stated for (session 30, extract56). A trade remedy states each origin's rate by naming the origin after
/// the rate ("at rates of 9.6% to 38.2% of the CIF value for China and 6.1% to 17.5% for Vietnam", "a specific duty of US$ 3.40
/// per unit for the Islamic Republic of Pakistan") or at the head of its line or cell, before its firms and the rest ("China |
/// Other companies | 52", "- Brazil: Suzano Papel e Celulose S.A., US$ 0.09 per kg", "Indonesia, PT Sorini 11.2 percent"), or as
/// the country of "other suppliers of" it. Such a country is where the goods come from: an origin, never the item's home nor a
/// possible imposer. Read as one, the last origin of a remedy decree that names no imposer became the imposer of every rate in
/// it (holdouts 24, 25, 26, 30 and 31: "VN>CN" in a Thai notice).
/// </summary>
public static partial class TariffExtractor
{
    /// <summary>"imports from outside Mercosur", "juices from outside the Gulf Cooperation Council (GCC) states": a customs union or
    /// a country named as what lies outside the origins charged is no party that acts — the member whose outlet reports the cut does
    /// (holdouts 20, 22, 25, 26 read "MERCOSUR>*" and "GCC>*" for Uruguay's, Argentina's and Qatar's own duty); the goods it charges
    /// are on every origin but the bloc's, labelled "*".</summary>
    /// <remarks>Not a possessive: "from outside Türkiye's trade agreement partners" names Türkiye as the one whose partners they are.</remarks>
    private static bool OutsideOf(string s, Mention m) =>
        OutsideBefore().IsMatch(LineBefore(s, m.Start, 24)) && !s.AsSpan(m.End).StartsWith("'s") && !s.AsSpan(m.End).StartsWith("’s");

    [GeneratedRegex(@"\boutside\s+(?:of\s+)?(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OutsideBefore();

    /// <summary>Whether the mention names the country a rate is stated for: after the rate and "for", at the head of a line or
    /// cell of a firm's or the rest's rate, or after "other suppliers of".</summary>
    private static bool RateStatedFor(string text, Mention m) =>
        RateForBefore().IsMatch(LineBefore(text, m.Start, 80)) || RestOfOriginBefore().IsMatch(LineBefore(text, m.Start, 48))
        || (FirmsHeadedBefore().IsMatch(LineBefore(text, m.Start, 40)) && FirmsRateAfter().IsMatch(LineAfter(text, m.End, 160)));

    /// <summary>A rate, its basis in a few words ("of the CIF value", "ad valorem", "per unit"), then "for" and the country's formal
    /// name up to the mention: "38.2% of the CIF value for ", "US$ 2.15 per unit for the Islamic Republic of ", "from 4.1% to 11.5%
    /// of the CIF value for ".</summary>
    [GeneratedRegex(@"\d(?:[\d.,]*\d)?\s*(?:%|per\s*cent\b|percent\b|(?:per|a|an)\s+(?:unit|piece|pair|dozen|head|kg|kilo(?:gram)?s?|tonnes?|tons?|metric\s+tons?|MT|litres?|liters?)\b)(?:\s+(?!for\b)[\w-]+){0,4}?\s+for\s+(?:the\s+)?(?:(?:Socialist|People's|Federal|Federative|Islamic|Democratic|Arab|Bolivarian|Plurinational|Hashemite|Kyrgyz)\s+)?(?:(?:Republic|Kingdom|Principality|Federation|Sultanate|State|Union)\s+of\s+(?:the\s+)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex RateForBefore();

    /// <summary>"Other suppliers of the People's Republic of ", "all other exporters from ": the rest of an origin's firms.</summary>
    [GeneratedRegex(@"\b(?:other|all|remaining)\s+(?:[\w-]+\s+)?(?:suppliers|exporters|producers|manufacturers|companies|firms)\s+(?:of|from|in)\s+(?:the\s+)?(?:(?:Socialist|People's|Federal|Federative|Islamic|Democratic|Arab)\s+)?(?:(?:Republic|Kingdom|Federation)\s+of\s+(?:the\s+)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex RestOfOriginBefore();

    /// <summary>Before the head of a line or cell: the line's start, a bullet, a cell bar, "; " or a list's colon, and the country's
    /// formal name ("- ", "Kaolin | ", "Duty rates: ", "; the Republic of ").</summary>
    [GeneratedRegex(@"(?:^|\||[;:]|^\s*[-–•*])\s*(?:the\s+)?(?:(?:Socialist|People's|Federal|Federative|Islamic|Democratic|Arab)\s+)?(?:(?:Republic|Kingdom|Federation)\s+of\s+(?:the\s+)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex FirmsHeadedBefore();

    /// <summary>After the head, in its line or cell: a separator, then a firm (its legal form) or the rest of the origin's firms,
    /// then a figure — "| Other companies | 52", ": Zhejiang Huaxia Co., Ltd. 8.64%", " (all exporters) 43.6 percent", ", PT Sorini
    /// Agro 11.2 percent".</summary>
    [GeneratedRegex(@"^\s*[|:,(–-]\s*[^\n;]{0,80}?(?:\b(?:all|other|others|remaining)\b(?:\s+[\w-]+){0,2}?\s+(?:companies|exporters|producers|manufacturers|suppliers|firms|organi[sz]ations)\b|(?-i:\b(?:Co|Ltd|Inc|Corp|Corporation|Bhd|Sdn|LLC|GmbH|plc|PLC|Pvt|Limited|S\.A|JSC)\b)|(?-i:\bPT\s+[A-Z]))[^\n;]{0,80}?\d", RegexOptions.IgnoreCase)]
    private static partial Regex FirmsRateAfter();

    /// <summary>"PT Sinar Kimia Indonesia", "Hoang Long Vietnam Co., Ltd": a country word that ends a firm's name names the firm, no
    /// party; read as one, the firm's country became the imposer of the remedy that lists the firm's rate.</summary>
    private static bool EndsFirmName(string s, Mention m)
    {
        var from = Math.Max(0, m.Start - 60);
        return (s.AsSpan(from, m.Start - from).Contains("PT", StringComparison.Ordinal) && PtFirmBefore().IsMatch(s.AsSpan(from, m.Start - from)))
            || (LegalFormAfter().IsMatch(s.AsSpan(m.End, Math.Min(24, s.Length - m.End))) && FirmWordBefore().IsMatch(s.AsSpan(from, m.Start - from)));
    }

    /// <summary>"PT " and the firm's own capitalised words up to the country: "PT Sinar Kimia ".</summary>
    [GeneratedRegex(@"\bPT\.?\s+(?:[A-Z][\w&'.-]*\s+){0,4}$")]
    private static partial Regex PtFirmBefore();

    /// <summary>The firm's legal form right after the country: " Co., Ltd", " Sdn. Bhd.", ", Inc.", " JSC".</summary>
    [GeneratedRegex(@"^,?\s+(?:Co|Ltd|Limited|Inc|Corp|Corporation|Sdn|Bhd|JSC|LLC|GmbH|plc|PLC|Pvt|Tbk|S\.A)\b")]
    private static partial Regex LegalFormAfter();

    /// <summary>A capitalised word of the firm's name right before the country, not a sentence's or headline's function word.</summary>
    [GeneratedRegex(@"(?<![\w.'-])(?!(?:The|From|In|On|Of|And|For|To|By|With|At|As|Against|Over|Into|Than)\s)[A-Z][\w&'.-]*\s+$")]
    private static partial Regex FirmWordBefore();
}
