using System.Text.RegularExpressions;
using Watcher.Core.Entities;

namespace Watcher.Core.Facts;

/// <summary>
/// Excise stated as a duty or levy (session 17, fix17e): budget-day stories charge alcohol, fuel, tobacco and soft drinks per litre,
/// per pack or per stick — "Britain's duty on beer rises to 21.01 pence per litre", "Canada's carbon levy on gasoline rises to 17.6 cents
/// a litre". A specific duty (an amount per unit, not a percentage) on such goods, or a carbon levy, is the country's own excise unless
/// the sentence says it is charged at the border: an import, customs, border or trade-remedy word, or an origin ("on US wine", "on wine
/// from Australia"). Import duties on these goods in percent ("Kuwait raises duty on cigarettes to 100%", "India cuts duty on bourbon
/// to 50%") are no part of this: news states them so, and excise so rarely.
/// </summary>
public static partial class TariffExtractor
{
    /// <summary>The amount <paramref name="r"/> is an excise's: per unit, after a duty or levy on an excise good or a carbon levy, in a
    /// sentence without an import word or an origin.</summary>
    private static bool IsExcise(string s, RateMention r, List<Match> keywords)
    {
        if (r.Unit == "percent") return false;
        var excise = false;
        foreach (var k in keywords)
        {
            if (!DutyOrLevy().IsMatch(k.Value)) continue;
            var after = k.Index + k.Length;
            if (ExciseGoodsAfter().IsMatch(s.AsSpan(after, Math.Min(s.Length, after + 70) - after))
                || CarbonBefore().IsMatch(s.AsSpan(Math.Max(0, k.Index - 24), k.Index - Math.Max(0, k.Index - 24))))
            {
                excise = true;
                break;
            }
        }
        if (!excise || ImportCue().IsMatch(s)) return false;
        var parties = Parties(s).Where(m => m.Entity.Kind != EntityKind.Leader).ToList();
        return parties.Select(m => m.CountryId).Distinct(StringComparer.Ordinal).Count() <= 1 && !parties.Any(m => NamedAsOrigin(s, m));
    }

    [GeneratedRegex(@"^(?:dut(?:y|ies)|levy|levies)$", RegexOptions.IgnoreCase)]
    private static partial Regex DutyOrLevy();

    /// <summary>"on beer", "on a pint of beer", "on spirits and wine", "on unleaded petrol", "on sugary drinks": the good ends its phrase
    /// ("on diesel engines", "on wine bottles" are manufactures, no excise good).</summary>
    [GeneratedRegex(@"^\s+(?:rates?\s+)?on\s+(?:(?:a|an|the|each|every|all)\s+)?(?:(?:pint|bottle|litre|liter|pack|packet|can|glass|gallon|carton)s?\s+of\s+)?(?:[a-z-]+\s+){0,2}?" + ExciseGoodsWords + @"(?=\s*(?:[,.;:]|$)|\s+(?:and|or|to|at|of|in|by|per|for|rises?|rose|risen|will|would|is|are|was|were|goes|go|went|falls?|fell|has|have|had|stands?|remains?|from|this|next|on|\d))", RegexOptions.IgnoreCase)]
    private static partial Regex ExciseGoodsAfter();

    /// <summary>The goods excise is charged on: alcohol, fuel, tobacco, soft drinks.</summary>
    private const string ExciseGoodsWords = @"(?:beers?|wines?|spirits|ciders?|alcohol|alcoholic\s+(?:drinks|beverages)|whisk(?:e)?y|liquor|petrol|gasoline|diesel|fuels?|tobacco|cigarettes?|cigars?|soft\s+drinks|sugary\s+drinks|(?:sugar-)?sweetened\s+(?:drinks|beverages)|fizzy\s+drinks)";

    /// <summary>Goods that are excise goods: "Beer", "unleaded petrol", "Cigarettes", "sugary drinks" (not "diesel engines").</summary>
    private static bool IsExciseGood(string goods) => ExciseGood().IsMatch(goods);

    [GeneratedRegex(@"^(?:[\w-]+\s+){0,2}?" + ExciseGoodsWords + "$", RegexOptions.IgnoreCase)]
    private static partial Regex ExciseGood();

    /// <summary>"carbon levy", "carbon tax levy", "carbon pricing levy" (not "carbon border levy": that one is charged at the border).</summary>
    [GeneratedRegex(@"\bcarbon(?:\s+(?:tax|pricing|price|emissions?))?\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex CarbonBefore();

    [GeneratedRegex(@"\b(?:imports?|imported|importers?|importing|exports?|exported|exporters?|exporting|customs|border|anti-?dumping|countervailing|anti-subsidy|safeguard|retaliat\w*|tariffs?|foreign|overseas|originating)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ImportCue();
}
