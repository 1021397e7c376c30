using System.Text.RegularExpressions;

namespace Watcher.Core.Facts;

/// <summary>
/// A rate kept, named by "the rate(s) on" its goods with no duty word of its own (session 35, extract70): "[… raises the duty on kajmak
/// to 25%.] The rate on sour cream remains at 15%", "The rate for potted plants remains at 5 percent", "The rates of 20% on 3D printers
/// and 18% on large-format plotters remain in force", "The rates on dipyrone, of 14%, and on ibuprofen, of 12%, remain unchanged". The
/// rate is the duty of the item's last measure (the discourse), so it takes that measure's imposer and origin; <see cref="RatesInForce"/>
/// reads the forms that name a tariff word. Not read: "the VAT rate", "the interest rate", "the rate on mortgages" (no goods), and a
/// sentence before any measure was read. Called from one place in <see cref="ReadSentences"/>.
/// </summary>
public static partial class TariffExtractor
{
    /// <summary>The kept rates the sentence states on their goods, under the item's last measure's imposer and origin; null when it
    /// states none.</summary>
    private static List<TariffMeasure>? RatesKept(string s, string imposer, string target, string? date)
    {
        var rates = RateParser.Find(s);
        if (rates.Count == 0) return null;
        var masked = MaskRates(s, rates);
        var pairs = new List<(Group Goods, Group Rate)>();
        if (RateKeptPattern().Match(masked) is { Success: true } one) pairs.Add((one.Groups["g"], one.Groups["r"]));
        else if (RatesKeptPattern().Match(masked) is { Success: true } several)
            foreach (Match p in KeptPair().Matches(masked, several.Groups["list"].Index))
            {
                if (p.Index >= several.Groups["list"].Index + several.Groups["list"].Length) break;
                pairs.Add((p.Groups["g"], p.Groups["r"]));
            }
        List<TariffMeasure>? result = null;
        foreach (var (goods, rateAt) in pairs)
        {
            if (NoGoodsSubject().IsMatch(goods.ValueSpan) || NotKeptGoods().IsMatch(goods.ValueSpan)) continue;
            var products = Products(goods.Value, []);
            if (products.Count == 0 || IsGeneric(products)) continue;
            var rate = rates.First(r => r.Start == rateAt.Index);
            (result ??= []).Add(new TariffMeasure(imposer, target, rate.Value, rate.Unit, products, TariffActions.Imposed, date, s));
        }
        return result;
    }

    /// <summary>"The rate on|for X remains|stays [unchanged] at #": one kept rate.</summary>
    [GeneratedRegex(@"^\s*(?:The|Its|Their)\s+(?:(?:current|existing|present|applied|general|higher|lower)\s+)?rate\s+(?:on|for)\s+(?:imports\s+of\s+)?(?<g>[^,;:#()]{2,60}?)\s+(?:(?:will|would)\s+)?(?:still\s+)?(?:remains?|stays?)\s+(?:unchanged\s+)?at\s+(?<r>#+)(?=\s*(?:[,;.]|$|until\b|for\b|from\b|in\b|under\b))", RegexOptions.IgnoreCase)]
    private static partial Regex RateKeptPattern();

    /// <summary>"The [higher] rates {list} remain unchanged | in force | in place", "… stay in place": several kept rates.</summary>
    [GeneratedRegex(@"^\s*(?:The|Its|Their)\s+(?:(?:current|existing|present|applied|general|higher|lower)\s+)?rates\s+(?<list>(?:of|on|for)\s+[^;:()]{4,160}?),?\s+(?:(?:will|would)\s+)?(?:still\s+)?(?:remain|stay)\s+(?:unchanged|in\s+(?:force|place|effect))\b", RegexOptions.IgnoreCase)]
    private static partial Regex RatesKeptPattern();

    /// <summary>One goods-and-rate pair of a kept list: "of # on X", "on X, of #", "on X, at #".</summary>
    [GeneratedRegex(@"\G(?:\s*,?\s*(?:and\s+)?)(?:(?:of\s+)?(?<r>#+)\s+(?:on|for)\s+(?<g>[^,;#()]{2,60}?)(?=\s*(?:,|\band\b|$|\s(?:remain|stay)))|(?:on|for)\s+(?<g>[^,;#()]{2,60}?),?\s+(?:of|at)\s+(?<r>#+))", RegexOptions.IgnoreCase)]
    private static partial Regex KeptPair();

    /// <summary>What a rate "on" names that is no goods: money lent or saved, prices, people.</summary>
    [GeneratedRegex(@"\b(?:loans?|mortgages?|deposits?|savings|borrow\w*|lend\w*|credit|bonds?|interest|inflation|unemployment|taxpayers?|income|salar(?:y|ies)|wages?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotKeptGoods();
}
