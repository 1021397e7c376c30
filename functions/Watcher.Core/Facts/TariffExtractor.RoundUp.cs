using System.Text.RegularExpressions;
using Watcher.Core.Entities;

namespace Watcher.Core.Facts;

/// <summary>
/// A round-up of several countries' own duties in one sentence, one clause each (session 31, extract59): "Zambia raised its duty on
/// day-old chicks to 25%; Zimbabwe's Treasury put a 40% duty on imported wigs; Ghana lifted the duty on paper napkins to 35%", "…,
/// and Malaysia last month imposed duties of up to 19.74% on tinplate", "Under the agreement, Chile will eliminate its 6 percent
/// tariff on …, while the Philippines will eliminate its 10 percent tariff on …". Each later clause opens with the country that
/// acts on its own duty; read with the sentence's one imposer, its rate went to the first clause's country, and the other clauses'
/// countries became its target (holdouts 14, 16, 18, 20, 22, 23, 24, 25, 26, 28 and 32 read "KE>ZM", "SX>GI", "UZ>KR" …).
/// </summary>
public static partial class TariffExtractor
{
    /// <summary>Whether <paramref name="x"/>, a country by name between the rate before (from <paramref name="from"/>) and
    /// <paramref name="rate"/>, opens the rate's own clause and acts on its own duty at that rate: after a clause break ("; ", ", and
    /// ", " while ", "; a few weeks later "), the country (or its Treasury, budget, government) and a verb that changes, lays or takes
    /// off a duty, then the duty and the rate ("cut the duty on beach umbrellas to 10%", "imposed duties of up to 19.74%", "suspended
    /// its 25% duty", "lifted ginger to 40 percent").</summary>
    private static bool OwnDutyClause(string s, Mention x, int from, RateMention rate)
    {
        if (x.Form is not (MentionForm.Noun or MentionForm.Capital) || x.Entity.Kind == EntityKind.Leader
            || !RoundUpOpener().IsMatch(s.AsSpan(from, x.Start - from))) return false;
        var act = OwnDutyAct().Match(s[x.End..rate.Start]);
        if (!act.Success) return false;
        // ("suspended its 25% duty", "will scrap the 5 percent tariff": the duty named right after the rate, laid or taken off; a duty
        // "raised" there may be raised at the WTO, and a rate after a verb of change is the level it changes from)
        return !act.Groups["after"].Success
            || (act.Groups["lay"].Success && RateThenTariff().IsMatch(s.AsSpan(rate.Start, Math.Min(s.Length, rate.Start + 40) - rate.Start)));
    }

    /// <summary>The action of a round-up's clause, from <paramref name="start"/> (its country) to <paramref name="end"/> (the next
    /// clause's): its own verb of change ("raised", "cut", "removed"), a change from an old rate to its rate, or a duty it lays or keeps
    /// ("imposed", "extended": imposed); the sentence's action when the clause has no verb of its own ("…, in retaliation for Canada's
    /// 100% tariff").</summary>
    private static string ClauseAction(string s, string lower, int start, int end, List<RateMention> rates, List<RateMention> old, string sentenceAction)
    {
        var clause = lower[start..end];
        var own = Action(WithoutClauseVerbs(clause));
        var first = rates.FindIndex(r => r.Start >= start && r.Start < end);
        var was = old.FindIndex(r => r.Start >= start && r.Start < end);
        if (own == TariffActions.Imposed && first >= 0 && was >= 0)
            own = rates[first].Value > old[was].Value ? TariffActions.Raised : TariffActions.Lowered;
        if (own == TariffActions.Imposed && !LaysDuty().IsMatch(clause)) return sentenceAction;
        if (own is TariffActions.Proposed or TariffActions.Threatened && first >= 0 && AnswersExisting().IsMatch(s[start..rates[first].Start]))
            own = TariffActions.Imposed;
        return own;
    }

    /// <summary>A verb that lays, sets or keeps a duty: "imposed", "set", "slapped", "levies", "charges", "introduced", "applies",
    /// "extended", "kept", "maintains".</summary>
    [GeneratedRegex(@"\b(?:impos|sets?\b|setting\b|puts?\b|putting\b|slap|levi|levy|charg|introduc|appl(?:y|ies|ied|ying)\b|extend|keeps?\b|keeping\b|kept\b|maintain)")]
    private static partial Regex LaysDuty();

    /// <summary>The break that opens a later clause of a round-up, with a time it may open on: "; ", ", and ", " and ", ", while ",
    /// "; a few weeks later ", ", and the ".</summary>
    [GeneratedRegex(@"(?:[,;]\s*(?:and\s+|while\s+|but\s+|whereas\s+)?|\s(?:and|while|but|whereas)\s+)(?:(?:a\s+few|two|three|four|several|some)\s+(?:days|weeks|months)\s+later,?\s+|(?:later|meanwhile|separately),\s+)?(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex RoundUpOpener();

    /// <summary>After the country, up to the rate: its institution ("'s Treasury", "'s budget"), a time or "itself" ("last month",
    /// "itself"), a verb that changes, lays or takes off a duty, then either the duty and "to/at/of" before the rate ("the duty on
    /// wafers to ", "its import tax on hydraulic excavators to ", "customs duty of ", "duties of up to "), goods moved "to" the rate
    /// ("ginger to "), or an article before a rate the duty follows ("its ", "a ", "the "; group "after", only after a verb that lays
    /// or takes off a duty, group "lay"). Not a verb's other objects
    /// ("raised concerns about the 10% tariff") nor a flow of trade ("cut imports to 10%").</summary>
    [GeneratedRegex(@"^(?:['’]s\s+(?:[\w-]+\s+)?(?:Treasury|budget|government|cabinet|parliament|finance\s+ministry)\b)?\s+(?:(?:itself|also|now|then|too|again|in\s+turn|(?:last|this|next)\s+(?:week|month|year)|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+)?(?:(?:will|would|has|have|had|is|are|was|also|now)\s+){0,2}(?:rais|lift|hik|increas|doubl|tripl|quadrupl|halv|cut|lower|reduc|slash|trim|(?<lay>remov|scrap|eliminat|abolish|suspend|waiv|impos|set|put|slap|levi|levy|charg|propos|introduc|extend|keep|kept|maintain))\w*\s+(?!(?:concerns?|questions?|objections?|doubts?|fears?|alarm|imports?|exports?|purchases|shipments|sales|output|production|prices|investment)\b)(?:(?:(?:its|their|the|a|an)\s+)?(?:[\w-]+\s+){0,3}?(?:dut(?:y|ies)|tariffs?|levy|levies|tax|taxes|surtax|surcharges?)\s+(?:on\s+[^,;.]{1,60}?\s+)?(?:to|at|of)\s+(?:up\s+to\s+|as\s+much\s+as\s+)?|(?!(?:the|its|their|a|an)\b)(?-i:[a-z])[\w-]*(?:\s+(?-i:[a-z])[\w-]*){0,3}\s+to\s+|(?<after>(?:its|their|the|a|an)\s+(?:new\s+|current\s+)?))$", RegexOptions.IgnoreCase)]
    private static partial Regex OwnDutyAct();

    /// <summary>A word of a deal between two sides: "agreement", "deal", "pact", "FTA", "CEPA", "in return".</summary>
    [GeneratedRegex(@"\b(?:agreements?|deals?|pacts?|accords?|treaty|FTA|CEPA|EPA|in\s+return|reciprocal)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DealWord();

    /// <summary>"… its 8% tariff on Uzbek dried apricots and its 30% tariff on raisins": a rate whose lead-in since the rate before is
    /// "and its" in the same clause continues that rate's own imposer.</summary>
    [GeneratedRegex(@"^[^,;]{0,80}?\s(?:and|as\s+well\s+as)\s+its\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex AndItsLead();
}
