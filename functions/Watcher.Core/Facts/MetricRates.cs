using System.Text.RegularExpressions;

namespace Watcher.Core.Facts;

/// <summary>
/// Tariff news is full of other percentages: "Shares of Tesla fell 5% after China announced new tariffs", "Inflation rose to
/// 2.4% as tariffs pushed up prices", "The tariff war has cut China's exports by 25%". A rate that something other than a
/// tariff rose, fell or was cut by is not a tariff rate.
/// </summary>
internal static partial class MetricRates
{
    /// <summary>The rate is what a market, price or trade figure moved to or by: the verb right before it has a subject
    /// (or, for "cut … by", an object) without a tariff word.</summary>
    public static bool IsMetric(string s, RateMention r, IReadOnlyList<Match> keywords)
    {
        // "cost Canada 2% of GDP", "shave 0.5% off growth", "25% of US steel imports"
        var tail = s[r.End..Math.Min(s.Length, r.End + 80)];
        if (ShareOf().IsMatch(tail)) return true;
        // "…, inflation to 33%", "and its growth forecast to 6.5%", "and the chance of a recession to 60%": an economic figure set or moved to a rate
        if (FigureTo().IsMatch(s.AsSpan(Math.Max(0, r.Start - 60), r.Start - Math.Max(0, r.Start - 60)))) return true;
        var from = Math.Max(0, r.Start - Window); // a clause, not the whole of a sentence that never ends
        var head = s[from..r.Start];
        var moved = MovedBefore().Match(head);
        // "Canada drops 100% EV tariff": a rate that modifies a tariff word is that tariff's
        if (moved.Success && !TariffAfter().IsMatch(tail))
        {
            var clause = from + ClauseStart(head, moved.Index);
            // "The tariff starts at 5% and rises to 12%", "a 25% tariff, rising to 50%": a verb without a subject of its own
            // continues the clause before it
            if (NoSubject().IsMatch(s.AsSpan(clause..(from + moved.Index))) && clause > from)
            {
                clause = from + ClauseStart(head, clause - from - 1 > 0 ? ClauseBreakBefore(head, clause - from) : 0);
                // "a safeguard duty on carpets, at 13.5% in the first year, falling to 12% in the second": a clause that is itself one
                // step of a series of rates continues the clause before it too
                for (var step = 0; step < 3 && clause > from && !keywords.Any(k => k.Index >= clause && k.Index < from + moved.Index)
                     && RateStep().IsMatch(s.AsSpan(clause..(from + moved.Index))); step++)
                    clause = from + ClauseStart(head, clause - from - 1 > 0 ? ClauseBreakBefore(head, clause - from) : 0);
            }
            return !keywords.Any(k => k.Index >= clause && k.Index < from + moved.Index);
        }
        var changed = ChangedBy().Match(head);
        // "raised tariffs on Chinese goods by 10%" changes a tariff; "cut China's exports to the US by 25%" does not
        return changed.Success && !keywords.Any(k => k.Index > from + changed.Index && k.Index < r.Start);
    }

    private const int Window = 160;

    /// <summary>The rate is what a tariff statistic stands at or moved to (session 17, fix17e): "The effective tariff rate on Chinese imports
    /// went from 20% to 55%", "the average duty on US goods rose from 3% to 12%", "Duties paid on Chinese imports went from 2% to 7%",
    /// "tariff revenue climbed to 9%" — a figure over many measures, however long its subject and whatever rate it moved from.</summary>
    public static bool IsTariffMetric(string s, RateMention r) =>
        r.Unit == "percent" && TariffStatistic().IsMatch(s.AsSpan(Math.Max(0, r.Start - 200), r.Start - Math.Max(0, r.Start - 200)));

    [GeneratedRegex(@"\b(?:(?:effective|average|mean|(?:trade-?)?weighted)\s+(?:[\w'’-]+\s+){0,2}?(?:tariffs?|dut(?:y|ies)|levy|levies)(?:\s+rates?)?|overall\s+(?:[\w'’-]+\s+){0,2}?(?:tariff|duty)\s+rates?|(?:tariffs?|dut(?:y|ies)|levy|levies)\s+(?:paid|collected)|(?:tariff|duty|customs)\s+(?:revenues?|receipts|collections?|takings|income|bills?))\b[^;:\d]{0,120}?\b(?:went|goes|go|moved|moves?|rose|rises?|risen|climbed|climbs?|jumped|jumps?|fell|falls?|fallen|dropped|drops?|increased|decreased|reached|reaches|hit|hits|is|was|stands?|stood)(?:\s+(?:up|down|now|at))?\s+(?:from\s+(?:about\s+|around\s+|nearly\s+)?[\d.,]+\s*(?:%|percent|per\s*cent|pc)?\s+)?(?:to\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+|more\s+than\s+|over\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TariffStatistic();

    /// <summary>An economic figure right before the rate it was set or moved to, its verb left out or a verb of its own ("inflation to
    /// 33%", "GDP growth to 2.5%", "its growth forecast to 6.5%", "inflation slowed to 2.1%", "the chance of a recession to 60%").</summary>
    [GeneratedRegex(@"\b(?:inflation|growth|unemployment|joblessness|gdp|output|yields?|prices|deficit|(?:chance|odds|probability|risk|likelihood)\s+of\s+(?:a\s+)?(?:recession|default|downturn))(?:\s+(?:forecasts?|outlooks?|targets?|estimates?|projections?|expectations?))?(?:\s+(?:slowed|slows|slowing|accelerated|accelerates|quickened|cooled|cools|eased|eases|picked\s+up))?\s+(?:to|at)\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex FigureTo();

    [GeneratedRegex(@"^\s+(?:(?!(?:as|after|while|when|because|since|but|and|amid|following|despite|before|on|in|at|from)\b)[a-z-]+\s+){0,2}?(?:tariffs?|levy|levies|duty|duties|surtax(?:es)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TariffAfter();

    [GeneratedRegex(@"^\s+(?:of|off)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(?:GDP|growth|output|economy|exports|imports|goods|products|items|tariff\s+lines|sales|revenues?|profits?|earnings|market|shares?|jobs|workforce|prices|inflation|trade|production|supply|demand|total|points|votes|respondents|people|the\s+population)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShareOf();

    /// <summary>Where the break that opens the clause at <paramref name="at"/> starts.</summary>
    private static int ClauseBreakBefore(string head, int at)
    {
        var m = ClauseBreak().Matches(head[..at]);
        return m.Count == 0 ? 0 : m[^1].Index;
    }

    [GeneratedRegex(@"^\s*(?:(?:will|would|then|later|also|further|eventually|gradually)\s+)*$", RegexOptions.IgnoreCase)]
    private static partial Regex NoSubject();

    /// <summary>A clause that is only a step of a schedule: "at 13.5% in the first year", "starting at 25 per cent".</summary>
    [GeneratedRegex(@"^\s*(?:(?:starting|beginning|initially|first)\s+)?(?:at|of)\s+[\d.,]+\s*(?:%|per\s*cent|percent)(?:\s+(?:in|during|for)\s+(?:the\s+)?(?:first|second|third|initial)\s+year)?[\s,]*$", RegexOptions.IgnoreCase)]
    private static partial Regex RateStep();

    private static int ClauseStart(string head, int verb)
    {
        var m = ClauseBreak().Matches(head[..verb]);
        return m.Count == 0 ? 0 : m[^1].Index + m[^1].Length;
    }

    [GeneratedRegex(@"(?<!\b(?:the|a|an|its|their|this|that)\s+)\b(?:rose|rise|rises|risen|rising|fell|fall|falls|fallen|falling|drop|dropped|drops|dropping|jump|jumped|jumps|jumping|climb|climbed|climbs|climbing|shrank|shrink|shrinks|shrunk|shrinking|grew|grow|grows|grown|growing|gained|gains|lost|loses|slid|slide|slides|sliding|slipped|slip|slips|slump|slumps|slumped|surge|surges|surged|plunge|plunges|plunged|plummet|plummets|plummeted|decline|declined|declines|declining|tumble|tumbles|tumbled|soar|soars|soared|rallied|contracted|expanded|edged\s+(?:up|down|higher|lower)|(?:was|were|is|are)\s+(?:up|down)|widened|widens|narrowed|narrows|absorbed|bore|borne|accounts?\s+for|accounted\s+for|made\s+up|makes\s+up|represented|represents|scored|won)\s+(?:by\s+|to\s+|from\s+[\d.,]+\s*(?:%|per[\s-]?cent|percent|pct)\s+to\s+)?(?:about\s+|nearly\s+|almost\s+|around\s+|some\s+|roughly\s+|more\s+than\s+|over\s+|less\s+than\s+|as\s+much\s+as\s+|as\s+(?:low|high|little)\s+as\s+|an?\s+(?:estimated\s+)?|just\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex MovedBefore();

    [GeneratedRegex(@"\b(?:cut|cuts|cutting|reduced|reduces|reducing|lowered|lowers|raised|raises|raising|increased|increases|increasing|boosted|boosts|lifted|lifts|hiked|hikes|slashed|slashes)\b(?:(?!\b(?:cut|reduced|lowered|raised|increased|boosted|lifted|hiked|slashed)\b)[^;])*?\bby\s+(?:up\s+to\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+|an?\s+(?:further|additional|extra)\s+|another\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ChangedBy();

    [GeneratedRegex(@"[,;:]\s*|\s[—–-]\s|\b(?:after|as|while|when|but|and|because|since|though|although|whereas)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();
}
