using System.Text.RegularExpressions;

namespace Watcher.Core.Facts;

/// <summary>
/// The general duty stated beside a trade remedy or a levy (session 22, extract37): "The compensatory quotas are paid in addition to
/// the general import tax of 15%", "Interim dumping duty is payable in addition to the general rate of customs duty of 5%", "The
/// general ad valorem tariff of 11% continues to apply", "the 10 percent customs duty on toothbrushes continues to apply", "on top
/// of a 2.7% customs duty". The remedy is on its named origins; the duty beside it is the rate in force on every origin (the
/// labelled sets' convention: "a general duty stated beside a remedy … labelled on `*`"), not the remedy's origin.
/// </summary>
/// <remarks>Session 27 (extract49): the duty another charge is added to, however it is named ("The deposits are collected in
/// addition to the import tariff of 5.5% on resorcinol", "The duty is added to the 15% tariff", "… in addition to the UK Global Tariff
/// of 1.7%"), is that general duty too; it is laid by the remedy's imposer, never by the remedy's origin, and on the goods it names or
/// else the remedy's.
/// Session 28 (extract50): the duty the goods "already pay" ("castors already pay a 2.7% conventional duty", "The chemical, which
/// already pays 11 percent customs duty"), the ordinary duty named by its own words that "continues to apply" ("The normal duty on the
/// sprinklers, 3.1%, continues to apply", "The extra-zone import duty of 18% that paint rollers pay continues to apply"), and one stated
/// in the remedy's own sentence ("… on paint rollers from China, on top of the 18% extra-zone duty they already pay"): a country named
/// before the duty's words is the remedy's origin or a bystander, not the duty's.
/// Session 35 (extract69): more wordings of the same duty, which the reading had put on the remedy's last origin: the duty goods "already
/// attract" ("Xylene already attracts 3 percent customs duty"), the customs duty of N% on goods that "remains" or "continues to apply"
/// with its goods after the rate ("The customs duty of 40% on the fans remains.", "… pay an import duty of 30%, which remains in force"),
/// and, in an item about a trade remedy, the ordinary duty by its qualifier wherever it stands ("… at a normal duty of 7 percent, which
/// the deposits are in addition to", "… is subject to a basic tariff of 6.5%, to which the anti-dumping duties are applied").</remarks>
public static partial class TariffExtractor
{
    /// <summary>Whether the rate at <paramref name="at"/> is the rate of a general (MFN, standard) duty the sentence states beside
    /// another measure.</summary>
    private static bool GeneralDutyAt(string s, int at)
    {
        if (!GeneralDutyHint().IsMatch(s)) return false;
        foreach (Match m in GeneralDuty().Matches(s))
            if (m.Groups["r"].Index == at) return true;
        return false;
    }

    /// <summary>Where the general duty whose rate is at <paramref name="at"/> is named: the span of its words (for what lies outside
    /// them) and the end of its name (where its own goods follow), or null when the rate is no general duty's. A duty another charge is
    /// added to without a word of customs ("the 15% tariff", "the tariff of 15% that scissors pay") is the general one only in an
    /// item about a trade remedy: the new levy that "comes on top of the 10% tariff announced last month" is on the same origin.</summary>
    private static (int Start, int End)? GeneralDutyNamed(string s, int at, bool remedyItem)
    {
        if (!GeneralDutyHint().IsMatch(s)) return null;
        // ("the 10 percent customs duty on toothbrushes continues to apply": its goods are no part of its name)
        foreach (Match m in GeneralDuty().Matches(s))
            if (m.Groups["r"].Index == at) return (m.Index, m.Groups["on"].Success ? m.Groups["on"].Index : m.Index + m.Length);
        foreach (Match m in AddedToDuty().Matches(s))
            if (m.Groups["r"].Index == at && !OtherCharge().IsMatch(m.Groups["q"].Value) && (remedyItem || CustomsQualifier().IsMatch(m.Groups["q"].Value)))
                return (m.Index, m.Index + m.Length);
        // ("The normal duty on the sprinklers, 3.1%, continues to apply": only the ordinary duty by its own words, never "the anti-dumping
        // duty of 20% continues to apply")
        foreach (Match m in ContinuingDuty().Matches(s))
            if (m.Groups["r"].Index == at && !OtherCharge().IsMatch(m.Groups["q"].Value) && CustomsQualifier().IsMatch(m.Groups["q"].Value))
                return (m.Index, m.Groups["on"].Success ? m.Groups["on"].Index : m.Groups["that"].Success ? m.Groups["that"].Index : m.Index + m.Length);
        // (session 35) in an item about a trade remedy, the ordinary duty named by its qualifier wherever the sentence puts it: "Ratchet
        // straps enter … at a normal duty of 7 percent, which the deposits are in addition to", "Butyl acrylate … is subject to a basic
        // tariff of 6.5%, to which the anti-dumping duties are applied"
        if (remedyItem)
            foreach (Match m in OrdinaryDutyOf().Matches(s))
                if (m.Groups["r"].Index == at) return (m.Index, m.Index + m.Length);
        return null;
    }

    /// <summary>A measure the item's reading took at the rate of the general duty beside a remedy: on every origin, under the remedy's
    /// imposer where it was read under the remedy's origin, on the goods the duty's own clause names ("… of 6.6% that applies to
    /// hammocks") or else the remedy's (one measure where the reading gave one per origin). Only in a sentence that names no country
    /// but in the name of a tariff schedule ("the UK Global Tariff", "the Mercosur Common External Tariff") or the imposer.</summary>
    private static void GeneralDutyOnEveryOrigin(List<TariffMeasure> result, string text, List<Sentence> sentences)
    {
        var remedyItem = RemedyNamed().IsMatch(text);
        var named = new (int Start, int End)?[result.Count];
        for (var i = 0; i < result.Count; i++)
            if (result[i] is { RateUnit: "percent", Rate: { } rate } m && GeneralDutyHint().IsMatch(m.Evidence))
                named[i] = RateParser.Find(m.Evidence).Where(r => r.Value == rate).Select(r => GeneralDutyNamed(m.Evidence, r.Start, remedyItem)).FirstOrDefault(g => g is not null);
        var remedies = result.Where((m, i) => named[i] is null).ToList();
        // the item's one remedy imposer, where its remedies have one
        var remedyImposer = remedies.Select(o => o.Imposer).Distinct().ToList() is [var one] ? one : null;
        var read = new List<TariffMeasure>(result.Count);
        for (var i = 0; i < result.Count; i++)
        {
            var m = result[i];
            if (named[i] is not var (start, end))
            {
                read.Add(m);
                continue;
            }
            // "The anti-dumping duties are collected in addition to the import duty of 5%" after duties on China and Korea: the remedy's
            // origin does not lay the general duty; the one imposer of the remedy on it does
            // (session 28) "… furniture assemblers in Poland warned …, as castors already pay a 2.7% conventional duty" in an item about an
            // EU remedy: a country the reading took from a bystander does not lay the duty the remedy's goods pay; the remedy's one imposer does
            var imposer = remedies.Where(o => o.Target == m.Imposer).Select(o => o.Imposer).Distinct().ToList() is [var layer] ? layer
                : remedyItem && remedyImposer is { } sole ? sole : m.Imposer;
            if (OtherCountryInDuty(m.Evidence, start, imposer, remedyItem))
            {
                read.Add(m);
                continue;
            }
            var products = m.Products;
            if (OwnGoodsAfter().Match(m.Evidence, end) is { Success: true } own && !GoodsReferenceWord().IsMatch(own.Groups["g"].Value)
                && Products(own.Groups["g"].Value, []) is { Count: > 0 } owned)
                products = owned;
            // (session 28) "The chemical, which already pays 11 percent customs duty, …" after a remedy on benzoic acid: the payer named by
            // "the" and one word the remedy's goods do not share refers back to them
            else if (remedyItem && PayerReference().Match(m.Evidence[..start]) is { Success: true } payer && RemedyGoods(remedies, imposer) is { } referred
                && !referred.Any(g => g.Contains(payer.Groups["w"].Value, StringComparison.OrdinalIgnoreCase)))
                products = referred;
            // (session 32) "Both products also pay the import duty of 4%" after duties on shower doors and on shower trays: goods named
            // only by a reference are all the goods the remedy charges
            else if (remedyItem && products.All(p => GoodsReferenceWord().IsMatch(p)) && RemedyGoodsTogether(remedies, imposer) is { } together)
                products = together;
            // "The duty is added to the 15% tariff." after a remedy on scissors; "… the most-favoured-nation import duty of 10 percent": goods
            // the sentence does not name outside the duty's own words are the remedy's
            // (generic goods outside a trade remedy are left to the item's goods, GoodsOfTheItem: a levy's goods are not one scope)
            else if ((IsGeneric(products) ? remedyItem : !products.Any(p => NamedOutside(m.Evidence, p, start, end))) && RemedyGoods(remedies, imposer) is { } remedyGoods)
                products = remedyGoods;
            var moved = m with { Imposer = imposer, Target = "*", Products = products };
            // (one measure where the reading gave one per origin, or stated it on every origin already)
            if (read.Concat(remedies).Any(o => o.Imposer == moved.Imposer && o.Target == "*" && o.Rate == moved.Rate && o.RateUnit == moved.RateUnit
                    && (o.Evidence == moved.Evidence || ProductsOverlap(o.Products, moved.Products))))
                continue;
            read.Add(moved);
        }
        // "The definitive duties are collected in addition to the customs tariff of 40% on office chairs" where no reading took the 40%:
        // the general duty of the item's one remedy imposer, on the goods it names or else the remedy's
        // (only in an item about a trade remedy, whose charges are the ones added to the ordinary duty)
        if (remedyItem && remedyImposer is { } only)
            foreach (var sentence in sentences)
            {
                if (!GeneralDutyHint().IsMatch(sentence.Text)) continue;
                foreach (var r in RateParser.Find(sentence.Text))
                {
                    if (r.Unit != "percent" || read.Any(o => o.Evidence == sentence.Text && o.Rate == r.Value)
                        || GeneralDutyNamed(sentence.Text, r.Start, remedyItem) is not var (start, end) || OtherCountryInDuty(sentence.Text, start, only, remedyItem)) continue;
                    var goods = OwnGoodsAfter().Match(sentence.Text, end) is { Success: true } own && !GoodsReferenceWord().IsMatch(own.Groups["g"].Value)
                        && Products(own.Groups["g"].Value, []) is { Count: > 0 } owned ? owned : RemedyGoods(remedies, only);
                    if (goods is null || read.Any(o => o.Imposer == only && o.Target == "*" && o.Rate == r.Value && o.RateUnit == r.Unit && ProductsOverlap(o.Products, goods))) continue;
                    read.Add(new TariffMeasure(only, "*", r.Value, r.Unit, goods, TariffActions.Imposed, null, sentence.Text));
                }
            }
        result.Clear();
        result.AddRange(read);
    }

    /// <summary>The goods of the remedy <paramref name="imposer"/> lays beside a general duty: those of its measures on named origins,
    /// else of any of its measures, when they are one set of goods.</summary>
    private static IReadOnlyList<string>? RemedyGoods(List<TariffMeasure> remedies, string imposer)
    {
        var own = OwnRemedies(remedies, imposer).ToList();
        var onOrigins = own.Where(o => o.Target != "*").ToList();
        var goods = (onOrigins.Count > 0 ? onOrigins : own).Select(o => o.Products).DistinctBy(p => string.Join('|', p), StringComparer.OrdinalIgnoreCase).ToList();
        return goods is [var one] ? one : null;
    }

    /// <summary>Every goods of the remedy <paramref name="imposer"/> lays on named origins, or null for none.</summary>
    private static IReadOnlyList<string>? RemedyGoodsTogether(List<TariffMeasure> remedies, string imposer) =>
        OwnRemedies(remedies, imposer).Where(o => o.Target != "*").SelectMany(o => o.Products)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList() is { Count: > 0 } all ? all : null;

    /// <summary>The remedies <paramref name="imposer"/> lays on goods it names (not "goods").</summary>
    private static IEnumerable<TariffMeasure> OwnRemedies(List<TariffMeasure> remedies, string imposer) =>
        remedies.Where(o => o.Imposer == imposer && !IsGeneric(o.Products));

    /// <summary>Whether the sentence names a country other than <paramref name="imposer"/> in or after the general duty's words, which start
    /// at <paramref name="start"/> ("… on top of the 10% tariff on Chinese goods"), or as their owner right before them ("China's general
    /// tariff of 6%"): the duty is then that country's or on it. A country named before, in another clause of the sentence, is the remedy's
    /// origin or a bystander ("… paint rollers from China, on top of the 18% extra-zone duty", "German retailers said the duties, which come
    /// on top of a 2.7% customs duty, …"); one that opens a tariff schedule's name ("the UK Global Tariff") is the imposer's own. Outside an
    /// item about a trade remedy any other country named blocks: "Chile, which has a 6 per cent general tariff, will remove it on Indian
    /// pharmaceuticals" is Chile's duty on India.</summary>
    private static bool OtherCountryInDuty(string s, int start, string imposer, bool remedyItem) =>
        Parties(s).Any(p => p.CountryId != imposer && (!remedyItem || p.Start >= start || (p.End <= start && OwnerBefore().IsMatch(s.AsSpan(p.End, start - p.End))))
            && !TariffSchedule().IsMatch(s.AsSpan(p.End)));

    /// <summary>Whether <paramref name="product"/> is written in <paramref name="s"/> outside the words that name the general duty.</summary>
    private static bool NamedOutside(string s, string product, int start, int end)
    {
        for (var at = s.IndexOf(product, StringComparison.OrdinalIgnoreCase); at >= 0; at = s.IndexOf(product, at + 1, StringComparison.OrdinalIgnoreCase))
            if (at + product.Length <= start || at >= end) return true;
        return false;
    }

    [GeneratedRegex(@"\b(?:general|MFN|most[- ]favou?red[- ]nation|on\s+top\s+of|in\s+addition\s+to|over\s+and\s+above|adds?\s+to|added\s+to|continues?\s+to\s+apply|remains?\s+in\s+(?:force|place)|remains?(?=\s*[.;])|already\s+(?:pays?|attracts?)|normal|basic|conventional|also\s+(?:pays?|attracts?|(?:remains?\s+)?subject\s+to))\b", RegexOptions.IgnoreCase)]
    private static partial Regex GeneralDutyHint();

    private const string Pct = @"\s*(?:%|per\s?cent\b|percent\b|pc\b)";

    private const string DutyNoun = @"(?:dut(?:y|ies)|tariffs?|tax)";

    /// <summary>The rate (group "r") of a general duty: "general (ad valorem) (rate of) (customs|import) duty/tariff/tax of N%", "the
    /// N% general customs duty", "on top of / in addition to the (existing) N% customs/import/basic duty", "the N% customs duty (on
    /// X) continues to apply / remains in force".</summary>
    [GeneratedRegex(@"\b(?:general|MFN|most[- ]favou?red[- ]nation|standard|ordinary)\s+(?:ad\s+valorem\s+)?(?:rate\s+of\s+)?(?:customs\s+|import\s+)?" + DutyNoun + @"(?:\s+rate)?\s+(?:of|at)\s+(?<r>\d[\d.,]*)" + Pct
        + @"|(?<r>\d[\d.,]*)" + Pct + @"\s+(?:general|MFN|standard)\s+(?:customs\s+|import\s+)?" + DutyNoun
        + @"|\b(?:on\s+top\s+of|in\s+addition\s+to)\s+(?:the|a|an|its)\s+(?:existing\s+|current\s+)?(?<r>\d[\d.,]*)" + Pct + @"\s+(?:general\s+|basic\s+)?(?:customs|import)\s+" + DutyNoun
        + @"|(?<r>\d[\d.,]*)" + Pct + @"\s+(?:basic\s+)?(?:customs|import)\s+" + DutyNoun + @"(?<on>\s+on\s+[\w\s,-]{1,40}?)?\s+(?:continues?\s+to\s+apply|remains?\s+in\s+(?:force|place))", RegexOptions.IgnoreCase)]
    private static partial Regex GeneralDuty();

    /// <summary>The duty another charge is added to, the words that name it in group "q" and its rate in group "r": "in addition to the
    /// (conventional customs | Extra-Zone Import | UK Global) duty/tariff/tax of N%", "added to / adds to / on top of the N% (import |
    /// normal) duty", and (session 28) the duty goods "already pay" (session 35: or "already attract"): "castors already pay a N%
    /// conventional duty", "which already pays N percent customs duty"; (session 32) the one they "also pay", "also attract" or are
    /// "also subject to": "Ethyl acetate also attracts 11 percent customs duty", "The product … is also subject to the Common External
    /// Tariff (CET) of 10%", "Both products also pay the import duty of 4% under the UK Global Tariff".</summary>
    [GeneratedRegex(@"(?:\b(?:in\s+addition\s+to|on\s+top\s+of|over\s+and\s+above|adds?\s+to|added\s+to)\s+(?:the|a|an|its)|\balready\s+(?:pays?|attracts?)(?:\s+(?:the|a|an))?"
        + @"|\balso\s+(?:pays?|attracts?|(?:remains?\s+)?subject\s+to)(?:\s+(?:the|a|an))?)\s+"
        + @"(?:(?<q>(?:[\w’'-]+\s+){0,3}?)" + DutyNoun + @"(?:\s+\([A-Z]{2,6}\))?(?:\s+rate)?\s+of\s+(?<r>\d[\d.,]*)" + Pct
        + @"|(?:existing\s+|current\s+)?(?<r>\d[\d.,]*)" + Pct + @"\s+(?<q>(?:[\w’'-]+\s+){0,2}?)" + DutyNoun + @"\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AddedToDuty();

    /// <summary>An ordinary duty, by the words in group "q", that continues to apply, its rate in group "r", its goods after "on" (group
    /// "on") or in "that X pay" (group "that"): "The normal duty on the sprinklers, 3.1%, continues to apply", "The extra-zone import duty
    /// of 18% that paint rollers pay continues to apply".</summary>
    [GeneratedRegex(@"\b(?:the|a|an|its|their)\s+(?<q>(?:[\w’'-]+\s+){1,3}?)" + DutyNoun + @"(?:\s+rate)?(?<on>\s+on\s+[^,.;:()]{1,40}?)?(?:,\s*|\s+of\s+)(?<r>\d[\d.,]*)" + Pct
        + @"(?<on>\s+on\s+[^,.;:()]{1,40}?(?=\s+(?:continues?|remains?)\b))?"
        + @",?(?<that>\s+(?:that|which)\s+[^,.;:()]{1,40}?\s+(?:already\s+)?pays?)?(?:,?\s+which)?\s+(?:continues?\s+to\s+apply|remains?\s+in\s+(?:force|place)|remains?(?=\s*[.;]|\s*$))", RegexOptions.IgnoreCase)]
    private static partial Regex ContinuingDuty();

    /// <summary>An ordinary duty by its qualifier and its rate (group "r"): "a normal duty of 7 percent", "a basic tariff of 6.5%", "the
    /// conventional customs duty of 2.7%" (read only in an item about a trade remedy, <see cref="GeneralDutyNamed"/>).</summary>
    [GeneratedRegex(@"\b(?:normal|basic|conventional|regular)\s+(?:customs\s+|import\s+)?" + DutyNoun + @"(?:\s+rate)?\s+(?:of|at)\s+(?<r>\d[\d.,]*)" + Pct, RegexOptions.IgnoreCase)]
    private static partial Regex OrdinaryDutyOf();

    /// <summary>What lies between a country and the general duty's words when the country owns them: "China's ".</summary>
    [GeneratedRegex(@"^['’]s\s+$")]
    private static partial Regex OwnerBefore();

    /// <summary>The payer of "which already pays" named by "the" and one word at its clause's start (group "w"): "The chemical, which ".</summary>
    [GeneratedRegex(@"(?:^|[,;:]\s+)[Tt]he\s+(?<w>[a-z]+),?\s+(?:which|that)\s+$")]
    private static partial Regex PayerReference();

    /// <summary>Words that name the duty as the ordinary one on imports.</summary>
    [GeneratedRegex(@"\b(?:customs|import|general|MFN|most[- ]favou?red[- ]nation|normal|basic|conventional|ordinary|standard|valorem|regular|global|external|extra-zone)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CustomsQualifier();

    /// <summary>Words that name a charge of its own, not the ordinary duty ("in addition to the anti-dumping duty of 20%"; not the
    /// "Extra-Zone Import Duty", a customs union's duty on every origin outside it).</summary>
    [GeneratedRegex(@"\b(?:anti-?dumping|dumping|countervailing|safeguard|provisional|definitive|additional|extra(?!-)|retaliatory|punitive|reciprocal|new|regulatory|excise|penalty|surcharge)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherCharge();

    /// <summary>An item about a trade remedy, whose charges come on top of the ordinary duty.</summary>
    [GeneratedRegex(@"\b(?:anti-?dumping|dumping|countervailing|anti-?subsidy|safeguard|compensatory)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RemedyNamed();

    /// <summary>A country's name that opens the name of its tariff schedule: "UK Global Tariff", "Mercosur Common External Tariff".</summary>
    [GeneratedRegex(@"^\s+(?:[A-Z][\w-]*\s+){0,3}Tariff\b")]
    private static partial Regex TariffSchedule();

    /// <summary>The goods the general duty's own clause names (group "g"): "… of 5% on zinc oxide", "… that applies to hammocks", "…
    /// applicable to hair straighteners", "… that scissors (already) pay".</summary>
    [GeneratedRegex(@"\G(?:\s+(?:on|for)\s+(?!imports?\b)|\s+(?:that|which)\s+appl(?:y|ies)\s+to\s+|\s+applicable\s+to\s+)(?<g>[^,.;:()]{2,60}?)(?=\s+(?:under|that|which|since|until|from|in|at|continues?|remains?|stays?|will|is|are|was|were|has|have)\b|[,.;:()]|$)"
        + @"|\G\s+(?:that|which)\s+(?<g>[^,.;:()]{2,60}?)\s+(?:already\s+)?(?:pays?|paid)\b")]
    private static partial Regex OwnGoodsAfter();

    /// <summary>Goods named only by referring back: "both products", "these goods", "the products", "them".</summary>
    [GeneratedRegex(@"^\s*(?:(?:both|these|those|such|the|all|its|their)\s+(?:two\s+|imported\s+)?(?:goods|products|items|imports)|them|it|the\s+tariff\s+(?:item|line)s?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex GoodsReferenceWord();
}
