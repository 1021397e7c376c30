using System.Text.RegularExpressions;
using Watcher.Core.Entities;

namespace Watcher.Core.Facts;

/// <summary>
/// A later rate in a conjunct of its own that names its own goods (session 30, extract55): a conjunct whose verb is left out
/// ("Umbrellas will be subject to a duty of 41.2% and raincoats to a duty of 22.5%", "… face a 41.2% duty and raincoats a 22.5% duty",
/// "… a 40 percent tariff, dried seaweed to 27 percent and …", "a duty of 30% will be applied to toasters, and 15% to kettles"), and a
/// later clause whose goods pay the rate after other commas ("…, is to be removed, and kayaks will pay 5 per cent"). Without these the
/// rate took the goods of the rate before it.
/// </summary>
public static partial class TariffExtractor
{
    /// <summary>The goods of a later rate that opens, or is, a conjunct of its own: the goods between the conjunction and "to (a duty
    /// of)" or "a/an" right before the rate (<see cref="GappedLead"/>), the subject of a later clause that pays the rate
    /// (<see cref="LaterClausePays"/>), or, when the lead-in ends on the conjunction and the sentence has already given goods "to" a
    /// rate, the goods after the rate's own "to" (<see cref="GappedGoodsAfter"/>). None when the words name a country, a firm,
    /// people or a figure rather than goods.</summary>
    private static (int Start, int End)? OwnConjunctGoods(string s, string leadIn, int preStart, RateMention rate, int regionEnd, IReadOnlyList<Mention> mentions)
    {
        if (GappedLead().Match(leadIn) is { Success: true } lead && ConjunctGoodsOnly(s, GoodsAt(s, lead, preStart, mentions)) is { } before)
            return before;
        if (LaterClausePays().Match(leadIn) is { Success: true } pays && ConjunctGoodsOnly(s, GoodsAt(s, pays, preStart, mentions)) is { } payer)
            return payer;
        if (ConjunctionEnd().IsMatch(leadIn) && GoodsGivenTo().IsMatch(s.AsSpan(0, rate.Start))
            && GappedGoodsAfter().Match(s, rate.End) is { Success: true } after && after.Index + after.Length <= regionEnd)
        {
            var start = after.Groups["p"].Index;
            return ConjunctGoodsOnly(s, PhraseFrom(s, start, regionEnd) is { Start: >= 0 } phrase && NamesGoods(s, phrase.Start, phrase.End, mentions) ? phrase : (-1, -1));
        }
        return null;
    }

    /// <summary>The phrase, when it is goods: not people, a figure or a flow (<see cref="NoGoodsSubject"/>: "and consumers will pay 5%
    /// more", "and prices to 15%"), nor a duty's own words ("and raised duties to 30%").</summary>
    private static (int Start, int End)? ConjunctGoodsOnly(string s, (int Start, int End) phrase) =>
        phrase.Start >= 0 && !NoGoodsSubject().IsMatch(s.AsSpan(phrase.Start..phrase.End)) && !TariffWord().IsMatch(s.AsSpan(phrase.Start..phrase.End)) ? phrase : null;

    /// <summary>" and raincoats to a duty of ", " anti-dumping duty and raincoats a ", " tariff, dried seaweed to ": a lead-in that (after
    /// the rate before's own tariff noun) opens a conjunct on one to five words of goods and goes on, with no verb, to "to", "to a …
    /// duty of" or "a/an" right before the rate. The words are no conjunction, article, pronoun, preposition or time ("and later to 25%",
    /// ", and subsequently to 20%", "and raised it to 25%", "and cut duties on cars to 10%" are none), nor a holder of a rate ("and
    /// Indian producers to 12%").</summary>
    [GeneratedRegex(@"^(?:\s+(?:[\w-]+\s+){0,2}?(?:tariffs?|dut(?:y|ies)|levy|levies|tax(?:es)?|rate))?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?<p>(?!(?:and|or|but|while|whereas|with|yet|so|then|" + MovingParticiples + "|" + NoItemOpener + @")(?![\w-]))(?-i:[a-z])[a-z-]*(?:\s+(?!(?:to|a|an|the|on|for|from|of|at|by|with|it|them|they|its|their|this|that|these|those|will|would|be|is|are)\b)[a-z-]+){0,4}?)(?<!\b(?:and|or|" + NoItemEnd + @"))\s+(?:to\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:tariffs?|dut(?:y|ies)|levy|levies|rates?)\s+of\s+)?|(?:a|an)\s+)$", RegexOptions.IgnoreCase)]
    private static partial Regex GappedLead();

    /// <summary>"…, is to be removed, and kayaks will pay ", "…, while pears will keep paying ", "…, while electric vans will attract
    /// import duty of ": a later clause, after a comma and a conjunction or a semicolon, whose goods subject (one to six words, lower
    /// case, no pronoun, no time, no importers or exporters) pays or attracts the rate right after it, however many commas came before
    /// it (<see cref="SubjectLead"/> reads only the first clause after the rate before; a country's producers are the parties rules').</summary>
    [GeneratedRegex(@"(?:,\s*(?:and|while|whereas|but)|;|\s(?:while|whereas))\s+(?<p>(?!(?:and|or|but|the|a|an|its|their|this|that|these|those|they|it|we|imports?|importers?|exporters?|producers?|" + MovingParticiples + "|" + NoItemOpener + @")\b)(?-i:[a-z])[\w-]*(?:\s+(?!(?:will|would|shall|is|are|to|also|still|now)\b)[\w-]+){0,5}?)\s+(?:(?:will|would|shall|also|still|now)\s+)*(?:pays?|keeps?\s+paying|continues?\s+to\s+pay|attracts?)\s+(?:(?:an?|the)\s+)?(?:(?:[\w-]+\s+){0,2}?(?:dut(?:y|ies)|tariffs?|levy)\s+of\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex LaterClausePays();

    /// <summary>A lead-in that ends on a conjunction: "…, and ", "… and ", "…, ".</summary>
    [GeneratedRegex(@"(?:,\s*(?:and\s+)?|\s+and\s+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ConjunctionEnd();

    /// <summary>A rate already given "to" goods before: "… of 30% will be applied to toasters", "… 20% applies to video games".</summary>
    [GeneratedRegex(@"\b(?:appl(?:y|ies|ied)|extended|added)\s+to\s+(?-i:[a-z])", RegexOptions.IgnoreCase)]
    private static partial Regex GoodsGivenTo();

    /// <summary>" to kettles" right after the rate: the goods a gapped rate is given to (not "to 25%", "to the EU", "to 2028").</summary>
    [GeneratedRegex(@"\G\s+to\s+(?<p>(?!(?:a|an|the|its|their|this|that|these|those|them|it|be|" + NoItemOpener + @")\b)(?-i:[a-z]))", RegexOptions.IgnoreCase)]
    private static partial Regex GappedGoodsAfter();
}
