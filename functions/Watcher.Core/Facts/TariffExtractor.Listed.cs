using System.Text.RegularExpressions;
using Watcher.Core.Entities;

namespace Watcher.Core.Facts;

/// <summary>
/// How a text pairs several rates with several origins or goods it lists: "respectively" (the n-th rate is the n-th listed
/// party's or goods'), a rate in brackets after its country ("from Malaysia (12.1%) and Vietnam (16.7%)"), and country
/// headings over the rates of a notice ("Cambodia: Sunrise Plastics, 37.61 percent; all others, 37.61 percent.",
/// "- Vietnam — 21.3%"), whose imposer and goods are the ones the text announced before the list.
/// </summary>
public static partial class TariffExtractor
{
    /// <summary>"duties of 37.61%, 8.52% and 210.87% on boxes from Cambodia, Thailand and Vietnam, respectively": when the
    /// sentence lists as many parties (or, failing that, goods) as it lists rates, the n-th rate is the n-th party's (goods');
    /// when the counts differ nothing is paired.</summary>
    private static void PairRespectively(string s, List<RateMention> rates, List<Mention> mentions, List<TariffMeasure> result)
    {
        var word = Respectively().Match(s);
        if (!word.Success || result.Count == 0) return;
        // the rates listed: the last run of rates joined by a comma, "and" or "or" that ends before "respectively"
        var run = new List<RateMention>();
        for (var i = 0; i < rates.Count && rates[i].End <= word.Index; i++)
        {
            if (run.Count > 0 && !(rates[i].Start > run[^1].End && ListJoin().IsMatch(s.AsSpan(run[^1].End..rates[i].Start)))) run.Clear();
            run.Add(rates[i]);
        }
        if (run.Count < 2) return;
        var templates = run.Select(r => result.FirstOrDefault(m => m.Rate == r.Value && m.RateUnit == r.Unit)).ToList();
        if (templates.Any(t => t is null)) return;
        var imposer = templates[0]!.Imposer;
        var products = templates.Select(t => t!.Products).FirstOrDefault(p => !IsGeneric(p)) ?? templates[0]!.Products;
        // the parties listed: the last run of countries joined by a comma, "and" or "or" before "respectively", as many as the rates
        var parties = PartyLists(s, mentions.Where(m => m.End <= word.Index && m.Entity.Kind != EntityKind.Leader && !PlaceOrComparison(s, m)).ToList())
            .LastOrDefault(l => l.Count == run.Count && !l.Contains(imposer));
        List<TariffMeasure> paired;
        if (parties is not null)
            paired = run.Select((r, k) => templates[k]! with { Target = parties[k], Products = products }).ToList();
        else if (products.Count == run.Count && !IsGeneric(products) && templates.All(t => t!.Target == templates[0]!.Target))
            paired = run.Select((r, k) => templates[k]! with { Products = [products[k]] }).ToList();
        else return;
        var at = result.FindIndex(m => run.Any(r => m.Rate == r.Value && m.RateUnit == r.Unit));
        result.RemoveAll(m => run.Any(r => m.Rate == r.Value && m.RateUnit == r.Unit));
        result.InsertRange(Math.Min(at, result.Count), paired);
    }

    /// <summary>Runs of countries joined by a comma, "and", "or" or "&amp;", each as distinct country ids in the order written.</summary>
    private static List<List<string>> PartyLists(string s, List<Mention> mentions)
    {
        var lists = new List<List<string>>();
        List<string>? current = null;
        for (var k = 0; k < mentions.Count; k++)
        {
            if (current is null || !Joined(s, mentions[k - 1], mentions[k]))
                lists.Add(current = []);
            if (!current.Contains(mentions[k].CountryId)) current.Add(mentions[k].CountryId);
        }
        return lists;
    }

    /// <summary>"… on aluminium extrusions from Malaysia (12.1%) and Vietnam (16.7%)": a rate in brackets right after a country
    /// is that country's.</summary>
    private static string? CountryBeforeBracket(string s, List<Mention> mentions, RateMention rate, string? imposer)
    {
        if (!BracketClose().IsMatch(s.AsSpan(rate.End))) return null;
        var m = mentions.LastOrDefault(x => x.End <= rate.Start && BracketOpen().IsMatch(s.AsSpan(x.End, rate.Start - x.End)));
        return m is not null && m.Entity.Kind != EntityKind.Leader && m.CountryId != imposer ? m.CountryId : null;
    }

    /// <summary>
    /// A notice's rates under country headings, once the item has named a tariff, its imposer and its goods: "Cambodia: 37.61
    /// percent; Thailand: 8.52 percent", "Vietnam: Vina Boxes JSC, 126.33 percent; Vietnam-wide entity, 210.87 percent.",
    /// "- Malaysia — 12.9%". Each heading's part (up to the next heading) ends each of its clauses with a rate, and the
    /// heading's measure is at its highest rate (the convention for firms' rates and an all-others or country-wide rate).
    /// None when a clause says more than a name and a rate ("Vietnam: GDP grew 7.1% in the third quarter").
    /// </summary>
    private static List<TariffMeasure>? HeadingRates(string sentence, string imposer, IReadOnlyList<string> products, string? date)
    {
        var heading = CountryHeading(sentence, 0);
        if (heading is null) return null;
        var found = new List<TariffMeasure>();
        var (country, top) = (heading.Value.Country, (RateMention?)null);
        var at = heading.Value.End;
        foreach (var clause in sentence[at..].Split(';'))
        {
            var text = clause.Trim().TrimEnd('.').Trim();
            if (CountryHeading(text, 0) is { } next)
            {
                Close();
                (country, top) = (next.Country, null);
                text = text[next.End..].Trim();
            }
            var m = HeadedRate().Match(text);
            if (!m.Success) return null;
            var rate = RateParser.Find(m.Groups["r"].Value) is [var one] ? one : (RateMention?)null;
            if (rate is null) return null;
            if (top is null || rate.Value.Value > top.Value.Value) top = rate;
        }
        Close();
        return found.Count > 0 ? found : null;

        void Close()
        {
            if (top is { } r && country != imposer)
                found.Add(new TariffMeasure(imposer, country, r.Value, r.Unit, products, TariffActions.Imposed, date, sentence));
        }
    }

    /// <summary>"Cambodia:", "- Vietnam —", "• South Korea -": a country's name alone, as the heading of what follows.</summary>
    private static (string Country, int End)? CountryHeading(string text, int from)
    {
        var h = Heading().Match(text, from);
        if (!h.Success) return null;
        var name = h.Groups["n"];
        return EntityFinder.Find(name.Value) is [{ Form: not MentionForm.Adjective, Entity.Kind: not EntityKind.Leader } only] && only.Start == 0 && only.End == name.Length
            && IsParty(only) ? (only.CountryId, h.Index + h.Length) : null;
    }

    /// <summary>"Belgium (23.1%)": a country followed by its rate in brackets is that rate's party, not an imposer.</summary>
    [GeneratedRegex(@"^\s*\(\s*(?:up\s+to\s+)?\d[\d.,]*\s*(?:%|per[\s-]?cent|percent)\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex BracketedRateAfter();

    /// <summary>"…, while all other imports from China will be subject to a duty of", "the remaining exporters face", "and a residual
    /// rate of": the clause
    /// before a rate is about the rest of an origin's trade, whose rate is one of the firms' rates.</summary>
    [GeneratedRegex(@"(?:\b(?:all\s+(?:the\s+)?other|the\s+remaining|remaining)\s+(?:[\w-]+\s+){0,2}?(?:imports|exporters|producers|manufacturers|compan(?:y|ies)|firms|shipments|suppliers)|\b(?-i:[A-Z])\w*(?:\s(?-i:[A-Z])\w*){0,2}-wide\s+(?:entity|rate)|\b(?:country|nation)-?wide\s+(?:entity|rate)|\b(?:a|the)\s+residual\s+(?:duty\s+)?rate(?:\s+of)?)\b[^,;%]{0,80}$", RegexOptions.IgnoreCase)]
    private static partial Regex RestClauseBefore();

    /// <summary>The rest of an origin's trade named as the subject of a rate: "all other imports", "the remaining exporters". (Not "the
    /// Viet Nam-wide entity remains subject to 25.76%": read as a rate, it split holdout 11's shrimp copies, whose lede rates then
    /// differed; see docs/quality.md, Session 10 (extract17).)</summary>
    [GeneratedRegex(@"\b(?:all\s+(?:the\s+)?other|the\s+remaining)\s+(?:[\w-]+\s+){0,2}?(?:imports|exporters|producers|manufacturers|compan(?:y|ies)|firms|shipments|suppliers)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RestSubject();

    /// <summary>"… exporters of the same boxes face 37.61% and 8.52% respectively": a list of rates goods face, paired by "respectively".</summary>
    [GeneratedRegex(@"\b(?:face|faces|facing|pay|pays|paying|get|gets|got|receive[sd]?|attracts?)\s+(?=(?:rates\s+of\s+)?\d[\d.,]*\s*(?:%|per[\s-]?cent|percent)(?:\s*,\s*\d[\d.,]*\s*(?:%|per[\s-]?cent|percent))*,?\s+and\s+\d[\d.,]*\s*(?:%|per[\s-]?cent|percent),?\s+respectively\b)", RegexOptions.IgnoreCase)]
    private static partial Regex FacesRatesRespectively();

    /// <summary>
    /// "an anti-circumvention duty (ACD)", "Safeguard Import Duty (BMTP)", "a so-called 'border adjustment charge' on …": a name the
    /// item defines for a duty stands for a tariff word wherever the item uses it again ("The ACD is 35.58%"). The text is read with
    /// each later use written "duty" (or "duties"); the sentences keep their number, so each measure's evidence is given back as
    /// the item wrote it. An abbreviation for something else ("the Kenya Revenue Authority (KRA)", "Goods and Services Tax (GST)",
    /// "non-tariff measures (NTM)") defines no duty.
    /// </summary>
    private static string DutyNamesAsTariffWords(string text)
    {
        var bare = BareDutyAbbreviation().Matches(text);
        if (!text.Contains('(') && !text.Contains("call", StringComparison.OrdinalIgnoreCase) && bare.Count == 0) return text;
        var names = new List<string>();
        var heads = new List<string>();
        foreach (Match d in DefinedDuty().Matches(text))
        {
            var phrase = d.Groups["p"].Value;
            if (phrase.Contains("non-", StringComparison.OrdinalIgnoreCase)) continue;
            names.Add(d.Groups["a"].Value);
            // "a provisional import charge (PIC)", "a special safeguard measure (SSM)": the definition names a duty too
            if (!TariffWord().IsMatch(phrase)) heads.Add(phrase);
        }
        foreach (var phrase in heads.Distinct(StringComparer.Ordinal))
            text = text.Replace(phrase, phrase[..phrase.LastIndexOf(' ')] + (phrase.EndsWith('s') ? " duties" : " duty"), StringComparison.Ordinal);
        foreach (Match q in QuotedDuty().Matches(text)) names.Add(q.Groups["n"].Value);
        // (session 22, extract37) "RD on used cars slashed to 20pc", "FBR imposes 20pc RD on …": a regulatory, basic or additional
        // customs duty's abbreviation that headlines use without defining it, where it stands as a duty (before "on" or "of", after a rate)
        foreach (Match b in bare) names.Add(b.Groups["a"].Value);
        if (names.Count == 0) return text;
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            var abbreviation = name.All(c => char.IsUpper(c) || char.IsDigit(c));
            var pattern = abbreviation ? @"(?<!\()\b" + Regex.Escape(name) + @"(?<s>s)?\b(?!\))"
                : @"['‘""“]?\b" + Regex.Escape(name) + @"(?<s>s)?\b['’""”]?";
            // "… to 100 per cent. BCD on smart watches is raised …": a name that opens a sentence still opens it, capitalised
            var current = text;
            text = Regex.Replace(text, pattern, m => (m.Groups["s"].Success ? "duties" : "duty") is var word && OpensSentence(current, m.Index) ? char.ToUpperInvariant(word[0]) + word[1..] : word,
                abbreviation ? RegexOptions.None : RegexOptions.IgnoreCase);
            // the definition itself is read without its brackets: "an anti-circumvention duty on …"
            if (abbreviation) text = text.Replace(" (" + name + ")", "", StringComparison.Ordinal);
        }
        return text;
    }

    private static bool OpensSentence(string text, int at)
    {
        var before = text.AsSpan(0, at).TrimEnd(' ');
        return before.Length == 0 || before[^1] is '\n' || (before.Length < at && before[^1] is '.' or '!' or '?');
    }

    /// <summary>"RD", "BCD", "ACD" (regulatory, basic customs, additional customs duty) where a duty stands: before "on"/"of" and goods or
    /// a rate, or after a rate ("20pc RD"). Not another abbreviation ("RD Congo", "R&amp;D").</summary>
    [GeneratedRegex(@"(?<![\w&(])(?<a>RD|BCD|ACD)\b(?![&)])(?=\s+(?:on|of)\s+(?:imported\s+|the\s+)?(?:[a-z]|\d))|(?<=\d\s*(?:%|pc|percent|per\s?cent)\s+)(?<a>RD|BCD|ACD)\b(?!\))")]
    private static partial Regex BareDutyAbbreviation();

    /// <summary>A duty's name, then its abbreviation in brackets: the name ends in a tariff word, or in measure/charge/tax after a word
    /// that makes it a trade remedy or a charge at the border.</summary>
    [GeneratedRegex(@"\b(?<p>(?:[\w-]+\s+){0,3}(?:(?:dut(?:y|ies)|tariffs?|levy|levies|surcharges?|surtax(?:es)?)|(?:safeguard|anti-?circumvention|countervailing|anti-?dumping|retaliatory)\s+(?:[\w-]+\s+)?(?:measures?|charges?|tax(?:es)?)|(?:import|border)\s+(?:[\w-]+\s+)?(?:charges?|tax(?:es)?|fees?)))\s*\((?<a>(?-i:[A-Z][A-Z0-9]{1,5}))\)", RegexOptions.IgnoreCase)]
    private static partial Regex DefinedDuty();

    /// <summary>"a so-called 'border levy' on", "what officials call a 'solidarity charge' on": a quoted name for a charge on goods.</summary>
    [GeneratedRegex(@"\b(?:so-called|what\s+(?:it|they|the\s+\w+|officials)\s+(?:calls?|called|dubs?|dubbed|terms?|termed))\s+(?:an?\s+|the\s+)?['‘""“](?<n>(?:[\w-]+\s+){0,3}(?:charges?|levy|levies|fees?|tax(?:es)?|surcharges?|dut(?:y|ies)|tariffs?))['’""”]\s+(?:on|against)\s", RegexOptions.IgnoreCase)]
    private static partial Regex QuotedDuty();

    /// <summary>"the two countries", "both suppliers", "all three nations": a group of origins as large as the list it refers back to.</summary>
    private static bool RefersToGroup(string s, int count)
    {
        foreach (Match g in GroupOfOrigins().Matches(s))
        {
            var n = g.Groups["n"].Value.ToLowerInvariant();
            var size = n switch { "" => 2, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, _ => int.TryParse(n, out var k) ? k : 0 };
            if (size == count) return true;
        }
        return false;
    }

    /// <summary>Each measure on the group (read on every origin, or on one of the group) is a measure on each country of the group.</summary>
    private static List<TariffMeasure> EachOfGroup(List<TariffMeasure> found, List<string> group, IReadOnlyList<string>? announcedGoods)
    {
        var each = new List<TariffMeasure>();
        foreach (var m in found)
        {
            if (m.Target != "*" && !group.Contains(m.Target)) { each.Add(m); continue; }
            // "Both suppliers face …": the group read as the subject is no goods
            var goods = (IsGeneric(m.Products) || m.Products.Any(p => GroupOfOrigins().IsMatch(p) || p.Equals("both", StringComparison.OrdinalIgnoreCase)))
                && announcedGoods is { Count: > 0 } named ? named : m.Products;
            foreach (var c in group.Where(c => c != m.Imposer))
                if (!each.Any(x => x.Target == c && x.Rate == m.Rate && x.Imposer == m.Imposer)) each.Add(m with { Target = c, Products = goods });
        }
        return each;
    }

    /// <summary>The countries a sentence names as the origins of goods, joined in one list ("… into fertiliser from Russia and
    /// Belarus", "on steel from China, Vietnam and Thailand"). Asked through <see cref="OriginList"/>, which remembers it.</summary>
    private static List<string> ReadOriginList(string s)
    {
        if (PhraseCountries(s) is { Count: >= 2 } named) return named;
        var parties = Parties(s).Where(m => m.Entity.Kind != EntityKind.Leader).ToList();
        var first = parties.FirstOrDefault(m => NamedAsOrigin(s, m) && m.Form != MentionForm.Adjective);
        if (first is null) return [];
        List<string> origins = [first.CountryId];
        origins.AddRange(CoordinatedTargets(s, parties, first.CountryId, "").Where(c => !origins.Contains(c)).ToList());
        return origins;
    }

    [GeneratedRegex(@"\b(?:(?:the|these|those|all)\s+(?<n>two|three|four|five|six|[2-9])\s+|both\s+(?:the\s+|these\s+)?)(?:countries|nations|origins|suppliers|economies|exporting\s+countries|producing\s+countries)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GroupOfOrigins();

    [GeneratedRegex(@"\brespectively\b", RegexOptions.IgnoreCase)]
    private static partial Regex Respectively();

    [GeneratedRegex(@"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ListJoin();

    [GeneratedRegex(@"^\s*\(\s*(?:up\s+to\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex BracketOpen();

    [GeneratedRegex(@"^\s*\)")]
    private static partial Regex BracketClose();

    /// <summary>A heading: an optional bullet, a capitalised name of at most four words, then a colon or a dash.</summary>
    [GeneratedRegex(@"\G\s*(?:[-•*–—]\s*)?(?<n>(?-i:[A-Z])[\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?(?-i:[A-Z])[\w'’.-]*){0,3})\s*(?::|\s[–—-])\s*")]
    private static partial Regex Heading();

    /// <summary>A clause under a heading: a rate alone, or a name (a firm, "all others", "Vietnam-wide entity") and its rate.</summary>
    [GeneratedRegex(@"^(?:(?:(?-i:[A-Z0-9])[\w&.'’()-]*|all|others?|the|remaining|rest|non-cooperating|cooperating|exporters|producers|manufacturers|compan(?:y|ies)|firms|entity|rate|and|of|[\w-]+-wide)[\s,]+){0,10}(?<r>(?:up\s+to\s+)?\d[\d.,]*\s*(?:%|per[\s-]?cent|percent|pct))$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadedRate();
}
