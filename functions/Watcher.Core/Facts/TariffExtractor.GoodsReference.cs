using System.Text.RegularExpressions;

namespace Watcher.Core.Facts;

/// <summary>
/// Goods a measure names by reference and goods each rate of a sentence names beside it.
/// <list type="bullet">
/// <item>A rate in a clause of its own ("…, with aluminium facing 10%", "…, while sportswear pays 25%", "…, and that deboned meat
/// carry a 30% duty", "…; pork pays 20%") is on the goods its clause names before it, not on goods named before the clause break.</item>
/// <item>A generic goods word that points back ("the goods", "these items", "such imports", "those from the EU", "Malaysian ones",
/// "imports above the quota") names the goods the item named before it — the headline, an earlier sentence, the same sentence's
/// earlier clause — when everything named there is one goods; with two or more goods in scope it cannot tell which, and the measure
/// keeps "goods".</item>
/// </list>
/// </summary>
public static partial class TariffExtractor
{
    /// <summary>The goods the rate's own clause names before it: the text after the last clause break between the rate before it (or
    /// the sentence's start) and the rate; null when no clause break stands there or the clause names no goods.</summary>
    private static List<string>? OwnClauseGoods(string s, IReadOnlyList<RateMention> rates, RateMention rate)
    {
        var start = 0;
        foreach (var r in rates)
            if (r.End <= rate.Start) start = Math.Max(start, r.End);
        Match? last = null;
        foreach (Match b in OwnClauseBreak().Matches(s[start..rate.Start])) last = b;
        if (last is null) return null;
        var from = start + last.Index + last.Length;
        var lists = GoodsLists(s, from, rate.Start);
        return lists.Count > 0 && lists[^1].Items.Count > 0 ? [.. lists[^1].Items] : null;
    }

    /// <summary>Where a clause of its own begins: a semicolon, a contrast ("while", "whereas", "but"), a comma and "with" (a clause of
    /// goods and their rate: ", with aluminium facing 10%"; not "a trade deal with Canada"), or a second "that" clause (", and that …").</summary>
    [GeneratedRegex(@";\s*|,?\s+(?:while|whereas|but)\s+|,\s*(?:with|and\s+that)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex OwnClauseBreak();

    /// <summary>"e-bikes made [in Vietnam]", "shoes produced [abroad]": a participle of origin at a phrase's end.</summary>
    [GeneratedRegex(@"\s+(?:made|produced|manufactured|assembled|grown|originating|exported|shipped|sourced)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OriginParticiple();

    /// <summary>A goods word that points back to goods named before it: "the goods", "these items", "such imports", "the products
    /// concerned", "those from the EU", "Malaysian ones", "imports above the quota" (not "those who import", "the new ones announced",
    /// "Chinese goods", "all imports": a country's or every origin's whole trade; "the imports from China", "the goods from Mercosur": a
    /// country's whole trade, unless a word marks them as the ones named before, "such imports from China", "the affected goods from
    /// Vietnam"; "the products the company sells": a firm's goods — review fix18x).</summary>
    [GeneratedRegex(@"\b(?:(?:these|those|such)\s+(?:(?:same|said|above|affected|targeted|covered|subject|relevant|concerned|listed|named)\s+)?|the\s+(?:same|said|above|affected|targeted|covered|subject|relevant|concerned|listed|named)\s+)(?:goods|products|imports|items|commodities|shipments|articles|merchandise)\b(?!\s+(?:of|as|such\s+as|including|like)\b)|\bthe\s+(?:goods|products|imports|items|commodities|shipments|articles|merchandise)\b(?!\s+(?:of|as|such\s+as|including|like|from|originating|made|produced|coming|imported|exported|the|its|their|it|they|he|she|we|you)\b)|\b(?:those|ones)\s+(?=(?:from|of|originating|made|produced|imported|exported|coming)\b)|\b(?-i:[A-Z])[a-z]+(?:-(?:made|origin))?\s+ones\b|\b(?:imports|shipments|volumes)\s+(?:above|beyond|outside|over|within|inside|in\s+excess\s+of)\s+(?:the|a|its|this)\s+(?:tariff[-\s]rate\s+)?quota\b", RegexOptions.IgnoreCase)]
    private static partial Regex PointsBack();

    /// <summary>The text has a goods word that points back (<see cref="PointsBack"/>; for tests).</summary>
    internal static bool PointsBackIn(string s) => PointsBack().IsMatch(s);

    /// <summary>The goods a generic measure's pointing word refers to: every goods phrase named before it in the item (the goods
    /// reader's phrases and the goods each sentence puts a measure on), when all of them name one goods (one head noun: "eggs",
    /// "fresh eggs", "Egg imports"); the nearest of them. Null when the evidence points back to nothing, or two or more goods are in scope.</summary>
    private static List<string>? ReferredGoods(string text, IReadOnlyList<string> sentencesBefore, string evidence)
    {
        var plain = BlankCodes(evidence);
        var pointer = PointsBack().Match(plain);
        if (!pointer.Success) return null;
        var found = new List<string>();
        // (review fix18x) only sentences about trade name the goods a measure points back to: "Apple makes most of its iPhones in China",
        // "Jim Smith grows corn in Iowa" name a firm and a farmer's work, not goods in scope
        foreach (var before in sentencesBefore)
        {
            var b = BlankCodes(before);
            if (!ImportCue().IsMatch(b) && !TariffWord().IsMatch(b)) continue;
            foreach (var l in GoodsLists(b, 0, b.Length))
            {
                if (AnotherGoodsAfter(b, l.End) || AnotherGoodsBefore(b, l.Start)) return null;
                found.AddRange(l.Items);
            }
            if (MentionedProducts(b) is { } on) found.AddRange(on);
        }
        foreach (var l in GoodsLists(plain, 0, pointer.Index))
        {
            if (AnotherGoodsAfter(plain, l.End) || AnotherGoodsBefore(plain, l.Start)) return null;
            found.AddRange(l.Items);
        }
        if (found.Count == 0) return null;
        // one goods named in several ways ("potatoes", "imported potatoes", "the potato crop"): one head; the nearest mention
        var head = Head(found[^1]);
        return found.All(x => Head(x) == head) ? [found[^1]] : null;

        static string Head(string phrase) => Canonical(phrase).Split(' ')[^1];
    }

    /// <summary>A goods list joined to a word the goods reader does not know: "coffee and pepper", "steel, tin" (the list reader knows a
    /// closed list of heads; a second goods outside it is still a second goods in scope — review fix18x). Not a verb, a determiner or a
    /// capitalised name: "steel and said", "rice and the", "wheat and Canada".</summary>
    private static bool AnotherGoodsAfter(string s, int end)
    {
        var m = ConjoinedWord().Match(s, end);
        if (!m.Success || m.Index != end) return false;
        var w = m.Groups["w"].Value;
        return IsProductWord(w) && !FiniteVerbWord().IsMatch(w) && !NotConjoinedGoods().IsMatch(w);
    }

    /// <summary>The same before the list: "tin and nickel ore", "pepper, coffee".</summary>
    private static bool AnotherGoodsBefore(string s, int start)
    {
        var m = ConjoinedWordBefore().Match(s[..start]);
        if (!m.Success) return false;
        var w = m.Groups["w"].Value;
        return IsProductWord(w) && !FiniteVerbWord().IsMatch(w) && !NotConjoinedGoods().IsMatch(w);
    }

    [GeneratedRegex(@"(?<![\w-])(?<w>[a-z][a-z-]+)(?:\s*,\s*|\s+(?:and|or)\s+)$")]
    private static partial Regex ConjoinedWordBefore();

    [GeneratedRegex(@"\G(?:\s*,\s*|\s+(?:and|or|as\s+well\s+as)\s+)(?<w>[a-z][a-z-]+)\b")]
    private static partial Regex ConjoinedWord();

    /// <summary>Words after "and" that open no goods: determiners, pronouns, adverbs, common verbs.</summary>
    [GeneratedRegex(@"^(?:the|a|an|its|their|his|her|our|this|that|these|those|other|others|more|also|then|now|not|which|who|what|when|where|while|but|some|many|most|all|each|both|such|any|so|thus|set|cut|raise|raised|impose|imposed|announced|said|says|plans?|wants?|will|would|can|could|has|have|had|is|are|was|were|may|might|must|should|in|on|at|by|for|from|to|with|about|after|before|over|under|between|against|into)$")]
    private static partial Regex NotConjoinedGoods();
}
