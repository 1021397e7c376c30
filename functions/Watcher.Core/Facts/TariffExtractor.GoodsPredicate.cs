using System.Text.RegularExpressions;
using Watcher.Core.Entities;

namespace Watcher.Core.Facts;

/// <summary>
/// Goods a clause names by what it says of them, not by a goods word of the lexicon (session 22, extract38). A measure read with
/// only "goods" whose sentence has one of two shapes is on the goods that shape names:
/// <list type="bullet">
/// <item>goods whose price the tariff moves: "Wheelchairs will become cheaper, with customs duty cut to 1 percent", "Sanitary pads to
/// get cheaper as 20% import duty is suspended", "Diabetes test strips and glucometers will get cheaper, with duty cut to 1%" — the
/// subject of "get / become / be cheaper, costlier, dearer, more expensive" is goods (a price is said of goods; people, prices, life
/// and the country are not);</item>
/// <item>the makers of goods that a duty charges: "Chinese makers of industrial sewing machines will pay duties of up to 46.2%",
/// "Chinese railway wheel makers hit with Australian duties of up to 41.3%", "Chinese duties of up to 41.9% hit Taiwanese PMMA
/// makers" — a duty on makers is on what they make, when the charge (face, pay, hit) and a duty or a rate stand together ("cheese
/// makers face higher costs for taurine" is no charge of cheese).</item>
/// </list>
/// A measure worded on a country's whole trade ("on Chinese goods") keeps "goods".
/// </summary>
public static partial class TariffExtractor
{
    /// <summary>A measure read with only "goods" takes the goods its sentence's price clause or charged makers name (see the type's
    /// summary).</summary>
    private static void GoodsOfThePredicate(List<TariffMeasure> result)
    {
        for (var i = 0; i < result.Count; i++)
        {
            var m = result[i];
            if (m.Rate is null) continue;
            var s = BlankCodes(m.Evidence);
            // (session 24, extract44) a duty clause that points back to goods ("on the herbicide"), or goods read as the payer ("Shoppers"),
            // take the main clause's goods
            if (!IsGeneric(m.Products))
            {
                // the main clause's shape first: PointsBackToMainClause builds a pattern from the measure's goods, and nearly every
                // measure comes here
                if (MainClauseGoods(s) is { Count: > 0 } named && (PayersAsGoods(m.Products) || PointsBackToMainClause(m, s)) && !ProductsOverlap(named, m.Products))
                    result[i] = m with { Products = named };
                continue;
            }
            if (WholeTrade(s, m.Target)) continue;
            if ((PricedGoods(s) ?? MainClauseGoods(s) ?? MadeGoods(s, m.Target)) is { Count: > 0 } goods) result[i] = m with { Products = goods };
        }
    }

    /// <summary>The subject of a price change a tariff brings: "Wheelchairs will become cheaper, …", "Laptops to get cheaper as …".</summary>
    internal static List<string>? PricedGoods(string s)
    {
        var m = PriceChange().Match(s);
        if (!m.Success) return null;
        var subject = m.Groups["g"].Value;
        if (NoGoodsSubject().IsMatch(subject) || NoPricedGoods().IsMatch(subject)) return null;
        return SubjectGoods(subject);
    }

    /// <summary>What the makers a duty charges make: "makers of industrial sewing machines will pay", "railway wheel makers hit with",
    /// "hit Taiwanese PMMA makers". The makers' country, when they name one, is the measure's target.</summary>
    internal static List<string>? MadeGoods(string s, string target)
    {
        var m = MakersOfCharged().Match(s);
        if (!m.Success) m = ChargedMakers().Match(s);
        if (!m.Success) m = MakersCharged().Match(s);
        if (!m.Success) return null;
        var phrase = m.Groups["g"].Value;
        var mentions = EntityFinder.Find(phrase);
        // "Chinese makers of …": the makers' country before them, as well as in the goods' phrase
        if (mentions.Concat(EntityFinder.Find(m.Groups["o"].Value)).Any(x => x.CountryId != target)) return null;
        // "Hubei Guangji makers": a capitalised word that names no country is a firm's or a place's name ("PMMA", all capitals, is goods)
        if (NoGoodsSubject().IsMatch(phrase) || TitleWord().Matches(phrase).Any(w => !mentions.Any(x => w.Index >= x.Start && w.Index < x.End)
                && (w.Index > 0 || mentions.Count == 0 && m.Groups["g"].Index > 0))) return null;
        return SubjectGoods(phrase);
    }

    private static List<string>? SubjectGoods(string phrase)
    {
        var mentions = EntityFinder.Find(phrase);
        var goods = Products(phrase, mentions.Select(x => phrase[x.Start..x.End]))
            .Select(g => NoMakersModifier().Replace(g, string.Empty).Trim()).Where(g => g.Length > 1).ToList();
        return goods.Count == 0 || IsGeneric(goods) ? null : goods;
    }

    /// <summary>A sentence that opens with goods and says their price moves: "X will get cheaper", "X to become costlier", "X are set
    /// to be more expensive" (up to six words of subject, a list of them joined by commas and "and").</summary>
    [GeneratedRegex(@"^\s*(?:[-•*–]\s*)?(?<g>[A-Z][\w'’-]*(?:(?:\s+|\s*,\s*)(?!(?:will|would|to|are|is|could|may|set)\b)[\w'’-]+){0,6}?)\s+(?:(?:will|would|could|may|to|are\s+set\s+to|is\s+set\s+to|set\s+to|are\s+to|is\s+to)\s+)(?:get|become|be|go|turn|grow)\s+(?:much\s+|slightly\s+|a\s+little\s+|a\s+lot\s+)?(?:cheaper|costlier|dearer|pricier|more\s+expensive|less\s+expensive|more\s+costly|less\s+costly)\b")]
    private static partial Regex PriceChange();

    /// <summary>Subjects of a price change that are no goods: life, living, travel, holidays, everything, things, a visit, services
    /// ("phone calls", "electricity", "internet": a utility's or a telecom's tariff).</summary>
    [GeneratedRegex(@"\b(?:life|living|travel|holidays?|everything|things|stuff|visits?|trips?|loans?|borrowing|mortgages?|credit|money|services?|goods|products|items|calls?|electricity|power|internet|broadband|data)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoPricedGoods();

    /// <summary>"makers of X will pay / face / be hit", followed by a duty or a rate within a few words.</summary>
    [GeneratedRegex(@"(?:(?<o>\b\p{Lu}[\w'’-]*)\s+)?\b(?:makers|producers|manufacturers|exporters)\s+of\s+(?<g>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4}?)\s+(?:(?:will|would|to|are|were|must|now)\s+)*(?:face|faces|pay|pays|be\s+hit|hit|get\s+hit|be\s+slapped|slapped)\b(?!\s+(?:more|less|higher|lower|extra|costs?|prices?|for)\b)(?=[^.;]{0,40}?(?:\bdut(?:y|ies)\b|\btariffs?\b|\blev(?:y|ies)\b|\d))")]
    private static partial Regex MakersOfCharged();

    /// <summary>"Chinese railway wheel makers hit with duties", "Irish cheese makers face provisional duties": up to four words before
    /// "makers", the charge after, a duty or a rate within a few words.</summary>
    [GeneratedRegex(@"(?:^|[,;]\s*|\b(?:and|as|while)\s+)(?<g>[A-Z]?[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+(?:makers|producers|manufacturers)\s+(?:(?:will|would|to|are|were|must|now)\s+)*(?:face|faces|pay|pays|be\s+hit|hit|get\s+hit|be\s+slapped|slapped)\b(?!\s+(?:more|less|higher|lower|extra|costs?|prices?|for)\b)(?=[^.;]{0,40}?(?:\bdut(?:y|ies)\b|\btariffs?\b|\blev(?:y|ies)\b|\d))")]
    private static partial Regex ChargedMakers();

    /// <summary>"duties of up to 41.9% hit Taiwanese PMMA makers": the makers as the object of "hit", a rate between (a rate's
    /// decimal point is no sentence's end; "its duty of care hit local guide makers" names no duty that charges).</summary>
    [GeneratedRegex(@"\b(?:dut(?:y|ies)|tariffs?|lev(?:y|ies))\b(?:[^.;]|\.(?=\d)){0,30}?\d(?:[^.;]|\.(?=\d)){0,12}?\bhits?\s+(?<g>[A-Z]?[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+(?:makers|producers|manufacturers)\b")]
    private static partial Regex MakersCharged();

    [GeneratedRegex(@"\b\p{Lu}\p{Ll}[\w'’-]*")]
    private static partial Regex TitleWord();

    /// <summary>Words before "makers" that say which makers, not what they make: "other", "local", "foreign", "domestic", "leading".</summary>
    [GeneratedRegex(@"^(?:(?:other|local|foreign|domestic|leading|major|big|small|some|many|most|all|the|its|their)\s+)+", RegexOptions.IgnoreCase)]
    private static partial Regex NoMakersModifier();

    /// <summary>A measure read with only "goods" whose sentence points back to goods ("already applicable on the items", "these
    /// products", "the duty on them") and names none of its own is on the one list in scope: the goods of the measures the sentence
    /// before it put (the nearest earlier sentence with a measure of the same imposer), when all of them are on one list ("[… a
    /// regulatory duty of 20 percent on air fryers, water dispensers and sandwich makers.] The duty comes on top of the customs duty
    /// of 16 percent already applicable on the items"). Two lists there, or none, and the measure keeps "goods"; a measure worded on
    /// a country's whole trade keeps it too.</summary>
    private static void GoodsOfTheListInScope(List<TariffMeasure> result)
    {
        for (var i = 0; i < result.Count; i++)
        {
            var m = result[i];
            if (!IsGeneric(m.Products) || m.Rate is null) continue;
            var s = BlankCodes(m.Evidence);
            if (!(PointsBack().IsMatch(s) || PointsBackPronoun().IsMatch(s)) || WholeTrade(s, m.Target)) continue;
            var before = -1;
            for (var k = i - 1; k >= 0 && before < 0; k--)
                if (result[k].Evidence != m.Evidence && result[k].Imposer == m.Imposer) before = k;
            if (before < 0 || IsGeneric(result[before].Products)) continue;
            var scope = result.Where(o => o.Evidence == result[before].Evidence && o.Imposer == m.Imposer).ToList();
            if (scope.Any(o => !o.Products.SequenceEqual(result[before].Products, StringComparer.OrdinalIgnoreCase))) continue;
            result[i] = m with { Products = [.. result[before].Products] };
        }
    }

    /// <summary>A pronoun a tariff is on: "the duty on them", "applicable to them" (not "them" as people: "told them").</summary>
    [GeneratedRegex(@"\b(?:dut(?:y|ies)|tariffs?|lev(?:y|ies)|applicable|charged|levied|imposed)\s+(?:\w+\s+){0,2}?(?:on|to)\s+them\b", RegexOptions.IgnoreCase)]
    private static partial Regex PointsBackPronoun();
}
