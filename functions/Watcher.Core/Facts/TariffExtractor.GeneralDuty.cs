using System.Text.RegularExpressions;

namespace Watcher.Core.Facts;

/// <summary>
/// The general duty stated beside a trade remedy or a levy (session 22, extract37): "The compensatory quotas are paid in addition to
/// the general import tax of 15%", "Interim dumping duty is payable in addition to the general rate of customs duty of 5%", "The
/// general ad valorem tariff of 11% continues to apply", "the 10 percent customs duty on toothbrushes continues to apply", "on top
/// of a 2.7% customs duty". The remedy is on its named origins; the duty beside it is the rate in force on every origin (the
/// labelled sets' convention: "a general duty stated beside a remedy … labelled on `*`"), not the remedy's origin.
/// </summary>
public static partial class TariffExtractor
{
    /// <summary>Whether the rate at <paramref name="at"/> is the rate of a general (MFN, standard) duty the sentence states beside
    /// another measure.</summary>
    private static bool GeneralDutyAt(string s, int at)
    {
        if (!GeneralDutyHint().IsMatch(s)) return false;
        foreach (Match m in GeneralDuty().Matches(s))
            if (m.Groups["r"].Index == at) return true;
        return false;
    }

    /// <summary>A measure the item's reading tied to the remedy's origin whose rate is the general duty beside it, in a sentence that
    /// names no country: on every origin (one measure where the reading gave one per origin).</summary>
    private static void GeneralDutyOnEveryOrigin(List<TariffMeasure> result)
    {
        for (var i = 0; i < result.Count; i++)
        {
            var m = result[i];
            if (m.Target == "*" || m.RateUnit != "percent" || m.Rate is not { } rate || !GeneralDutyHint().IsMatch(m.Evidence)) continue;
            if (Parties(m.Evidence).Count > 0) continue;
            if (!GeneralDuty().Matches(m.Evidence).Any(g => RateParser.Find(m.Evidence).Any(r => r.Start == g.Groups["r"].Index && r.Value == rate))) continue;
            var general = m with { Target = "*" };
            if (result.Any(o => o.Imposer == general.Imposer && o.Target == "*" && o.Rate == rate && o.RateUnit == m.RateUnit && o.Evidence == m.Evidence))
            {
                result.RemoveAt(i--);
                continue;
            }
            result[i] = general;
        }
    }

    [GeneratedRegex(@"\b(?:general|MFN|most[- ]favou?red[- ]nation|on\s+top\s+of|in\s+addition\s+to|continues?\s+to\s+apply|remains?\s+in\s+(?:force|place))\b", RegexOptions.IgnoreCase)]
    private static partial Regex GeneralDutyHint();

    private const string Pct = @"\s*(?:%|per\s?cent\b|percent\b|pc\b)";

    private const string DutyNoun = @"(?:dut(?:y|ies)|tariffs?|tax)";

    /// <summary>The rate (group "r") of a general duty: "general (ad valorem) (rate of) (customs|import) duty/tariff/tax of N%", "the
    /// N% general customs duty", "on top of / in addition to the (existing) N% customs/import/basic duty", "the N% customs duty (on
    /// X) continues to apply / remains in force".</summary>
    [GeneratedRegex(@"\b(?:general|MFN|most[- ]favou?red[- ]nation|standard|ordinary)\s+(?:ad\s+valorem\s+)?(?:rate\s+of\s+)?(?:customs\s+|import\s+)?" + DutyNoun + @"(?:\s+rate)?\s+(?:of|at)\s+(?<r>\d[\d.,]*)" + Pct
        + @"|(?<r>\d[\d.,]*)" + Pct + @"\s+(?:general|MFN|standard)\s+(?:customs\s+|import\s+)?" + DutyNoun
        + @"|\b(?:on\s+top\s+of|in\s+addition\s+to)\s+(?:the|a|an|its)\s+(?:existing\s+|current\s+)?(?<r>\d[\d.,]*)" + Pct + @"\s+(?:general\s+|basic\s+)?(?:customs|import)\s+" + DutyNoun
        + @"|(?<r>\d[\d.,]*)" + Pct + @"\s+(?:basic\s+)?(?:customs|import)\s+" + DutyNoun + @"(?:\s+on\s+[\w\s,-]{1,40}?)?\s+(?:continues?\s+to\s+apply|remains?\s+in\s+(?:force|place))", RegexOptions.IgnoreCase)]
    private static partial Regex GeneralDuty();
}
