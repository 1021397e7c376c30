using System.Text.RegularExpressions;
using Watcher.Core.Entities;

namespace Watcher.Core.Facts;

/// <summary>
/// A rate in force, stated as staying what it is (session 26, extract48): the duty as the subject of "remains / stays at", "continues to
/// apply", "is unchanged at", "will be retained" ("Import duty on liquid soap remains at 25 percent", "the 10 percent customs duty on
/// toothbrushes continues to apply", "Wheat import duty stays at 10pc"), goods that "remain at N% duty" ("Paraffin wax, the main input,
/// remains at 5% duty"), and the people or goods of an origin that still face a rate ("Indian exporters … continue to face a combined 50
/// per cent tariff on their goods in the US market", "Other Ecuadorian goods will continue to face the 15 percent tariff"). The imposer is
/// the one the sentence names (a possessive, "the US tariff", "in the US market"), else the one the item carries (the last measure's, the
/// item's, its home), as the other readers do; the target the origin the goods phrase or the people name, else the one carried, else every
/// origin. Each form asks for a tariff word (tariff, duty, levy, import or customs tax, surtax, surcharge), so a reader of
/// <see cref="ReadSentences"/> gated on <see cref="SentenceSigns.Duty"/> and <see cref="SentenceSigns.Rate"/> misses nothing of it.
/// Not read: a duty of care, a utility's or a telecom operator's tariff, an excise, stamp duty, GST or VAT, a share, inflation or an
/// interest rate that "remains at 25%", a fine a firm "continues to pay", a rate that "remained" (a past state).
/// </summary>
public static partial class TariffExtractor
{
    private static List<TariffMeasure>? RatesInForce(string s, string? imposer, string? carriedTarget, string? date, bool carried)
    {
        if (!InForceVerb().IsMatch(s)) return null;
        var rates = RateParser.Find(s);
        if (rates.Count == 0) return null;
        var masked = MaskRates(s, rates);
        return DutyStays(s, masked, rates, imposer, carriedTarget, date, carried)
            ?? GoodsDutyStays(s, masked, rates, imposer, carriedTarget, date)
            ?? GoodsStayAtDuty(s, masked, rates, imposer, carriedTarget, date)
            ?? OriginStillFaces(s, masked, rates, imposer, date);
    }

    /// <summary>"Import duty on liquid soap remains at 25 percent", "The import tax on set-top boxes stays at 25%", "the 10 percent customs
    /// duty on toothbrushes continues to apply", "the 513 percent tariff on imports above the quota would stay", "the additional tariff of
    /// 10% will be retained".</summary>
    private static List<TariffMeasure>? DutyStays(string s, string masked, List<RateMention> rates, string? carriedImposer, string? carriedTarget, string? date, bool carried)
    {
        var m = DutyStaysPattern().Match(masked);
        if (!m.Success) return null;
        var word = m.Groups["word"];
        if (DomesticCharges.Names(s, word.Index, word.Length) || DomesticTaxAfter().IsMatch(m.Groups["duty"].Value)) return null;
        var rateGroup = m.Groups["r3"].Success ? m.Groups["r3"] : m.Groups["r2"].Success ? m.Groups["r2"] : m.Groups["r1"];
        if (!rateGroup.Success) return null;
        // "remains", "stays" with no rate after them: only where the duty stays as it is ("would stay.", "remains in force"), not
        // "remains a concern"
        if (!m.Groups["r3"].Success && m.Groups["bare"].Success && !StaysAsItIs().IsMatch(masked[(m.Index + m.Length)..])) return null;
        var goods = m.Groups["goods"];
        // a duty that names no goods: only a trade duty ("the additional tariff of 10%", "the import duty") or the item's measure
        // carried on ("[China will keep …] The tariff remains at 10%"), never a tariff alone in an item about a price
        if (!goods.Success && !TradeDutyWord().IsMatch(m.Groups["duty"].Value) && !carried) return null;
        var mentions = Parties(s);
        var phrase = goods.Success ? (goods.Index, goods.Index + goods.Length) : (m.Index, m.Index);
        var named = mentions.Where(x => x.Start >= phrase.Item1 && x.End <= phrase.Item2 && x.Entity.Kind != EntityKind.Leader).Select(x => x.CountryId).Distinct().ToList();
        var stated = Imposer(s, mentions, [phrase], rateGroup.Index);
        var imposer = stated is not null && !named.Contains(stated) ? stated : carriedImposer;
        if (imposer is null) return null;
        named.Remove(imposer);
        List<string> products = goods.Success ? Products(goods.Value, mentions.Where(x => x.Start >= phrase.Item1 && x.End <= phrase.Item2).Select(x => s[x.Start..x.End])) : [];
        if (products.Count == 0 || products.All(p => NoGoodsSubject().IsMatch(p))) products = ["goods"];
        if (products.All(IsExciseGood) && !ImportCue().IsMatch(s)) return null;
        return Stated(s, rates, rateGroup, products, imposer, named, carriedTarget, date);
    }

    /// <summary>"Wheat import duty stays at 10pc as EAC extends waiver", "… as MDM tariffs stay at 5%, 15%": the goods before the duty
    /// word.</summary>
    private static List<TariffMeasure>? GoodsDutyStays(string s, string masked, List<RateMention> rates, string? imposer, string? carriedTarget, string? date)
    {
        var m = GoodsDutyStaysPattern().Match(masked);
        if (!m.Success || imposer is null) return null;
        var word = m.Groups["word"];
        if (DomesticCharges.Names(s, word.Index, word.Length)) return null;
        var goods = m.Groups["goods"].Value;
        // "US tariffs stay at 10%", "Excise duty stays at 20%", "The import duty stays …": a country, a domestic tax or no goods before it
        if (Parties(goods).Count > 0 || DomesticTaxAfter().IsMatch(goods) || NoGoodsSubject().IsMatch(goods)) return null;
        var products = Products(goods, []).Where(p => IsProductWord(p.Split(' ')[^1])).ToList();
        if (products.Count == 0 || IsGeneric(products) || (products.All(IsExciseGood) && !ImportCue().IsMatch(s))) return null;
        var result = Stated(s, rates, m.Groups["r"], products, imposer, [], carriedTarget, date);
        foreach (Capture more in m.Groups["more"].Captures)
            if (rates.FirstOrDefault(r => r.Start == more.Index) is { End: > 0 } rate)
                result.AddRange(result.Take(1).Select(x => x with { Rate = rate.Value, RateUnit = rate.Unit }).ToList());
        return result;
    }

    /// <summary>"Paraffin wax, the main input, remains at 5% duty": goods that stay at a rate a tariff word follows.</summary>
    private static List<TariffMeasure>? GoodsStayAtDuty(string s, string masked, List<RateMention> rates, string? imposer, string? carriedTarget, string? date)
    {
        var m = GoodsStayAtDutyPattern().Match(masked);
        if (!m.Success || imposer is null) return null;
        var subject = m.Groups["subj"].Value;
        if (NoGoodsSubject().IsMatch(subject) || DomesticTaxAfter().IsMatch(masked[m.Groups["r"].Index..])) return null;
        var mentions = Parties(subject);
        if (NamedSubject(subject, mentions)) return null;
        var named = mentions.Where(x => x.Entity.Kind != EntityKind.Leader).Select(x => x.CountryId).Where(c => c != imposer).Distinct().ToList();
        if (mentions.Count > 0 && named.Count == 0) return null;
        var products = Products(subject, mentions.Select(x => subject[x.Start..x.End]));
        if (products.Count == 0 || IsGeneric(products) || (products.All(IsExciseGood) && !ImportCue().IsMatch(s))) return null;
        return Stated(s, rates, m.Groups["r"], products, imposer, named, carriedTarget, date);
    }

    /// <summary>"Indian exporters of textiles … continue to face a combined 50 per cent tariff on their goods in the US market", "Other
    /// Ecuadorian goods will continue to face the 15 percent tariff": an origin's people or goods that still face a rate. The origin
    /// is the subject's country (required); the imposer the one other country the sentence names, else the one the item carries; the
    /// goods those the people make ("exporters of shrimp"), or every good ("on their goods", "Ecuadorian goods").</summary>
    private static List<TariffMeasure>? OriginStillFaces(string s, string masked, List<RateMention> rates, string? carriedImposer, string? date)
    {
        var m = OriginStillFacesPattern().Match(masked);
        if (!m.Success) return null;
        var subject = m.Groups["subj"];
        var mentions = Parties(s).Where(x => x.Entity.Kind != EntityKind.Leader).ToList();
        var origins = mentions.Where(x => x.Start >= subject.Index && x.End <= subject.Index + subject.Length).Select(x => x.CountryId).Distinct().ToList();
        if (origins.Count != 1) return null;
        var others = mentions.Where(x => x.Start >= m.Groups["r"].Index && x.CountryId != origins[0]).Select(x => x.CountryId).Distinct().ToList();
        var imposer = others.Count == 1 ? others[0] : others.Count == 0 ? carriedImposer : null;
        if (imposer is null || imposer == origins[0]) return null;
        var goods = m.Groups["goods"];
        List<string> products = !goods.Success || m.Groups["own"].Success ? ["goods"] : Products(goods.Value, []);
        if (products.Count == 0) products = ["goods"];
        return Stated(s, rates, m.Groups["r"], products, imposer, origins, null, date);
    }

    /// <summary>The sentence names the goods of a reading: the head word of one of them is in it (generic "goods" names none).</summary>
    private static bool NamesOwnGoods(string s, IReadOnlyList<string> products) =>
        !IsGeneric(products) && products.Any(p => s.Contains(p.Split(' ')[^1], StringComparison.OrdinalIgnoreCase));

    /// <summary>Each reading whose goods the sentence does not name takes the goods of the sentence's own reading at the same rate.</summary>
    private static List<TariffMeasure> WithOwnGoods(List<TariffMeasure> found, List<TariffMeasure> own, string s) =>
        found.Select(f => NamesOwnGoods(s, f.Products) ? f
            : own.FirstOrDefault(o => o.Rate == f.Rate && o.RateUnit == f.RateUnit && !IsGeneric(o.Products)) is { } mine ? f with { Products = mine.Products } : f).ToList();

    private static List<TariffMeasure> Stated(string s, List<RateMention> rates, Group rateGroup, IReadOnlyList<string> products, string imposer,
        List<string> named, string? carriedTarget, string? date)
    {
        var rate = rates.First(r => r.Start == rateGroup.Index);
        var targets = named.Count > 0 ? named : [carriedTarget is { } t && t != imposer ? t : "*"];
        return targets.Select(t => new TariffMeasure(imposer, t, rate.Value, rate.Unit, products, TariffActions.Imposed, date, s)).ToList();
    }

    /// <summary>A verb of staying: remain(s), stay(s), continue(s) to, unchanged, retained, maintained, still.</summary>
    [GeneratedRegex(@"\b(?:remains?|stays?|continues?|unchanged|retained|maintained|still)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InForceVerb();

    /// <summary>The duty, its goods and a verb of staying: "[the] [# ][customs ]duty[ of #] [on X] remains|stays|will remain|continues to
    /// apply|is unchanged|will be retained [at #]".</summary>
    [GeneratedRegex(@"(?<duty>(?<![\w-])(?:(?:the|its|their|this|that|a|an)\s+)?(?:(?<r1>#+)\s+)?(?:(?!(?:on|of|and|or|the|a|an|to)\b)[\w’'-]+\s+){0,3}?(?<word>tariffs?|dut(?:y|ies)|lev(?:y|ies)|(?:import|customs)\s+tax(?:es)?|surtax(?:es)?|surcharges?)(?:\s+rates?)?(?:\s+of\s+(?:up\s+to\s+)?(?<r2>#+))?)(?:\s+on\s+(?<goods>(?:(?!\b(?:remains?|stays?|will|would|shall|continues?|continue|is|are|has|have|was|were)\b)[^,;:.#()])+?))?\s+(?:(?:will|would|shall|should|is\s+set\s+to|are\s+set\s+to)\s+)?(?:still\s+)?(?:(?<bare>remains?|stays?|remain|stay)|continues?\s+to\s+(?:apply|stand|be\s+(?:levied|charged|applied|imposed|collected|in\s+force))|continue\s+to\s+(?:apply|stand|be\s+(?:levied|charged|applied|imposed|collected|in\s+force))|(?:is|are|be|been|has\s+been|have\s+been)\s+(?:unchanged|retained|maintained|kept))\b(?:\s+(?:unchanged\s+)?at\s+(?<r3>#+))?", RegexOptions.IgnoreCase)]
    private static partial Regex DutyStaysPattern();

    /// <summary>What may follow "remains"/"stays" with no rate after it, where the duty stays as it is: the clause's end, "in force",
    /// "in place", "unchanged", "until …".</summary>
    [GeneratedRegex(@"^\s*(?:$|[.,;:)—–]|(?:in\s+(?:force|place|effect)|unchanged|intact|until|through|for\s+now|as\s+(?:it\s+is|before))\b)", RegexOptions.IgnoreCase)]
    private static partial Regex StaysAsItIs();

    /// <summary>A duty that is a trade measure by its own words: import, customs, additional, reciprocal, retaliatory, anti-dumping,
    /// countervailing, safeguard, punitive, MFN, out-of-quota, in-quota.</summary>
    [GeneratedRegex(@"\b(?:import|customs|additional|reciprocal|retaliatory|anti-?dumping|countervailing|safeguard|punitive|MFN|out-of-quota|in-quota|border)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TradeDutyWord();

    /// <summary>Goods before the duty word, at the sentence's start or after "as"/"while"/"but": "Wheat import duty stays at #", "MDM
    /// tariffs stay at #, #".</summary>
    [GeneratedRegex(@"(?:^|\b(?:as|while|whereas|but)\s+)(?<goods>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}?)\s+(?:import\s+|customs\s+)?(?<word>tariffs?|dut(?:y|ies)|levy|levies)\s+(?:(?:will|would)\s+)?(?:remains?|stays?|remain|stay)\s+(?:unchanged\s+)?at\s+(?<r>#+)(?:\s*(?:,|and|or)\s*(?<more>#+))*")]
    private static partial Regex GoodsDutyStaysPattern();

    /// <summary>Goods that stay at a rate a tariff word follows: "Paraffin wax, the main input, remains at # duty".</summary>
    [GeneratedRegex(@"^(?<subj>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5}?)(?:,[^,.;#]{1,60},)?\s+(?:(?:will|would)\s+)?(?:remains?|stays?|remain|stay)\s+(?:unchanged\s+)?at\s+(?<r>#+)\s+(?:[\w-]+\s+){0,2}?(?:tariffs?|dut(?:y|ies)|levy|levies)\b")]
    private static partial Regex GoodsStayAtDutyPattern();

    /// <summary>An origin's people or goods that still face a rate with a tariff word after it: "Indian exporters of X continue to face a
    /// combined # tariff on their goods", "Other Ecuadorian goods will continue to face the # tariff", "Thai shippers still pay # duty".
    /// </summary>
    [GeneratedRegex(@"(?<subj>(?<![\w-])(?:[\w'’-]+\s+){0,2}?(?:exporters|producers|shippers|manufacturers|makers|firms|companies|goods|exports|products|shipments))(?:\s+of\s+(?<goods>[^;:#()]{2,100}?))?\s+(?:(?:will|would)\s+)?(?:still\s+|continue\s+to\s+|continues\s+to\s+)+(?:face|pay|attract|bear)\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}?(?<r>#+)\s+(?:[\w-]+\s+){0,2}?(?:tariffs?|dut(?:y|ies)|levy|levies)\b(?:\s+on\s+(?<own>(?:their|its)\s+(?:goods|exports|products|shipments)))?")]
    private static partial Regex OriginStillFacesPattern();

    /// <summary>The sentence with every rate a run of '#', offsets kept: a pattern over it reads the sentence's grammar, not its
    /// figures.</summary>
    private static string MaskRates(string s, List<RateMention> rates)
    {
        var chars = s.ToCharArray();
        foreach (var r in rates)
            for (var i = r.Start; i < r.End; i++) chars[i] = '#';
        return new string(chars);
    }
}
