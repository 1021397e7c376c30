using System.Text.RegularExpressions;
using Watcher.Core.Entities;

namespace Watcher.Core.Facts;

/// <summary>Where a measure's goods phrase falls in its sentence, and the products it lists.</summary>
public static partial class TariffExtractor
{
    /// <summary>Where the goods group ("p") of a match in the lead-in that starts at <paramref name="offset"/> falls in the sentence.</summary>
    private static (int Start, int End) GroupAt(Match m, int offset) => (offset + m.Groups["p"].Index, offset + m.Groups["p"].Index + m.Groups["p"].Length);

    /// <summary>The goods group of a lead-in clause, ended where a product phrase ends (<see cref="PhraseFrom"/>); none when it
    /// names a country or a firm rather than goods (<see cref="NamesGoods"/>).</summary>
    private static (int Start, int End) GoodsAt(string s, Match m, int offset, IReadOnlyList<Mention> mentions)
    {
        var (start, end) = GroupAt(m, offset);
        var (ps, pe) = PhraseFrom(s, start, end);
        return ps >= 0 && !NamesGoods(s, ps, pe, mentions) ? (-1, -1) : (ps, pe);
    }

    private static (int Start, int End) PhraseFrom(string s, int start, int to)
    {
        if (start >= to) return (-1, -1);
        var stop = Terminator().Match(s[start..to]);
        var end = stop.Success ? start + stop.Index : to;
        var phrase = s[start..end];
        // "on Brazilian products such as beef and coffee": a generic word's examples are the goods
        if (GenericSuchAs().Match(s, start) is { Success: true } such && such.Index == start && start + such.Length < to)
            return PhraseFrom(s, start + such.Length, to);
        if (NotAProduct().IsMatch(phrase)) return (-1, -1);
        end = start + KeepListCommas(phrase, s[start..], HeadlineLike(s)).Length;
        while (end > start && (char.IsWhiteSpace(s[end - 1]) || s[end - 1] is ',' or '.')) end--;
        return end > start ? (start, end) : (-1, -1);
    }

    /// <summary>The product phrase after " on " in [from, to): up to the first terminator; (-1, -1) when there is none.</summary>
    /// <param name="phraseEnd">Where the phrase may run to, when "on" must start before <paramref name="to"/>: "… for six months
    /// to imports of steel wire originating in …" keeps "steel wire" whole.</param>
    private static (int Start, int End) ProductPhrase(string s, int from, int to, bool lastOn = false, int phraseEnd = -1)
    {
        if (to <= from) return (-1, -1);
        var region = s[from..to];
        var matches = OnWord().Matches(region);
        if (matches.Count == 0) return (-1, -1);
        var on = lastOn ? matches[^1] : matches[0];
        var start = from + on.Index + on.Length;
        return PhraseFrom(s, start, phraseEnd > to ? phraseEnd : to);
    }

    /// <summary>"canola oil, meal and peas", "truck tyres, bus tyres and inner tubes" keep their commas; "electric vehicles,
    /// mirroring …" stops at the comma. A list's items are short noun phrases (up to three words each), and it ends in "and" or
    /// "or" before its last item.</summary>
    private static string KeepListCommas(string phrase, string? tail = null, bool headline = false)
    {
        var parts = phrase.Split(',');
        var kept = parts[0];
        // "on taps, shower heads", "Customs duty on kraft paper, duplex board doubled to 20%": a headline's list without "and"
        var headlineList = headline && HeadlineGoodsList(parts);
        for (var i = 1; i < parts.Length; i++)
        {
            // (extract36) "screws, bolts and nuts of iron or steel": the material the last item is made of is no item of the list
            var core = WithoutMaterial(parts[i]);
            var words = core.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // "pecans, shrimp and frozen orange juice": the last item closes the list, each side of its "and" a short noun phrase
            var conjuncts = core.Split([" and ", " or "], StringSplitOptions.RemoveEmptyEntries);
            var shortItems = words.Length is > 0 and <= 4
                || (conjuncts.Length == 2 && conjuncts.All(c => SpaceWords(c) is > 0 and <= 4));
            var continuesList = (shortItems && (core.Contains(" and ", StringComparison.Ordinal) || words[0] is "and" or "or"
                || (i + 1 < parts.Length && parts[(i + 1)..].Any(p => p.TrimStart().StartsWith("and ", StringComparison.Ordinal)
                    || (p.Contains(" and ", StringComparison.Ordinal) && SpaceWords(p) <= 4)))))
                || (words.Length > 0 && (ClosesList(parts[i]) || (Words(parts[i]) <= 3 && parts[(i + 1)..].Any(ClosesList))))
                || headlineList;
            if (!continuesList || ListBreak().IsMatch(parts[i]) || NamesOnlyACountry(parts[i]) || OpensWithParticiple(parts[i])
                || OpensClause(tail is null ? parts[i] : UpToClauseBreak(tail, kept.Length + 1))) break;
            kept += "," + parts[i];
        }
        return kept;

        static int Words(string x) => SpaceWords(x);
        // "and peas", "bus tyres and inner tubes", "or staple fibre": the part that ends a list, each side of "and"/"or" a short noun phrase
        static bool ClosesList(string part)
        {
            var t = WithoutMaterial(part).Trim();
            var join = t.StartsWith("and ", StringComparison.Ordinal) || t.StartsWith("or ", StringComparison.Ordinal) ? 0
                : Math.Max(t.IndexOf(" and ", StringComparison.Ordinal), t.IndexOf(" or ", StringComparison.Ordinal));
            if (join < 0) return false;
            var after = t[(t.IndexOf(' ', join + 1) + 1)..];
            // (extract41) "films and other digital products downloaded or streamed from abroad": the last item ends where a
            // participle after its noun begins (not "dried peas", whose participle opens the item)
            if (PostNounParticiple().Match(after) is { Success: true } participle) after = after[..participle.Groups["p"].Index];
            return Words(t[..join]) <= 3 && Words(after) is > 0 and <= 3;
        }
    }

    /// <summary>"nuts of iron or steel", "articles of plastics", "sheets of copper or aluminium": what a list's last item is made of
    /// ("of" and one material, or two joined by "or"/"and"; not "of the world", "of its exports").</summary>
    private static string WithoutMaterial(string part) => MaterialOf().Replace(part, string.Empty);

    [GeneratedRegex(@"\s+of\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|which|whom|all|any|some)\b)[a-z][a-z-]*(?:\s+(?:or|and)\s+[a-z][a-z-]*)?\s*$")]
    private static partial Regex MaterialOf();

    /// <summary>"other digital products downloaded or streamed", "goods transmitted electronically", "machines assembled abroad":
    /// a participle of how goods are made, moved or used, after the lower-case words of a list's last item, where the item's noun
    /// ends (extract41); not a clause's verb ("and India's budget lifted the duty": a name before it, an object after it).</summary>
    [GeneratedRegex(@"^(?-i:[a-z][\w-]*)(?:\s+(?-i:[a-z][\w-]*)){0,3}(?<p>\s+(?:made|produced|manufactured|assembled|grown|imported|exported|shipped|sourced|downloaded|streamed|transmitted|delivered|sold|bought|purchased|used|intended|destined|classified|listed|covered|packed|packaged|supplied|brought|sent|carried)\b)(?!\s+(?:the|a|an|its|their|his|her|this|that|these|those)\b)")]
    private static partial Regex PostNounParticiple();

    /// <summary>", and to lower the tariff on bourbon to ", " while the duty on rice goes to ": after a rate, a clause joined by a
    /// conjunction whose tariff word and goods run up to the next rate (extract41); not one whose tariff a name qualifies ("and
    /// Chinese tariffs on American goods at 10%": another party's measure, read by the party rules).</summary>
    [GeneratedRegex(@"^\s*,?\s*(?:and|while|but|whereas)\s+(?:(?-i:[a-z][\w'’-]*)\s+){0,4}?(?:tariffs?|levy|levies|duty|duties|surtax(?:es)?|surcharges?|(?:import|customs|export)\s+tax(?:es)?)\s+(?:on|for)\s[^%;]*?\s(?:to|at|of|from)\s+(?:up\s+to\s+|about\s+|around\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex NextRateClause();

    /// <summary>", hurting Japanese automakers Toyota and Honda", ", angering growers and exporters", ", prompted the EU to …":
    /// a part that opens with a participle (not a goods noun in -ing, nor an -ed adjective before its noun: "dried peas") is a
    /// clause about the measure, not one more item of the list.</summary>
    private static bool OpensWithParticiple(string part)
    {
        var m = ParticipleOpener().Match(part);
        if (!m.Success) return false;
        return m.Groups["ing"].Success ? !IngGoods().IsMatch(m.Groups["ing"].Value) : true;
    }

    /// <summary>"… on foreign trucks, and Mexico, the largest supplier, …": a country noun after the comma opens a clause about it;
    /// it is not one more product of the list.</summary>
    private static bool NamesOnlyACountry(string part)
    {
        var rest = part.Trim();
        if (rest.StartsWith("and ", StringComparison.Ordinal) || rest.StartsWith("or ", StringComparison.Ordinal)) rest = rest[(rest.IndexOf(' ') + 1)..].TrimStart();
        if (rest.StartsWith("the ", StringComparison.Ordinal)) rest = rest[4..];
        return rest.Length > 0 && char.IsUpper(rest[0]) && EntityFinder.Find(rest) is [{ Form: not MentionForm.Adjective } only] && only.Start == 0 && only.End == rest.Length;
    }

    private static List<string> Products(string phrase, IEnumerable<string> entityWords)
    {
        var p = Paren().Replace(phrase, " ");
        foreach (var w in entityWords.OrderByDescending(w => w.Length))
            p = EntityWordPattern(w).Replace(p, " ");
        p = OfOrigin().Replace(p, " ");
        p = Leading().Replace(p, " ");
        p = Trailing().Replace(TrailingWhen().Replace(p, string.Empty), string.Empty);
        var items = ListSplit().Split(p)
            .Select(x => Leading().Replace(" " + x.Trim(), " ").Trim())
            .Select(x => Makers().Replace(x, "$1")) // "carmakers" → "car", "steelmakers" → "steel"
            .Select(x => Trailing().Replace(TrailingWhen().Replace(x, string.Empty), string.Empty).Trim())
            .Select(x => x.Contains("  ", StringComparison.Ordinal) ? Spaces().Replace(x, " ") : x) // the gap a country's name left
            // "ceramic tiles will increase", "steel is set": a phrase that ran into its own verb ends before the auxiliary
            .Select(x => AuxiliaryInside().Match(x) is { Success: true } aux ? x[..aux.Index].Trim() : x)
            // "e-bikes made [in Vietnam]", "shoes produced [abroad]": a participle of origin the phrase ran into is no part of the goods
            .Select(x => OriginParticiple().Replace(x, string.Empty))
            // "… and China responded", "… and Washington hit back": a clause the phrase ran into is no product
            .Where(x => x.Length > 1 && !Filler().IsMatch(x) && !PastVerb().IsMatch(x) && !ActsAfter().IsMatch(" " + x) && !NoGoods().IsMatch(x)
                // "those outside it", "excluded shrimp": a pronoun, or goods a verb takes out of the measure, names none of its goods
                && !NeverGoods().IsMatch(x) && !PrepositionLed().IsMatch(x) && !NotGoodsItem(x))
            .ToList();
        return items;
    }
}
