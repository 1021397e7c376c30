using System.Text.RegularExpressions;
using Watcher.Core.Entities;

namespace Watcher.Core.Facts;

/// <summary>
/// A measure stated over two sentences: "Chile imposed duties on grinding balls from China. The duties range from 24.9% to
/// 33.5%." (the second sentence's rate is on the first one's target); "India imposed a 30% tariff on peas. The duty applies
/// to peas from all origins." (the second sentence widens the first one's measure to every origin).
/// </summary>
public static partial class TariffExtractor
{
    /// <summary>The sentence opens by referring back to a measure: "The duties …", "The new tariff …", "The rate …", "It …".</summary>
    private static bool RefersBack(string s) => RefersBackStart().IsMatch(s);

    /// <summary>The target of a sentence that announces a measure without a rate: the country in its product phrase
    /// ("new duties on Chinese steel") or the one its goods come from ("duties on grinding balls from China").</summary>
    private static string? MentionedTarget(string s, string imposer)
    {
        var m = MeasuresOn().Match(s);
        if (!m.Success || AllOrigins().IsMatch(s) || SafeguardOrMfn().IsMatch(s)) return null;
        // "… to help the sector cope with the impact of US tariffs": a country right before a tariff word owns that tariff; it is no origin
        var mentions = Parties(s).Where(x => x.Entity.Kind != EntityKind.Leader && x.CountryId != imposer && !OwnsTariffAfter().IsMatch(s.AsSpan(x.End))).ToList();
        var p = m.Groups["p"];
        return mentions.FirstOrDefault(x => x.Start >= p.Index && x.End <= p.Index + p.Length)?.CountryId
            ?? FromCountry(s, mentions, imposer);
    }

    /// <summary>The goods and origins of a sentence that announces a measure, or an investigation, without naming who imposes it.</summary>
    private static (IReadOnlyList<string> Products, List<string> Targets)? UnnamedAnnouncement(string s)
    {
        var mentions = Parties(s).Where(x => x.Entity.Kind != EntityKind.Leader).ToList();
        var m = MeasuresOn().Match(s);
        if (m.Success && ImposingVerb().IsMatch(s.AsSpan(..m.Groups["p"].Index)) && MentionedProducts(s) is { Count: > 0 } products)
        {
            var p = m.Groups["p"];
            var targets = mentions.Where(x => x.Start >= p.Index && (x.End <= p.Index + p.Length || FromCountry(s, [x], null) is not null))
                .Select(x => x.CountryId).Distinct().ToList();
            // "originating in the People's Republic of China and Japan": the countries joined to an origin are origins too
            if (targets.Count > 0) targets.AddRange(CoordinatedTargets(s, mentions, targets[0], "").Where(c => !targets.Contains(c)).ToList());
            return targets.Count > 0 ? (products, targets) : null;
        }
        if (!DumpingContext().IsMatch(s)) return null;
        var o = ImportsOfOrigin().Match(s);
        if (!o.Success) return null;
        var phrase = o.Groups["p"].Value;
        // "a determination of dumping in respect of certain steel wire rod originating in …": the goods follow the last word that
        // says what the determination is about
        if (AboutGoods().Matches(phrase) is { Count: > 0 } about) phrase = phrase[(about[^1].Index + about[^1].Length)..];
        // "precision pipe and tube steel exported to Australia from …": the goods end where a product phrase would
        if (Terminator().Match(phrase) is { Success: true, Index: > 0 } stop) phrase = phrase[..stop.Index];
        var goods = Products(phrase, []).Where(x => IsProductWord(x.Split(' ')[^1])).ToList();
        var origin = mentions.FirstOrDefault(x => x.Start == o.Index + o.Length);
        if (goods.Count == 0 || origin is null) return null;
        // "… from the People's Republic of China and the Republic of Korea": every origin joined to the first
        List<string> origins = [origin.CountryId];
        origins.AddRange(CoordinatedTargets(s, mentions, origin.CountryId, "").Where(c => !origins.Contains(c)).ToList());
        return (goods, origins);
    }

    /// <summary>A sentence between an announcement and its rates that names no country and no duty ("The investigation authority
    /// determined that the imported products were dumped.") keeps the announcement's target.</summary>
    private static bool KeepsContext(string s) => !TariffWord().IsMatch(s) && Parties(s).Count == 0;

    [GeneratedRegex(@"(?:\b(?:into|of|respecting|concerning|regarding)\s+(?:imports\s+of\s+)?|\bimports\s+of\s+|\bimported\s+)(?<p>[A-Za-z][\w ,-]{1,60}?)\s+(?:originating\s+(?:in|from)(?:\s+or\s+exported\s+from)?|imported\s+from|from)\s+(?:the\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex ImportsOfOrigin();

    [GeneratedRegex(@"\b(?:respecting|concerning|regarding|in\s+respect\s+of|imports\s+of)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex AboutGoods();

    [GeneratedRegex(@"\b(?:anti-?dumping|dumped|dumping|countervailing|subsidi[sz]ed|anti-subsidy|safeguard)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DumpingContext();

    /// <summary>"The duty applies to peas from all origins": a sentence that refers back, states no rate and says the measure
    /// is on every origin makes the previous sentence's measures every-origin ones.</summary>
    private static bool WidensToEveryOrigin(string s) =>
        RefersBack(s) && RateParser.Find(s).Count == 0 && AllOrigins().IsMatch(s);

    private static void WidenToEveryOrigin(List<TariffMeasure> result, string evidence)
    {
        for (var i = result.Count - 1; i >= 0; i--)
        {
            if (result[i].Evidence != evidence) continue;
            var widened = result[i] with { Target = "*" };
            if (result.Any(o => o != result[i] && o.Evidence == evidence && o.Target == "*" && o.Rate == widened.Rate && o.Imposer == widened.Imposer)) result.RemoveAt(i);
            else result[i] = widened;
        }
    }

    /// <summary>A line of a release's list after a sentence that announced measures on a target without rates:
    /// "- steel products: 25%", "• Aluminium — 10 per cent".</summary>
    private static TariffMeasure? ListedRate(string line, string imposer, string target, string? date)
    {
        var m = ListLine().Match(line);
        if (!m.Success) return null;
        var rates = RateParser.Find(m.Groups["r"].Value);
        if (rates is not [var rate]) return null;
        var products = Products(m.Groups["p"].Value, []);
        return products.Count == 0 ? null : new TariffMeasure(imposer, target, rate.Value, rate.Unit, products, TariffActions.Imposed, date, line);
    }

    /// <summary>A sentence that opens a list of rates line by line: it ends with a colon and names a tariff ("the following
    /// import duties apply …:"), or, once the item has named one, its rates ("The new rates … are as follows:").</summary>
    private static bool OpensRateList(string s, bool tariffNamed)
    {
        var t = s.TrimEnd();
        return t.EndsWith(':') && (TariffWord().IsMatch(t) || (tariffNamed && RatesWord().IsMatch(t)));
    }

    [GeneratedRegex(@"\brates?\b", RegexOptions.IgnoreCase)]
    private static partial Regex RatesWord();

    [GeneratedRegex(@"^\s*(?:[-•*–—]\s*)?(?<p>[A-Za-z][\w ,&/'’-]{1,60}?)\s*(?::|\s[–—-])\s*(?<r>(?:up\s+to\s+)?[\d.,]+\s*(?:%|per[\s-]?cent|percent|pct))\.?\s*(?:\((?:previously|was|from|formerly|up\s+from|down\s+from|currently)\s+[^()]{1,30}\)\s*\.?\s*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ListLine();

    [GeneratedRegex(@"^(?:the|this|that|these|those|such)\s+(?:new\s+|provisional\s+|definitive\s+|final\s+|additional\s+|extra\s+|higher\s+|proposed\s+|planned\s+|anti-?dumping\s+|countervailing\s+|safeguard\s+|import\s+|retaliatory\s+)*(?:tariffs?|dut(?:y|ies)|levy|levies|surtax(?:es)?|surcharges?|(?:import|customs|export)\s+tax(?:es)?|rates?|measures?)\b|^(?:it|they)\s+(?:will|would|is|are|applies|apply|range|ranges|takes?|comes?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RefersBackStart();

    /// <summary>"US tariffs", "China's duties": a tariff word right after a country's name.</summary>
    [GeneratedRegex(@"^(?:['’]s)?\s+(?:tariffs?|dut(?:y|ies)|levy|levies|surtax(?:es)?|surcharges?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnsTariffAfter();

    /// <summary>"The rate will be 15 percent." after a sentence that announced a measure: "rate" stands for its tariff word; so does
    /// "[…announced new import tax rates on fruits.] Accordingly, the tax rate on durians is cut …" (a lead-in blanked before it),
    /// not a tax rate on income, profits, wages or property, on services or payments ("the tax rate on digital advertising"), or on
    /// what a domestic tax is charged on (fuel, alcohol, tobacco, sales: an excise or VAT, not the announced import tax). (One of
    /// the domestic-tax lists, kept apart on purpose: see DomesticCharges.)</summary>
    [GeneratedRegex(@"^\s*(?:the|its)\s+(?:new\s+|tariff\s+|duty\s+|tax\s+(?!rates?\s+(?:on|for)\s+(?:[\w'’-]+\s+){0,3}?(?:income|incomes|profits?|earnings|wages|salar(?:y|ies)|dividends|property|land|capital\s+gains|services?|digital|advertising|online|streaming|transfers?|transactions?|remittances|payments?|interest|deposits?|savings|betting|gambling|fuels?|petrol|gasoline|diesel|electricity|alcohol|tobacco|cigarettes?|vat|gst|sales|consumption)\b))?rates?\b", RegexOptions.IgnoreCase)]
    private static partial Regex RateRefersBack();
}
