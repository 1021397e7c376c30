using System.Text.RegularExpressions;
using Watcher.Core.Entities;

namespace Watcher.Core.Facts;

/// <summary>
/// Finds tariff measures sentence by sentence, deterministically: a rate ("76%", "25 per cent") next to a tariff word
/// (tariff, levy, duty, surtax), the country before the verb as the imposer, the product phrase after "on" (or before the rate),
/// the target from a country adjective or noun in that phrase or a "from X"; the verbs decide the action.
/// </summary>
public static partial class TariffExtractor
{
    public static List<TariffMeasure> Extract(string text)
    {
        var result = new List<TariffMeasure>();
        string? lastDate = null;
        string? lastImposer = null;
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            var found = FromSentence(sentence.Text, lastDate, lastImposer);
            foreach (var measure in found)
            {
                if (measure.Date is not null) lastDate = measure.Date;
                Merge(result, measure);
            }
            // "The government also announced …": a sentence without a named imposer continues the one before it
            lastImposer = found.Count > 0 ? found[^1].Imposer : null;
        }
        return result;
    }

    /// <summary>
    /// One article often states a measure twice (headline and body, "38%" and "38.1%", "EVs" and "electric vehicles"):
    /// the same imposer, about the same rate and overlapping products are one measure; the fuller sentence wins.
    /// A headline's generic "goods" gives way to the body's specific product at the same rate.
    /// </summary>
    private static void Merge(List<TariffMeasure> result, TariffMeasure found)
    {
        for (var i = 0; i < result.Count; i++)
        {
            var known = result[i];
            if (known.Imposer != found.Imposer || known.RateUnit != found.RateUnit || known.Rate is not { } a || found.Rate is not { } b) continue;
            var sameRate = a == b || (Math.Abs(a - b) < 1 && (a == Math.Floor(a) || b == Math.Floor(b)));
            if (!sameRate) continue;
            var overlap = ProductsOverlap(known.Products, found.Products);
            var generic = IsGeneric(known.Products) || IsGeneric(found.Products);
            if (!overlap && !generic) continue;
            var keepFound = generic ? IsGeneric(known.Products) && !IsGeneric(found.Products) : found.Evidence.Length > known.Evidence.Length;
            if (keepFound) result[i] = found;
            return;
        }
        result.Add(found);
    }

    private static bool IsGeneric(IReadOnlyList<string> products) => products is ["goods"];

    private static bool ProductsOverlap(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Any(x => b.Any(y => SameProduct(x, y)));

    private static bool SameProduct(string x, string y)
    {
        var sx = Canonical(x);
        var sy = Canonical(y);
        if (sx.Contains(sy, StringComparison.Ordinal) || sy.Contains(sx, StringComparison.Ordinal)) return true;
        if (Initials(sx) == sy || Initials(sy) == sx) return true;
        var wx = sx.Split(' ').Where(w => w.Length >= 4).ToHashSet(StringComparer.Ordinal);
        return sy.Split(' ').Any(w => w.Length >= 4 && wx.Contains(w));
    }

    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["car"] = "automobile", ["auto"] = "automobile", ["vehicle"] = "automobile", ["passenger car"] = "automobile",
        ["aluminum"] = "aluminium", ["movie"] = "film", ["motion picture"] = "film",
    };

    /// <summary>Lower case, singular, with a few trade synonyms folded ("cars", "autos" → "automobile").</summary>
    internal static string Canonical(string product)
    {
        var p = product.Trim().ToLowerInvariant();
        p = p.EndsWith("ies", StringComparison.Ordinal) ? p[..^3] + "y" : p.TrimEnd('s');
        return Synonyms.GetValueOrDefault(p, p);
    }

    private static string Initials(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length < 2 ? "\0" : new string(words.Select(w => w[0]).ToArray());
    }

    internal static List<TariffMeasure> FromSentence(string s, string? previousDate, string? previousImposer = null)
    {
        var result = new List<TariffMeasure>();
        var keywords = TariffWord().Matches(s).Cast<Match>().ToList();
        if (keywords.Count == 0) return result;
        var all = RateParser.Find(s);
        var old = all.Where(r => IsOldRate(s, r)).ToList();
        var rates = all.Where(r => !old.Contains(r) && NearKeyword(s, r, keywords) && !Counterfactual(s, r)).ToList();
        var lower = s.ToLowerInvariant();
        if (rates.Count == 0 && old.Count == 1 && Multiplier(lower) is > 1 and var factor && NearKeyword(s, old[0], keywords))
            rates.Add(old[0] with { Value = old[0].Value * factor, Start = old[0].Start, End = old[0].Start });
        if (rates.Count == 0) return result;

        var mentions = EntityFinder.Find(s);
        var action = Action(lower);
        if (action == TariffActions.Imposed && old.Count > 0 && rates.Count > 0)
            action = rates[0].Value > old[0].Value ? TariffActions.Raised : TariffActions.Lowered;
        var date = DateParser.Find(s) ?? (SameMonth().IsMatch(s) ? previousDate : null);

        var phrases = new List<(int Start, int End)>();
        var perRate = new List<(RateMention Rate, int Start, int End)>();
        for (var i = 0; i < rates.Count; i++)
        {
            var regionStart = rates[i].End;
            var regionEnd = i + 1 < rates.Count ? rates[i + 1].Start : s.Length;
            var preStart = i > 0 ? rates[i - 1].End : 0;
            var (ps, pe) = (-1, -1);
            if (KeywordRightAfter().IsMatch(s[regionStart..regionEnd]))
                (ps, pe) = ProductPhrase(s, regionStart, regionEnd);
            if (ps < 0 && TariffOnBefore().IsMatch(s[preStart..rates[i].Start]))
                (ps, pe) = ProductPhrase(s, preStart, rates[i].Start, lastOn: true);
            if (ps < 0)
                (ps, pe) = ProductPhrase(s, regionStart, Math.Min(regionEnd, regionStart + 48));
            if (ps < 0 && ProductBetween(s, rates[i].End, keywords) is { } between)
                (ps, pe) = between;
            perRate.Add((rates[i], ps, pe));
            if (ps >= 0) phrases.Add((ps, pe));
        }

        var imposer = Imposer(s, mentions, phrases, rates[0].Start) ?? previousImposer;
        string? previousTarget = null;
        List<string>? previousProducts = null;
        foreach (var (rate, ps, pe) in perRate)
        {
            var inPhrase = ps < 0 ? [] : mentions.Where(m => m.Start >= ps && m.End <= pe && m.Entity.Kind != EntityKind.Leader).ToList();
            var products = ps < 0 ? [] : Products(s[ps..pe], inPhrase.Select(m => s[m.Start..m.End]));
            var everyone = ps >= 0 && inPhrase.Count == 0 && AllImports().IsMatch(s[ps..pe]);
            var target = inPhrase.Select(m => m.CountryId).FirstOrDefault(c => c != imposer)
                ?? (everyone ? "*" : null)
                ?? FromCountry(s, mentions, imposer)
                ?? previousTarget
                ?? OtherCountry(mentions, imposer)
                ?? (Everyone().IsMatch(s) || !mentions.Any(m => m.CountryId != imposer) ? "*" : null);
            if (imposer is null || target is null) continue;
            if (products.Count == 0) products = previousProducts ?? ["goods"];
            previousTarget = target;
            previousProducts = products;
            result.Add(new TariffMeasure(imposer, target, rate.Value, rate.Unit, products, action, date, s));
        }
        return result;
    }

    private static bool IsOldRate(string s, RateMention r)
    {
        var before = s[Math.Max(0, r.Start - 12)..r.Start].ToLowerInvariant();
        return FromBefore().IsMatch(before) && RateParser.Find(s).Any(o => o.Start != r.Start);
    }

    /// <summary>"rather than doubling it to 50%", "compared with 25%": a rate that is not the measure.</summary>
    private static bool Counterfactual(string s, RateMention r)
    {
        var clauseStart = Math.Max(s.LastIndexOfAny([',', ';'], Math.Max(0, r.Start - 1)), 0);
        return CounterfactualCue().IsMatch(s[clauseStart..r.Start]);
    }

    /// <summary>"a 50% copper tariff": the words between the rate and the tariff word name the product.</summary>
    private static (int, int)? ProductBetween(string s, int rateEnd, List<Match> keywords)
    {
        var k = keywords.FirstOrDefault(k => k.Index > rateEnd && k.Index - rateEnd <= 24);
        if (k is null) return null;
        var words = s[rateEnd..k.Index];
        var trimmed = words.Trim();
        if (trimmed.Length < 3 || !trimmed.All(c => char.IsLetter(c) || c == ' ' || c == '-')) return null;
        if (Leading().Replace(" " + trimmed, " ").Trim().Length < 3 || AdjectiveOnly().IsMatch(trimmed)) return null;
        var start = rateEnd + words.IndexOf(trimmed, StringComparison.Ordinal);
        return (start, start + trimmed.Length);
    }

    private static int Multiplier(string lower) =>
        lower.Contains("tripl", StringComparison.Ordinal) ? 3 : lower.Contains("doubl", StringComparison.Ordinal) ? 2 : 1;

    private static bool NearKeyword(string s, RateMention rate, List<Match> keywords)
    {
        foreach (var k in keywords)
        {
            if (k.Index >= rate.End && k.Index - rate.End <= 32 && !s[rate.End..k.Index].Contains(" of ", StringComparison.Ordinal)) return true;
            if (k.Index + k.Length <= rate.Start && rate.Start - (k.Index + k.Length) <= 90 && !s[(k.Index + k.Length)..rate.Start].Contains(';')) return true;
        }
        return false;
    }

    /// <summary>The product phrase after " on " in [from, to): up to the first terminator; (-1, -1) when there is none.</summary>
    private static (int Start, int End) ProductPhrase(string s, int from, int to, bool lastOn = false)
    {
        if (to <= from) return (-1, -1);
        var region = s[from..to];
        var matches = OnWord().Matches(region);
        if (matches.Count == 0) return (-1, -1);
        var on = lastOn ? matches[^1] : matches[0];
        var start = from + on.Index + on.Length;
        var rest = s[start..to];
        var stop = Terminator().Match(rest);
        var end = stop.Success ? start + stop.Index : to;
        var phrase = s[start..end];
        if (NotAProduct().IsMatch(phrase)) return (-1, -1);
        end = start + KeepListCommas(phrase).Length;
        while (end > start && (char.IsWhiteSpace(s[end - 1]) || s[end - 1] is ',' or '.')) end--;
        return end > start ? (start, end) : (-1, -1);
    }

    /// <summary>"canola oil, meal and peas" keeps its commas; "electric vehicles, mirroring …" stops at the comma.</summary>
    private static string KeepListCommas(string phrase)
    {
        var parts = phrase.Split(',');
        var kept = parts[0];
        for (var i = 1; i < parts.Length; i++)
        {
            var words = parts[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var continuesList = words.Length is > 0 and <= 4 && (parts[i].Contains(" and ", StringComparison.Ordinal) || words[0] is "and" or "or"
                || (i + 1 < parts.Length && parts[(i + 1)..].Any(p => p.TrimStart().StartsWith("and ", StringComparison.Ordinal))));
            if (!continuesList || ListBreak().IsMatch(parts[i])) break;
            kept += "," + parts[i];
        }
        return kept;
    }

    private static List<string> Products(string phrase, IEnumerable<string> entityWords)
    {
        var p = Paren().Replace(phrase, " ");
        foreach (var w in entityWords.OrderByDescending(w => w.Length))
            p = Regex.Replace(p, @"\b" + Regex.Escape(w) + @"(?:['’]s)?(?:-(?:made|built|origin|produced))?\b", " ", RegexOptions.IgnoreCase);
        p = Leading().Replace(p, " ");
        p = Trailing().Replace(p, string.Empty);
        var items = ListSplit().Split(p)
            .Select(x => Leading().Replace(" " + x.Trim(), " ").Trim())
            .Select(x => Trailing().Replace(x, string.Empty).Trim())
            .Where(x => x.Length > 1 && !Filler().IsMatch(x))
            .ToList();
        return items;
    }

    private static string? Imposer(string s, List<Mention> mentions, List<(int Start, int End)> phrases, int firstRate)
    {
        bool InPhrase(Mention m) => phrases.Any(p => m.Start >= p.Start && m.End <= p.End);
        bool Eligible(Mention m)
        {
            if (InPhrase(m)) return false;
            var before = s[Math.Max(0, m.Start - 24)..m.Start].ToLowerInvariant();
            if (ObjectBefore().IsMatch(before) && !GovernmentOf().IsMatch(before)) return false;
            if (m.Form != MentionForm.Adjective) return true;
            return GovernmentAfter().IsMatch(s[m.End..Math.Min(s.Length, m.End + 40)]);
        }
        // "Canada's 100% tariff", "China's new 76% levy": the possessive names the imposer, whatever comes before it
        // ("a response to Canada's 100% tariff" is still Canada's tariff).
        var possessive = mentions.LastOrDefault(m => m.Start < firstRate && m.Form != MentionForm.Person
            && PossessiveBeforeRate().IsMatch(s[m.End..firstRate]));
        if (possessive is not null) return possessive.CountryId;
        var between = mentions.FirstOrDefault(m => m.Start >= firstRate && m.Start - firstRate <= 12 && !InPhrase(m)
            && TariffWord().IsMatch(s[m.End..Math.Min(s.Length, m.End + 14)]) && m.Form != MentionForm.Person);
        if (between is not null) return between.CountryId;
        var before = mentions.LastOrDefault(m => m.Start < firstRate && Eligible(m));
        if (before is not null) return before.CountryId;
        var after = mentions.FirstOrDefault(m => m.Start >= firstRate && Eligible(m) && m.Form is MentionForm.Noun or MentionForm.Capital or MentionForm.Person);
        return after?.CountryId;
    }

    private static string? FromCountry(string s, List<Mention> mentions, string? imposer)
    {
        foreach (var m in mentions)
        {
            if (m.Entity.Kind == EntityKind.Leader || m.CountryId == imposer) continue;
            var before = s[Math.Max(0, m.Start - 9)..m.Start].ToLowerInvariant();
            if (TargetBefore().IsMatch(before)) return m.CountryId;
        }
        return null;
    }

    private static string? OtherCountry(List<Mention> mentions, string? imposer)
    {
        var others = mentions.Where(m => m.Entity.Kind != EntityKind.Leader && m.CountryId != imposer).Select(m => m.CountryId).Distinct().ToList();
        return others.Count == 1 ? others[0] : null;
    }

    private static string Action(string lower)
    {
        if (Ruled().IsMatch(lower)) return TariffActions.Ruled;
        if (Threatened().IsMatch(lower)) return TariffActions.Threatened;
        if (Proposed().IsMatch(lower)) return TariffActions.Proposed;
        if (Removed().IsMatch(lower)) return TariffActions.Removed;
        if (Lowered().IsMatch(lower)) return TariffActions.Lowered;
        if (Raised().IsMatch(lower)) return TariffActions.Raised;
        return TariffActions.Imposed;
    }

    [GeneratedRegex(@"\b(?:tariffs?|levy|levies|duty|duties|surtax(?:es)?|surcharges?|countervailing|anti-dumping)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TariffWord();

    [GeneratedRegex(@"\bfrom\s+(?:a\s+|an\s+|the\s+)?(?:previous\s+|current\s+|existing\s+)?$")]
    private static partial Regex FromBefore();

    [GeneratedRegex(@"\b(?:same|that)\s+month\b", RegexOptions.IgnoreCase)]
    private static partial Regex SameMonth();

    [GeneratedRegex(@"\b(?:all imports|all countries|all trading partners|every country|all foreign|global|worldwide|most countries|abroad|overseas|foreign-made)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Everyone();

    [GeneratedRegex(@"\b(?:tariffs?|levy|levies|duty|duties|surtax(?:es)?|surcharges?)\s+(?:on|to|against)\s+(?!\d)|\bon\s+(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex OnWord();

    /// <summary>"a 35% tariff on …", "25 per cent additional duties on …": the rate's own product follows.</summary>
    [GeneratedRegex(@"^\s*(?:[\w.-]+\s+){0,4}?(?:tariffs?|levy|levies|duty|duties|surtax(?:es)?|surcharges?|counter-tariffs?)\s+(?:on|to|against)\s", RegexOptions.IgnoreCase)]
    private static partial Regex KeywordRightAfter();

    /// <summary>"raised tariffs on Chinese EVs to 100%": the product sits between the tariff word and the rate.</summary>
    [GeneratedRegex(@"\b(?:tariffs?|levy|levies|duty|duties|surtax(?:es)?|surcharges?)\s+(?:on|against)\s+[^,;]{2,80}?\s+(?:to|at|of)\s+(?:up\s+to\s+|about\s+|around\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TariffOnBefore();

    [GeneratedRegex(@"^\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d|top\b|hold\b|its\s+(?:exports|imports)?\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex NotAProduct();

    [GeneratedRegex(@"\b(?:rather than|instead of|compared with|compared to|versus|down from|up from)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CounterfactualCue();

    [GeneratedRegex(@"^\s*(?:all\s+)?(?:imported|foreign|overseas)\b|\b(?:made|produced)\s+(?:abroad|overseas|outside)", RegexOptions.IgnoreCase)]
    private static partial Regex AllImports();

    [GeneratedRegex(@"^(?:additional|new|extra|higher|lower|retaliatory|reciprocal|punitive|import|export|blanket|global|baseline|across-the-board|provisional|final|us|u\.s\.)(?:\s+(?:additional|new|extra|retaliatory|reciprocal|import|punitive|provisional))*$", RegexOptions.IgnoreCase)]
    private static partial Regex AdjectiveOnly();

    [GeneratedRegex(@"^['’]s\s+(?:[a-z-]+\s+){0,2}$")]
    private static partial Regex PossessiveBeforeRate();

    [GeneratedRegex(@"\b(?:government|ministry|department|minister|president|prime minister|people's republic|republic)\s+of\s+(?:the\s+)?$")]
    private static partial Regex GovernmentOf();

    [GeneratedRegex(@",?\s+as well as\b|\s+to\s|\s+from\s|\s+in\s|\s+on\s|\s+(?:came|comes|come|took|takes|went|goes|kicks?|kicked|is|are|was|were|has|have|had|will|would|could|can|may|might|starts?|started|exempts?|sparing|hitting|bringing|down|up|rather|instead|originating|deemed|worth|above|below|exceeding|beyond|within|starting|effective|beginning|which|that|because|after|amid|while|unless|until|since|following|mirroring|saying|citing|over|under|if|as|at|when|for|with|against|by\s+(?:the\s+)?(?:end|start|\d))\b|[;:()]|\s[—–-]\s|,\s+(?:including|up|down|effective|starting|a|an|the|and\s+a|and\s+an|but|which|while|said|according)\b|\s+and\s+(?:a|an|then)\s|(?<!\b[A-Z])\.(?:\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Terminator();

    [GeneratedRegex(@"^\s*(?:including|which|while|said|mirroring|a|an|the|as|effective|up)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ListBreak();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Paren();

    [GeneratedRegex(@"^(?:\s*\b(?:all|the|a|an|several|some|certain|most|many|its|their|other|key|select|selected|imported|foreign|more|further|additional|new|various|up\s+to|around|about)\b)+|^\s*(?:imports|exports|shipments)\s+of\b|^\s*-(?:made|built|origin|produced)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Leading();

    [GeneratedRegex(@"\s+(?:imports|exports|shipments|imported|coming\s+into\s+the\s+country)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Trailing();

    [GeneratedRegex(@",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*&\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ListSplit();

    [GeneratedRegex(@"^(?:imports|exports|goods|goods and|products|items|them|it|those|these|shipments|everything)$", RegexOptions.IgnoreCase)]
    private static partial Regex Filler();

    [GeneratedRegex(@"\b(?:on|from|against|to|with|for|into|of)\s+(?:the\s+)?$")]
    private static partial Regex ObjectBefore();

    [GeneratedRegex(@"\b(?:from|against|of|targeting)\s+(?:the\s+)?$")]
    private static partial Regex TargetBefore();

    [GeneratedRegex(@"^\s*(?:federal\s+|central\s+|national\s+)?(?:government|authorities|officials|ministry|commerce|finance|customs|regulators|administration|trade|cabinet|state council|leaders?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GovernmentAfter();

    [GeneratedRegex(@"\b(?:ruled|ruling|court|tribunal|panel found|final determination|preliminary determination|arbitrat)")]
    private static partial Regex Ruled();

    [GeneratedRegex(@"\b(?:threaten|warned|warns|would impose|would raise|would slap|could impose|could face|vowed|vows)")]
    private static partial Regex Threatened();

    [GeneratedRegex(@"\b(?:propos|plans? to|planning|consider|weighing|weighs|mulls|to impose|to slap|to raise|to levy|is set to|are set to|draft)")]
    private static partial Regex Proposed();

    [GeneratedRegex(@"\b(?:lift(?:s|ed|ing)?\b|scrap|remov|eliminat|rescind|repeal|suspend|dropp(?:ed|ing)|waive|exempt)")]
    private static partial Regex Removed();

    [GeneratedRegex(@"\b(?:lower(?:s|ed|ing)?\b|cut(?:s|ting)?\b|reduc|slash|eas(?:e|ed|es|ing)\b)")]
    private static partial Regex Lowered();

    [GeneratedRegex(@"\b(?:rais|increas|hike|hiking|doubl|tripl|boost)")]
    private static partial Regex Raised();
}
