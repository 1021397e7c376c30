using System.Text.RegularExpressions;
using Watcher.Core.Entities;

namespace Watcher.Core.Facts;

/// <summary>
/// How English states who a rate is for when the rate has a clause of its own (session 19, extract32): a later clause of a tariff
/// sentence that opens with its own goods or origin and the rate they get ("…, while canned fish drops to 5 percent", "…, while Sri
/// Lanka got 21.73 percent"), and a rate stated for every other country ("…, which stand at 25 percent for most other countries").
/// </summary>
public static partial class TariffExtractor
{
    /// <summary>"…, while canned fish drops to 5 percent", "…, while bulk concentrate imported in drums will attract 10 per cent", "…;
    /// hydrogen peroxide goes from 9% to 18%", "…, while Sri Lanka got 21.73 percent": after a semicolon or a contrast, a clause whose
    /// subject gets, attracts or moves to a rate states that rate for its subject, in a sentence about a tariff (stands for a tariff
    /// word right before the rate; the match is the verb, so a rate before the clause is not near it). Not "…, while sales fell 5%" (no verb of a rate received or moved to), not "…, while inflation drops to 5%" (a figure's subject: a
    /// share, sales, prices, growth, output …), nor a clause with a comma
    /// or a second contrast between its opening and the rate. The figures are <see cref="FigureWords"/>, those of a goods subject that
    /// is none (<see cref="NoGoodsSubject"/>), and the figures of a whole economy that only move ("unemployment", "volumes", "demand",
    /// "production", "consumption", "GDP" drop or fall to a share), kept out of <see cref="FigureWords"/> because a subject that is
    /// charged a duty may be goods of those names ("production equipment will face 5%", "consumption goods attract 10%").</summary>
    [GeneratedRegex(@"(?<=(?:;\s*|,?\s+(?:while|whereas)\s+)(?<subj>(?:(?!\b(?:while|whereas|but|said|says|" + FigureWords + @"|unemployment|volumes?|demand|production|consumption|GDP)\b)[^,;.%\d]){2,80}?)\s)(?:(?:will|would|now|also|still|shall)\s+)*(?:attract|attracts|get|gets|got|receive|receives|received|(?:drops?|falls?|goes|go|is\s+cut|are\s+cut)\s+(?:from\s+[^,;]{1,24}?\s+)?to)\s+(?:(?:a|an)\s+(?:flat\s+|new\s+|single\s+)?(?:rate\s+of\s+)?)?(?=(?:US|C|A|Rs\.?|Rp)?[$€£¥]?\s?\d)", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseOwnRate();

    /// <summary>The subject of a rate's own clause (<see cref="ClauseOwnRate"/>): "canned tuna" in "…, while canned tuna drops to 8
    /// percent", "Sri Lanka" in "…, while Sri Lanka got 21.73 percent"; null when the rate has no such clause.</summary>
    private static (int Start, int End)? OwnClauseSubject(string s, RateMention rate)
    {
        foreach (var m in OwnRateClauses(s))
            if (EndsRightBefore(m, rate) && m.Groups["subj"].Success)
                return (m.Groups["subj"].Index, m.Groups["subj"].Index + m.Groups["subj"].Length);
        return null;
    }

    /// <summary>The later clauses of <paramref name="s"/> that state a rate of their own (<see cref="ClauseOwnRate"/>): those whose
    /// subject is a trade party or goods, at the time of the sentence's measure and not only if something happens (session 20, extract33:
    /// review19 found the rule reading a by-election's share, a firm's rate, a deficit's share of GDP, last year's rate and a rate
    /// that might come).</summary>
    private static IEnumerable<Match> OwnRateClauses(string s)
    {
        if (NoOwnRateClause(s)) yield break;
        foreach (Match m in ClauseOwnRate().Matches(s))
            if (StatesOwnRate(s, m)) yield return m;
    }

    private static bool StatesOwnRate(string s, Match m)
    {
        var subject = m.Groups["subj"].Value;
        if (OfAnotherTimeOrMood(s, m)) return false;
        // "…, while the trade deficit drops to 3 percent of GDP", "…, while imports from China fall to 10 percent of supply": a share
        if (ShareOfAfter().IsMatch(s.AsSpan(m.Index + m.Length))) return false;
        // "…, while the ruling party got 48 percent", "…, while the budget gap falls to 3 percent": a vote's share, a national account
        if (NoTradeSubject().IsMatch(subject)) return false;
        // "…, while the duty on rice drops to 5 percent": the clause's own tariff
        if (TariffWord().IsMatch(subject)) return true;
        // "…, while Sri Lanka got 21.73 percent", "…, while Indian exporters get 7 percent", "…, while Thai tuna drops to 5 percent": a
        // trade party by name or adjective, that gets the rate or whose goods move to it (not "…, while imports from China fall to 10 percent")
        if (EntityFinder.Find(subject).Any(x => x.Entity.Kind != EntityKind.Leader && x.Form is MentionForm.Noun or MentionForm.Adjective or MentionForm.Capital))
            return GetsVerb().IsMatch(m.Value) || !NoGoodsSubject().IsMatch(subject);
        // goods ("…, while canned fish drops to 5 percent"), not people, flows or a firm ("…, while investors got 12 percent", "…, while
        // Tesla got 7.8 percent")
        return !NoGoodsSubject().IsMatch(subject) && !ProperName().IsMatch(subject) && Products(subject, []).Count > 0;
    }

    /// <summary>"…, while last year Vietnam got 46 percent", "…, while Vietnam previously got 46 percent", "…, while Ecuador could get
    /// 10 percent if talks succeed": a later clause's rate of another time, or one that might come, is no measure of the sentence.</summary>
    private static bool OfAnotherTimeOrMood(string s, Match m)
    {
        var clause = s[m.Groups["subj"].Index..(m.Index + m.Length)];
        return OtherTime().IsMatch(clause) || OldState().IsMatch(clause) || MightGet().IsMatch(clause)
            || ConditionAfter().IsMatch(s.AsSpan(m.Index + m.Length));
    }

    /// <summary>A rate whose own later clause (<see cref="ClauseOwnRate"/>) states it for no trade party or goods, or at another time or
    /// mood (<see cref="StatesOwnRate"/>): a vote's share, last year's rate, a rate that might come, investors' returns. A firm's name
    /// ("…, while Tesla got 7.8 percent") keeps its rate: it is that exporter's rate of the measure, on the measure's goods. The
    /// sentence reader and the clause reader (ClauseReader.IsLevel) both leave such a rate.</summary>
    internal static bool OwnClauseNotTheMeasure(string s, RateMention rate)
    {
        if (NoOwnRateClause(s)) return false;
        foreach (Match m in ClauseOwnRate().Matches(s))
            if (EndsRightBefore(m, rate))
                return !StatesOwnRate(s, m) && !ProperName().IsMatch(m.Groups["subj"].Value);
        return false;
    }

    /// <summary>A later clause's verb (<see cref="ClauseOwnRate"/>) ends right before the rate, a few characters at most ("got
    /// 21.73 percent", "goes to 18%"): the rate is that clause's.</summary>
    private static bool EndsRightBefore(Match clause, RateMention rate) =>
        clause.Index + clause.Length <= rate.Start && rate.Start - (clause.Index + clause.Length) <= 4;

    /// <summary>The words of each later clause's subject and verb (<see cref="ClauseOwnRate"/>), blanked out: they state whom the
    /// clause's rate is for and how it moved, not the action of the sentence's measure ("The US set a 20% tariff …, while the trade
    /// deficit drops to 3 percent" is no removal; "…, while the ruling party got 48 percent" no ruling).</summary>
    private static string WithoutClauseVerbs(string lower)
    {
        if (!lower.Contains("while", StringComparison.Ordinal) && !lower.Contains("whereas", StringComparison.Ordinal) && !lower.Contains(';')) return lower;
        var chars = lower.ToCharArray();
        foreach (Match m in ClauseOwnRate().Matches(lower))
            for (var k = m.Groups["subj"].Index; k < m.Index + m.Length; k++) chars[k] = ' ';
        return new string(chars);
    }

    /// <summary>"last year", "in 2024", "two years ago", "once", "at the time": a time other than the measure's.</summary>
    [GeneratedRegex(@"\b(?:(?:last|previous|past|prior)\s+(?:year|month|week|time|round)|(?:in|since|during)\s+(?:19|20)\d\d|(?:years?|months?|weeks?)\s+ago|once|at\s+the\s+time|then)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherTime();

    /// <summary>"could get", "might receive", "may attract": a rate that might come.</summary>
    [GeneratedRegex(@"\b(?:could|might|may)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MightGet();

    /// <summary>"… 10 percent if talks succeed", "… 5% unless …", "… 8% provided …": a rate on a condition.</summary>
    [GeneratedRegex(@"^[^,;.]{0,24}?\b(?:if|unless|provided|should)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ConditionAfter();

    /// <summary>"3 percent of GDP", "10% of supply": a share of something, not a rate charged.</summary>
    [GeneratedRegex(@"^(?:US|C|A|Rs\.?|Rp)?[$€£¥]?\s?\d[\d.,]*\s*(?:%|per[\s-]?cent\b|percent\b|pc\b|pct\b)\s+of\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShareOfAfter();

    /// <summary>A verb of a rate received (not moved to): "gets", "got", "attracts", "received".</summary>
    [GeneratedRegex(@"\b(?:attracts?|get|gets|got|receives?|received)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GetsVerb();

    /// <summary>Subjects of a share that are no trade party: a party or candidate in a vote, a national account.</summary>
    [GeneratedRegex(@"\b(?:part(?:y|ies)|opposition|candidates?|coalition|voters?|incumbents?|turnout|polls?|seats?|deficit|surplus|debt|budget)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoTradeSubject();

    /// <summary>A subject that is only capitalised words (after "the"): a name, a firm's or a person's ("Tesla", "BYD", "Tata Steel"),
    /// when no country is among them.</summary>
    [GeneratedRegex(@"^\s*(?:the\s+)?(?:\p{Lu}[\w&'’.-]*\s*)+$")]
    private static partial Regex ProperName();

    /// <summary>"Sri Lanka got 21.73 percent", "Nepal received a rate of 44.90 percent": a country by name, right before the verb of a
    /// rate its clause gets, is that rate's party.</summary>
    [GeneratedRegex(@"^\s+(?:(?:will|would|now|also|still|shall)\s+)*(?:attract|attracts|get|gets|got|receive|receives|received)\s+(?:(?:a|an)\s+(?:flat\s+|new\s+|single\s+)?(?:rate\s+of\s+)?)?(?:US|C|A|Rs\.?|Rp)?[$€£¥]?\s?$", RegexOptions.IgnoreCase)]
    private static partial Regex GetsRateAfter();

    /// <summary>"Malaysian exporters will now pay 14%", "Chilean producers will face 9%", "Kenyan shippers now pay 10%": a country's
    /// adjective (group "adj") opening the sentence, its traders and the verb they pay or face a rate by, right before the rate (the match
    /// stands for a tariff word there). Only as the sentence's subject: in a later clause ("…, while Vietnamese producers will pay
    /// 26.10%") the clause reader reads the rate with the measure's goods, and the sentence reader would take the goods from before the
    /// clause (holdout 13's capsules read "while"). Not a sum paid more, a share, interest or a fall ("pay 16% more for freight", "pay 16% interest", "face 5% lower
    /// prices"), nor a rate after an article ("face a 16% drop").</summary>
    [GeneratedRegex(@"^\s*(?i:(?:and|but|so|now|meanwhile),?\s+)?(?<adj>\p{Lu}[\p{L}-]+)\s+(?:exporters|producers|shippers|manufacturers|makers|suppliers|growers|mills)\s+(?:(?:will|would|now|also|still|shall|must|already|then)\s+){0,3}(?:pay|pays|paying|face|faces|facing)\s+(?=(?:US|C|A)?[$€£¥]?\s?\d[\d.,]*\s*(?:%|per\s*cent\b|percent\b)(?!\s+(?:more|less|higher|lower|extra|interest|of|drops?|falls?|rises?|increases?|declines?|cuts?|jumps?)\b))")]
    private static partial Regex TradersPayRate();

    /// <summary>"… 25 percent for most other countries", "… 10% on all other trading partners", "… 15% for the rest of the world": a
    /// rate stated for every origin but the ones named is every origin's rate.</summary>
    [GeneratedRegex(@"^\s*(?:(?:for|on|from)\s+(?:(?:most|all|every)\s+other|(?:almost|nearly)\s+all\s+other)\s+(?:countries|country|nations|trading\s+partners|origins|suppliers|exporters)|(?:for|on|from)\s+the\s+rest\s+of\s+the\s+world|for\s+everyone\s+else)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RestOfWorldAfter();
}
