using System.Text.RegularExpressions;

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
    /// or a second contrast between its opening and the rate.</summary>
    [GeneratedRegex(@"(?<=(?:;\s*|,?\s+(?:while|whereas)\s+)(?<subj>(?:(?!\b(?:while|whereas|but|said|says|shares?|sales|prices?|inflation|growth|output|profits?|revenues?|unemployment|yields?|margins?|volumes?|demand|production|consumption|GDP|index)\b)[^,;.%\d]){2,80}?)\s)(?:(?:will|would|now|also|still|shall)\s+)*(?:attract|attracts|get|gets|got|receive|receives|received|(?:drops?|falls?|goes|go|is\s+cut|are\s+cut)\s+(?:from\s+[^,;]{1,24}?\s+)?to)\s+(?:(?:a|an)\s+(?:flat\s+|new\s+|single\s+)?(?:rate\s+of\s+)?)?(?=(?:US|C|A|Rs\.?|Rp)?[$€£¥]?\s?\d)", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseOwnRate();

    /// <summary>The subject of a rate's own clause (<see cref="ClauseOwnRate"/>): "canned tuna" in "…, while canned tuna drops to 8
    /// percent", "Sri Lanka" in "…, while Sri Lanka got 21.73 percent"; null when the rate has no such clause.</summary>
    private static (int Start, int End)? OwnClauseSubject(string s, RateMention rate)
    {
        foreach (Match m in ClauseOwnRate().Matches(s))
            if (m.Index + m.Length <= rate.Start && rate.Start - (m.Index + m.Length) <= 4 && m.Groups["subj"].Success)
                return (m.Groups["subj"].Index, m.Groups["subj"].Index + m.Groups["subj"].Length);
        return null;
    }

    /// <summary>"Sri Lanka got 21.73 percent", "Nepal received a rate of 44.90 percent": a country by name, right before the verb of a
    /// rate its clause gets, is that rate's party.</summary>
    [GeneratedRegex(@"^\s+(?:(?:will|would|now|also|still|shall)\s+)*(?:attract|attracts|get|gets|got|receive|receives|received)\s+(?:(?:a|an)\s+(?:flat\s+|new\s+|single\s+)?(?:rate\s+of\s+)?)?(?:US|C|A|Rs\.?|Rp)?[$€£¥]?\s?$", RegexOptions.IgnoreCase)]
    private static partial Regex GetsRateAfter();

    /// <summary>"… 25 percent for most other countries", "… 10% on all other trading partners", "… 15% for the rest of the world": a
    /// rate stated for every origin but the ones named is every origin's rate.</summary>
    [GeneratedRegex(@"^\s*(?:(?:for|on|from)\s+(?:(?:most|all|every)\s+other|(?:almost|nearly)\s+all\s+other)\s+(?:countries|country|nations|trading\s+partners|origins|suppliers|exporters)|(?:for|on|from)\s+the\s+rest\s+of\s+the\s+world|for\s+everyone\s+else)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RestOfWorldAfter();
}
