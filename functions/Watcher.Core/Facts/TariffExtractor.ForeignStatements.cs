using System.Text.RegularExpressions;
using Watcher.Core.Entities;

namespace Watcher.Core.Facts;

public static partial class TariffExtractor
{
    /// <summary>
    /// The customs duties a French, Spanish or Portuguese item states, sentence by sentence, headline and body: a duty word
    /// ("droits de douane", "surtaxe", "arancel", "cuota compensatoria", "alíquota", "imposto de importação", "direitos antidumping"),
    /// a decision verb in any tense ("impone", "porte à", "continuam com", "pagarão", "suspenden"), a rate beside the duty word
    /// ("de 30 %", "25 por ciento", "2.47 dólares por kilo"; of "de 35% a 20%" only the rate reached), the goods after the duty word's or
    /// the rate's preposition (sur / a / al / sobre / em / para / de) kept in their own words, the origin from a demonym ("candados
    /// chinos"), "procedentes de / originários de / en provenance de" or the country the duty falls on ("a México", "contra China"),
    /// the imposer a country or authority named before the duty ("Gecex", "Bruselas", "Estados Unidos"), else the outlet's. Not a duty
    /// asked for or weighed ("pide", "podría", "pourrait"), not a toll, fare, utility or property "tarifa"/"taxe" (no customs word),
    /// not "droit" as a right or "direitos humanos". Read only for a text mostly in those languages; what it reads there stands in for
    /// the English reading's (which reads "36,4%" as "4%" and a foreign country's name as no party).
    /// </summary>
    internal static List<TariffMeasure>? ForeignDutyStatements(string text, string? sourceCountry)
    {
        if (!(ForeignStatementDuty().IsMatch(text) || PerUnitRemedyWord().IsMatch(text)) || !InRomanceLanguage(text)) return null;
        var found = new List<TariffMeasure>();
        var sentences = SentenceSplitter.Split(text);
        for (var i = 0; i < sentences.Count; i++)
            foreach (var m in ForeignSentence(sentences[i].Text, i == 0, sentences[0].Text, sourceCountry))
                ForeignKeep(found, m);
        return found.Count == 0 ? null : found;
    }

    /// <summary>More than twice as many Romance function words as English ones ("Suspenden arancel de 15% al sorgo").</summary>
    private static bool InRomanceLanguage(string text)
    {
        var romance = RomanceWord().Count(text);
        return romance >= 1 && romance > 2 * EnglishWord().Count(text);
    }

    /// <summary>One measure a product: a restatement of a measure already read (the headline's, in the body) is not a second one; a
    /// restatement that names the origin the first left open replaces it.</summary>
    private static void ForeignKeep(List<TariffMeasure> found, TariffMeasure m)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var f = found[i];
            if (f.Imposer != m.Imposer || f.Rate != m.Rate || f.RateUnit != m.RateUnit) continue;
            var overlap = f.Products.Any(a => m.Products.Any(b => a.Contains(b, StringComparison.OrdinalIgnoreCase) || b.Contains(a, StringComparison.OrdinalIgnoreCase)));
            if (!overlap) continue;
            if (f.Target == "*" && m.Target != "*") found[i] = f with { Target = m.Target };
            if (f.Target == m.Target || f.Target == "*" || m.Target == "*") return;
        }
        found.Add(m);
    }

    /// <param name="headline">The item's first sentence: a headline may state a duty without a verb ("Cuotas compensatorias de hasta
    /// 2.47 dólares por kilo a …") when its duty word is a customs term, and a bare "alíquota" further down is a customs duty when
    /// the headline is about imports.</param>
    private static IEnumerable<TariffMeasure> ForeignSentence(string written, bool first, string headline, string? sourceCountry)
    {
        if (ForeignWeighed().IsMatch(written)) yield break;
        var verb = ForeignStatementVerb().Match(written);
        var s = ForeignRateWords(written);
        var duties = ForeignStatementDuty().Matches(s).Where(d => !NotACustomsDuty(s, d, headline)).ToList();
        // (session 30) "Cuota de hasta 0.34 dólares por pieza a …", "Antidumping de US$ 6.40 por par a …": a bare remedy word before an
        // amount per unit is the duty
        duties.AddRange(PerUnitRemedyWord().Matches(s).Where(p => !duties.Any(d => p.Index >= d.Index && p.Index < d.Index + d.Length)));
        if (!verb.Success && !(first && duties.Any(d => !GeneralDutyWord().IsMatch(d.Value) || PerUnitRemedy(s, d)))) yield break;
        if (duties.Count == 0) yield break;
        var rates = RateParser.Find(ForeignUnits(s));
        var named = ForeignNames.Named(s);
        foreach (var rate in rates)
        {
            // "de 35% a 20%", "passe de 10 % à 25 %": the rate left is no measure
            if (FromRate().IsMatch(s.AsSpan(rate.End))) continue;
            // (session 32) "relevé à 35% …, contre 20% auparavant": the rate the clause calls the earlier one is no measure
            if (CalledEarlierLevel(s, rate)) continue;
            var duty = duties.FirstOrDefault(d => ForeignNear(s, d, rate));
            if (duty is null) continue;
            var goodsPhrase = GoodsAfterForeign(s, rate.End) ?? GoodsAfterForeign(s, duty.Index + duty.Length) ?? GoodsOfDuty(s, duty)
                ?? ImportsOfForeign(s) ?? ForeignSubjectGoods(s);
            if (goodsPhrase is not var (gStart, gEnd)) continue;
            var goods = s[gStart..gEnd];
            if (ForeignNotGoods().IsMatch(goods)) continue;
            // "acero de China", "aço do Brasil", "acier en provenance de Chine": the origin closes the goods; "de China y Vietnam": one
            // measure an origin
            var origins = new List<string>();
            if (ForeignNames.Named(goods).Where(n => n.Start > 0).ToList() is [var inGoods, ..] inside)
            {
                origins.AddRange(inside.Select(n => n.Id).Distinct());
                goods = ForeignOriginTail().Replace(goods[..inGoods.Start], string.Empty);
            }
            var origin = origins.FirstOrDefault();
            // the goods the duty falls on may be a country: "aranceles del 25% a México" — the target, on its goods in general
            string? target = null;
            if (ForeignNames.Named(goods) is [var only] && only.Start == 0 && only.End >= goods.Length - 1)
            {
                target = only.Id;
                goods = "goods";
            }
            target ??= origin ?? ForeignOriginAfter(s, gStart, gEnd, named) ?? ForeignNames.Demonym(goods)?.Id;
            var products = ForeignProducts(goods);
            if (products.Count == 0) continue;
            var decision = verb.Success ? Math.Min(duty.Index, verb.Index) : duty.Index;
            // "… imposé par les États-Unis", "impuesto por Estados Unidos", "imposta pelos Estados Unidos": the agent imposes
            var agent = ImposedBy().Match(s) is { Success: true } by ? named.FirstOrDefault(n => n.Start >= by.Index + by.Length && n.Start <= by.Index + by.Length + 4).Id : null;
            var imposer = agent
                ?? named.Where(n => n.End <= decision && n.Id != target).Select(n => n.Id).FirstOrDefault()
                ?? Parties(s[..decision]).Select(p => p.CountryId).FirstOrDefault(c => c != target)
                ?? sourceCountry;
            if (imposer is null || imposer == target) continue;
            var action = verb.Success ? ForeignAction(verb.Value) : TariffActions.Imposed;
            foreach (var each in origins.Count > 1 ? origins : [target ?? "*"])
                if (each != imposer) yield return new TariffMeasure(imposer, each, rate.Value, rate.Unit, products, action, null, written);
        }
    }

    /// <summary>The rate and the duty word within a few words of one another, in either order ("arancel de 15%", "30% de direitos").</summary>
    private static bool ForeignNear(string s, Match duty, RateMention rate) =>
        rate.Start >= duty.Index + duty.Length ? rate.Start - (duty.Index + duty.Length) <= 45
        // a rate before the duty word only with articles and "de" between: "25 % les droits", "5% de direitos", not "12% tras el arancel"
        : duty.Index - rate.End is >= 0 and <= 25 && RateThenDuty().IsMatch(s.AsSpan(rate.End, duty.Index - rate.End));

    /// <summary>"droit" as a right, "direitos humanos", "taxe foncière", a utility's "tarifa": the duty word's sense is not customs.
    /// "20 % de droits", "5% de direitos": a bare plural after a rate's "de" is the duties paid; "derechos de hasta US$ 1.48 por kilo": a
    /// bare plural before an amount per unit is a remedy's (session 30).</summary>
    private static bool NotACustomsDuty(string s, Match duty, string headline) =>
        GeneralDutyWord().IsMatch(duty.Value) && !CustomsContext().IsMatch(s) && !PaidDuties().IsMatch(s.AsSpan(0, duty.Index)) && !PerUnitRemedy(s, duty)
        && !(AlwaysCustomsInContext().IsMatch(duty.Value) && CustomsContext().IsMatch(headline));

    /// <summary>"… de máquinas de espresso" after "o imposto de importação", "… de la yerba mate" after "el arancel": the duty word's
    /// own "de".</summary>
    private static (int Start, int End)? GoodsOfDuty(string s, Match duty)
    {
        var m = DutyOf().Match(s, duty.Index + duty.Length);
        if (!m.Success) return null;
        var g = m.Groups["g"];
        var end = GoodsEndForeign().Match(s, g.Index) is { Success: true } cut ? cut.Index : s.Length;
        var phrase = s[g.Index..end].TrimEnd(' ', ',', '.', ';', ':');
        return phrase.Length < 3 || ForeignActor().IsMatch(phrase) ? null : (g.Index, g.Index + phrase.Length);
    }

    /// <summary>The goods as the subject of paying or keeping a duty: "Moedores de café e máquinas de pão continuam com alíquota de 25%",
    /// "Membranas de osmose inversa pagarão 5% de direitos".</summary>
    private static (int Start, int End)? ForeignSubjectGoods(string s) =>
        GoodsSubjectForeign().Match(s) is { Success: true } m && !ForeignActor().IsMatch(m.Groups["g"].Value) && ForeignNames.Named(m.Groups["g"].Value).Count == 0
            ? (m.Groups["g"].Index, m.Groups["g"].Index + m.Groups["g"].Length) : null;

    /// <summary>"N por ciento", "N pour cent", "N por cento" as "N%", and a decimal comma as a point ("7,5 %" → "7.5%").</summary>
    private static string ForeignRateWords(string s) =>
        ForeignDecimalComma().Replace(PercentWords().Replace(s.Replace('\u00a0', ' ').Replace('\u202f', ' '), "%"), "$1.$2");

    /// <summary>The goods after a preposition at <paramref name="from"/>: "… al sorgo", "… sur l'acier", "… sobre as importações de aço".</summary>
    private static (int Start, int End)? GoodsAfterForeign(string s, int from)
    {
        var m = ForeignGoodsStart().Match(s, from);
        if (!m.Success) return null;
        var g = m.Groups["g"];
        var end = GoodsEndForeign().Match(s, g.Index) is { Success: true } cut ? cut.Index : s.Length;
        // "… para 25% a alíquota do imposto de importação sobre o aço": a duty word is not the goods; look on after it
        if (ForeignStatementDuty().Match(s, g.Index) is { Success: true } duty && duty.Index == g.Index) return GoodsAfterForeign(s, duty.Index + duty.Length);
        var phrase = s[g.Index..end].TrimEnd(' ', ',', '.', ';', ':');
        if (phrase.Length < 3 || ForeignActor().IsMatch(phrase) || ForeignNotGoods().IsMatch(phrase)) return null;
        return (g.Index, g.Index + phrase.Length);
    }

    /// <summary>"las importaciones de acero", "les importations d'acier", "as importações de aço" anywhere in the sentence.</summary>
    private static (int Start, int End)? ImportsOfForeign(string s)
    {
        var m = ForeignImportsOf().Match(s);
        if (!m.Success) return null;
        var end = GoodsEndForeign().Match(s, m.Groups["g"].Index) is { Success: true } cut ? cut.Index : s.Length;
        var phrase = s[m.Groups["g"].Index..end].TrimEnd(' ', ',', '.', ';', ':');
        return phrase.Length < 3 ? null : (m.Groups["g"].Index, m.Groups["g"].Index + phrase.Length);
    }

    /// <summary>The origin stated right after the goods: "procedentes de China", "originários do Brasil", "en provenance de Chine",
    /// "importados de México", "de origen chino".</summary>
    private static string? ForeignOriginAfter(string s, int start, int end, List<(string Id, int Start, int End)> named)
    {
        var tail = s.AsSpan(end, Math.Min(40, s.Length - end)).ToString();
        if (OriginWords().Match(tail) is { Success: true } o)
        {
            var at = end + o.Index + o.Length;
            if (named.FirstOrDefault(n => n.Start >= at && n.Start <= at + 6) is { Id: not null } n) return n.Id;
            if (ForeignNames.Demonym(s[at..Math.Min(s.Length, at + 20)]) is { } d && d.Start == 0) return d.Id;
        }
        return ForeignNames.Demonym(tail) is { } after && after.Start <= 1 ? after.Id : null;
    }

    /// <summary>The goods' products in their own words: split at "y / e / et / ,", without articles, origins or "importados", a generic
    /// word ("productos", "produits", "mercadorias", "importaciones") read as "goods".</summary>
    private static List<string> ForeignProducts(string goods)
    {
        var list = new List<string>();
        foreach (var part in ForeignList().Split(goods))
        {
            var p = ForeignOriginWords().Replace(LeadingArticle().Replace(part.Trim(), string.Empty), string.Empty);
            p = ForeignDemonymTail().Replace(p, string.Empty).Trim(' ', ',', '.');
            if (p.Length < 2 || ForeignActor().IsMatch(p) || ForeignNames.Named(p) is [{ Start: 0 }, ..]) continue;
            list.Add(GenericForeignGoods().IsMatch(p) ? "goods" : p);
        }
        return [.. list.Distinct()];
    }

    private static string ForeignAction(string verb) =>
        ForeignRaiseVerb().IsMatch(verb) ? TariffActions.Raised
        : ForeignLowerVerb().IsMatch(verb) ? TariffActions.Lowered
        : ForeignRemoveVerb().IsMatch(verb) ? TariffActions.Removed
        : TariffActions.Imposed;

    [GeneratedRegex(@"\b(?:les|des|une|est|sont|pour|sur|avec|dans|qui|aux|cette|du|el|los|las|del|una|para|con|por|que|al|fue|y|se|os|do|da|dos|das|uma|são|com|em|no|na|ao|foi|não|de|et|la|le)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RomanceWord();

    [GeneratedRegex(@"\b(?:the|and|of|to|in|is|are|for|with|on|that|by|from|this|was|has|have|will|its|as|at)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWord();

    // the duty words of the three languages; "droit(s)", "derechos", "direitos", "tarifa(s)", "taxe(s)", "impuesto(s)" and "imposto(s)"
    // only with a customs qualifier or (GeneralDutyWord) in a sentence about imports
    [GeneratedRegex(@"(?<!\p{L})(?:aranceles|arancel(?:es)?|arancelari[oa]s?|sobretasas?|surtaxes?|sobretaxas?|cuotas?\s+compensatorias?|al[ií]quotas?|gravámenes|gravamen|(?:derechos?|direitos?|droits?)\s+(?:de\s+douane|d['’]importation|de\s+importa(?:ci[oó]n|ção)|antidumping|anti-dumping|compensat\w+|additionnels|adicionales|adicionais|de\s+aduana|aduaneiros|arancelarios|provisoires|provisionales|provisórios|definitivos|définitifs)|droits?\s+(?:de\s+)?douane|(?:impuestos?|impostos?)\s+(?:de|a\s+la)\s+importa(?:ci[oó]n|ção)|taxes?\s+(?:douanières?|à\s+l['’]importation|antidumping)|tarifas?\s+(?:aduaneiras?|alfandegárias?|aduaneras|arancelarias|de\s+importa(?:ci[oó]n|ção)|douanières?|antidumping)|tarifs?\s+douaniers|taxas?\s+de\s+importação|tarifas?|taxas?|tarifs?|taxes?|impuestos?|impostos?|derechos|direitos|droits|Zölle|Zoll|Einfuhrzoll|Strafzölle|dazi|dazio)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignStatementDuty();

    [GeneratedRegex(@"^(?:tarifas?|tarifs?|taxes?|taxas?|impuestos?|impostos?|derechos|direitos|droits|al[ií]quotas?|gravámenes|gravamen|sobretasas?|surtaxes?|sobretaxas?)$", RegexOptions.IgnoreCase)]
    private static partial Regex GeneralDutyWord();

    /// <summary>A sentence about imports, customs or trade remedies: where a bare "tarifa" or "taxe" is a customs duty.</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:importa\w*|import\w*|aduan\w*|aduaneir\w*|alfândega|alfandeg\w*|douane\w*|antidumping|anti-dumping|dumping|comercial\w*|comerciais|commercial\w*|guerra\s+comercial|guerre\s+commerciale|Trump|exporta\w*)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex CustomsContext();

    // a duty asked for, weighed, feared or denied: not a decision
    [GeneratedRegex(@"(?<!\p{L})(?:pide|piden|solicita|solicitan|propone|proponen|propuso|podr[ií]a|podr[ií]an|poderia|poderiam|pode|podem|evalúa|evalua|analiza|estudia|estuda|avalia|pedem?|pede|demande|demandent|pourrait|pourraient|envisage|envisagent|exige|exigen|exigem|rechaza|critica|critique|teme|temen|temem|craint|craignent|descarta|descartou|niega|nega|dément|reclama|reclamam|recomienda|recomenda|recommande|sugiere|sugere|debate|debaten|discute|discuten|discutem)(?!\p{L})|\?", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignWeighed();

    // a decision in any tense: imposing, applying, setting, raising, cutting, removing, suspending, extending, keeping, paying
    [GeneratedRegex(@"(?<!\p{L})(?:impon\w*|impuso|impusieron|impondr\w*|impõe|impõem|impôs|impuseram|impor[áa]\w*|impos[eé]\w*|aplic\w+|establec\w+|estabelec\w+|instaur\w+|fij[aóo]\w*|fix[aeéo]\w*|sub[eií]\w*|sobe|sobem|elev\w+|relev\w+|aument\w+|augment\w+|increment\w+|duplic\w+|dobr\w+|doubl\w+|tripl\w+|porte|portent|porté\w*|portera\w*|passe|passent|passa|pasa|pasan|baj[aóe]\w*|reduc\w+|reduj\w+|reduz\w*|reduzi\w+|réduit\w*|rédui\w+|rebaj\w+|recort\w+|cort[aoóe]\w*|abaiss\w+|ramen\w+|ramèn\w+|elimin\w+|supprim\w+|suprim\w+|zer[aoó]\w*|suspend\w*|prorrog\w+|prolong\w+|exten\w+|amplí\w+|ampli\w+|mant[ieé]\w+|maint\w+|continúa\w*|continua\w*|contin\w+|pagar\w*|paga|pagan|pagam|paier\w+|paient|cobr\w+|grav[aó]\w*|frapp\w+|decret\w+|décrét\w+|anunci\w+|annonc\w+|rige|regirá|entr[aeó]\w*\s+(?:en|em)\s+vigor|entre\s+en\s+vigueur|vigora|amenaz\w+|ameaç\w+|menac\w+|determin\w+|détermin\w+|confirm\w+|adopt\w+|renov\w+|renouvel\w+|sanciona\w*|sancion[oó]|volt[ao]\w*|vuelv\w+|revien\w+|retorn\w+|regres\w+)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignStatementVerb();

    [GeneratedRegex(@"(?<!\p{L})(?:por\s+ciento|por\s+cento|pour\s+cent|per\s+cento|Prozent)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex PercentWords();

    [GeneratedRegex(@"(\d),(\d{1,2})(?=\s?%)")]
    private static partial Regex ForeignDecimalComma();

    /// <summary>"… 35% a 20%", "… 10 % à 25 %", "… 10% para 25%", "… 10% al 20%": the rate left behind.</summary>
    [GeneratedRegex(@"^\s*(?:a|al|à|para|hasta|até|jusqu['’]à)\s+(?:un\s+|um\s+)?[0-9]+(?:[.,][0-9]+)?\s?%")]
    private static partial Regex FromRate();

    [GeneratedRegex(@"\G[^.;:]{0,30}?(?<!\p{L})(?:a\s+las\s+importaciones\s+de|sobre\s+las\s+importaciones\s+de|a\s+la\s+importaci[oó]n\s+de|sobre\s+(?:as\s+)?importações\s+d[eoa]s?|sur\s+les\s+importations\s+d(?:e|['’]|es|u)|aux\s+importations\s+d(?:e|['’]|es|u)|a\s+la|a\s+las|a\s+los|al|a|sobre\s+(?:el|la|los|las|o|a|os|as)|sobre|para\s+(?:el|la|los|las|o|a|os|as)|para|sur\s+(?:les|le|la|l['’])|sur|aux|au|à\s+la|à\s+l['’]|às|aos|ao|em|nos|nas|no|na|contra|contre|pour\s+(?:les|le|la|l['’])|frapp\w+|touch\w+|vis\w+|afecta\w*|grava\w*|atinge\w*|incide\s+sobre)(?!\p{L})\s*(?:(?:el|la|los|las|o|os|as|le|les|l['’]|un|une|des|um|uma)\s+|l['’])?(?<g>\p{L}[^%]*)", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignGoodsStart();

    /// <summary>Where a goods phrase ends: punctuation, a rate, an origin, a clause, a date or time, a verb of the statement.</summary>
    [GeneratedRegex(@"[,.;:()""«»“”]|\s[0-9]|\s(?:procedentes?|provenientes?|originari[oa]s?|originári[oa]s?|oriund[oa]s?|vindos|vindas|en\s+provenance|importad[oa]s?|importé(?:e|s|es)?|de\s+origen|de\s+origem|que|qui|quand|cuando|quando|desde|hasta|até|jusqu\w*|a\s+partir|à\s+partir|durante|pendant|por|pelo|pela|par|porque|parce|tras|após|après|con|com|avec|sin|sem|sans|en\s+(?:el|la|los|las|vigor)|dans|según|segundo|selon|para\s+(?:proteger|frenar|evitar|combater|impulsar)|pour\s+(?:protéger|lutter)|y\s+que|e\s+que|et\s+que|contre|contra|frente|depuis|dès|a\s+(?:EE|Estados|China|México|Canadá|Brasil)|à\s+(?:la\s+Chine|l['’]|partir)|(?-i:[A-ZÉ]\p{L}+\s+(?:anunci|impus|impôs|decid|aprob|aprov)\w*)|volta|voltam|vuelve|vuelven|revient|retorna|regresa|fica|ficam|queda|quedan|reste|será|serán|serão|sera|seront|entra\w*|passa\w*|sube|baja|sobe|eleva|impone|aplica|este|esta|estos|estas|este\s+año|neste|cette|ce\s+|ces\s)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex GoodsEndForeign();

    /// <summary>A preposition's object that is no goods: "a partir de", "a pesar de", "à hauteur de", "a la vez", a pronoun.</summary>
    [GeneratedRegex(@"^(?:partir|pesar|través|raíz|cambio|compter|hauteur|nivel|fin|vez|medida|final|comienzos|principios|mediados|finales|fines|início|inicio|travers|cause|causa|respecto|respeito|este|esta|esse|essa|ese|esa|ello|isso|cela|ceux|celles|ellos|eles|todos|todas|tous|todo|partir|cerca|alrededor|hasta|até|penas|sólo|solo|seulement|apenas|más|mais|plus|menos|moins|lo\s+largo|largo|mitad|metade|moitié)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignNotGoods();

    [GeneratedRegex(@"\s+(?:(?:procedentes?|provenientes?|originari[oa]s?|originári[oa]s?|importad[oa]s?|en\s+provenance|vindos|vindas|oriund[oa]s?)\s+)?(?:de\s+la|de|do|da|del|du|des|d['’])\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignOriginTail();

    [GeneratedRegex(@"[0-9]\s?%\s*(?:de|d['’])\s*$")]
    private static partial Regex PaidDuties();

    [GeneratedRegex(@"^(?:al[ií]quotas?|gravámenes|gravamen|sobretasas?|surtaxes?|sobretaxas?)$", RegexOptions.IgnoreCase)]
    private static partial Regex AlwaysCustomsInContext();

    [GeneratedRegex(@"\G\s*(?:de\s+importa(?:ci[oó]n|ção)\s+)?(?:de\s+la|de|do|da|dos|das|del|du|des|d['’])\s*(?:(?:la|las|los|el|o|os|as|les|le)\s+|l['’])?(?<g>\p{L}[^%]*)", RegexOptions.IgnoreCase)]
    private static partial Regex DutyOf();

    [GeneratedRegex(@"^(?<g>\p{Lu}[\p{L} ,]+?)\s+(?:continuam|continuarão|continúan|seguem|siguen|pagarão|pagará|pagam|pagan|pagarán|paient|paieront|paiera|ficam|quedan|restent|mantêm|mantienen)(?!\p{L})")]
    private static partial Regex GoodsSubjectForeign();

    [GeneratedRegex(@"(?<!\p{L})(?:impos(?:é|ée|és|ées)|impuest[oa]s?|impost[oa]s?|aplicad[oa]s?|appliqu(?:é|ée|és|ées))\s+(?:par|por|pel[oa]s?)\s+(?:les\s+|la\s+|le\s+|l['’]|los\s+|el\s+|la\s+|os\s+|o\s+|a\s+)?")]
    private static partial Regex ImposedBy();

    [GeneratedRegex(@"^\s*(?:(?:de|del|d['’]|em|en|a|à|al|o|os|as|a|les|le|la|l['’]|el|los|las|un|une|um|uma|des)\s*)*$", RegexOptions.IgnoreCase)]
    private static partial Regex RateThenDuty();

    [GeneratedRegex(@"(?<!\p{L})(?:importaciones|importações|importations)\s+(?:de|d['’]|do|da|dos|das|des|du)\s*(?<g>\p{L}[^%]*)", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignImportsOf();

    [GeneratedRegex(@"^\s*(?:procedentes?\s+de|provenientes?\s+de|originari[oa]s?\s+de|originári[oa]s?\s+d[eoa]s?|oriund[oa]s?\s+d[eoa]s?|vind[oa]s\s+d[eoa]s?|en\s+provenance\s+d(?:e|['’]|u|es)|importad[oa]s?\s+d[eoa]s?|importé(?:e|s|es)?\s+d(?:e|['’]|u)|de\s+origen|de\s+origem|d['’]origine|de)\s*(?:la\s+|el\s+|los\s+|o\s+|a\s+|os\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex OriginWords();

    [GeneratedRegex(@"^(?:(?:el|la|los|las|lo|o|os|as|a|le|les|un|une|des|du|um|uma|unos|unas|uns|umas)\s+|l['’]|d['’])", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingArticle();

    /// <summary>A demonym or "importados" closing a product ("candados chinos", "sorgo importado").</summary>
    [GeneratedRegex(@"\s+(?:chin\p{L}*|estadounidens\p{L}*|norte-?american\p{L}*|américain\p{L}*|mexican\p{L}*|mexicain\p{L}*|canadiens\p{L}*|canadens\p{L}*|canadien\p{L}*|brasileñ\p{L}*|brasileir\p{L}*|brésilien\p{L}*|europe[oau]s?|européen\p{L}*|argentin\p{L}*|vietnamit\p{L}*|japones\p{L}*|indi[oa]s|indian[oa]s|russ?[oa]s|turc[oa]s|importad[oa]s?|importé\p{L}*|extranjer[oa]s|estrangeir[oa]s|étranger\p{L}*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignDemonymTail();

    [GeneratedRegex(@"^(?:productos?|produtos?|produits?|mercanc[ií]as?|mercadorias?|marchandises?|bienes|bens|importaciones|importações|importations|exportaciones|exportações|exportations|bens\s+importados|todos\s+los\s+productos|todos\s+os\s+produtos|tous\s+les\s+produits)$", RegexOptions.IgnoreCase)]
    private static partial Regex GenericForeignGoods();

    [GeneratedRegex(@"^(?:sub|sobe|elev|aument|augment|relev|porté|porte|incre|dupl|dobr|doubl|tripl)", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignRaiseVerb();

    [GeneratedRegex(@"^(?:baj|reduc|reduj|reduz|rédu|rebaj|recort|cort|abaiss|ramen|ramèn)", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignLowerVerb();

    [GeneratedRegex(@"^(?:elimin|supprim|suprim|zer|suspend)", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignRemoveVerb();
}
