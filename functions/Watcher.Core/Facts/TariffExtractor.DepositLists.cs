using System.Text.RegularExpressions;
using Watcher.Core.Entities;

namespace Watcher.Core.Facts;

/// <summary>
/// Deposit and margin lists of a trade-remedy notice (session 29, extract53): a ruling that sets no "duty" in the sentence that opens
/// its list — "From June 25, importers shall provide deposits to the customs at the following rates:", "… according to the following
/// dumping margins:", "Commerce will instruct CBP to collect cash deposits based on the following preliminary rates:" — and lists each
/// origin on a line of its own, its firms and the rest in one line ("Japan: Tokuyama Corporation 21.5%, other Japanese companies
/// 33.1%;"). The rate-table reader (TariffExtractor.Tables.cs) reads the rows; this file says which openers open such a list and what
/// a line of one origin's firms is.
/// </summary>
public static partial class TariffExtractor
{
    /// <summary>A list opener that names the security importers lodge or the margins the remedy is set at instead of a duty:
    /// deposits lodged with or collected by customs, or dumping / subsidy margins (not a bank's rates on deposits: "The bank pays the
    /// following rates on deposits:").</summary>
    private static bool OpensDepositList(string s) => ListOpener().IsMatch(s) && (CustomsDeposit().IsMatch(s) || MarginWord().IsMatch(s));

    /// <summary>"importers shall provide deposits", "collect cash deposits", "a deposit to the Customs".</summary>
    [GeneratedRegex(@"\b(?:importers?|customs|collect\w*)\b[^.:;]{0,60}?\bdeposits?\b|\bdeposits?\s+(?:to|with)\s+(?:the\s+)?customs\b", RegexOptions.IgnoreCase)]
    private static partial Regex CustomsDeposit();

    /// <summary>A line of an open list with one origin and its firms' and the rest's rates, one after another: "Japan: Tokuyama
    /// Corporation 21.5%, other Japanese companies 33.1%;", "United States: Dow Chemical Company 41.2%, ExxonMobil Chemical Company
    /// 44.9%, other US companies 58.6%". The origin leads the line before a colon or dash; before each rate only names, the last rate
    /// ends the line, and every name but the first's is a firm or the rest (not "Japan: 21.5% in 2029, 33.1% in 2030"). One row per
    /// rate, all the origin's: the list keeps its top rate (TableMeasures).</summary>
    private static List<RateRow>? FirmsRow(string s)
    {
        var rates = RateParser.Find(s);
        if (rates.Count < 2 || rates.Select(r => r.Unit).Distinct().Count() > 1) return null;
        var head = OriginHead().Match(s);
        if (!head.Success || head.Index + head.Length > rates[0].Start) return null;
        if (s[rates[^1].End..].Trim().TrimEnd('.', ';', ',').Length > 0 || Movement().IsMatch(s) || ShareList().IsMatch(s)) return null;
        var from = head.Index + head.Length;
        foreach (var r in rates)
        {
            var between = s[from..r.Start];
            if (!NamesOnly().IsMatch(between)) return null;
            if (r != rates[0] && !(FirmGap().IsMatch(between) && (FirmOrRest().IsMatch(between) || FirmName().IsMatch(between)))) return null;
            from = r.End;
        }
        var origins = Parties(s[..(head.Index + head.Length)])
            .Where(m => m.Entity.Kind != EntityKind.Leader && m.Form != MentionForm.Person).Select(m => m.CountryId).Distinct().ToList();
        return origins.Count == 1 ? rates.Select(r => new RateRow(origins, r, true, true)).ToList() : null;
    }

    /// <summary>Between one firm's rate and the next firm: a comma or "and", then the name.</summary>
    [GeneratedRegex(@"^\s*(?:,|,?\s*and\b)\s*\S")]
    private static partial Regex FirmGap();
}
