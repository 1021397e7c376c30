using System.Text.RegularExpressions;

namespace Watcher.Core.Facts;

/// <summary>
/// Goods as the subject of a charge (session 18, extract30): "Chinese steel faces 25% duty", "Canadian lumber to be hit with 14% levy",
/// "Avocados will face an additional 30 percent, tractors 20 percent and resins 15 percent", "Polyester staple fibre, an input for the
/// textile industry, will pay 25%", "Salt for industrial use will continue to enter at 3 percent", "Walnuts in shell will attract 120
/// per cent". The goods are the clause's subject, the verb charges them (face, attract, pay, carry, bear, enter at, be hit with, be
/// charged at, be subject to), the rate follows within a few words of modifiers, and either a tariff word follows the rate or the item
/// has named a tariff before and the rate ends its clause ("20% more buyers" is no rate of a duty). Further "goods rate" pairs after the
/// first ("…, robot vacuums 20%, and their batteries 15%") are measures of the same sentence. The imposer is the one the item carries
/// (the last measure's, the item's, its home); the target the origins the subject names ("Chinese steel"), else the one carried, else
/// every origin. Subjects that are people, firms, prices, shares, flows or the duty itself read nothing.
/// </summary>
public static partial class TariffExtractor
{
    private static List<TariffMeasure>? GoodsSubjectRates(string s, bool tariffNamed, string? imposer, string? carriedTarget, string? date,
        IReadOnlyList<string>? lastProducts, bool carried)
    {
        if (imposer is null || s.AsSpan().IndexOfAnyInRange('0', '9') < 0 && !s.Contains("per cent", StringComparison.OrdinalIgnoreCase)) return null;
        var clause = ChargedGoods().Match(s);
        if (!clause.Success) return null;
        // (session 28, extract50) "Imports of superphosphate continue to pay 6.5%": the goods the imports are of
        var subject = ImportsOf().Replace(clause.Groups["subj"].Value, "");
        // ("VAT on bread remains at 16%": a domestic tax as the subject is no goods)
        if (NoGoodsSubject().IsMatch(subject) || DomesticTaxAfter().IsMatch(subject)) return null;
        var rates = RateParser.Find(s);
        var verbEnd = clause.Index + clause.Length;
        var first = rates.FindIndex(r => r.Start >= verbEnd);
        if (first < 0 || !RateModifiers().IsMatch(s.AsSpan(verbEnd..rates[first].Start))) return null;
        var after = s[rates[first].End..];
        // (session 19, extract31) "Phenol from China to face anti-dumping duties of up to 14.41%": the duty named before its rate is the
        // clause's tariff word as much as one after it
        var tariffAfter = TariffAfterRate().IsMatch(after) || DutyBeforeRate().IsMatch(s.AsSpan(verbEnd..rates[first].Start));
        // (without a tariff word of its own, only where the item's measure is still the subject: "[Canada imposed a 25% surtax on Chinese
        // steel.] [Mexico's tariffs on Chinese goods are higher.] Chinese aluminium faces 35%" ended it; an item with no measure yet has
        // none to end)
        if (!tariffAfter && !(tariffNamed && carried && RateEndsClause().IsMatch(after))) return null;
        // (review fix18x) "Beer will attract a 15% excise duty", "Small cars will attract 28% GST": a domestic tax is no customs duty; "British
        // steel faced 25% until June": the rate before the measure; "Ontario will face a 25% tariff on its auto exports": the subject
        // owns the goods the tariff is on, it is none
        if (DomesticTaxAfter().IsMatch(s.AsSpan(verbEnd..)) || (PastCharge().IsMatch(s.AsSpan(clause.Index..verbEnd)) && OldState().IsMatch(s))
            || OnOwnGoods().IsMatch(after)) return null;
        var mentions = Parties(subject);
        // "Texas Instruments faces …", "Hubei Guangji Pharmaceutical faces …": a capitalised word after the first that names no country
        // is a firm's or a person's name, not goods
        if (NamedSubject(subject, mentions)) return null;
        var named = mentions.Select(m => m.CountryId).Where(c => c != imposer).Distinct().ToList();
        if (mentions.Count > 0 && named.Count == 0) return null; // "Mexico's avocados": the imposer's own goods
        var goods = Products(subject, mentions.Select(m => subject[m.Start..m.End]));
        if (goods.Count == 0 || IsGeneric(goods)) return null;
        // (review fix18x) "[Kenya raised the import duty on furniture.] Beer will attract 15%": beer, wine, tobacco and fuel charged
        // without an import word are the country's excise
        if (goods.All(IsExciseGood) && !ImportCue().IsMatch(s)) return null;
        // "[… duty on imports of enamelled copper wire from China.] Chinese wire will pay 19.6%": goods the measure before named in full
        if (lastProducts is { Count: > 0 } && !IsGeneric(lastProducts) && goods.All(g => lastProducts.Any(p => p.Length > g.Length
                && p.EndsWith(" " + g, StringComparison.OrdinalIgnoreCase))))
            goods = [.. lastProducts];
        var targets = named.Count > 0 ? named : [carriedTarget is { } t && t != imposer ? t : "*"];
        var action = Action(s.ToLowerInvariant());
        var result = new List<TariffMeasure>();
        foreach (var target in targets) result.Add(new TariffMeasure(imposer, target, rates[first].Value, rates[first].Unit, goods, action, date, s));
        // "…, robot vacuums 20%, and their batteries 15%": each further goods-and-rate pair of the same clause
        // (session 34, extract68) "… will pay 6% instead of 12%; electric kettles 4%": a pair after the rate the one before replaces, or
        // after a semicolon (TariffExtractor.GoodsConjunct.cs)
        var paired = first;
        for (var k = first + 1; k < rates.Count; k++)
        {
            if (ReplacedRateLead().IsMatch(s.AsSpan(rates[k - 1].End..rates[k].Start))) continue;
            var gap = ElidedGoods().Match(s[rates[paired].End..rates[k].Start]) is { Success: true } elided ? elided.Groups["g"]
                : ConjunctLead(s, rates[paired].End, rates[k]) is { Success: true } conjunct ? conjunct.Groups["p"] : null;
            if (gap is null) break;
            paired = k;
            var more = Products(gap.Value, []);
            if (more.Count == 0 || IsGeneric(more)) break;
            foreach (var target in targets) result.Add(new TariffMeasure(imposer, target, rates[k].Value, rates[k].Unit, more, action, date, s));
        }
        return result;
    }

    /// <summary>A subject's opening "Imports of", "Shipments of", "Purchases of" before the goods it names.</summary>
    [GeneratedRegex(@"^(?:imports|shipments|purchases)\s+of\s+(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex ImportsOf();

    private static bool NamedSubject(string subject, List<Watcher.Core.Entities.Mention> mentions)
    {
        foreach (Match w in CapitalisedWord().Matches(subject))
            if (w.Index > 0 && !mentions.Any(m => w.Index >= m.Start && w.Index < m.End)) return true;
        return false;
    }

    /// <summary>A domestic tax after the charging verb: "excise", "VAT", "GST", "sales tax", "stamp duty", "sugar tax", "cess",
    /// "consumption tax", "luxury tax", "value-added" (one of the domestic-tax lists, kept apart on purpose: see DomesticCharges).</summary>
    [GeneratedRegex(@"\b(?:excise|VAT|GST|HST|sales\s+tax(?:es)?|stamp\s+dut(?:y|ies)|sugar\s+(?:tax|levy)|cess|consumption\s+tax|luxury\s+tax|sin\s+tax|value[-\s]added)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DomesticTaxAfter();

    /// <summary>A charging verb in the past: "faced", "had faced", "previously faced".</summary>
    [GeneratedRegex(@"\bfaced$", RegexOptions.IgnoreCase)]
    private static partial Regex PastCharge();

    /// <summary>Words of a state that has ended: "until June", "before the budget", "previously", "formerly", "had", "used to",
    /// "prior to", "earlier".</summary>
    [GeneratedRegex(@"\b(?:until|till|before|previously|formerly|earlier|had|used\s+to|prior\s+to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OldState();

    /// <summary>The charge is on the subject's own goods: "25% tariff on its auto exports", "30% on their shipments".</summary>
    [GeneratedRegex(@"^\s*(?:[\w-]+\s+){0,3}?on\s+(?:its|their|his|her)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnOwnGoods();

    [GeneratedRegex(@"\b\p{Lu}[\w'’-]*")]
    private static partial Regex CapitalisedWord();

    /// <summary>A clause whose subject is goods and whose verb charges them: "Air fryers from outside free trade partners will face",
    /// "Canadian lumber to be hit with", "Polyester staple fibre, an input for the textile industry, will pay", "Sofas will now attract",
    /// "Salt for industrial use, including …, will continue to enter at", "Chinese tyres hit with", "Imported rice will be charged at";
    /// (session 24, extract44) a rate in force beside a change: "Imported potatoes remain subject to 10 percent", "Other lithium-ion
    /// batteries, including those for vehicles, remain subject to a customs duty of 15 per cent", "chicken will continue to be imported
    /// at 30 percent"; (session 28, extract50) goods that stay at a rate with no tariff word after it, where the item's measure is still
    /// the subject: "[… raises the duty on frozen catfish to 30 percent.] Fresh tilapia remains at 10 percent", "Balers stay at 2%".</summary>
    [GeneratedRegex(@"^(?<subj>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,7}?)(?:,[^,.;]{1,60},)?\s+(?:(?:will|would|shall|must|to|are\s+set\s+to|is\s+set\s+to|now|also|still|continue\s+to|will\s+continue\s+to)\s+)*(?:face[sd]?|facing|attracts?|pays?|carry|carries|bears?|enters?\s+at|(?:be|are|is|being|get|gets)\s+(?:hit|slapped|charged|taxed|levied|dutiable)\s+(?:with|at)|(?:be|are|is)\s+charged(?=\s+(?:an?\s+|the\s+)?(?:customs\s+|import\s+)?(?:dut(?:y|ies)\s+of\b|\d))|(?:hit|slapped)\s+with|(?:be|are|is)\s+subject\s+to|remains?\s+subject\s+to|(?:be|are|is)\s+imported\s+at|(?:remains?|stays?|remain|stay)\s+(?:unchanged\s+)?at)\b")]
    private static partial Regex ChargedGoods();

    /// <summary>Figures a clause's subject may be that are no goods and get no duty: shares, sales, prices, growth, output, profits,
    /// margins, yields, an index. One list for the subject of a charge (<see cref="NoGoodsSubject"/>) and of a later clause's own rate
    /// (<see cref="ClauseOwnRate"/>). Two lists of such words stay apart, asking another question: <c>NotRateList</c> (Discourse.cs)
    /// reads a whole sentence, verbs of movement ("rose", "fell") and domestic taxes included, to say its bracketed figures are no
    /// duties; <c>OtherRate</c> (Patterns.cs) reads the words right before a rate for a rate that names another one ("the jobless
    /// rate", "the VAT rate"), where "sales" would wrongly take in "sales of goods at a rate".</summary>
    private const string FigureWords = @"shares?|sales|prices?|inflation|growth|output|profits?|revenues?|margins?|yields?|index";

    /// <summary>A subject that is no goods: people, firms, <see cref="FigureWords"/>, (session 28) unemployment, a deficit or debt (kept out of
    /// FigureWords: a later clause's own rate reads them apart, Parties.cs), stocks and costs, flows, a pronoun, or the duty itself.</summary>
    [GeneratedRegex(@"\b(?:importers?|exporters?|consumers?|buyers?|sellers?|producers?|manufacturers?|makers?|firms?|compan(?:y|ies)|" + FigureWords + @"|unemployment|deficits?|debts?|stocks?|costs?|households?|customers?|retailers?|traders?|investors?|farmers?|growers?|workers?|it|they|this|that|these|those|we|he|she|you|shipments?|exports?|imports?|rates?|tariffs?|dut(?:y|ies)|levy|levies|surcharges?|bills?|fees?|fares?|tickets?|rents?|wages?|bonds?|currency|market|economy|country|government|ministry|region|province|state|said|says|told|expects?|warned|argued)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoGoodsSubject();

    /// <summary>What may stand between the charging verb and the rate: "an additional", "a new", "a flat", "more,", "up to", "a duty
    /// of", "between".</summary>
    [GeneratedRegex(@"^[\s,]*(?:(?:an?|the)\s+)?(?:(?:additional|extra|new|flat|higher|lower|reduced|combined|total|special|regulatory|import|customs|basic|more|only|just|up\s+to|as\s+much\s+as|between|of|(?:an?\s+)?(?:(?:provisional|definitive|anti-?dumping|countervailing|safeguard)\s+)*(?:dut(?:y|ies)|tariffs?|lev(?:y|ies)|rates?)\s+of)[\s,]*)*$", RegexOptions.IgnoreCase)]
    private static partial Regex RateModifiers();

    /// <summary>A duty named between the charging verb and its rate: "anti-dumping duties of up to", "a duty of", "safeguard tariffs of"
    /// (not "a rate of": a rate alone is no duty).</summary>
    [GeneratedRegex(@"\b(?:duty|duties|tariffs?|levy|levies)\s+of\b", RegexOptions.IgnoreCase)]
    private static partial Regex DutyBeforeRate();

    /// <summary>A tariff word right after the rate: "25% duty", "14% levy", "15 percent import tariff", "30% anti-dumping duties".</summary>
    [GeneratedRegex(@"^\s*(?:[\w-]+\s+){0,2}?(?:tariffs?|dut(?:y|ies)|levy|levies|surtax(?:es)?|surcharges?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TariffAfterRate();

    /// <summary>A rate that ends its clause: the sentence's end, a comma, "instead of", "up from", "from June", "in the third year", "ad
    /// valorem" (not "20% more buyers", "5% of demand").</summary>
    [GeneratedRegex(@"^\s*(?:$|[,.;:)(—–-]|(?:and|or|while|instead|up|down|from|in|until|through|for|ad\s+valorem|on\s+top|with|after|before|starting|effective|when|under|as|compared|against|by|next|this|last|rising|falling)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex RateEndsClause();

    /// <summary>The goods between two rates of one clause: ", robot vacuums ", ", and their batteries ", " and resins ", ", office chairs ".
    /// </summary>
    [GeneratedRegex(@"^\s*,?\s*(?:and\s+)?(?:(?:their|its|the)\s+)?(?<g>(?!(?:of|from|to|than|with|against|by|in|on|at|for|instead|up|down|and|or)\b)[a-z][a-z-]*(?:\s+(?!(?:of|from|to|than|with|against|by|in|on|at|for|instead|up|down|and|or|will|would|is|are|was|were|pay|pays|face|faces)\b)[a-z][a-z-]*){0,3})\s*(?:at\s+)?$")]
    private static partial Regex ElidedGoods();
}
