using System.Text.RegularExpressions;

namespace Watcher.Core.Facts;

/// <summary>
/// Session 15 (extract27): two readers of structure rather than phrases.
/// <list type="bullet">
/// <item>A <b>discourse state</b> carried from sentence to sentence within an item: the last measure's imposer, target and goods.
/// A later rate clause without a tariff word ("Thai exporters face rates of up to 22.81%.", "Chinese aluminium faces 15%.") continues
/// it even when a sentence about something else stands between them (before, only the sentence right after a measure could).
/// The state ends at a sentence that names another country's own tariff or rate ("Thailand's rate is 40%") and at a new
/// paragraph that names a country other than the measure's two parties (a change of subject).</item>
/// <item>A <b>prose list</b> of goods and rates, paired by position: "fruit juices (120%), plastic chairs (70%) and tyres (30%)",
/// "fruit juices at 120% and tyres at 30%", after a measure (or an announcement of one) in the item: each goods a measure of that
/// imposer. Not a list of countries, firms (proper names), shares, prices or domestic taxes.</item>
/// </list>
/// </summary>
public static partial class TariffExtractor
{
    /// <summary>For measuring a reader's reach only (ExtractDumpProbe): WATCHER_READERS_OFF=carry and/or list turns it off.</summary>
    private static readonly string ReadersOff = Environment.GetEnvironmentVariable("WATCHER_READERS_OFF") ?? "";

    private static bool CarryOn => !ReadersOff.Contains("carry", StringComparison.Ordinal);

    private static bool ListsOn => !ReadersOff.Contains("list", StringComparison.Ordinal);

    /// <summary>The measure a later sentence may continue: its imposer, target and goods.</summary>
    private readonly record struct Discourse(string Imposer, string Target, IReadOnlyList<string> Products);

    /// <summary>The sentence ends the discourse of the measure before: it names another country's own tariff or rate ("Thailand's rate
    /// is 40%", "Indonesia's tariff on Thai cars is 40%"), or it opens a paragraph naming a country that is neither the measure's
    /// imposer nor its target.</summary>
    private static bool EndsDiscourse(string s, Discourse d, bool newParagraph)
    {
        var parties = Parties(s);
        foreach (var p in parties)
            if (p.CountryId != d.Imposer && OwnsRateAfter().IsMatch(s.AsSpan(p.End))) return true;
        return newParagraph && parties.Any(p => p.CountryId != d.Imposer && p.CountryId != d.Target);
    }

    /// <summary>Whether the sentence starts a paragraph of its own (a line break before it).</summary>
    private static bool StartsParagraph(string text, int start)
    {
        for (var i = start - 1; i >= 0; i--)
        {
            if (text[i] == '\n') return true;
            if (!char.IsWhiteSpace(text[i])) return false;
        }
        return false;
    }

    /// <summary>"Thailand's rate", "US tariffs", "China's own duty": a tariff word or "rate" right after a country's name.</summary>
    [GeneratedRegex(@"^(?:['’]s)?\s+(?:own\s+|current\s+|applied\s+|mfn\s+)?(?:tariffs?|dut(?:y|ies)|levy|levies|surtax(?:es)?|surcharges?|rates?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnsRateAfter();

    /// <summary>
    /// The goods and rates of a prose list, paired by position: "perfumes (40%), watches (30%) and handbags (25%)", "fruit juices at
    /// 120% and tyres at 30%", "cement at 25 percent, sugar at 15 percent". At least two pairs in a row, joined only by a comma,
    /// semicolon or "and"; every goods phrase short, without a verb, no country and no proper name; the sentence says it lists
    /// rates (a tariff word, "rates", "list", "subject to", "pay", "face") and names no share, price, growth, inflation, margin or
    /// domestic tax. Each pair is a measure of the given imposer and target.
    /// </summary>
    private static List<TariffMeasure> ProseListRates(string s, string imposer, string target, string action, string? date)
    {
        var result = new List<TariffMeasure>();
        if (!ListsOn || s.AsSpan().IndexOfAnyInRange('0', '9') < 0 || NotRateList().IsMatch(s) || !RateListCue().IsMatch(s)) return result;
        // "the new rates are: perfumes and cosmetics, 40 percent (previously 30 percent); wristwatches, 35 percent (20 percent); …": a list
        // whose items are "goods, rate" and are parted by semicolons
        if (s.Contains(';'))
        {
            var items = s[(s.LastIndexOf(':') + 1)..].Split(';');
            var listed = new List<(string Goods, RateMention Rate)>();
            foreach (var item in items)
                if (SemicolonItem().Match(item) is { Success: true } it && ListedGoods(it.Groups["g"].Value.Trim())
                    && RateParser.Find(it.Groups["r"].Value) is [var itemRate])
                    listed.Add((it.Groups["g"].Value.Trim(), itemRate));
            if (listed.Count >= 2 && listed.Count == items.Length)
            {
                foreach (var (goods, rate) in listed)
                    if (Products(goods, []).Where(p => IsProductWord(p.Split(' ')[^1])).ToList() is { Count: > 0 } products)
                        result.Add(new TariffMeasure(imposer, target, rate.Value, rate.Unit, products, action, date, s));
                return result;
            }
        }
        var pairs = ListedPair().Matches(s);
        if (pairs.Count < 2) return result;
        // the runs of pairs joined only by a separator
        var run = new List<(string Goods, RateMention Rate)>();
        var best = new List<(string Goods, RateMention Rate)>();
        var previousEnd = -1;
        foreach (Match m in pairs)
        {
            var rateGroup = m.Groups["r"];
            var rates = RateParser.Find(rateGroup.Value);
            if (rates is not [var rate]) { Flush(); previousEnd = -1; continue; }
            string goodsText;
            if (previousEnd >= 0 && ListSeparator().Match(s, previousEnd, m.Index - previousEnd) is { Success: true } sep && sep.Index == previousEnd)
                goodsText = s[(sep.Index + sep.Length)..m.Index];
            else
            {
                Flush();
                var lead = FirstListedGoods().Match(s[..m.Index]);
                if (!lead.Success) { previousEnd = -1; continue; }
                goodsText = lead.Groups["g"].Value;
                // "Watches (30%) and handbags (25%) are …": the capital of the sentence's first word names no firm
                if (string.IsNullOrWhiteSpace(s[..lead.Groups["g"].Index])) goodsText = char.ToLowerInvariant(goodsText[0]) + goodsText[1..];
            }
            goodsText = goodsText.Trim();
            if (!ListedGoods(goodsText)) { Flush(); previousEnd = -1; continue; }
            run.Add((goodsText, rate));
            previousEnd = m.Index + m.Length;
        }
        Flush();
        if (best.Count < 2) return result;
        foreach (var (goods, rate) in best)
        {
            var products = Products(goods, []).Where(p => IsProductWord(p.Split(' ')[^1])).ToList();
            if (products.Count == 0) continue;
            result.Add(new TariffMeasure(imposer, target, rate.Value, rate.Unit, products, action, date, s));
        }
        return result;

        void Flush()
        {
            if (run.Count > best.Count) best = [.. run];
            run.Clear();
        }
    }

    /// <summary>A goods phrase of a list: one to six words, no verb or auxiliary, no tariff or schedule word, no country, not a proper name (a firm: "Siam Fine
    /// Tableware (17.46%)"), its last word one that can be goods.</summary>
    private static bool ListedGoods(string g)
    {
        if (g.Length is < 3 or > 60 || !ListedGoodsShape().IsMatch(g) || ListedGoodsVerb().IsMatch(g) || ExporterClass().IsMatch(g) || ListWord().IsMatch(g) || Parties(g).Count > 0) return false;
        var words = g.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Where(w => !ListedGoodsJoin().IsMatch(w)).All(w => char.IsUpper(w[0]))) return false;
        return IsProductWord(words[^1]);
    }

    /// <summary>An item of a semicolon list: "wristwatches, 35 percent (20 percent)", "and furniture, 35 percent (30 percent)." (a bracket after
    /// the rate is the old rate).</summary>
    [GeneratedRegex(@"^\s*(?:and\s+)?(?<g>[A-Za-z][^,;:()]{1,60}?),\s+(?<r>\d[\d.,]*\s*(?:%|(?:per[\s-]?cent|percent|pct|pc)\b))\s*(?:\((?:previously\s+|was\s+|from\s+|formerly\s+)?\d[\d.,]*\s*(?:%|per[\s-]?cent|percent|pct|pc)\))?\s*\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SemicolonItem();

    /// <summary>A rate in brackets after goods ("watches (30%)") or after "at" ("tyres at 30%").</summary>
    [GeneratedRegex(@"(?:\s*\(\s*(?<r>(?:up\s+to\s+)?\d[\d.,]*\s*(?:%|per[\s-]?cent|percent|pct|pc))\s*\)|\s+at\s+(?<r>\d[\d.,]*\s*(?:%|(?:per[\s-]?cent|percent|pct|pc)\b)))", RegexOptions.IgnoreCase)]
    private static partial Regex ListedPair();

    /// <summary>What joins two pairs of a list: a comma, a semicolon or "and".</summary>
    [GeneratedRegex(@"\s*(?:[,;]\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)", RegexOptions.IgnoreCase)]
    private static partial Regex ListSeparator();

    /// <summary>The goods of a list's first pair: after the nearest word or mark that opens the list ("… are", "includes", "such as",
    /// "lists", "covers", ":"), or the sentence's start (read right to left, so the nearest opener wins).</summary>
    [GeneratedRegex(@"(?:^\s*|\b(?:are|include|includes|including|included|lists|listed|listing|such\s+as|namely|apply\s+to|applies\s+to|covers?|covered|covering|with)\s+|[:;(]\s*|[-•–—]\s+|,\s*)(?<g>[A-Za-z][^,;:()]{1,60}?)$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex FirstListedGoods();

    [GeneratedRegex(@"^[A-Za-z][\w'’/&-]*(?:\s+[\w'’/&-]+){0,5}$")]
    private static partial Regex ListedGoodsShape();

    [GeneratedRegex(@"\b(?:is|are|was|were|will|would|has|have|had|be|been|being|rose|fell|rises|falls|grew|stood|stands|traded|remains?|stays?|pays?|paid|faces?|faced|charged|set|cut|raised|lowered|the\s+rate|rates?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ListedGoodsVerb();

    /// <summary>A class of exporters is no goods: "mandatory respondents (2.84%), and all others (25.76%)".</summary>
    [GeneratedRegex(@"\b(?:others|respondents?|exporters?|producers?|companies|company|firms?|manufacturers?|suppliers?|entity|entities|cooperating|non-cooperating)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExporterClass();

    /// <summary>A tariff or schedule word is no goods: "The tariff schedule lists batteries (18%) …" names its goods after the verb.</summary>
    [GeneratedRegex(@"\b(?:tariffs?|dut(?:y|ies)|levy|levies|surtax(?:es)?|surcharges?|schedules?|lists?|listed|listing|notice|order|decree|annex(?:es)?|tables?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ListWord();

    [GeneratedRegex(@"^(?:and|or|of|for|the|a|an|&|with|in)$", RegexOptions.IgnoreCase)]
    private static partial Regex ListedGoodsJoin();

    /// <summary>A list of rates says so: a tariff word, "rate(s)", a list or schedule, or a verb of charging ("Its import bill is led by fuel
    /// (40%), machinery (30%) …" is no list of duties).</summary>
    [GeneratedRegex(@"\b(?:rates?|tariffs?|dut(?:y|ies)|levy|levies|surtax(?:es)?|list|listed|schedule|subject\s+to|charged|pay|pays|face|faces|attracts?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RateListCue();

    /// <summary>A sentence whose bracketed or "at" figures are no duty rates: shares, prices, growth, inflation, margins, stakes,
    /// polls, volumes that fall or drop, or a domestic tax (one of the domestic-tax lists, kept apart on purpose: see DomesticCharges). A
    /// whole sentence's words, verbs of movement included, not a subject's: apart from <see cref="FigureWords"/> (GoodsSubject.cs).</summary>
    [GeneratedRegex(@"\b(?:shares?|market|prices?|priced|cost(?:s|ing)?|growth|grew|grow|inflation|margins?|stakes?|polls?|votes?|survey|yields?|interest|VAT|GST|sales\s+tax|excise|value[\s-]added|income\s+tax|fill(?:ed|\s+rate)?|utili[sz]ation|utili[sz]ed|year[\s-]on[\s-]year|up\s+\d|down\s+\d|rose|fell|falls?|fallen|drop(?:s|ped)?|declined?|volumes?|output|increase[ds]?\s+by|decrease[ds]?\s+by|unemployment|capacity)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotRateList();
}
