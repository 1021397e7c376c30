using System.Globalization;
using System.Text.RegularExpressions;
using Watcher.Core.Entities;

namespace Watcher.Core.Facts;

/// <summary>
/// Per-origin rate lists and tables (issue #4, class C4 of docs/quality.md "Session 12 (extract21)"): a trade measure's rates
/// written as rows of (origin[, producer], rate[, unit]) rather than in a sentence of their own — "Brazil, 8.27 percent; China,
/// 213.26 percent", "for producers in China PR, USD 276 per MT; for any other producer in Saudi Arabia, USD 241 per MT", "18.4% for
/// Chinese producers, 6.4% for Taiwanese ones", "Zhejiang Kingland – China – 9.6%; all other exporters – China – 14.3%", lines under
/// "at the following rates:", and pipe tables ("| Country | Producer | Duty |", "Country of origin: Japan | Amount: 198 | Unit: MT").
/// The reader takes the imposer from the item (the imposer the item's other measures have, its home, or the country goods are
/// exported to), never from a row, and yields one measure per origin at its top rate (the named-firms convention: per-company and
/// residual "all other exporters" rates are one measure per origin at the highest).
/// </summary>
public static partial class TariffExtractor
{
    /// <summary>A row of a rate list: its origin (null until inherited), rate, whether it names a firm or the residual group, and
    /// whether its own words mark its country as where goods come from; the duty its column names where a table gives a row two
    /// duties (TariffExtractor.RemedyColumns.cs).</summary>
    private sealed record RateRow(List<string> Origins, RateMention Rate, bool FirmOrRest, bool OriginCue, bool FirmCell = false,
        string? Duty = null);

    /// <summary>The item's per-origin rate lists read as measures, replacing what the sentence reading made of those sentences.</summary>
    private static void ReadRateTables(List<TariffMeasure> result, string text, IReadOnlyList<Sentence> sentences, List<Mention> parties,
        List<string> possibleImposers, string? implied)
    {
        // cheap gate: an item with no list separator and no table cell has no list, and every list is read under a tariff word or a
        // dumping margin somewhere in the item (computed once per item, not per sentence)
        if (text.IndexOf(';') < 0 && text.IndexOf('|') < 0 && !MultiRateHint().IsMatch(text)) return;
        var tariffText = TariffWord().IsMatch(text);
        if (!tariffText && !MarginWord().IsMatch(text)) return;
        var listOpen = false;
        var openerNamesRate = false;
        var tabled = new List<TariffMeasure>();
        // the duty of the column a tabled measure was read from (a table with a dumping and a subsidy column gives two a row)
        var dutyOf = new Dictionary<TariffMeasure, string>(ReferenceEqualityComparer.Instance);
        var pipeHeader = (string[]?)null;
        var tariffHere = false;
        var underGoodsHeader = false;
        for (var i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i].Text;
            // "1.", "(b)": a list item's number on a line of its own keeps the list open (TariffExtractor.MarginLists.cs)
            if (listOpen && ListItemMark(s)) continue;
            // whether this sentence and the one before name a tariff: read once per sentence, asked by several checks below
            var tariffBefore = tariffHere;
            tariffHere = TariffWord().IsMatch(s);
            var opened = listOpen;
            var ledByRate = opened && openerNamesRate;
            listOpen = false;
            openerNamesRate = false;
            List<RateRow>? rows;
            // "Supplier | Rate of provisional duty" and its rows: a two-column table of firms has one bar a line
            if (s.Count(c => c == '|') >= 2 || (s.Contains('|') && (FirmTableHeader(s) || pipeHeader is not null)))
            {
                if (!tariffText) continue;
                // "Item | Current rate | New rate" and the rows under it: a table of goods, read line by line (GoodsTableRow)
                if (underGoodsHeader || GoodsTableHeader(s) is not null)
                {
                    underGoodsHeader = true;
                    continue;
                }
                rows = PipeRows(s, ref pipeHeader);
                if (rows is null) continue;
                opened = true;
            }
            else
            {
                pipeHeader = null;
                underGoodsHeader = false;
                // "Top suppliers last year: Canada, 23%; …", "Chile accounts for 38% of imports, Canada 17% …", "Gold imports by origin:
                // …": shares of a market or of imports, not rates (nor is a list under such an opener)
                if (ShareList().IsMatch(s)) continue;
                // "Steel imports from Korea (35%), Japan (25%) …", "Imports come from Uganda (40%), …", "supplied by Uganda (40%) and …": the
                // origins imports come from, in a sentence that names no duty or rate and charges nothing, are shares
                if (!tariffHere && !RateWord().IsMatch(s) && OriginsOfImports().IsMatch(s) && !ChargeWord().IsMatch(s)) continue;
                if (((ListOpener().IsMatch(s) && tariffHere) || AppliesRatesBelow(s) || OpensDepositList(s)) && RateParser.Find(s).Count == 0)
                {
                    listOpen = true;
                    openerNamesRate = true;
                    continue;
                }
                // in prose, an imposer the sentence reading found, named before a row's rate, is no row's origin ("Washington charges a
                // 35 per cent tariff on Canadian goods …", "Norway's switch to an ad valorem tariff of 344% …, and India raised its duty")
                var readImposers = result.Where(m => m.Evidence == s).Select(m => m.Imposer).Distinct().ToList();
                var afterImposing = tariffBefore && ImposingVerb().IsMatch(sentences[i - 1].Text);
                rows = Rows(s, readImposers, ledByRate, afterImposing) ?? (opened ? SingleRow(s) ?? FirmsRow(s) : null);
                if (rows is null) continue;
                // a list of rates is a measure's only where a tariff word or a list opener leads it, or a later sentence applies the
                // rates it lists ("Commerce will instruct CBP to collect cash deposits at these rates"); a list after a tariff sentence
                // only where it names a duty or rate itself, lists firms ("BYD, 17%; Geely, 18.8%"), or each row names a firm or marks
                // its country as where goods come from ("Vietnamese producers will pay …", "China PR, any other producer, USD 1.86")
                if (!opened && !tariffHere
                    && !(tariffBefore
                        && (RateWord().IsMatch(s) || rows.All(r => r.Origins.Count == 0) || rows.All(r => r.OriginCue || r.FirmOrRest)))
                    && !(ImposingVerb().IsMatch(s) && tariffText)
                    && !(MarginWord().IsMatch(s) && i + 1 < sentences.Count && AtTheseRates().IsMatch(sentences[i + 1].Text)))
                continue;
            }
            if (AppliedAverage().IsMatch(s)) continue;
            var measures = TableMeasures(result, s, rows, text, sentences, parties, possibleImposers, implied);
            if (measures is not null)
            {
                // the sentence reading of the same sentence gives way, except where it read a row as the table does
                result.RemoveAll(m => m.Evidence == s && !measures.Any(x => x.Measure.Imposer == m.Imposer && x.Measure.Target == m.Target && x.Measure.Rate == m.Rate));
                foreach (var (t, duty) in measures)
                {
                    // an origin's subsidy figure is no lower row of its dumping figure (nor of a rate read outside the table)
                    bool SameMeasure(TariffMeasure m) => m.Imposer == t.Imposer && m.Target == t.Target && m.RateUnit == t.RateUnit
                        && dutyOf.GetValueOrDefault(m) == duty
                        && (IsGeneric(m.Products) || IsGeneric(t.Products) || ProductsOverlap(m.Products, t.Products));
                    // one measure per origin at its top rate: a lower row of the same origin and goods (another line of the table, or the
                    // lowest firm's rate beside the item's "up to") is no measure of its own
                    if (result.Any(m => m.Imposer == t.Imposer && m.Target == t.Target && m.RateUnit == t.RateUnit && m.Rate == t.Rate)
                        || result.Any(m => SameMeasure(m) && m.Rate > t.Rate && !SharedTop(result, m))) continue;
                    result.RemoveAll(m => tabled.Contains(m) && SameMeasure(m) && m.Rate < t.Rate);
                    result.Add(t);
                    tabled.Add(t);
                    if (duty is not null) dutyOf[t] = duty;
                }
                listOpen = true;
            }
        }
    }

    /// <summary>"up to 28.7 percent on aluminium foil from China and Taiwan": a top rate one statement gives several origins at once is
    /// the top of their range, which a list's own row for an origin replaces (DropSharedTopRates).</summary>
    private static bool SharedTop(List<TariffMeasure> result, TariffMeasure m) =>
        UpTo().IsMatch(m.Evidence) && result.Any(o => o.Evidence == m.Evidence && o.Imposer == m.Imposer && o.Target != m.Target && o.Rate == m.Rate);

    /// <summary>The rows of one sentence: at least two, split at semicolons or, in prose, at the comma, "and" or "while" between one
    /// rate (or range) and the next; each row keeps its own countries. Null where the sentence is no list of rates.</summary>
    private static List<RateRow>? Rows(string s, List<string> readImposers, bool ledByRate, bool afterImposing)
    {
        var all = RateParser.Find(s);
        if (all.Count < 2) return null;
        var rates = all.Where(r => !IsOldRate(s, r, all) && !Bracketed(s, r)).ToList();
        if (rates.Count < 2) return null;
        // "8.9% and 11.2% respectively" pairs by order (PairRespectively); "imports grew 64%", "fell 4.2 percent", "a share of 58%",
        // "quota levels … reduced to 20 per cent of 2024 volumes": figures, not duties
        if (Respectively().IsMatch(s) || Movement().IsMatch(s)) return null;
        // a tariff word after the list's first rate ("Exports fell 4.2 percent … as U.S. tariffs continued to weigh") does not lead it
        if (TariffWord().Match(s) is { Success: true } word && word.Index > rates[0].Start && !s.Contains(';')) return null;
        var prose = !s.Contains(';');
        var bounds = new List<(int Start, int End)>();
        if (!prose)
        {
            var at = 0;
            foreach (var part in s.Split(';'))
            {
                bounds.Add((at, at + part.Length));
                at += part.Length + 1;
            }
        }
        else
        {
            // groups of rates joined as a range ("from 7.1% to 39.6%", "between 19.8% and 27.4%", "12.5 to 20.3 percent")
            var start = 0;
            for (var k = 1; k < rates.Count; k++)
            {
                var gap = s[rates[k - 1].End..rates[k].Start];
                if (RangeGap().IsMatch(gap)) continue;
                // the strongest break in the gap, the first of its kind (its look-ahead may see the next rate: "… Fiber and 0.58 dollars"):
                // ", while" before ", " before " and" ("goods from Sri Lanka and Pakistan to … 15%" is one row)
                Match? split = null;
                for (var m = RowBreak().Match(s, rates[k - 1].End); m.Success && m.Index + m.Length <= rates[k].Start; m = m.NextMatch())
                    if (split is null || BreakStrength(m.Value) > BreakStrength(split.Value)) split = m;
                if (split is null) return null;
                bounds.Add((start, split.Index));
                start = split.Index + split.Length;
            }
            bounds.Add((start, s.Length));
        }
        var rows = new List<RateRow>();
        var seen = 0;
        var mentions = Parties(s).Where(m => m.Entity.Kind != EntityKind.Leader && m.Form != MentionForm.Person).ToList();
        for (var b = 0; b < bounds.Count; b++)
        {
            var (from, to) = bounds[b];
            var inRow = rates.Where(r => r.Start >= from && r.End <= to).ToList();
            if (inRow.Count == 0) continue;
            seen++;
            // the first row's lead-in ("Commerce determined the following margins:", "The duty will be") is no part of the row
            if (b == 0 && s.LastIndexOf(':', inRow[0].Start) is var colon && colon >= from && LeadIn().IsMatch(s.AsSpan(from, colon - from)))
            {
                // a lead-in that imposes a duty ("The European Commission set anti-dumping duties on biodiesel:", "The US announced
                // reciprocal tariffs:"), or names the duty after a sentence that imposes it ("… on steel sheet. The duties: …"), names
                // the rows' countries as where goods come from
                var leadIn = s.AsSpan(from, colon - from);
                ledByRate |= !prose && ((TariffWord().IsMatch(leadIn) && ImposingVerb().IsMatch(leadIn)) || (afterImposing && RateWord().IsMatch(leadIn)));
                from = colon + 1;
            }
            var row = s[from..to];
            var top = inRow.OrderByDescending(r => r.Value).First();
            // a country that acts before the rate ("Mexico imposed … duties of 0.72 dollars") imposes it
            var inside = mentions.Where(m => m.Start >= from && m.End <= to
                && !(m.End < top.Start && ImposingVerb().IsMatch(s.AsSpan(m.End, Math.Min(top.Start - m.End, 40))))
                && !(prose && m.End <= inRow[0].Start && readImposers.Contains(m.CountryId))).ToList();
            // in prose, a row's country is the one nearest its rate (with the countries listed with it), not one of the sentence's head
            // or of a clause after it ("… because New Delhi keeps buying Russian oil")
            if (prose && inside.Count > 0)
            {
                int Distance(Mention m) => inRow.Min(r => m.Start >= r.End ? m.Start - r.End : Math.Max(0, r.Start - m.End));
                var near = inside.MinBy(Distance)!;
                inside = Distance(near) > 80 ? [] : inside.Where(m => m == near || ListedWith(s, inside, near, m)).ToList();
            }
            var countries = inside.Select(m => m.CountryId).Distinct().ToList();
            if (inRow.Select(r => r.Unit).Distinct().Count() > 1) return null;
            // "The lowest rate, 8.7 percent, applies to a Chinese mill": a floor is no origin's top rate
            if (LowestRate().IsMatch(row)) continue;
            var elliptic = Elliptic(s, from, inRow[^1].End, inRow, mentions);
            var named = b == 0 && prose ? s[top.End..to] : row;
            // in a semicolon list, a row that is only a name and its rate ("BYD, 17%", "SAIC – 35.3%") names a firm
            var firm = FirmOrRest().IsMatch(row) || (countries.Count == 0 && (FirmName().IsMatch(named)
                || (!prose && BareName().IsMatch(s.AsSpan(from..top.Start)) && s[top.End..to].Trim().Trim('.', ',').Length == 0)));
            rows.Add(new RateRow(countries, top, firm, RowOrigin().IsMatch(row) || (elliptic && rows.Count > 0 && rows[^1].OriginCue)));
        }
        if (ledByRate) rows = rows.Select(r => r with { OriginCue = true }).ToList();
        return seen >= 2 && rows.Count >= 1 ? rows : null;
    }

    /// <summary>A row that is only its country and rate ("…, and Britain 10%"): it shares the row before's verb.</summary>
    private static bool Elliptic(string s, int from, int to, List<RateMention> rates, List<Mention> mentions)
    {
        var words = 0;
        foreach (Match w in Word().Matches(s[from..to]))
        {
            var at = from + w.Index;
            if (rates.Any(r => at >= r.Start && at < r.End) || mentions.Any(m => at >= m.Start && at < m.End)) continue;
            if (w.Value is "and" or "or" or "for" or "the" or "to" or "at" or "while" or "but" or "with") continue;
            words++;
        }
        return words == 0;
    }

    /// <summary>The lead-in of a list before its colon ("Commerce determined the following margins:", "Table:", "at the following
    /// rates:"), not a row's own heading ("Egypt - Jushi Egypt for Fiberglass Industry: 9.4%").</summary>
    [GeneratedRegex(@"\b(?:following|follows|rates?|margins?|table|dut(?:y|ies)|tariffs?|deposits?|amounts?|securities|is|are|be|determined|set|imposes?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeadIn();

    /// <summary>Two countries of one row listed together: "Indonesia, the Philippines and Thailand", "Korean and Malaysian".</summary>
    private static bool ListedWith(string s, List<Mention> inside, Mention near, Mention m)
    {
        var (a, b) = m.Start < near.Start ? (m, near) : (near, m);
        // every mention between the two joined to the next
        var chain = inside.Where(x => x.Start >= a.Start && x.End <= b.End).OrderBy(x => x.Start).ToList();
        for (var k = 1; k < chain.Count; k++)
            if (!CountryListGap().IsMatch(s.AsSpan(chain[k - 1].End, Math.Max(0, chain[k].Start - chain[k - 1].End)))) return false;
        return true;
    }

    [GeneratedRegex(@"^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|/)(?:the\s+)?$")]
    private static partial Regex CountryListGap();

    private static int BreakStrength(string separator) =>
        separator.Contains("while", StringComparison.OrdinalIgnoreCase) || separator.Contains("whereas", StringComparison.OrdinalIgnoreCase)
        || separator.Contains(", and", StringComparison.OrdinalIgnoreCase) || separator.Contains(", but", StringComparison.OrdinalIgnoreCase) ? 3
        : separator.Contains(',') ? 2 : 1;

    /// <summary>A figure's movement or share beside a rate: "grew 64%", "fell 4.2 percent", "down 7.9 percent", "a share of 58%",
    /// "quota levels", "of 2024 volumes".</summary>
    [GeneratedRegex(@"\b(?:fell|fall(?:s|ing)?|rose|rise[sn]?|rising|grew|grow(?:s|n|ing)?|jump(?:s|ed)?|climb(?:s|ed)?|drop(?:s|ped)?|declin(?:e|es|ed)|down|up)\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+)?[0-9]|\bshare\s+of\b|(?<!compensatory\s)\bquota\b|\bof\s+(?:19|20)[0-9]{2}\s+volumes\b", RegexOptions.IgnoreCase)]
    private static partial Regex Movement();

    /// <summary>A list of shares, not rates: "Top suppliers last year:", "Main sources of steel imports:", "Gold imports by origin:",
    /// "By market share:", "Chile accounts for 38% of imports", "Mexico supplies 42% of US auto part imports", "the largest exporters
    /// to Mexico were".</summary>
    [GeneratedRegex(@"\b(?:top|main|largest|biggest|leading|major|principal|key)\s+(?:\w+\s+)?(?:suppliers?|sources?|exporters?|origins?|shippers?|sellers?)\b|\b(?:market\s+)?shares?\b(?!holder)|\bimports?\s+by\s+(?:origin|country|source|supplier)\b|\baccount(?:s|ed|ing)?\s+for\b|\b(?:supplies|supplied|supply|provides?|provided)\s+(?:about\s+|nearly\s+|some\s+|almost\s+|over\s+)?[0-9]|(?:%|\bper\s?cent|\bpercent)\s+of\s+(?:[\w.-]+\s+){0,3}(?:imports|purchases|supply|supplies|shipments|market|consumption|demand|sales|output|production)\b|\bsources?\s+of\s+(?:[\w-]+\s+){0,2}imports\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShareList();

    /// <summary>Where imports come from: "imports from", "Imports come from", "shipments mostly from", "supplied by", "sourced from".</summary>
    [GeneratedRegex(@"\b(?:imports?|imported|shipments?|shipped|purchases?|purchased|bought|supplies|supply|supplied|sourced|comes?|came|arrives?|arrived)\s+(?:[a-z]+\s+){0,2}?(?:from|by)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OriginsOfImports();

    /// <summary>A verb that charges the goods it names: "pay", "face", "charged", "subject to", "attract", "taxed".</summary>
    [GeneratedRegex(@"\b(?:pays?|paying|paid|faces?|facing|faced|charged|subject\s+to|attracts?|attracting|taxed|hit\s+with)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChargeWord();

    /// <summary>A list's own word for what it lists: a duty, rate, margin or deposit.</summary>
    [GeneratedRegex(@"\b(?:tariffs?|dut(?:y|ies)|rates?|margins?|deposits?|levy|levies|surtax(?:es)?|surcharges?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RateWord();

    /// <summary>A row's name before its rate, alone: one to four capitalised words and a separator ("BYD, ", "and Flat Glass Group: ").</summary>
    [GeneratedRegex(@"^\s*(?:and\s+)?[A-Z][A-Za-z0-9&.'-]*(?:\s+[A-Z][A-Za-z0-9&.'-]*){0,3}\s*[,:–-]?\s*$")]
    private static partial Regex BareName();

    [GeneratedRegex(@"\b(?:lowest|minimum|as\s+low\s+as|floor)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LowestRate();

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex Word();

    /// <summary>A firm's name: two capitalised words in a row ("Texas Instruments", "Siam Copper Tube").</summary>
    [GeneratedRegex(@"\b[A-Z][\w&-]+\s+[A-Z][\w&-]+")]
    private static partial Regex FirmName();

    /// <summary>The rows of a pipe table line: "Country of origin: Japan | Producer: Any | Amount: 198 | Unit: MT | Currency: USD"
    /// (each cell named), or "| China | Any | 25% |" under a header line "| Country | Producer | Duty |".</summary>
    private static List<RateRow>? PipeRows(string line, ref string[]? header)
    {
        var cells = line.Split('|').Select(c => c.Trim().TrimEnd('.').Trim()).ToArray();
        if (cells.All(c => c.Length == 0 || c.All(ch => ch is '-' or ':' or ' '))) return null;
        var named = cells.Count(c => PipeKey().IsMatch(c));
        if (named == 0 && (cells.Any(c => OriginColumn().IsMatch(c)) || FirmTableHeader(line)) && cells.Any(c => RateColumn().IsMatch(c)) && !cells.Any(c => c.Any(char.IsDigit)))
        {
            header = cells;
            return null;
        }
        string? origin = null, firm = null, amount = null, unit = null, currency = null;
        for (var k = 0; k < cells.Length; k++)
        {
            // a cell's own key names its column ("Amount: 198"); under a header, "China: Others" is a firm cell whose words name a country
            var (key, value) = PipeKey().Match(cells[k]) is { Success: true } m && (header is null || ColumnKey(m.Groups["k"].Value))
                ? (m.Groups["k"].Value, m.Groups["v"].Value.Trim())
                : header is not null && k < header.Length ? (header[k], cells[k]) : ("", cells[k]);
            if (OriginColumn().IsMatch(key) && !ProducerColumn().IsMatch(key)) origin ??= value;
            else if (ProducerColumn().IsMatch(key) && !RateColumn().IsMatch(key)) firm ??= value;
            else if (UnitColumn().IsMatch(key)) unit = value;
            else if (CurrencyColumn().IsMatch(key)) currency = value;
            else if (RateColumn().IsMatch(key) && value.Any(char.IsDigit)) amount = value;
        }
        if (amount is null) return null;
        List<string> country;
        if (origin is not null)
        {
            country = EntityFinder.Find(origin).Where(IsParty).Select(m => m.CountryId).Distinct().ToList();
            if (country.Count != 1) return null;
        }
        else if (firm is not null)
        {
            // (session 22, extract37) a firm's row, or the rest's ("Other suppliers | 51.4%", "China – Uncooperative and all other
            // exporters | 46.5% | 46.5%", "China: Others | 39.5%"): the country its cell names, else the item's one origin
            // (TableMeasures); one measure per origin at its top rate, as for per-firm rates in prose
            country = EntityFinder.Find(firm).Where(IsParty).Select(m => m.CountryId).Distinct().ToList();
            // ("37,9 %": a decimal comma the rate reader would read as 9%)
            if (country.Count > 1 || DecimalComma().IsMatch(amount)) return null;
        }
        else return null;
        // "358" with "Unit: MT" and "Currency: USD" is read as "USD 358 per MT"
        var written = amount.Contains('%') || RateParser.Find(amount).Count > 0 ? amount
            : unit is not null ? $"{currency ?? "USD"} {amount} per {unit}" : amount + "%";
        if (RemedyColumns(header) is { } columns) return RemedyColumnRows(cells, header!, columns, country, origin is null);
        if (RateParser.Find(written) is not [var rate]) return null;
        return [new RateRow(country, rate, true, country.Count > 0, origin is null)];
    }

    /// <summary>A pipe table's header whose rows are firms' rates: a supplier, exporter, producer or company column and a rate
    /// column, and no figure ("Supplier | Rate of provisional duty", "Exporter | Dumping margin | Effective rate of IDD",
    /// "Company | Subsidy rate (percent ad valorem)").</summary>
    private static bool FirmTableHeader(string line)
    {
        if (line.Any(char.IsDigit)) return false;
        var cells = line.Split('|');
        return cells.Length >= 2 && ProducerColumn().IsMatch(cells[0]) && !RateColumn().IsMatch(cells[0]) && cells.Skip(1).Any(c => RateColumn().IsMatch(c) && !NoDutyColumn().IsMatch(c));
    }

    /// <summary>A rate column of figures that are no duty: an interest rate, a growth or exchange rate, a share, a price or tax rate.</summary>
    [GeneratedRegex(@"\b(?:interest|growth|exchange|share|vote|return|yield|inflation|price|tax|profit|utili[sz]ation|capacity|tariffs?\s+for)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoDutyColumn();

    [GeneratedRegex(@"\d,\d{1,2}\s*%")]
    private static partial Regex DecimalComma();

    /// <summary>A cell key that names a column of a rate table ("Country of origin", "Amount", "Unit"), not a country before a firm.</summary>
    private static bool ColumnKey(string key) => OriginColumn().IsMatch(key) || ProducerColumn().IsMatch(key) || RateColumn().IsMatch(key)
        || UnitColumn().IsMatch(key) || CurrencyColumn().IsMatch(key);

    /// <summary>Measures of one list: the imposer from the item, each row's origin its own country, else the row before's (a firm or
    /// "all other exporters" under a country), else the item's one origin; one measure per origin at its top rate.</summary>
    private static List<(TariffMeasure Measure, string? Duty)>? TableMeasures(List<TariffMeasure> result, string s, List<RateRow> rows, string text,
        IReadOnlyList<Sentence> sentences, List<Mention> parties, List<string> possibleImposers, string? implied)
    {
        var listed = rows.Where(r => r.Origins.Count == 1).SelectMany(r => r.Origins).ToHashSet(StringComparer.Ordinal);
        var origins = ItemOrigins(text, parties);
        var imposer = TableImposer(result, s, text, parties, possibleImposers, implied, listed, origins);
        if (imposer is null) return null;
        var assigned = new List<(string Origin, RateMention Rate, string? Duty)>();
        string? last = null;
        // the item's one origin stands for a row's firm only where no row names another origin
        var soleOrigin = origins.Where(o => o != imposer).Distinct().ToList() is [var one]
            && rows.All(r => r.Origins.All(o => o == one || o == imposer)) ? one : null;
        var cued = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var own = row.Origins.Where(o => o != imposer).ToList();
            if (own.Count == 0)
            {
                var inherited = row.FirmOrRest ? last ?? soleOrigin : null;
                // a firm's row before any country ("Ltd, USD 1.12 per kg" after a split at "Co.") has no origin to take
                if (inherited is null && row.FirmOrRest && last is null) continue;
                if (inherited is null) return null;
                own = [inherited];
            }
            else if (row.OriginCue || row.FirmOrRest) foreach (var o in own) cued.Add(o);
            foreach (var o in own) assigned.Add((o, row.Rate, row.Duty));
            last = own[^1];
        }
        var byOrigin = assigned.GroupBy(a => a.Origin).ToList();
        if (byOrigin.Count == 0) return null;
        // a list of rates for one origin is that origin's firms (every row names a firm or the rest); a list over several origins
        // names them as where goods come from (in its rows or elsewhere in the item): "India, 17%; Brazil, 11.7%" under "average
        // applied tariffs" is each country's own tariff
        if (byOrigin.Count == 1 && !rows.Any(r => r.FirmOrRest)) return null;
        // (in prose each row marks its own: "… had put the new rate at 18%" is no row of a list)
        var prose = !s.Contains(';') && !s.Contains('|');
        if (byOrigin.Any(g => !cued.Contains(g.Key) && (prose || (!origins.Contains(g.Key) && g.Key != soleOrigin)))) return null;
        if (assigned.Select(a => a.Rate.Unit).Distinct().Count() > 1) return null;
        var goods = TableGoods(result, imposer, text, sentences, s);
        // a firm's row whose goods the item does not name where the reader finds them is left to the sentence reading (extract37)
        if (rows.All(r => r.FirmCell) && IsGeneric(goods)) return null;
        var action = Action(s.ToLowerInvariant());
        var measures = new List<(TariffMeasure, string?)>();
        foreach (var g in assigned.GroupBy(a => (a.Origin, a.Duty)))
        {
            var top = g.MaxBy(a => a.Rate.Value).Rate;
            measures.Add((new TariffMeasure(imposer, g.Key.Origin, top.Value, top.Unit, goods, action, null, s), g.Key.Duty));
        }
        return measures;
    }

    /// <summary>Who imposes the listed rates: the one imposer of the item's measures that is no listed origin, else the item's home
    /// (its own institutions act), else the one country goods are exported or imported into, else the one country the item names
    /// other than as an origin.</summary>
    private static string? TableImposer(List<TariffMeasure> result, string s, string text, List<Mention> parties, List<string> possibleImposers,
        string? implied, HashSet<string> listed, HashSet<string> origins)
    {
        bool Fits(string c) => !listed.Contains(c);
        var counted = result.Select(m => m.Imposer).Where(Fits).GroupBy(c => c).OrderByDescending(g => g.Count()).ToList();
        if (counted.Count > 0 && (counted.Count == 1 || counted[0].Count() > counted[1].Count())) return counted[0].Key;
        if (implied is not null && Fits(implied)) return implied;
        var into = parties.Where(m => IntoCountryBefore().IsMatch(text.AsSpan(Math.Max(0, m.Start - 30), m.Start - Math.Max(0, m.Start - 30))))
            .Select(m => m.CountryId).Where(Fits).Distinct().ToList();
        if (into is [var destination]) return destination;
        return possibleImposers.Where(c => Fits(c) && !origins.Contains(c)).ToList() is [var only] ? only : null;
    }

    /// <summary>The countries an item names as where goods come from ("originating in China PR", "exported from Korea", "imports
    /// from Vietnam", "Chinese steel"), and the countries joined to them in a list.</summary>
    private static HashSet<string> ItemOrigins(string text, List<Mention> parties)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var origin = new bool[parties.Count];
        for (var i = 0; i < parties.Count; i++)
        {
            origin[i] = NamedAsOrigin(text, parties[i]) || (i > 0 && origin[i - 1] && (Joined(text, parties[i - 1], parties[i])
                || OriginJoin().IsMatch(text.AsSpan(parties[i - 1].End, Math.Max(0, parties[i].Start - parties[i - 1].End)))));
            if (origin[i]) set.Add(parties[i].CountryId);
        }
        return set;
    }

    /// <summary>The goods of a list: the goods its row names under a goods column (RowColumnGoods), else those of the item's measures by the same imposer, else the goods a sentence announces a measure
    /// on, else the item's generic "goods" (the item-level goods pass may name them).</summary>
    private static IReadOnlyList<string> TableGoods(List<TariffMeasure> result, string imposer, string text, IReadOnlyList<Sentence> sentences, string s)
    {
        // (extract36) "2 | 5502 10 00 | Cellulose Acetate Tow | China PR | … | 1,124 | MT | USD": the row's own goods column first
        if (RowColumnGoods(text, s) is { } column) return column;
        var own = result.Where(m => m.Imposer == imposer && m.Evidence != s && !IsGeneric(m.Products) && !SubjectGoods(m.Products)).Select(m => m.Products).FirstOrDefault()
            ?? result.Where(m => m.Imposer == imposer && !IsGeneric(m.Products) && !SubjectGoods(m.Products)).Select(m => m.Products).FirstOrDefault();
        if (own is not null) return RemedyWordsOff(own);
        foreach (var sentence in sentences)
        {
            var plain = BlankCodes(sentence.Text);
            if (MentionedProducts(plain) is { Count: > 0 } named && !SubjectGoods(named)) return RemedyWordsOff(named);
            if (UnnamedAnnouncement(plain) is { } u && u.Products.Count > 0) return u.Products;
        }
        // "in respect of certain concrete reinforcing bar originating in …", "investigation of monosodium glutamate (MSG) from …"
        if (InvestigatedGoods().Match(text) is { Success: true } goods) return [goods.Groups["p"].Value];
        return ["goods"];
    }

    [GeneratedRegex(@"\b(?:in\s+respect\s+of|respecting|regarding|investigation\s+(?:of|into)|imports\s+of)\s+(?:certain\s+)?(?:imports\s+of\s+)?(?<p>[a-z][a-z -]{2,60}?)\s+(?:\([^)]{1,30}\)\s+)?(?:originating|exported|imported|from)\b")]
    private static partial Regex InvestigatedGoods();

    /// <summary>A rate in brackets after another ("15 percent (previously 20 percent)") is a note on the row, not a row.</summary>
    private static bool Bracketed(string s, RateMention r) => r.Start > 0 && s.LastIndexOf('(', r.Start - 1) is var open && open >= 0
        && s.LastIndexOf(')', r.Start - 1) < open && NotesPreviousRate(s.AsSpan(open + 1, r.Start - open - 1).TrimStart());

    private static bool NotesPreviousRate(ReadOnlySpan<char> note)
    {
        foreach (var w in PreviousRateNotes)
            if (note.StartsWith(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>The words that open a bracketed note on a row's earlier rate: "(previously 20 percent)", "(down from 40%)".</summary>
    private static readonly string[] PreviousRateNotes = ["previously", "formerly", "was ", "were ", "down from", "up from", "from ", "currently", "now ", "current ", "old ", "existing "];

    /// <summary>An item where two rates may share a sentence in prose ("…% for X, …% for Y"): any "%"/"per cent" twice.</summary>
    [GeneratedRegex(@"(?:%|per\s?cent|pct|per\s+(?:MT|tonne|ton|kg|kilogram))[^\n]{0,300}?(?:%|per\s?cent|pct|per\s+(?:MT|tonne|ton|kg|kilogram))", RegexOptions.IgnoreCase)]
    private static partial Regex MultiRateHint();

    /// <summary>"… at the following rates:", "as follows:", "Table:", "the rates are:": a sentence that opens a list of rates.</summary>
    [GeneratedRegex(@"(?:\bfollowing\b[^.:]{0,60}|\bas\s+follows|\b(?:rates?|amounts?|duties|table(?:\s+below)?)(?:\s+(?:are|is|will\s+be))?)\s*:\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ListOpener();

    /// <summary>A gap between two rates of one range: "to", "and", "-", "–" and a unit or sign ("12.5 to 20.3 percent").</summary>
    [GeneratedRegex(@"^\s*(?:%|per\s?cent|percent)?\s*(?:to|and|-|–|—)\s*(?:US\s?\$|\$|USD|€|EUR)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RangeGap();

    /// <summary>Where a prose list moves to its next row: ", and", ", while", "while", "whereas", ", ", " and ".</summary>
    [GeneratedRegex(@",\s+(?:and|while|whereas|but)\s+|\s+(?:while|whereas)\s+|,\s+|\s+and\s+(?=(?:(?:the\s+)?(?:rest|other|all|any)\b|will\b|of\b|for\b|on\b|[0-9$€£]|(?-i:[A-Z])))", RegexOptions.IgnoreCase)]
    private static partial Regex RowBreak();

    /// <summary>A row that names a firm or the residual group: "all other exporters", "any other producer", "uncooperative", "the
    /// China-wide entity", "the rest of the Chinese exporters", "Co., Ltd", "Inc.", "Corporation", "exporting producers".</summary>
    [GeneratedRegex(@"\b(?:all\s+others?|any\s+other|any\s+producer|all\s+(?:other\s+)?(?:exporters|producers|companies|manufacturers|exports)|uncooperative|non-?cooperat\w*|(?<=-)wide\s+entity|wide\s+entity|rest\s+of|remaining|Co\.|Company|Corp\.?|Corporation|Inc\.?|Incorporated|Ltd\.?|Limited|LLC|GmbH|PLC|Pvt|S\.A\.|(?:exporting\s+)?producers?|exporters?|manufacturers?|companies|mills?|makers?|suppliers?)(?=\W|$)", RegexOptions.IgnoreCase)]
    private static partial Regex FirmOrRest();

    /// <summary>A row's own mark that its country is where goods come from: "for exporters from", "producers in", "goods of", "on
    /// Chinese products", "will pay", "face".</summary>
    [GeneratedRegex(@"\bfrom\b|\b(?:exporters?|producers?|exports|imports|goods|products|shipments|makers?|suppliers?|firms?|companies|mills?)\b|\b(?:pay|pays|face|faces|subject\s+to|be\s+charged)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RowOrigin();

    /// <summary>"China PR and Japan", "Korea, and": what joins one origin of a list to the next.</summary>
    [GeneratedRegex(@"^(?:\s+PR)?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$")]
    private static partial Regex OriginJoin();

    [GeneratedRegex(@"\b(?:dumping|subsidy|subsidi[sz]ation)\s+margins?\b|\bmargins?\s+of\s+dumping\b", RegexOptions.IgnoreCase)]
    private static partial Regex MarginWord();

    [GeneratedRegex(@"\b(?:at|equal\s+to|equivalent\s+to)\s+(?:these|those|the\s+same|the\s+above)\s+(?:rates|margins|levels)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AtTheseRates();

    /// <summary>Countries' own tariff levels ("average applied tariffs", "bound rates", "MFN averages"), not measures on origins.</summary>
    [GeneratedRegex(@"\b(?<!weighted-)(?:average|averages)\s+(?:applied\s+|MFN\s+|most-favou?red-nation\s+|import\s+)*(?:tariffs?|duty|duties|rates?)\b|\bbound\s+(?:tariffs?|rates?|duties)\b|\bsimple\s+mean\b|\btrade-weighted\s+(?:average\s+)?(?:tariffs?|rates?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AppliedAverage();

    [GeneratedRegex(@"\b(?:exported|shipped|sold|dumped)\s+to\s+(?:the\s+)?$|\bimport(?:s|ed)?\s+into\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex IntoCountryBefore();

    [GeneratedRegex(@"^(?<k>[A-Za-z][A-Za-z .()/-]{1,40}?)\s*:\s*(?<v>.+)$")]
    private static partial Regex PipeKey();

    [GeneratedRegex(@"\b(?:country|origin|exporting\s+country)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OriginColumn();

    [GeneratedRegex(@"\b(?:producers?|exporters?|company|companies|manufacturers?|suppliers?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProducerColumn();

    [GeneratedRegex(@"\b(?:duty|duties|rate|amount|margin|tariff|deposit|ADD|CVD)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RateColumn();

    [GeneratedRegex(@"^\s*unit\b", RegexOptions.IgnoreCase)]
    private static partial Regex UnitColumn();

    [GeneratedRegex(@"^\s*currency\b", RegexOptions.IgnoreCase)]
    private static partial Regex CurrencyColumn();
}
