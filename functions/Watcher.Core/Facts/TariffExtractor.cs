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
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            foreach (var measure in FromSentence(sentence.Text, lastDate))
            {
                if (measure.Date is not null) lastDate = measure.Date;
                if (!result.Any(m => Same(m, measure))) result.Add(measure);
            }
        }
        return result;
    }

    private static bool Same(TariffMeasure a, TariffMeasure b) =>
        a.Imposer == b.Imposer && a.Target == b.Target && a.Rate == b.Rate && a.Products.SequenceEqual(b.Products, StringComparer.OrdinalIgnoreCase);

    internal static List<TariffMeasure> FromSentence(string s, string? previousDate)
    {
        var result = new List<TariffMeasure>();
        var keywords = TariffWord().Matches(s).Cast<Match>().ToList();
        if (keywords.Count == 0) return result;
        var all = RateParser.Find(s);
        var old = all.Where(r => IsOldRate(s, r)).ToList();
        var rates = all.Where(r => !old.Contains(r) && NearKeyword(s, r, keywords)).ToList();
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
            var (ps, pe) = ProductPhrase(s, regionStart, regionEnd);
            if (ps < 0)
            {
                var preStart = i > 0 ? rates[i - 1].End : 0;
                (ps, pe) = ProductPhrase(s, preStart, rates[i].Start, lastOn: true);
            }
            perRate.Add((rates[i], ps, pe));
            if (ps >= 0) phrases.Add((ps, pe));
        }

        var imposer = Imposer(s, mentions, phrases, rates[0].Start);
        string? previousTarget = null;
        foreach (var (rate, ps, pe) in perRate)
        {
            var inPhrase = ps < 0 ? [] : mentions.Where(m => m.Start >= ps && m.End <= pe && m.Entity.Kind != EntityKind.Leader).ToList();
            var products = ps < 0 ? [] : Products(s[ps..pe], inPhrase.Select(m => s[m.Start..m.End]));
            var target = inPhrase.Select(m => m.CountryId).FirstOrDefault(c => c != imposer)
                ?? FromCountry(s, mentions, imposer)
                ?? previousTarget
                ?? OtherCountry(mentions, imposer)
                ?? (Everyone().IsMatch(s) ? "*" : null);
            if (imposer is null || target is null) continue;
            if (products.Count == 0) products = ["goods"];
            previousTarget = target;
            result.Add(new TariffMeasure(imposer, target, rate.Value, rate.Unit, products, action, date, s));
        }
        return result;
    }

    private static bool IsOldRate(string s, RateMention r)
    {
        var before = s[Math.Max(0, r.Start - 12)..r.Start].ToLowerInvariant();
        return FromBefore().IsMatch(before) && RateParser.Find(s).Any(o => o.Start != r.Start);
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
            var before = s[Math.Max(0, m.Start - 9)..m.Start].ToLowerInvariant();
            if (ObjectBefore().IsMatch(before)) return false;
            if (m.Form != MentionForm.Adjective) return true;
            return GovernmentAfter().IsMatch(s[m.End..Math.Min(s.Length, m.End + 40)]);
        }
        var before = mentions.FirstOrDefault(m => m.Start < firstRate && Eligible(m));
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

    [GeneratedRegex(@"\b(?:all imports|all countries|all trading partners|every country|all foreign|global|worldwide|most countries)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Everyone();

    [GeneratedRegex(@"\bon\s+", RegexOptions.IgnoreCase)]
    private static partial Regex OnWord();

    [GeneratedRegex(@",?\s+as well as\b|\s+to\s|\s+from\s|\s+in\s|\s+(?:starting|effective|beginning|which|that|because|after|amid|while|unless|until|since|following|mirroring|saying|citing|over|under|if|as|at|when|for|with|against|by\s+(?:the\s+)?(?:end|start|\d))\b|[;:()]|\s[—–-]\s|,\s+(?:including|a|an|the|and\s+a|and\s+an|but|which|while|said|according)\b|\s+and\s+(?:a|an|then)\s|\.(?:\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Terminator();

    [GeneratedRegex(@"^\s*(?:including|which|while|said|mirroring|a|an|the|as|effective|up)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ListBreak();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Paren();

    [GeneratedRegex(@"^(?:\s*\b(?:all|the|a|an|several|some|certain|most|many|its|their|other|key|select|selected|imported|foreign|more|further|additional|new|various|up\s+to|around|about)\b)+|^\s*(?:imports|exports|shipments)\s+of\b|^\s*-(?:made|built|origin|produced)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Leading();

    [GeneratedRegex(@"\s+(?:imports|exports|shipments|coming\s+into\s+the\s+country)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Trailing();

    [GeneratedRegex(@",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*&\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ListSplit();

    [GeneratedRegex(@"^(?:imports|exports|goods and|products|items|them|it|those|these)$", RegexOptions.IgnoreCase)]
    private static partial Regex Filler();

    [GeneratedRegex(@"\b(?:on|from|against|to|with|for|into|of|and)\s+(?:the\s+)?$")]
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
