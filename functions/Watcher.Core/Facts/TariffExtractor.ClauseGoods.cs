using System.Text.RegularExpressions;

namespace Watcher.Core.Facts;

/// <summary>
/// Goods charged in a clause that does not open the sentence (session 25, extract47): the goods-subject reader
/// (<see cref="GoodsSubjectRates"/>, TariffExtractor.GoodsSubject.cs) reads "Hair dryers will face an additional 30% levy" only where
/// the goods open the sentence. English also states the charge on goods (a change, or a rate that stays in force) after
/// <list type="bullet">
/// <item>a lead-in: "Under a presidential decision published Saturday, hair dryers will face …", "Within the quota, chicken will
/// continue to be imported at 30 percent";</item>
/// <item>a reporting verb: "The minister said shrimp will continue to face the 15% tariff", "The ministry noted that …";</item>
/// <item>a clause joined to the one before: "…, while electric kettles will face 20%", "…; sardines will pay 10 percent".</item>
/// </list>
/// and names the goods by the people or the flows that bring them in: "Importers of paper cups and envelopes will pay 35 percent
/// duty", "Imports of common wheat will pay 2.5%". Each such clause is read as a sentence of its own by the goods-subject reader,
/// under its conditions (goods, not people, firms, prices or the duty; a charging verb; a tariff word after the rate or a duty
/// named before it, or a tariff named and the rate ending its clause). A clause joined after one the sentence reader already read
/// keeps that measure's imposer and origin, and adds only a rate it did not read.
/// </summary>
public static partial class TariffExtractor
{
    /// <summary>The sentence's measures with the goods its later clauses charge: null when they add or change nothing.</summary>
    private static List<TariffMeasure>? ClauseGoodsRates(string s, bool tariffNamed, string? imposer, string? carriedTarget, string? date,
        IReadOnlyList<string>? lastProducts, bool carried, List<TariffMeasure> found)
    {
        if (s.AsSpan().IndexOfAnyInRange('0', '9') < 0 || !ClauseChargeCue().IsMatch(s)) return null;
        // "Small cars will attract 28% GST, while two-wheelers will pay 18%": a sentence about a domestic tax charges no goods at the border
        // (and one whose tariff is a utility's or a telecom operator's: "subscribers will face a 5% tariff increase, while data bundles
        // will face 8%")
        if (DomesticTaxAfter().IsMatch(s) || TariffWord().Matches(s).Any(k => DomesticCharges.Names(s, k.Index, k.Length)
            && !s.AsSpan(k.Index + k.Length).StartsWith("-free", StringComparison.OrdinalIgnoreCase))) return null;
        if (found.Count > 0) (imposer, carriedTarget) = (found[0].Imposer, found[0].Target);
        if (imposer is null) return null;
        List<TariffMeasure>? result = null;
        foreach (Match start in ClauseStart().Matches(s))
        {
            var at = start.Index + start.Length;
            if (at >= s.Length - 4) continue;
            var clause = s[at..];
            // "Importers of toothpicks and matches will pay …", "Imports of common wheat will pay …": the goods they bring in
            if (ImportsOf().Match(clause) is { Success: true } of) clause = clause[of.Length..];
            if (clause.Length == 0 || !char.IsLetter(clause[0])) continue;
            clause = char.ToUpperInvariant(clause[0]) + clause[1..];
            // the sentence's own tariff word before the clause ("… 30% levy, while electric kettles will face 20%") names the tariff
            var before = TariffWord().Matches(s[..at]).Any(k => !DomesticCharges.Names(s, k.Index, k.Length));
            var got = GoodsSubjectRates(clause, tariffNamed || before, imposer, carriedTarget, date, lastProducts, carried || before);
            if (got is null) continue;
            foreach (var g in got)
            {
                // "[Turkey raises duties on small appliances.] Under the decision, hair dryers will face an additional 30% levy": the rate
                // the sentence reader took with goods the sentence does not name (carried from before) takes the clause's own goods
                var same = found.FindIndex(f => f.Rate == g.Rate && f.RateUnit == g.RateUnit);
                if (same >= 0)
                {
                    if (!found[same].Products.Any(p => s.Contains(p.AsSpan(p.LastIndexOf(' ') + 1), StringComparison.OrdinalIgnoreCase)))
                        (result ??= [.. found])[same] = found[same] with { Products = g.Products };
                    continue;
                }
                result ??= [.. found];
                if (!result.Any(r => r.Rate == g.Rate && r.RateUnit == g.RateUnit && r.Target == g.Target)) result.Add(g with { Evidence = s });
            }
        }
        return result;
    }

    /// <summary>Where a clause that may have goods as its subject starts, other than at the sentence's start: after a lead-in ("Under
    /// the decree, ", "Within the quota, ", "From July 1, "), after a reporting verb ("The ministry said ", "…, officials noted that "),
    /// after a clause joined by "while", "whereas", "but", "and" or a semicolon.</summary>
    [GeneratedRegex(@"^(?:Under|Within|From|Starting|Effective|As\s+of|With\s+effect\s+from|Outside|Above|Below|In\s+addition)\b[^,;:]{1,90},\s+|^[^,;:]{0,80}?\b(?:said|says|noted|notes|added|stated|announced|confirmed|explained|clarified)\s+(?:on\s+\w+\s+)?(?:that\s+)?|[,;]\s+(?:while|whereas|but|and)\s+|;\s+")]
    private static partial Regex ClauseStart();

    /// <summary>A charging verb a goods subject may have: the words <see cref="ChargedGoods"/> starts its verb with.</summary>
    [GeneratedRegex(@"\b(?:face[sd]?|facing|attracts?|pays?|carry|carries|bears?|enters?\s+at|charged|hit|slapped|taxed|levied|subject\s+to|imported\s+at)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseChargeCue();

    /// <summary>"Importers of ", "Imports of ", "the imports of ": the people or the flow that bring goods in, before the goods.</summary>
    [GeneratedRegex(@"^(?:the\s+)?(?:importers|imports)\s+of\s+(?=[a-z])", RegexOptions.IgnoreCase)]
    private static partial Regex ImportsOf();
}
