using System.Text.RegularExpressions;
using Watcher.Core.Entities;

namespace Watcher.Core.Facts;

/// <summary>
/// Goods in the main clause, the duty in a subordinate one (session 24, extract44). English often says what a tariff does to the
/// price of goods first and names the duty after "as", "after", "with" or "once", without the goods again: "Barbecue grills from
/// China will cost more in Europe after the Commission imposed duties of up to 74.6%", "Hearing aids get cheaper as duty is cut to
/// 5%", "Smokers will pay more for cigarettes after customs doubled the duty to 100 percent", "Households could save on solar panels
/// once the 10% duty goes". The rate the duty clause writes is on the goods the main clause names:
/// <list type="bullet">
/// <item>the subject of "cost more / less", "get / become cheaper, costlier, dearer, pricier, more expensive" — with or without an
/// auxiliary ("Hearing aids get cheaper as …", "Sanitary pads and diapers are expected to become cheaper …");</item>
/// <item>the object of "pay more / less / extra for" and "save on" (the subject is the payer: "Shoppers", "Consumers", "Smokers").</item>
/// </list>
/// Never a people word, a price, a service or a utility ("consumers pay more after the electricity tariff rose", "fans pay more for
/// tickets", "prices to cost more"), and only when a duty clause follows the main clause. The goods replace the measure's goods when it
/// has only "goods", or when the duty clause points back to them ("on the herbicide", "on the products") instead of naming them.
/// </summary>
public static partial class TariffExtractor
{
    /// <summary>The goods a sentence's main clause names when its duty clause follows (see the type's summary); null when the
    /// sentence has no such shape or names no goods there.</summary>
    internal static List<string>? MainClauseGoods(string s)
    {
        var m = PriceMovesSubject().Match(s);
        if (!m.Success) m = PaysForObject().Match(s);
        if (!m.Success) return null;
        // the duty clause follows the main clause: "…, after the Commission imposed duties of 74.6%" ("Phone bills will cost more" and
        // no duty after it: nothing to attach)
        if (!DutyClauseAfter().IsMatch(s, m.Index + m.Length)) return null;
        var goods = m.Groups["g"].Value;
        if (NoGoodsSubject().IsMatch(goods) || NoPricedGoods().IsMatch(goods) || PeopleOrUse().IsMatch(goods)) return null;
        // "Barbecue grills from China": the origin is the measure's target, not part of the goods
        return SubjectGoods(OriginTail().Replace(goods, string.Empty));
    }

    [GeneratedRegex(@"\s+(?:imported\s+)?(?:from|made\s+in|originating\s+in)\s+.*$")]
    private static partial Regex OriginTail();

    /// <summary>A measure whose duty clause points back to goods ("on the herbicide", "on the products", "on these items") takes the
    /// goods its main clause names (<see cref="MainClauseGoods"/>): "Tillage farmers could pay more for glyphosate after the Commission
    /// imposed provisional duties of up to 47.3% on the herbicide from China".</summary>
    private static bool PointsBackToMainClause(TariffMeasure m, string s) =>
        m.Products.Count == 1 && Regex.IsMatch(s, @"\b(?:the|these|those|such)\s+(?:imported\s+)?" + Regex.Escape(m.Products[0]) + @"\b", RegexOptions.IgnoreCase);

    /// <summary>Goods read as the payer of "pay more for": "Shoppers", "Consumers in Fiji".</summary>
    private static bool PayersAsGoods(IReadOnlyList<string> products) =>
        products.Count > 0 && products.All(p => PeopleOrUse().IsMatch(p) || NoGoodsSubject().IsMatch(p));

    /// <summary>"X will cost more", "X to cost more", "X get cheaper", "X are expected to become cheaper", "X could soon become
    /// costlier": up to six words of subject at the sentence's start (after a dateline), an optional auxiliary, and the price verb.</summary>
    [GeneratedRegex(@"^\s*(?:[A-Z][A-Z .]+:\s+)?(?:[-•*–]\s*)?(?<g>[A-Z][\w'’-]*(?:(?:\s+|\s*,\s*)(?!(?:will|would|to|are|is|could|may|might|set|get|gets|cost|costs|become|becomes|expected|likely)\b)[\w'’-]+){0,6}?)\s+(?:(?:will|would|could|may|might|to|are|is|set\s+to|expected\s+to|likely\s+to|soon|now|also|set|going\s+to)\s+)*(?:(?:cost|costs)\s+(?:much\s+|a\s+lot\s+|slightly\s+)?(?:more|less)|(?:get|gets|become|becomes|be|go|goes|turn|grow)\s+(?:much\s+|slightly\s+|a\s+little\s+|a\s+lot\s+)?(?:cheaper|costlier|dearer|pricier|more\s+expensive|less\s+expensive|more\s+costly|less\s+costly))\b")]
    private static partial Regex PriceMovesSubject();

    /// <summary>"pay more for X", "paying less for X", "pay extra for X", "save on X": X up to six words, ending before the clause's
    /// next word ("after", "as", "from", "next", a comma).</summary>
    [GeneratedRegex(@"\b(?:(?:pay|pays|paying|spend|spends|spending)\s+(?:much\s+|a\s+lot\s+|slightly\s+)?(?:more|less|extra)\s+(?:for|on)|save\s+on|saving\s+on)\s+(?:imported\s+)?(?<g>[\w'’-]+(?:\s+(?!(?:after|as|once|when|from|next|this|following|because|since|under|if|with|in|at|by|until|over)\b)[\w'’-]+){0,5}?)(?=\s*(?:,|\.|$|\s(?:after|as|once|when|from|next|this|following|because|since|under|if|with|in|at|by|until|over)\b))")]
    private static partial Regex PaysForObject();

    /// <summary>The duty clause after the main clause: "as / after / with / once / when / following / because / since / now that"
    /// and, within the clause, a duty word (not "a duty of care", "the duty roster").</summary>
    [GeneratedRegex(@"\G[^.;]{0,60}?\b(?:as|after|with|once|when|following|because|since|now\s+that|under)\b[^;]{0,120}?\b(?:dut(?:y|ies)|tariffs?|lev(?:y|ies)|BCD|surcharges?)\b(?!\s+(?:of\s+care|roster|rosters|officers?|hours|free)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex DutyClauseAfter();

    /// <summary>Words of people or of a use that are no goods a duty is on: "shoppers", "families", "motorists", "patients", "fans",
    /// "care", "their", "the same".</summary>
    [GeneratedRegex(@"\b(?:shoppers?|famil(?:y|ies)|motorists?|drivers?|patients?|fans?|people|residents?|citizens?|users?|travellers?|travelers?|passengers?|smokers?|drinkers?|parents?|students?|care|their|his|her|our|your|same|all|everything|anything|nothing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PeopleOrUse();
}
