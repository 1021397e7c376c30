using System.Text.RegularExpressions;
using Watcher.Core.Entities;

namespace Watcher.Core.Facts;

/// <summary>
/// Where a product phrase stops, and what it never is: a phrase runs up to the auxiliary of its own clause ("ceramic tiles will
/// increase to 25%") and no further; a pronoun ("those outside it", "them") or goods a verb takes out of the measure ("excluded
/// shrimp", "exempted beef") name none of the measure's goods.
/// </summary>
public static partial class TariffExtractor
{
    /// <summary>An auxiliary, or a verb a rate moves or stays by, inside a list item: where the goods' own clause begins ("tiles
    /// will increase", "sugar shall be", "wheat stays at", "used cars go to 30%").</summary>
    [GeneratedRegex(@"\s(?:will|would|shall|should|can|could|may|might|must|is|are|was|were|has|have|had|rises|falls|rise|fall|remain|stay|goes|go|climb|jump|revert|reverts|expire|stays|remains|increases|climbs|drops|jumps|doubles|stands)\b(?:\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex AuxiliaryInside();

    /// <summary>An item that opens with a pronoun or with a verb that takes goods out of a measure, or with a verb of effect (the
    /// clause the phrase ran into: "a 50% tariff on Brazil worries coffee shops"), or with an auxiliary, "now" or a verb a rate is
    /// carried, held or said by (the words before a tariff word that are its clause's verb: "will now attract import duty of 15%",
    /// ", will double to 40%", "US hold tariff talks" — "hold" only as the whole item: "hold luggage" is goods —, "Trump warns Swiss watches could face …").</summary>
    [GeneratedRegex(@"^(?:those|these|such|them|they|it|this|that|which|who|excluded|exempted|removed|dropped|spared|waived|excepted|struck|worries|worried|hits|hurts|threatens|rattles|squeezes|alarms|angers|spooks|unsettles|dismays|stuns|jolts|batters|pummels|will|would|shall|should|could|might|must|now|attracts?|carries|incurs?|holds|hold(?=\s*$)|took|takes|warns?|says?|said)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NeverGoods();

    /// <summary>
    /// "[… imposing a 25% tariff … on imports of processed critical minerals.] Imports from the EU and Japan will be subject to a tariff
    /// of 15%", "[PVC: Morocco imposes duties of up to 27.4% on Egyptian and Turkish imports.] Imports of PVC from Egypt and Turkey …":
    /// a measure read with only "goods" (imports, shipments, exporters named by origin) is on the goods the item names for its
    /// imposer's measure elsewhere (another measure's goods, a sentence that puts a tariff on goods without a rate, the headline's
    /// "wine tariff"), when the item names one such good; with two or more it cannot tell which. A measure worded on a country's
    /// whole trade ("Colombian goods", "all imports", "goods from every country") keeps its generic goods unless the item says which
    /// goods will pay it ("Rice and cocoa from Ecuador will pay the tariff").
    /// </summary>
    private static void GoodsOfTheItem(List<TariffMeasure> result, string text)
    {
        if (!result.Any(m => IsGeneric(m.Products))) return;
        var sentences = SentenceSplitter.Split(text);
        var headline = sentences.Count > 0 && HeadlineLike(sentences[0].Text) ? sentences[0].Text : null;
        var evidence = result.Select(m => m.Evidence).ToHashSet(StringComparer.Ordinal);
        // the goods each sentence without a measure of its own puts a tariff on, and who it says imposes it (null: unnamed)
        var statements = new List<(string? Imposer, IReadOnlyList<string> Products, bool Pays)>();
        foreach (var sentence in sentences)
        {
            if (evidence.Contains(sentence.Text)) continue;
            var plain = BlankCodes(sentence.Text);
            if (!TariffWord().IsMatch(plain)) continue;
            if (!StatedBy(plain, out var imposer)) continue;
            // "Tariffs on steel have already hurt Ontario mills": the harm a tariff has done is background, no measure's goods
            if (Background().IsMatch(plain)) continue;
            if (MentionedProducts(plain) is { Count: > 0 } on) statements.Add((imposer, on, false));
            else if (SubjectOfTariff(plain) is { Count: > 0 } subject) statements.Add((imposer, subject, true));
        }
        if (headline is not null && StatedBy(BlankCodes(headline), out var headlineImposer) && ModifierGoods(BlankCodes(headline)) is { Count: > 0 } modified)
            statements.Add((headlineImposer, modified, false));
        var topic = headline is null ? null : HeadlineTopic(headline, text);
        if (topic is not null) statements.Add((null, topic, false));
        for (var i = 0; i < result.Count; i++)
        {
            var m = result[i];
            if (!IsGeneric(m.Products)) continue;
            // "PVC: Morocco imposes duties of up to 27.4% on Egyptian and Turkish imports": the headline's topic names its imports
            if (topic is not null && m.Evidence == headline)
            {
                result[i] = m with { Products = topic };
                continue;
            }
            // "Brazil also set a 20% duty on imports from the US": a measure the sentence adds to the one before is another one
            if (AnotherMeasure().IsMatch(m.Evidence)) continue;
            // "a 50% tariff on Ecuadorian products … Rice, canned tuna and cocoa beans from Ecuador will pay the tariff": a measure worded
            // on a country's whole trade takes only goods the item says will pay it
            var whole = WholeTrade(m.Evidence, m.Target);
            // another measure's goods: the same measure stated again (same origin and rate), or the measure on every origin whose
            // rate for some origins this one is ("a 25% tariff on … from all countries. Imports from the UK … 10%")
            // ("A separate 15% tariff on coal …": a measure its sentence marks as another one lends its goods to none)
            var named = result.Where(o => !IsGeneric(o.Products) && o.Imposer == m.Imposer && o.RateUnit == m.RateUnit
                    && ((o.Target == m.Target && o.Rate == m.Rate) || (o.Target == "*" && m.Target != "*" && !AnotherMeasure().IsMatch(o.Evidence))))
                .Select(o => o.Products)
                .Where(_ => !whole)
                .Concat(statements.Where(x => (x.Imposer is null || x.Imposer == m.Imposer) && (x.Pays || !whole)).Select(x => x.Products))
                .ToList();
            // "[Japan imposed duties on certain hardwood flooring from China.] The duties of up to 40% on the goods …": a word that points
            // back takes the one goods named before it
            if (named.Count == 0 && !whole && ReferredGoods(text, sentences.TakeWhile(x => x.Text != m.Evidence).Select(x => x.Text).ToList(), m.Evidence) is { } referred)
            {
                result[i] = m with { Products = referred };
                continue;
            }
            if (named.Count == 0 || named.Any(n => !ProductsOverlap(n, named[0]))) continue;
            result[i] = m with { Products = [.. named[0]] };
        }
    }

    /// <summary>"Steel: Parliament backs new measure …", "PVC: Morocco imposes …": a headline that opens with the name of goods and a
    /// colon is about those goods; only a name the body uses again, no country or firm, and no label of the kind of article
    /// ("Fact Sheet:", "Analysis:", "Live:", "Budget 2027:").</summary>
    private static List<string>? HeadlineTopic(string headline, string text)
    {
        var m = TopicPrefix().Match(headline);
        if (!m.Success) return null;
        var topic = m.Groups["p"].Value;
        var words = topic.Split(' ');
        if (words.Any(w => !IsProductWord(w) || ArticleLabel().IsMatch(w)) || EntityFinder.Find(topic).Count > 0) return null;
        var body = text[Math.Min(text.Length, headline.Length)..];
        return Regex.IsMatch(body, @"\b" + Regex.Escape(topic) + @"\b", RegexOptions.IgnoreCase) ? [topic] : null;
    }

    [GeneratedRegex(@"^(?<p>[A-Za-z][\w-]*(?:\s[a-z][\w-]*)?):\s")]
    private static partial Regex TopicPrefix();

    /// <summary>Words that label the kind of article or its section, not goods.</summary>
    [GeneratedRegex(@"^(?:fact|sheet|analysis|live|opinion|explained|explainer|alert|update|updates|notice|interview|statement|release|playbook|budget|brief|trade|markets?|energy|mobile|rail|payment|call|news|breaking|exclusive|comment|editorial|review|briefing|column|letter|letters|podcast|video|watch|poll|report|feature|insight|outlook|preview|recap|summary|timeline|factbox|graphic|photos?|press|public|client|morning|evening|weekly|daily|data|chart|quote|quotes|scheme|deal|deals|summit|talks|tariffs?|duties|duty|customs)$", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleLabel();

    /// <summary>Who a sentence without a rate says imposes its tariff: the imposer of its verb, or the one the extractor's imposer
    /// rules find before its tariff word ("Australian winemakers cheer as India halves its wine tariff"); a sentence that names no country leaves it unnamed (null). False when it names countries but
    /// none of them as the imposer (an origin, "from Bolivia", is no imposer): whose goods it names cannot be told.</summary>
    private static bool StatedBy(string s, out string? imposer)
    {
        var parties = Parties(s);
        imposer = ImposerWithoutRate(s)
            ?? (parties.Count > 0 && TariffWord().Match(s) is { Success: true } k ? Imposer(s, parties, [], k.Index) : null);
        return imposer is not null || parties.All(p => (p.Entity.Kind == EntityKind.Leader && p.Entity.Country is null) || NamedAsOrigin(s, p));
    }

    /// <summary>A measure on a country's whole trade or on every origin's: "on Colombian goods", "on all U.S. goods", "goods from
    /// Vietnam", "all imports", "from all other trading partners" (not "certain products from China", a part named elsewhere).</summary>
    private static bool WholeTrade(string s, string target) =>
        Everyone().IsMatch(s) || AllOrigins().IsMatch(s) || WholeTradeWords().IsMatch(s) && (target == "*" || Parties(s).Any(p => p.CountryId == target))
        // "a 10% US tariff on Chinese imports": the target's adjective before its imports
        || Parties(s).Any(p => p.CountryId == target && p.Form == MentionForm.Adjective && AdjectiveImports().IsMatch(s, p.End));

    /// <summary>"Rice, canned tuna and cocoa beans from Ecuador will pay the tariff", "Imports of PVC from Egypt will be subject to
    /// duties": the goods a sentence makes the subject of a tariff.</summary>
    private static List<string>? SubjectOfTariff(string s)
    {
        var m = SubjectProduct().Match(s);
        if (!m.Success) return null;
        var phrase = m.Groups["p"].Value;
        var products = Products(phrase, EntityFinder.Find(phrase).Select(x => phrase[x.Start..x.End])).Where(x => IsProductWord(x.Split(' ')[^1])).ToList();
        return products.Count > 0 ? products : null;
    }

    /// <summary>"India halves its wine tariff", "URA: wheat duty falls": goods a headline names as the modifier of its tariff word.</summary>
    private static List<string>? ModifierGoods(string headline)
    {
        var mentions = Parties(headline);
        foreach (Match k in TariffWord().Matches(headline))
        {
            var words = ModifierWords().Match(headline[..k.Index]);
            if (!words.Success) continue;
            var captured = words.Groups["w"].Captures;
            var kept = new List<Capture>();
            for (var i = captured.Count - 1; i >= 0; i--)
            {
                var w = captured[i];
                if (ImportWord().IsMatch(w.Value) && kept.Count == 0) continue;
                if (!IsProductWord(w.Value) || TariffKind().IsMatch(w.Value) || char.IsUpper(w.Value[0]) && !w.Value.All(char.IsUpper) || mentions.Any(x => x.Start < w.Index + w.Length && x.End > w.Index)) break;
                kept.Insert(0, w);
            }
            if (kept.Count > 0) return [string.Join(' ', kept.Select(w => w.Value))];
        }
        return null;
    }

    [GeneratedRegex(@"\G(?:\s*(?:,|&|and|or)\s*[A-Z][\w-]*)*\s+imports\b")]
    private static partial Regex AdjectiveImports();

    [GeneratedRegex(@"\b(?:also|separately|separate|in\s+addition|additionally|as\s+well|another|other)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AnotherMeasure();

    /// <summary>A sentence about the harm a tariff has done ("Tariffs on steel have already hurt Ontario mills", "duties on lumber
    /// hurt sawmills last year", "The levy on rice has weighed on farmers"): background, not a measure's statement.</summary>
    [GeneratedRegex(@"\b(?:(?:has|have|had)\s+(?:already\s+|long\s+|badly\s+|severely\s+)?(?:hurt|hit|harmed|damaged|weighed\s+on|squeezed|battered|dented|crippled|cost)|hurt|harmed|damaged|battered|crippled|weighed\s+on)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Background();

    /// <summary>Kinds of tariff named as its modifier that are no goods: "security tariff", "fentanyl tariff", "border levy".</summary>
    [GeneratedRegex(@"^(?:security|fentanyl|border|penalty|emergency|trade|war|protection|protective|sanctions?|carbon|solidarity|reciprocity|secondary|retaliation|revenue|stamp|entry|exit)$", RegexOptions.IgnoreCase)]
    private static partial Regex TariffKind();

    /// <summary>The words right before a tariff word.</summary>
    [GeneratedRegex(@"(?:(?<w>[A-Za-z][\w-]*)\s+){1,4}$")]
    private static partial Regex ModifierWords();

    /// <summary>Goods named as a whole trade: "goods", "products", "exports", "merchandise" (not "certain products", "those goods").</summary>
    [GeneratedRegex(@"(?<!\b(?:certain|some|selected|select|those|these|such|remaining|listed|other|specific|the)\s)\b(?:goods|products|exports|merchandise)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WholeTradeWords();
}
