using System.Text.RegularExpressions;

namespace Watcher.Core.Facts;

/// <summary>
/// One subject's several verbs of change, one rate each (session 34, lead): "it would abolish the 12 percent customs duty on canned
/// tuna and cut the duty on frozen vegetables from 12% to 6%", "Fireworks will pay 30% customs duty, double the previous rate, while
/// the 15% duty on gym equipment has been abolished". The sentence has one action, its first kind of change by rank (a removal before
/// a cut or a rise), so every rate of it was "removed"; a round-up's clauses, each opened by its own country, already read their own
/// verbs (<see cref="ClauseAction"/>), and this reads the same for clauses with no country of their own.
/// </summary>
public static partial class TariffExtractor
{
    /// <summary>The action of <paramref name="rate"/> in a sentence whose rates stand in clauses of their own, each with its own verb
    /// of change, laying or removal: the rate's clause runs from the break before it ("; ", ", while ", " and cut …") to the break after
    /// it, and its own verb is its action (<see cref="ClauseAction"/>: the sentence's action when the clause has none). A sentence
    /// that threatens, proposes or rules keeps that action for every rate ("threatened to raise … to 50% and impose 25% on …").</summary>
    private static string VerbClauseAction(string s, string lower, RateMention rate, List<RateMention> rates, List<RateMention> old, string sentenceAction)
    {
        if (rates.Count < 2 || sentenceAction is not (TariffActions.Imposed or TariffActions.Raised or TariffActions.Lowered or TariffActions.Removed))
            return sentenceAction;
        var (start, end) = (0, s.Length);
        foreach (Match b in VerbClauseBreak().Matches(lower))
        {
            if (b.Index + b.Length <= rate.Start) start = b.Index;
            else if (b.Index >= rate.End) { end = b.Index; break; }
        }
        // (a clause holding every rate is the sentence's: its action is the sentence's)
        if (rates.TrueForAll(r => r.Start >= start && r.Start < end)) return sentenceAction;
        var own = ClauseAction(s, lower, start, end, rates, old, sentenceAction);
        return own is TariffActions.Imposed or TariffActions.Raised or TariffActions.Lowered or TariffActions.Removed ? own : sentenceAction;
    }

    /// <summary>A break between two clauses of one subject's measures: "; ", ", while ", ", whereas ", ", but ", or "and" before a verb
    /// that changes, lays or takes off a duty ("… and cut the duty on …", ", and has abolished …", " and will impose …").</summary>
    [GeneratedRegex(@";\s|,?\s(?:while|whereas|but)\s|,?\sand\s(?=(?:(?:will|would|has|have|had|also|then|to|is|are|was|were)\s+){0,2}(?!cut" + CutGoodsNoun + @")(?:rais|lift|hik|increas|doubl|tripl|halv|cut|lower|reduc|slash|trim|remov|scrap|eliminat|abolish|suspend|waiv|impos|set|put|slap|levi|levy|charg|introduc|extend|keep|kept|maintain)\w*\s)")]
    private static partial Regex VerbClauseBreak();
}
