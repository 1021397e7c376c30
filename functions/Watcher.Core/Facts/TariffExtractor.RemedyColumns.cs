using System.Text.RegularExpressions;

namespace Watcher.Core.Facts;

/// <summary>
/// A remedy table that gives each origin two duties side by side (session 28, extract51): "Country | Margin of dumping (% of export
/// price) | Amount of subsidy (% of export price)" over "China | 64.7% | 28.9%" is an anti-dumping duty of 64.7% and a countervailing
/// duty of 28.9% on China, two measures, where the rate-table reader (TariffExtractor.Tables.cs) kept one figure a row. Only a header
/// that names a dumping column and a separate subsidy column splits a row: "Dumping margin | Effective rate of IDD" (one duty, its
/// margin and its rate) and "Current rate | New rate" (one duty before and after) stay one figure a row.
/// </summary>
public static partial class TariffExtractor
{
    /// <summary>The header's dumping column and subsidy column, each named by one cell only; null where it lacks either.</summary>
    private static (int Dumping, int Subsidy)? RemedyColumns(string[]? header)
    {
        if (header is null) return null;
        var dumping = Enumerable.Range(0, header.Length).Where(k => DumpingColumn().IsMatch(header[k]) && !SubsidyColumn().IsMatch(header[k])).ToList();
        var subsidy = Enumerable.Range(0, header.Length).Where(k => SubsidyColumn().IsMatch(header[k]) && !DumpingColumn().IsMatch(header[k])).ToList();
        return dumping is [var d] && subsidy is [var s] ? (d, s) : null;
    }

    /// <summary>A row's figure in each of the two duty columns, one row each ("not investigated", "—": that duty has no figure).
    /// Null where the row's cells do not line up with the header or neither column holds a rate.</summary>
    private static List<RateRow>? RemedyColumnRows(string[] cells, string[] header, (int Dumping, int Subsidy) columns, List<string> country,
        bool firmCell)
    {
        if (cells.Length != header.Length) return null;
        var rows = new List<RateRow>();
        foreach (var (k, duty) in new[] { (columns.Dumping, "dumping"), (columns.Subsidy, "subsidy") })
        {
            var cell = cells[k];
            if (!cell.Any(char.IsDigit)) continue;
            // the header's "(% of export price)" is the unit of a bare figure ("68.4")
            var written = cell.Contains('%') ? cell : cell + "%";
            if (RateParser.Find(written) is not [var rate]) return null;
            rows.Add(new RateRow(country, rate, true, country.Count > 0, firmCell, duty));
        }
        return rows.Count > 0 ? rows : null;
    }

    [GeneratedRegex(@"\b(?:anti-?)?dumping\b", RegexOptions.IgnoreCase)]
    private static partial Regex DumpingColumn();

    [GeneratedRegex(@"\b(?:subsid(?:y|ies|i[sz]ation)|countervailing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SubsidyColumn();

    /// <summary>"the subject goods released from today": a notice's name for the goods it defined earlier, no goods of a table's
    /// rows (the notice names them where it says what it investigated: "respecting certain steel strapping originating in").</summary>
    private static bool SubjectGoods(IReadOnlyList<string> goods) => goods.Any(g => SubjectGoodsWords().IsMatch(g));

    [GeneratedRegex(@"^(?:the\s+)?subject\s+(?:goods|merchandise|products?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectGoodsWords();

    /// <summary>"determinations of dumping and subsidizing of certain brake pads": the remedy's own words before its goods are no
    /// part of them ("brake pads").</summary>
    private static IReadOnlyList<string> RemedyWordsOff(IReadOnlyList<string> goods) =>
        goods.Select(g => RemedyWordsBefore().Replace(g, "")).Select(g => g.Length > 0 ? g : "goods").ToList();

    [GeneratedRegex(@"^(?:(?:dumping|subsidi[sz]ing)\s+(?:and\s+)?)+(?:of|respecting|regarding)\s+(?:certain\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex RemedyWordsBefore();
}
