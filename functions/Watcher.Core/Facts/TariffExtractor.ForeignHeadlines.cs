using System.Globalization;
using System.Text.RegularExpressions;
using Watcher.Core.Entities;

namespace Watcher.Core.Facts;

public static partial class TariffExtractor
{
    /// <summary>A headline-only item in Spanish, Portuguese or French that states a customs duty set or moved to a rate ("Suben a 20% el
    /// arancel de la yerba mate importada", "Arancel a frascos de vidrio sube a 25%", "Gecex eleva para 20% imposto de importação de
    /// impressoras 3D", "Economía impone cuotas compensatorias de hasta 7.45 dólares por kilo a brocas chinas", "Bananes : droit de douane
    /// ramené à 15%"): one measure per product named, on every origin unless the goods carry an origin ("chinas", "de China"), imposed
    /// by the country the headline names before its verb, else by the outlet's. Not a duty asked for or feared ("pide rebajar", "podría"),
    /// not a toll, a fare or a utility's "tarifa" (no customs word), not a rate with a decimal comma, not a headline with no decision verb
    /// (a duty "à 40 %" in a budget bill's headline counts as set). Read only when the item's English reading found nothing.</summary>
    internal static List<TariffMeasure>? ForeignDutyHeadline(string text, string? sourceCountry)
    {
        if (text.Contains('\n') || text.Contains("(translated)", StringComparison.OrdinalIgnoreCase)) return null;
        var duty = ForeignDutyWord().Match(text);
        if (!duty.Success || ForeignDeliberates().IsMatch(text) || DecimalCommaRate().IsMatch(text)) return null;
        var verb = ForeignDecision().Match(text);
        var budgetSet = ForeignSetAt().IsMatch(text);
        if (!verb.Success && !budgetSet) return null;
        var rates = RateParser.Find(ForeignUnits(text));
        if (rates.Count == 0) return null;
        var rate = rates[^1];
        // the goods: after the duty word's preposition, else after the rate's ("… por kilo a brocas chinas"), else the headline's subject
        // before a colon or the verb ("Bananes : droit …", "Cremalleras chinas pagarán …")
        var goods = ForeignGoodsAfter().Match(text, duty.Index + duty.Length) is { Success: true } after && GoodsWords(after.Groups["g"].Value) is { Length: > 0 } a ? a
            : ForeignGoodsAfterRate().Match(text) is { Success: true } r && GoodsWords(r.Groups["g"].Value) is { Length: > 0 } b ? b
            : ForeignGoodsSubject().Match(text) is { Success: true } s && GoodsWords(s.Groups["g"].Value) is { Length: > 0 } c ? c
            : null;
        // "… tras el arancel a Brasil": a country is not the goods (ForeignDutyStatements reads a duty that falls on a country)
        if (goods is null || ForeignNames.Named(goods) is [var country] && country.Start == 0 && country.End >= goods.Length - 1) return null;
        var origin = ForeignOrigin(goods);
        var products = ForeignList().Split(CleanGoods(goods)).Select(p => p.Trim()).Where(p => p.Length > 1).ToList();
        if (products.Count == 0) return null;
        var parties = Parties(text);
        var before = Math.Min(duty.Index, verb.Success ? verb.Index : text.Length);
        var imposer = parties.FirstOrDefault(m => m.End <= before && m.CountryId != origin && !goods.Contains(text[m.Start..m.End], StringComparison.Ordinal))?.CountryId
            ?? sourceCountry;
        if (imposer is null || imposer == origin) return null;
        var action = !verb.Success ? TariffActions.Imposed
            : ForeignRaise().IsMatch(verb.Value) ? TariffActions.Raised
            : ForeignLower().IsMatch(verb.Value) ? TariffActions.Lowered
            : ForeignRemove().IsMatch(verb.Value) ? TariffActions.Removed
            : TariffActions.Imposed;
        return [new TariffMeasure(imposer, origin ?? "*", rate.Value, rate.Unit, products, action, null, text)];
    }

    /// <summary>"7.45 dólares por kilo", "US$ 0.27 por kilo", "0.34 dólares por pieza" in the words the rate reader knows.</summary>
    private static string ForeignUnits(string text) =>
        ForeignPerKilo().Replace(ForeignDollars().Replace(ForeignPerUnitWords(text), "dollars"), " per ");

    /// <summary>The goods phrase cut where it ends: at a rate, a verb, an origin or a trailing adjective of import.</summary>
    private static string GoodsWords(string phrase)
    {
        var spaced = " " + phrase;
        var cut = ForeignGoodsEnd().Match(spaced);
        var goods = (cut.Success ? spaced[..cut.Index] : spaced).Trim(' ', ',', ':', '.');
        return ForeignActor().IsMatch(goods) || AmountLed().IsMatch(goods) ? string.Empty : goods;
    }

    /// <summary>The phrase without its origin ("chinas", "de China") or an adjective of import ("importada", "en plastique" stays).</summary>
    private static string CleanGoods(string goods) => ForeignOriginWords().Replace(goods, string.Empty).Trim();

    /// <summary>The origin a goods phrase carries: a demonym of China ("chinas", "chinês", "chinoises") or "de China".</summary>
    private static string? ForeignOrigin(string goods)
    {
        if (ChineseWord().IsMatch(goods)) return "CN";
        var named = EntityFinder.Find(goods).Where(m => m.Entity.Kind != EntityKind.Leader).Select(m => m.CountryId).Distinct().ToList();
        return named is [var one] ? one : null;
    }

    [GeneratedRegex(@"\b(?:arancel(?:es)?|imposto\s+de\s+importa(?:ção|cao)|(?:derechos?|direitos?)\s+(?:antidumping|de\s+importaci[oó]n|compensatorios)|cuotas?\s+compensatorias?|droits?\s+(?:de\s+douane|d['’]importation|antidumping))\b", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignDutyWord();

    [GeneratedRegex(@"\b(?:pide|piden|solicita|solicitan|propone|proponen|podr[ií]a|podr[ií]an|evalúa|evalua|analiza|estudia|pedem?|pede|demande|demandent|pourrait|envisage|exige|exigen|rechaza|critica|teme|temen)\b|\?", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignDeliberates();

    [GeneratedRegex(@"[0-9],[0-9]+\s?%")]
    private static partial Regex DecimalCommaRate();

    [GeneratedRegex(@"\b(?:sube|suben|subirá|eleva|elevan|elevó|aumenta|aumentan|baja|bajan|bajó|reduce|reducen|redujo|rebaja|rebajan|impone|imponen|impuso|aplica|aplican|fija|fijan|elimina|eliminan|suprime|pagar[áa]n?|sobe|sobem|reduz|reduzem|zera|ramené|ramenée|relevé|relevée|porté|portée|abaissé|abaissée|réduit|supprimé|fixé)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignDecision();

    /// <summary>"droit d'importation à 40% pour …": a duty set at a rate in a bill's headline, with no verb.</summary>
    [GeneratedRegex(@"\b(?:droits?\s+d['’]importation|droits?\s+de\s+douane|arancel(?:es)?)\s+(?:à|al?|de)\s+[0-9]+(?:\.[0-9]+)?\s?%\s+(?:pour|sur|para|a)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignSetAt();

    [GeneratedRegex(@"\G\s*(?:a\s+la\s+importaci[oó]n\s+de\s+|(?:a|al|para|sobre|de|del|pour|sur)\s+)(?:(?:la|las|los|el|les|le|o|os|a|as)\s+|l['’])?(?:importaci[oó]n\s+de\s+|importação\s+de\s+)?(?<g>\p{L}[^%:()]*)", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignGoodsAfter();

    [GeneratedRegex(@"(?:%|\bpor\s+(?:kilo|kg|pieza|par|unidad|kilogramo|tonelada|litro)(?:s|es)?)\s+(?:a|al|para|de|pour|sur)\s+(?:(?:la|las|los|el|les|le|l['’]|o|os|a|as)\s+)?(?<g>\p{L}[^%:()]*)", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignGoodsAfterRate();

    [GeneratedRegex(@"^(?<g>[\p{L} ]+?)\s*(?::|\s(?:pagar[áa]n?)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignGoodsSubject();

    [GeneratedRegex(@"\s(?:(?:sube|suben|sobe|baja|bajan|eleva|pagar[áa]n?|por|de\s+hasta|hasta|desde|ramené|llegar[áa]n|con|sin|durante)(?!\p{L})|para\s+[0-9]|a\s+[0-9]|al\s+[0-9]|(?-i:en\s+\p{Lu})|à\s+[0-9]|y\s+(?:la|el|los|las)\s)", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignGoodsEnd();

    [GeneratedRegex(@"\s+(?:importad[oa]s?|importé(?:e|s|es)?|importad[oa]|importados|chin[oa]s|chinês|chinesas?|chineses|chinois(?:es)?|de\s+(?:China|Indonesia|Brasil|Vietnam|India|Estados\s+Unidos))\b", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignOriginWords();

    [GeneratedRegex(@"\b(?:chin[oa]s?|chinês|chinesas?|chineses|chinois(?:es)?|de\s+China)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChineseWord();

    [GeneratedRegex(@"\s+(?:y|e|et)\s+|,\s*")]
    private static partial Regex ForeignList();

    /// <summary>An actor, not goods, as a headline's subject ("Gobierno: …", "PLF 2030").</summary>
    [GeneratedRegex(@"^(?:gobierno|governo|gouvernement|gecex|camex|comex|indecopi|econom[ií]a|hacienda|plf|minist\w*|decreto|d[ée]cret)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignActor();

    [GeneratedRegex(@"\bd[oó]lares\b", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignDollars();

    [GeneratedRegex(@"\s+por\s+(?=kilo|kg)", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignPerKilo();

    [GeneratedRegex(@"^(?:sube|suben|subirá|eleva|elevan|elevó|aumenta|aumentan|sobe|sobem|relevé|relevée|porté|portée)$", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignRaise();

    [GeneratedRegex(@"^(?:baja|bajan|bajó|reduce|reducen|redujo|rebaja|rebajan|reduz|reduzem|ramené|ramenée|abaissé|abaissée|réduit)$", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignLower();

    [GeneratedRegex(@"^(?:elimina|eliminan|suprime|zera|supprimé)$", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignRemove();
}
