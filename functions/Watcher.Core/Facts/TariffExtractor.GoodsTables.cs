using System.Text.RegularExpressions;

namespace Watcher.Core.Facts;

/// <summary>
/// Tables of goods and their rates, as budgets and customs notices print them: a header line "Item | Current rate | New rate" (or
/// "Product | Duty") and, under it, one line per goods, "Paint and varnishes | 15% | 32%", "Cement clinker | Tk 500 per tonne | Tk
/// 700 per tonne". Each row is a measure of the item's imposer, at the rate under the header's new (proposed, revised) column, else
/// under its one rate column; a table of countries, firms or shares (its first column no goods heading) is another reader's or
/// none.
/// </summary>
public static partial class TariffExtractor
{
    /// <summary>The columns of a goods table's header line: the goods, under the first heading "Item", "Goods", "Product",
    /// "Commodity" or "Description" (after a heading of tariff codes, "HS code | Description | …", the description's); the rate
    /// in force, under the last heading new, proposed or revised, else the one rate column of a goods-and-rate header; null for a
    /// line that is no such header.</summary>
    private static (int Goods, int Rate, bool Percent)? GoodsTableHeader(string line)
    {
        if (!line.Contains('|')) return null;
        var cells = Cells(line);
        if (cells.Length < 2 || cells.Any(c => RateParser.Find(c).Count > 0)) return null;
        var goods = GoodsHeading().IsMatch(cells[0]) ? 0 : -1;
        // "Tariff item | Description | …", "HS code | Goods | …": a code column, then the goods' names
        if ((goods == 0 || CodeHeading().IsMatch(cells[0])) && cells.Length > 2 && DescriptionHeading().IsMatch(cells[1])) goods = 1;
        if (goods < 0) return null;
        for (var i = cells.Length - 1; i > goods; i--)
            if (NewColumn().IsMatch(cells[i])) return (goods, i, PercentHeading().IsMatch(cells[i]));
        return cells.Length == goods + 2 && GoodsRateColumn().IsMatch(cells[goods + 1]) ? (goods, goods + 1, PercentHeading().IsMatch(cells[goods + 1])) : null;
    }

    /// <summary>A row under a goods table's header: its goods in the goods column, its rate the one in the header's rate column;
    /// the row's other rate, if any, the one it replaces. A goods cell that is only a tariff code ("0403.20") names no goods.</summary>
    private static TariffMeasure? GoodsTableRow(string line, (int Goods, int Rate, bool Percent) columns, string imposer, string target, string? date)
    {
        if (!line.Contains('|')) return null;
        var cells = Cells(line);
        var (goodsColumn, column, percent) = columns;
        if (cells.Length <= column || cells.Take(goodsColumn + 1).Any(c => RateParser.Find(c).Count > 0)) return null;
        if (TariffCode().IsMatch(cells[goodsColumn])) return null;
        // (a bare figure under a heading in per cent, "Current tariff (%) | New tariff (%)", is a rate in per cent: TableRateCell)
        var products = Products(cells[goodsColumn], []);
        if (products.Count == 0) return null;
        var before = cells.Where((c, i) => i > goodsColumn && i != column).Select(c => RateParser.Find(TableRateCell(c, percent))).FirstOrDefault(r => r.Count == 1);
        // "Lithium-ion battery scrap | 5% | Nil": the duty in force is removed, a measure at the rate it had (TableRateCell)
        if (NoDutyCell(cells[column]) && before is [var removed] && removed.Value > 0)
            return new TariffMeasure(imposer, target, removed.Value, removed.Unit, products, TariffActions.Removed, date, line);
        if (RateParser.Find(TableRateCell(cells[column], percent)) is not [var rate]) return null;
        var action = before is [var old] && old.Unit == rate.Unit && old.Value != rate.Value ? (rate.Value > old.Value ? TariffActions.Raised : TariffActions.Lowered) : TariffActions.Imposed;
        return new TariffMeasure(imposer, target, rate.Value, rate.Unit, products, action, date, line);
    }

    /// <summary>Whether a goods table's header line states duties: its header names one ("Item | Old duty | New duty", "Product | BCD"),
    /// or the line right before it introduces a table of duties ("… the customs duty on these goods:", "… the new import duty rates.",
    /// "… customs duty on many goods."); never a table of a domestic tax or of prices ("Item | Old GST | New GST", "Item | Old price |
    /// New price", "The GST Council cut rates on these items:"). A line before it that names a duty on some goods and no list ("The
    /// budget also cut customs duty on mobile phone parts.") heads only rows of the goods it names: GoodsOf is that line.</summary>
    private static (bool Duty, string? GoodsOf, bool Generic) DutyTable(string header, string? leadIn)
    {
        if (NoDutyTable().IsMatch(header) || (leadIn is not null && NoDutyTable().IsMatch(leadIn))) return (false, null, false);
        if (TariffWord().IsMatch(header) || DutyHeading().IsMatch(header)) return (true, null, false);
        // "[Government will raise the customs duty on …] The new rates, effective April 1, are:": in an item that has named a tariff (the
        // caller's check), a line that opens a list of rates heads the table the duty sentence announced (TableLeadsRates); Generic: the
        // table names no duty itself, its rows of excise goods are the country's excise (review fix18x)
        if (leadIn is not null && !TariffWord().IsMatch(leadIn) && TableLeadsRates(leadIn)) return (true, null, true);
        if (leadIn is null || !TariffWord().IsMatch(leadIn)) return (false, null, false);
        return ListLeadIn().IsMatch(leadIn) ? (true, null, false) : (true, leadIn, false);
    }

    /// <summary>A row's goods are among those the line before the table names ("… import duty on rice." then "Rice | 20%").</summary>
    private static bool RowGoodsIn(TariffMeasure row, string leadIn) =>
        row.Products.Any(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w.Length > 2
            && leadIn.Contains(w.TrimEnd('s'), StringComparison.OrdinalIgnoreCase)));

    /// <summary>A table of a domestic tax or of prices: "GST", "VAT", "sales tax", "excise", "price(s)", "MRP", "cess" (one of the
    /// domestic-tax lists, kept apart on purpose: see DomesticCharges).</summary>
    [GeneratedRegex(@"\b(?:GST|VAT|sales\s+tax(?:es)?|excise|prices?|MRP|cess|income\s+tax)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoDutyTable();

    /// <summary>A duty's heading by abbreviation: "CD", "BCD", "SD", "RD", "customs".</summary>
    [GeneratedRegex(@"\b(?:customs|(?-i:B?CD|SD|RD))\b", RegexOptions.IgnoreCase)]
    private static partial Regex DutyHeading();

    /// <summary>A line that introduces a list: it ends with a colon, or names "the following", "as follows", "below", "these goods",
    /// "three items", "many goods", "the new rates".</summary>
    [GeneratedRegex(@":\s*$|\b(?:following|as\s+follows|below|table|these|those|rates|(?:many|several|some|various|multiple|\d+|two|three|four|five|six|seven|eight|nine|ten|dozens?\s+of|a\s+range\s+of|a\s+number\s+of)\s+(?:[\w-]+\s+)?(?:goods|items|products|commodities|lines|categories))\b", RegexOptions.IgnoreCase)]
    private static partial Regex ListLeadIn();

    private static string[] Cells(string line) =>
        line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();

    /// <summary>A goods table's first heading: "Item", "Goods", "Product", "Commodity", "Description", "Tariff item".</summary>
    [GeneratedRegex(@"^(?:tariff\s+)?(?:items?|goods|products?|commodit(?:y|ies)|descriptions?(?:\s+of\s+goods)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex GoodsHeading();

    /// <summary>A heading of tariff codes: "HS code", "HS", "Code", "Heading", "Tariff code", "Tariff line", "Tariff item", "H.S. No.".</summary>
    [GeneratedRegex(@"^(?:(?:h\.?\s*s\.?|tariff|customs|commodity)\s+)?(?:codes?|headings?|lines?|items?|nos?\.?|numbers?)$|^h\.?\s*s\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex CodeHeading();

    /// <summary>A heading of the goods' names beside a code column: "Description", "Goods", "Product", "Commodity", "Item".</summary>
    [GeneratedRegex(@"^(?:descriptions?(?:\s+of\s+goods)?|goods|products?|commodit(?:y|ies)|items?)$", RegexOptions.IgnoreCase)]
    private static partial Regex DescriptionHeading();

    /// <summary>A cell that is only a tariff code: "0403.20", "8703 23 90", "1905.31.00".</summary>
    [GeneratedRegex(@"^\d{2,4}(?:[.\s]\d{2}){0,3}$")]
    private static partial Regex TariffCode();

    /// <summary>The heading of the column in force: "New rate", "Proposed CD", "Revised duty", "Rate from 1 July".</summary>
    [GeneratedRegex(@"\b(?:new|proposed|revised|amended)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NewColumn();

    /// <summary>The heading of a table's one rate column: "Duty", "Rate", "Tariff", "CD".</summary>
    [GeneratedRegex(@"\b(?:dut(?:y|ies)|rates?|tariffs?|levy|levies|(?-i:[A-Z]{2,4}))\b", RegexOptions.IgnoreCase)]
    private static partial Regex GoodsRateColumn();

    /// <summary>
    /// A row of a table of duties by origin whose header names the goods in a column of their own ("S. No. | Tariff item | Description |
    /// Country of origin | … | Amount"): the row is on the goods in that column ("2 | 5502 10 00 | Cellulose Acetate Tow | China PR | … |
    /// 1,124 | MT | USD"), not on whatever the notice's prose names first ("falling under tariff item 5502 10 00 of the First
    /// Schedule"). The header is the last line of cells without a figure before the row, with as many cells as the row; null when it
    /// has no goods column ("Country | Producer | Duty"), or the row's cell there is a code, a figure or no goods.
    /// </summary>
    private static List<string>? RowColumnGoods(string text, string row)
    {
        if (!row.Contains('|')) return null;
        var at = text.IndexOf(row, StringComparison.Ordinal);
        if (at <= 0) return null;
        string[]? header = null;
        foreach (var line in text[..at].Split('\n'))
            if (line.Contains('|') && !line.Any(char.IsDigit)) header = Cells(line);
        var cells = Cells(row);
        if (header is null || header.Length != cells.Length) return null;
        var column = Array.FindIndex(header, h => GoodsColumnHeading().IsMatch(h));
        if (column < 0 || cells[column].Any(char.IsDigit) || RateParser.Find(cells[column]).Count > 0) return null;
        var products = Products(cells[column], []);
        return products.Count > 0 && !IsGeneric(products) ? products : null;
    }

    /// <summary>The heading of a column of goods' names in a table of duties: "Description", "Description of goods", "Goods",
    /// "Product", "Commodity", "Subject goods" (not "Tariff item", "Item no.": codes).</summary>
    [GeneratedRegex(@"^(?:(?:product\s+)?descriptions?(?:\s+of\s+(?:the\s+)?goods)?|(?:subject\s+)?goods|products?|commodit(?:y|ies))$", RegexOptions.IgnoreCase)]
    private static partial Regex GoodsColumnHeading();
}
