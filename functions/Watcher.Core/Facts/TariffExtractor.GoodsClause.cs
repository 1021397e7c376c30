using System.Text.RegularExpressions;

namespace Watcher.Core.Facts;

/// <summary>
/// Where a list of goods ends and a clause of its own begins: after a comma and "and" (or "or"), a noun phrase followed by a
/// finite verb is the subject of a new clause, not one more item ("… on Chinese steel, and exporters protested", "…, and the move
/// angered Bangkok", "…, and the government in New Delhi called it unfair"); a noun phrase alone is an item ("steel, and aluminium",
/// "wine, beer, and the spirits of Scotland").
/// </summary>
public static partial class TariffExtractor
{
    /// <summary>The words after a comma and a conjunction open a clause: a subject (one to six words, no relative pronoun) and then
    /// a finite verb — an auxiliary, a common irregular past or reporting verb, or a past tense in -ed that an object, a particle,
    /// a name or the clause's end follows ("protested.", "angered Bangkok", "called it", "warned of"; not "canned tuna", "dried peas",
    /// a participle before its noun, nor "parts assembled in Mexico", a participle before its place) — when the subject names an actor
    /// (<see cref="NamesAnActor"/>): "…, and copper has taken effect" keeps copper in the list.</summary>
    internal static bool OpensClause(string part)
    {
        var words = part.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3 || !ConjunctionWord().IsMatch(words[0])) return false;
        for (var k = 2; k < words.Length && k <= 7; k++)
        {
            var w = words[k].TrimEnd('.', ',', ';', ':', '!', '?');
            if (RelativeWord().IsMatch(w)) return false; // "and parts that are made in China": the item's own relative clause
            if (FiniteVerbWord().IsMatch(w)) return NamesAnActor(words[1..k]);
            if (!PastTenseWord().IsMatch(w)) continue;
            // "-ed" then the clause's end, an object, a particle or a name: a verb; "-ed" then a lower-case noun: an adjective
            var end = words[k].Length > w.Length;
            var next = k + 1 < words.Length ? words[k + 1] : null;
            if (end || next is null || char.IsUpper(next[0]) || ObjectOrParticle().IsMatch(next.TrimEnd('.', ',', ';', ':'))) return NamesAnActor(words[1..k]);
        }
        return false;
    }

    /// <summary>The subject before a finite verb names someone or something that acts, so the verb opens a clause of its own: a name
    /// ("Ottawa said", "Prime Minister Carney called"), a determiner and its noun ("the move angered", "its government has"), a
    /// pronoun ("they will", "it has"), or people, bodies and figures that act or move ("exporters protested", "local mills hit back",
    /// "carmakers warned", "prices are expected"). A goods noun before its own verb is the list's last item: "steel, aluminium,
    /// and copper has taken effect", "sugar, rice, and wine labelled Champagne".</summary>
    private static bool NamesAnActor(string[] subject)
    {
        if (subject.Length == 0) return false;
        if (SubjectOpener().IsMatch(subject[0])) return true;
        if (char.IsUpper(subject[^1][0])) return true;
        foreach (var word in subject)
            if (ActorNoun().IsMatch(Possessive().Replace(word, string.Empty))) return true;
        return false;
    }

    /// <summary>An item no goods phrase is (the one goods test every reader's items pass through <see cref="Products"/>): a rate
    /// ("between 3.2%"), a speaker and their verb ("MITI said"), a count's comparison ("than 1" of "more than 1,400 items"), only the
    /// state of a measure ("regular", "current", "existing" of "the regular tariff of 27%") or only the kind of a measure
    /// ("provisional", "definitive", "retaliatory"). (A body that acts, "the trade commission", is left: dropping it let a weekly digest read the measure its
    /// story reads, and clustering merged the two.)</summary>
    internal static bool NotGoodsItem(string item) =>
        NotGoodsItemPattern().IsMatch(item) || AdjectiveOnly().IsMatch(item.Trim());

    /// <summary>The text from <paramref name="at"/> to the next comma, semicolon or sentence end (the clause a list part opens).</summary>
    private static string UpToClauseBreak(string tail, int at)
    {
        if (at >= tail.Length) return string.Empty;
        var end = tail.IndexOfAny([',', ';', '\n'], at);
        var stop = SentenceEnd().Match(tail, at);
        var cut = end < 0 ? tail.Length : end;
        if (stop.Success && stop.Index < cut) cut = stop.Index + 1;
        return tail[at..cut];
    }

    [GeneratedRegex(@"%|\bper\s*cent\b|\b(?:said|says|told|added|noted)$|^(?:more\s+|less\s+|fewer\s+)?than\b|^(?:regular|usual|current|existing|prevailing|present|previous|old)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotGoodsItemPattern();

    [GeneratedRegex(@"^(?:and|or)$", RegexOptions.IgnoreCase)]
    private static partial Regex ConjunctionWord();

    [GeneratedRegex(@"^(?:that|which|who|whose|where)$", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeWord();

    /// <summary>Auxiliaries and common finite verbs that are no goods words (written from general English).</summary>
    [GeneratedRegex(@"^(?-i:(?:is|are|was|were|will|would|has|have|had|can|could|may|might|must|should|shall|did|does|said|says|say|told|took|gave|went|came|rose|fell|began|became|saw|hit|vowed|warned|argued|welcomed|urged|called|protested|complained|responded|retaliated|criticised|criticized|condemned|denied|insisted|threatened|pledged|promised|plans|wants|expects|fears|hopes|seeks))$")]
    private static partial Regex FiniteVerbWord();

    [GeneratedRegex(@"^(?-i:[a-z]{3,}(?<!e)ed)$")]
    private static partial Regex PastTenseWord();

    /// <summary>A determiner or a pronoun that opens a subject: "the move", "its government", "they", "it".</summary>
    [GeneratedRegex(@"^(?:the|this|that|these|those|its|their|his|her|our|it|they|he|she|we|i|you|there)$", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectOpener();

    /// <summary>People, bodies and figures that act or move (written from general English): who a tariff's clause is about, never goods.
    /// Figures: prices, costs, sales, volumes, demand, supply, inflation, output, growth, shipments ("…, and volumes plunged"; review17b);
    /// not "stocks" (fish stocks are goods).</summary>
    [GeneratedRegex(@"^(?:exporters?|importers?|farmers?|growers?|ranchers?|fishermen|producers?|manufacturers?|[a-z]*makers?|companies|firms?|businesses|industry|industries|traders?|dealers?|retailers?|wholesalers?|consumers?|shoppers?|buyers?|customers?|investors?|markets?|analysts?|economists?|experts?|observers?|critics?|officials?|ministers?|ministry|ministries|government|governments|administration|authorities|regulators?|legislators?|senators?|diplomats?|negotiators?|leaders?|president|premier|chancellor|spokes(?:man|woman|person)|executives?|unions?|workers?|groups?|associations?|lobby|lobbies|federation|chamber|mills?|prices|costs|shares|sales|volumes?|demand|supply|supplies|inflation|output|growth|shipments|talks|tariffs?|duties|levies)$", RegexOptions.IgnoreCase)]
    private static partial Regex ActorNoun();

    [GeneratedRegex(@"(?:'s|’s|'|’)$")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"^(?:the|a|an|its|their|his|her|our|it|them|him|us|that|of|against|about|back|up|out|off)$", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectOrParticle();

    [GeneratedRegex(@"[.!?](?:\s|$)")]
    private static partial Regex SentenceEnd();
}
