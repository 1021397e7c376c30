using System.Text.RegularExpressions;
using Watcher.Core.Entities;

namespace Watcher.Core.Facts;

/// <summary>
/// A rate named by the one who applies it (session 33, extract64): "the 15% tariff that the United States applies to most Namibian
/// goods", "the 20% duty that Senegal applies to Mauritanian camel milk", "the 30% tariff that India applies to fresh mandarins from
/// Peru". Calls, talks and summits write a tariff in force this way, with the imposer after the rate and the goods' country in the
/// goods. The sentence readers took the sentence's subject or a later clause's goods for it: the speaker's country as the imposer
/// (holdouts 12, 28, 30: "TG>US", "SL>US", "MR>SN"), another rate's goods or origin (holdouts 22, 24, 34).
/// </summary>
public static partial class TariffExtractor
{
    /// <summary>Each measure read at a rate the sentence names as "the N% tariff that X applies to Y" takes X as its imposer, Y's
    /// country (its adjective, or "from" it) as its target, and Y's goods; the measures the readers made of that rate become that
    /// one measure. A rate with no measure read stays unread.</summary>
    private static void AppliedBy(string s, List<RateMention> all, List<TariffMeasure> result)
    {
        foreach (var rate in all)
        {
            if (AppliedByAfter().Match(s, rate.End) is not { Success: true } applied) continue;
            var at = result.FindIndex(m => m.Rate is { } r && Math.Abs(r - rate.Value) < 0.001 && m.RateUnit == rate.Unit);
            if (at < 0) continue;
            var imposers = EntityFinder.Find(applied.Groups["imp"].Value).Where(m => m.Entity.Kind != EntityKind.Leader && IsParty(m)).ToList();
            if (imposers.Count != 1) continue;
            var goods = applied.Groups["g"].Value;
            var origins = EntityFinder.Find(goods).Where(m => m.Entity.Kind != EntityKind.Leader && IsParty(m)).ToList();
            if (origins.Select(m => m.CountryId).Distinct().Count() > 1) continue;
            var imposer = imposers[0].CountryId;
            var first = result[at];
            var target = origins.Count == 1 ? origins[0].CountryId : first.Target == imposer ? "*" : first.Target;
            if (target == imposer) continue;
            var products = AppliedGoods(goods, origins);
            if (products.Count == 0) continue;
            result.RemoveAll(m => m.Rate is { } r && Math.Abs(r - rate.Value) < 0.001 && m.RateUnit == rate.Unit);
            result.Insert(Math.Min(at, result.Count), first with { Imposer = imposer, Target = target, Products = products });
        }
    }

    /// <summary>The goods a rate is applied to, without their country ("most Namibian goods": goods; "Brazilian beef, coffee and
    /// orange juice": beef, coffee, orange juice; "fresh mandarins from Peru": fresh mandarins).</summary>
    private static List<string> AppliedGoods(string goods, List<Mention> origins)
    {
        // an origin after "from" ends the goods; a country's adjective or name before them is taken out ("most EU goods")
        foreach (var m in origins.OrderByDescending(m => m.Start))
            goods = AppliedFromBefore().IsMatch(goods.AsSpan(0, m.Start)) ? AppliedFromBefore().Replace(goods[..m.Start], "") : goods.Remove(m.Start, m.End - m.Start);
        return [.. GoodsSeparator().Split(goods)
            .Select(g => LeadingQuantifier().Replace(g.Trim(), "").Trim())
            .Where(g => g.Length > 1)
            .Select(g => GenericGoodsWord().IsMatch(g) ? "goods" : g)
            .Distinct()];
    }

    /// <summary>After a rate: "(of the) (additional) tariff/duty that", the one who applies it, "applies / imposes / charges / levies
    /// to / on", and the goods, up to the clause's end ("…, and the 25% tariff on …", "… under last year's framework").</summary>
    [GeneratedRegex(@"\G\s*(?:of\s+the\s+)?(?:(?:additional|extra|current|existing|reciprocal|general|blanket|flat)\s+){0,2}(?:tariffs?|dut(?:y|ies)|levy|levies)\s+(?:that|which)\s+(?<imp>[^,;:()]{2,40}?)\s+(?:currently\s+|still\s+|now\s+)?(?:applies|imposes|charges|levies)\s+(?:to|on)\s+(?<g>[^;:.()]{2,80}?)(?=,\s+(?:and|but|which|while|who|as|under|according|said|in|the)\b|,\s+(?-i:[A-Z])|\s+(?:and\s+(?:the|a|an|its|on|to|that|their|his|her)|under|which|that|since|because|while|but|for|as|weigh\w*|remain\w*|was|were|is|are|has|had|would|will|could)\b|[;:.()]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex AppliedByAfter();

    [GeneratedRegex(@"\s+from\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AppliedFromBefore();

    [GeneratedRegex(@",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex GoodsSeparator();

    [GeneratedRegex(@"^(?:(?:most|all|some|many|the|its|their|other)\s+)+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingQuantifier();

    [GeneratedRegex(@"^(?:goods|products|imports|exports|items|merchandise)$", RegexOptions.IgnoreCase)]
    private static partial Regex GenericGoodsWord();
}
