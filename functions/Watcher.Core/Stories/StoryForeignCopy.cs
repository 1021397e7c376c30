using Watcher.Core.Detection;
using Watcher.Core.Entities;

namespace Watcher.Core.Stories;

/// <summary>
/// A headline alone in the outlet's own language, telling its own government's duty ("Guandules importados pagarán 40% de arancel",
/// "Gecex eleva para 20% imposto de importação de impressoras 3D", "Bananes : droit de douane ramené à 15%") beside the release or
/// the English copy of that decision ("Government raises the tariff on imported pigeon peas to 40%"). The two share no word, no
/// band and no fact the extractor reads (it reads English), and the foreign headline has no home, since the extractor reads no
/// decision of the outlet's government from it; what they share is the outlet's country and the rate. So a headline alone that
/// names a duty in another language, states a rate and names no country but the outlet's is its outlet's country's, is indexed by
/// its home and rate, and joins an item of that home whose trade headline or lede states every rate it states. A foreign headline
/// naming another country ("Perú pide a India rebajar arancel de 30% a mandarinas") is left to the other rules. Session 27
/// (cluster37). A specific duty is stated by its amount, not a percent ("Cremalleras chinas pagarán derechos de hasta US$1.85 por
/// kilo", "Cuotas de hasta 1.37 dólares por kilo a rines de acero chinos"): a headline alone stating no rate but a distinctive figure
/// is read the same way by that figure, which every copy of the ruling states and the index already keys ("g-…"); and the duty words
/// and percent words of more languages are read (Portuguese "direito", Spanish "cuota", Dutch "invoerrechten … 40 procent"). Session
/// 28 (cluster38).
/// </summary>
public sealed partial record StoryFingerprint
{
    /// <summary>The item is a headline alone naming a duty in another language ("arancel", "imposto", "droit", "dazi", "мито").</summary>
    internal bool ForeignDutyHeadlineAlone => HeadlineOnly && TitleSet.Overlaps(ForeignDutyWords);

    /// <summary>A foreign headline alone (<see cref="ForeignDutyHeadlineAlone"/>) is a copy of <paramref name="other"/>: a trade item
    /// of its home whose headline or lede states every rate the headline states, or, where the headline states no rate, which
    /// states every distinctive figure the headline states (a specific duty's amounts).</summary>
    internal bool ForeignHeadlineCopyOf(StoryFingerprint other)
    {
        if (!ForeignDutyHeadlineAlone || other.ForeignDutyHeadlineAlone || !other.IsTradeHeadline || (Rates.Count == 0 && Figures.Count == 0)) return false;
        if (!HomeCountries.Any(other.HomeCountries.Contains)) return NoHomeAmountCopyOf(other);
        // a headline alone's figures are its headline's
        if (Rates.Count == 0) return Figures.All(other.FigureSet.Contains);
        // the other headline's own rate is its news: a rate its lede states beside it is the background of another decision ("Import
        // duty on salted fish cut to 15 percent", whose lede says sea salt still pays 30%, beside "… sal marinho … sobe para 30%"); a
        // budget's or finance law's headline names one of its lines, and its other lines are its news too; and a headline the English
        // reading takes for a trade headline ("Imported lubricants to pay 10% surtax": "surtax" is French and English) is left as it was
        if (other.HeadlineRates.Length > 0 && other.HeadlineBudget is null && !IsTradeHeadline && !Rates.Any(other.HeadlineRates.Contains)) return false;
        foreach (var rate in Rates)
            if (!other.Rates.Contains(rate)) return false;
        return true;
    }

    /// <summary>
    /// A foreign headline alone with no home (its outlet has no country: a foreign paper's headline feed) that states a specific
    /// duty's amount with decimals and no percent ("Economía impone cuotas compensatorias de hasta 2.37 dólares por pieza a
    /// hieleras chinas") is a copy of a trade item that states every figure it states and names every country it names: an amount
    /// to the cent is one ruling's, whoever reports it. A percent ("35%") is no such fingerprint, and without a home it is left
    /// apart. Session 30 (cluster40).
    /// </summary>
    private bool NoHomeAmountCopyOf(StoryFingerprint other)
    {
        if (HomeCountries.Count > 0 || Rates.Count > 0 || DecimalFigures == 0) return false;
        foreach (var e in Entities) if (!other.EntitySet.Contains(e)) return false;
        return Figures.All(other.FigureSet.Contains);
    }

    /// <summary>
    /// A foreign headline alone (<see cref="ForeignDutyHeadlineAlone"/>) reads a specific duty's amount as its measure ("Economía impone
    /// cuotas compensatorias de hasta 2.37 dólares por pieza a hieleras chinas": m:MX>CN:2.37#hielera), and <paramref name="other"/>, a
    /// trade item, states the same imposer, the same origin and that amount to the cent (m:MX>CN:2.37#cooler box): one ruling, its goods
    /// named in two languages. Their measures then do not disagree: the products compare no word across languages, and an amount per
    /// unit with decimals is one ruling's. The amount must be a figure of the headline, not one of its percents ("3.17%" is another
    /// duty). Session 30 (cluster41): extract54's per-unit reading gave these headlines a measure that split them from their rulings.
    /// </summary>
    internal bool ForeignAmountMeasureOf(StoryFingerprint other)
    {
        if (!ForeignDutyHeadlineAlone || other.ForeignDutyHeadlineAlone || !other.IsTradeHeadline || Rates.Count > 0) return false;
        foreach (var x in ParsedFacts)
        {
            if (x.Measure is not var (imposer, target, amount) || amount == Math.Floor(amount) || target == "*") continue;
            if (!FigureSet.Contains(amount.ToString(System.Globalization.CultureInfo.InvariantCulture))) continue;
            foreach (var y in other.ParsedFacts)
                if (y.Measure is var (i, t, r) && i == imposer && t == target && r == amount) return true;
        }
        return false;
    }

    /// <summary>The index keys of an item's home and rates ("r-…"), written by every trade item with a home and by a foreign headline
    /// alone, which finds its story by them. A bucket holds a week's items of one country at one rate.</summary>
    private IEnumerable<string> HomeRateKeys()
    {
        if (!IsTradeHeadline && !ForeignDutyHeadlineAlone) yield break;
        foreach (var home in HomeCountries)
            foreach (var rate in Rates)
                yield return "r-" + KeyHash(home + "|" + rate);
    }

    /// <summary>A headline alone in another language (<paramref name="text"/> empty) naming a duty and a rate or a specific duty's
    /// amount (<paramref name="titleFigures"/>), and no country but the outlet's: the outlet's government's decision, told in its
    /// language.</summary>
    private static bool ForeignDutyHeadlineOfOutlet(List<string> titleWords, List<string> titleFigures, string? title, string? text, string outlet)
    {
        if (!string.IsNullOrWhiteSpace(text) || !titleWords.Any(ForeignDutyWords.Contains) || (RatesOf(title, null).Count == 0 && titleFigures.Count == 0)) return false;
        return NamesOnlyOutlet(StoryKeys.NormalizedTitleText(title), outlet);
    }

    /// <summary>Every country or leader <paramref name="words"/> name is the outlet's.</summary>
    private static bool NamesOnlyOutlet(string words, string outlet)
    {
        foreach (var m in EntityFinder.Find(words))
        {
            // a currency written with its country's code ("US$1.85 por kilo"): an amount, not a party
            if (m.End < words.Length && words[m.End] == '$') continue;
            var country = m.Entity.Kind == EntityKind.Leader ? m.Entity.Country : m.Entity.Id;
            if (country is not null && country != outlet) return false;
        }
        return true;
    }

    /// <summary>A duty's or tariff's name in the languages outlets write headlines in, folded as headline words are (accents
    /// dropped): Spanish (a compensatory "cuota" too, and "antidumping" written as one word, as Spanish and Portuguese write it:
    /// "Antidumping de US$ 3.40 por unidad a las armónicas chinas"), Portuguese, French, Italian, German, Dutch, Scandinavian and Icelandic, Czech and Slovak,
    /// Serbian, Croatian and Montenegrin, Hungarian, Romanian, Indonesian (its safeguard and anti-dumping duties by their abbreviations, "BMTP", "BMAD"), Turkish, Vietnamese, Ukrainian and Russian. None is an
    /// English word.</summary>
    private static readonly HashSet<string> ForeignDutyWords = Folded(
        "arancel", "aranceles", "derecho", "derechos", "impuesto", "impuestos", "sobretasa", "cuota", "cuotas", "antidumping", "imposto", "impostos",
        "direito", "direitos", "sobretaxa", "tarifa", "tarifas", "droit", "droits", "tarif", "tarifs", "surtaxe", "dazi", "dazio",
        "zoll", "zolle", "invoerrecht", "invoerrechten", "heffing", "heffingen", "tollen", "tullen", "tullar", "tollar", "tollur", "clo", "cla", "carina",
        "carine", "carinu", "vam", "taxa", "taxe", "bea", "bmad", "bmtp", "gumruk", "vergi", "vergisi", "thue", "мито", "мита", "пошлина", "пошлины", "пошлину");
}
