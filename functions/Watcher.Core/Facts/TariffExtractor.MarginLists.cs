using System.Text.RegularExpressions;
using Watcher.Core.Entities;

namespace Watcher.Core.Facts;

/// <summary>
/// Per-exporter margin lists written one origin to a line (session 17, extract29): a notice that applies "the preliminary rates
/// below" and then lists each origin on a line of its own — "Mexico: Frenos y Mecanismos 6.12%; All Others 7.98%." then "Vietnam:
/// Vietnam-Wide Entity 52.16%." — or numbers its lines ("1. Japan: Mitsubishi Chemical Corporation 21.6%; other Japanese companies
/// 34.9%."). The rate-table reader (TariffExtractor.Tables.cs) reads the rows; this file says when a list is open and what a line
/// with a single origin and rate is.
/// </summary>
public static partial class TariffExtractor
{
    /// <summary>A line that is only a list item's number or bullet ("1.", "2)", "(b)", "•"): it keeps the list open.</summary>
    private static bool ListItemMark(string s) => s.Length <= 5 && ItemMark().IsMatch(s);

    [GeneratedRegex(@"^\s*(?:\(?(?:[0-9]{1,2}|[a-h]|i{1,3}|iv|v)[.)]|[-•*–·])\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ItemMark();

    /// <summary>A sentence that applies rates it lists after it, with no colon: "Commerce will instruct CBP to collect cash deposits
    /// based on these preliminary rates.", "Duties will be collected at the rates below.", "the margins listed below". A deposit or duty
    /// word and a forward reference to rates; no rate of its own (checked by the caller).</summary>
    private static bool AppliesRatesBelow(string s) => RatesBelow().IsMatch(s) && DepositOrDuty().IsMatch(s);

    [GeneratedRegex(@"\b(?:rates?|margins?|amounts?)\s+(?:(?:listed|set\s+out|shown|given|stated)\s+)?(?:below|as\s+follows|that\s+follow)\b|\bthese\s+(?:(?:preliminary|final|provisional|definitive|new|individual)\s+)?(?:rates|margins|amounts)\s*[.:]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RatesBelow();

    [GeneratedRegex(@"\b(?:cash\s+deposits?|deposits?|securities|dut(?:y|ies)|tariffs?|collect(?:s|ed|ing)?|impos(?:e|es|ed|ing))\b", RegexOptions.IgnoreCase)]
    private static partial Regex DepositOrDuty();

    /// <summary>A line of an open list with one origin and one rate: "Vietnam: Vietnam-Wide Entity 52.16%.", "Korea – all producers,
    /// 9.3%", "Brazil: 20.10%". The origin leads the line before a colon or dash; between it and the rate only names (no verb, no
    /// figure's movement); the rate ends the line.</summary>
    private static List<RateRow>? SingleRow(string s)
    {
        var rates = RateParser.Find(s);
        if (rates is not [var rate]) return null;
        var head = OriginHead().Match(s);
        if (!head.Success || head.Index + head.Length > rate.Start) return null;
        if (s[rate.End..].Trim().TrimEnd('.', ';', ',').Length > 0) return null;
        var between = s[(head.Index + head.Length)..rate.Start];
        if (!NamesOnly().IsMatch(between) || Movement().IsMatch(s) || ShareList().IsMatch(s)) return null;
        var origins = Parties(s[..(head.Index + head.Length)])
            .Where(m => m.Entity.Kind != EntityKind.Leader && m.Form != MentionForm.Person).Select(m => m.CountryId).Distinct().ToList();
        if (origins.Count != 1) return null;
        return [new RateRow(origins, rate, FirmOrRest().IsMatch(between) || FirmName().IsMatch(between), true)];
    }

    /// <summary>"Vietnam:", "Republic of Korea –", "China PR -": one to four words and a colon or dash.</summary>
    [GeneratedRegex(@"^\s*[A-Z][\p{L}'.]*(?:\s+[\p{L}'.]+){0,3}\s*(?::|\s[–-])\s*")]
    private static partial Regex OriginHead();

    /// <summary>Names between a row's origin and its rate: capitalised words, "and", "of", "all others", punctuation of firm names.</summary>
    [GeneratedRegex(@"^[\p{L}0-9&.,'()\s/-]{0,100}$")]
    private static partial Regex NamesOnly();
}
