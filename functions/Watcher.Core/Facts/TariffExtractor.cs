using System.Text.RegularExpressions;
using Watcher.Core.Entities;

namespace Watcher.Core.Facts;

/// <summary>
/// Finds tariff measures sentence by sentence, deterministically: a rate ("76%", "25 per cent") next to a tariff word
/// (tariff, levy, duty, surtax), the country before the verb as the imposer, the product phrase after "on" (or before the rate),
/// the target from a country adjective or noun in that phrase or a "from X"; the verbs decide the action.
/// </summary>
public static partial class TariffExtractor
{
    public static List<TariffMeasure> Extract(string text) => Extract(text, headlineRestated: true);

    /// <param name="sourceCountry">The outlet's country (ISO-2 or a party id such as EU), or null: the imposer of the measures of an
    /// item whose own institutions act ("The Government has reduced …") and that names no country they could be — a last resort,
    /// after every cue of the text (<see cref="HomeCountry.Of"/>).</param>
    public static List<TariffMeasure> Extract(string text, string? sourceCountry) => Extract(text, headlineRestated: true, sourceCountry);

    /// <param name="headlineRestated">Fold a headline's measure into the one measure the body states with the same parties
    /// and rate (see <see cref="FoldHeadline"/>); story fingerprints read the measures as stated, sentence by sentence.</param>
    internal static List<TariffMeasure> Extract(string text, bool headlineRestated, string? sourceCountry = null) =>
        new ItemReading(text, sourceCountry).Measures(headlineRestated);

    /// <summary>The sentence loop of a reading (<see cref="ItemReading"/>): the measures as each sentence states them, and what the
    /// item's own readers after it lean on.</summary>
    private static SentenceReading ReadSentences(string text, string? sourceCountry)
    {
        var result = new List<TariffMeasure>();
        string? headline = null;
        string? lastDate = null;
        string? lastImposer = null;
        IReadOnlyList<string>? lastProducts = null;
        (IReadOnlyList<string> Products, string? Imposer, IReadOnlyList<string>? Targets)? mentioned = null;
        string? carriedTarget = null;
        string? lastEvidence = null;
        var announced = false;
        // the item-level context a later rate statement may lean on: who the item last said imposes a measure (headline included),
        // whether it has named a tariff at all, and the imposer and origin of a list of rates that runs line by line
        string? itemImposer = null;
        var tariffNamed = false;
        (string Imposer, string Target)? rateList = null;
        (string Imposer, string Target, (int Goods, int Rate, bool Percent) Columns, string? GoodsOf, bool Generic)? goodsTable = null;
        var originGroup = new OriginGroup();
        // the last measure the item stated, which a later rate clause may continue across sentences about something else
        Discourse? discourse = null;
        // (a currency is no country: "a duty of US$ 0.36 per kilogram", see NamesCountry)
        var parties = Parties(text);
        var countries = parties.Where(m => m.Entity.Kind != EntityKind.Leader || m.Entity.Country is not null)
            .Select(m => m.CountryId).Distinct(StringComparer.Ordinal).ToList();
        var possibleImposers = PossibleImposers(text, parties, countries);
        // "Kenya imports nearly all of its palm oil, mainly from Malaysia and Indonesia": the origins an item names do not stand
        // beside the one country it names otherwise
        // "The Storting on Wednesday adopted …", "the national Government reduced …": an item whose own institutions act states its
        // measures as its home country's
        var implied = ImpliedImposer(text, parties, possibleImposers);
        string? impliedOrigin = null;
        // "Vietnamese coated steel faces Thai dumping duties of up to 18.7%": a headline's country adjective before the duty lays it, on
        // the origin each sentence names (session 23, extract40)
        if (implied is null && AdjectiveImposer(text, parties) is { } adjective) (implied, impliedOrigin, lastImposer) = (adjective, "", adjective);
        // (the outlet's country only when the text names none it could be: it is a key of the sentence memo through `implied`)
        if (implied is null && HomeCountry.Of(text, parties, HomeCandidates(text, parties, possibleImposers), sourceCountry) is { } home)
            (implied, impliedOrigin) = (home, HomeOrigin(text, parties, home));
        // "FG waives 10% duty …", "Comex applies surcharges …", "Local juice makers welcome 15% customs duty": a national institution no
        // country's name goes with, or the home's own people reacting, under the one country the item's evidence names (session 24,
        // extract43: HomeCountry.Unnamed.cs)
        if (implied is null && HomeCountry.OfUnnamedInstitution(text, parties, possibleImposers, sourceCountry) is { } own)
            (implied, impliedOrigin) = (own, HomeOrigin(text, parties, own));
        string? previousText = null;
        var previousHeaded = false;
        var previousTariffWord = false;
        var sentences = SentenceSplitter.Split(text);
        foreach (var written in sentences)
        {
            // "4:46 pm: Plastic food boxes to attract 25 per cent duty": a live blog's posting time is no part of the statement
            // (TariffExtractor.PostedTime.cs)
            var sentence = WithoutPostedTime(written);
            // a post is a statement of its own: it carries no goods from the posts before it (TariffExtractor.LivePost.cs)
            var post = sentence.Start != written.Start;
            if (post) (lastProducts, mentioned) = (null, null);
            headline ??= sentence.Text;
            // (what the sentence can hold, found once: a reader that needs what it lacks is not asked; TariffExtractor.SentenceSigns.cs)
            var signs = SentenceSigns.Of(sentence.Text);
            var tariffWord = signs.Duty && TariffWord().IsMatch(sentence.Text);
            // a list under country headings follows a sentence about the duty, or another heading ("Market shares of importers are as
            // follows: - China: 40%" is no list of rates)
            var afterDuty = previousHeaded || previousTariffWord;
            var leadIn = previousText;
            (previousText, previousHeaded, previousTariffWord) = (sentence.Text, false, tariffWord);
            // "Canada announced surtaxes on the following US goods:" then "- steel products: 25%" line by line
            // "… on wind towers from two countries:" then "- Vietnam — 21.3%": a line under a country heading is that country's rate
            var headingGoods = mentioned?.Products ?? lastProducts ?? ["goods"];
            if (signs.Rate && (announced || rateList is not null) && (lastImposer ?? rateList?.Imposer) is { } headingImposer && originGroup.Value?.Contains(headingImposer) != true
                && HeadingRates(sentence.Text, headingImposer, headingGoods, lastDate) is { } headed)
            {
                foreach (var h in headed) Merge(result, h);
                previousHeaded = true;
                continue;
            }
            if (signs.Rate && announced && lastImposer is not null && carriedTarget is not null && ListedRate(sentence.Text, lastImposer, carriedTarget, lastDate) is { } listed)
            {
                Merge(result, listed);
                continue;
            }
            // "Item | Current rate | New rate" then "Paint and varnishes | 15% | 32%" line by line, until a line that is no such row
            // (TariffExtractor.GoodsTables.cs)
            if (goodsTable is { } table)
            {
                if (GoodsTableRow(sentence.Text, table.Columns, table.Imposer, table.Target, lastDate) is { } row
                    && (table.GoodsOf is null || RowGoodsIn(row, table.GoodsOf)))
                {
                    // (review fix18x) "The new rates, effective April 1, are:" over "Petrol | 18 | 20": a table that names no duty itself
                    // lists no customs duty on fuel, alcohol or tobacco (their excise)
                    if (!(table.Generic && row.Products.All(IsExciseGood))) Merge(result, row);
                    continue;
                }
                goodsTable = null;
            }
            if (tariffNamed && GoodsTableHeader(sentence.Text) is { } columns && DutyTable(sentence.Text, leadIn) is var (duty, goodsOf, generic) && duty
                && (itemImposer ?? implied ?? (countries is [var tableHome] ? tableHome : null)) is { } tableImposer)
            {
                goodsTable = (tableImposer, carriedTarget is { } tt && tt != tableImposer ? tt : "*", columns, goodsOf, generic);
                rateList = null;
                continue;
            }
            // "The new rates are as follows:" then "- Cement: 25% (previously 10%)" line by line, until a line that is no such line
            if (rateList is { } list)
            {
                if (ListedRate(sentence.Text, list.Imposer, list.Target, lastDate) is { } line)
                {
                    Merge(result, line);
                    continue;
                }
                rateList = null;
            }
            if (discourse is { } open && StartsParagraph(text, sentence.Start) is var newParagraph && (newParagraph || signs.Duty || signs.RateWord)
                && EndsDiscourse(sentence.Text, open, newParagraph)) discourse = null;
            // "Vietnam will cut its MFN tariffs … . [a sentence about the US] . The tariff on chicken will fall to 15%": a rate sentence that
            // names no country at all is the item's last imposer's
            var carriedImposer = lastImposer
                ?? (itemImposer is not null && sentence.Text.AsSpan().IndexOfAnyInRange('0', '9') >= 0 && Parties(sentence.Text).Count == 0 ? itemImposer : null);
            var found = !signs.Rate ? [] : SentenceMemo.Find(new(sentence.Text, lastDate, carriedImposer, lastProducts, possibleImposers, carriedTarget, announced, implied, impliedOrigin),
                static c => FromSentence(c.Sentence, c.Date, c.Imposer, c.Products, c.Countries, c.Target, c.Announced, c.Implied, c.ImpliedOrigin));
            // "[Commerce is issuing orders on boxes from Cambodia and Thailand. …] Cambodia: Sunrise Plastics, 37.61 percent; all others,
            // 37.61 percent.": once the item has named a tariff and its imposer, rates under a country heading are that country's
            // (not when that imposer is one of the origins the item lists: it was read wrongly)
            if (found.Count == 0 && signs.Rate && afterDuty && (lastImposer ?? itemImposer) is { } listImposerBefore && originGroup.Value?.Contains(listImposerBefore) != true
                && HeadingRates(sentence.Text, listImposerBefore, headingGoods, lastDate) is { } underHeading)
                (found, previousHeaded) = (underHeading, true);
            // "[… routers and modems …] The import tax on set-top boxes stays at 25%", "[… candles …] Paraffin wax, the main input, remains at
            // 5% duty": a sentence reading whose goods the sentence does not name (carried from before) takes the goods the sentence's own
            // subject names at that rate (TariffExtractor.RateInForce.cs)
            if (found.Count > 0 && signs.Duty && found.Any(f => !NamesOwnGoods(sentence.Text, f.Products))
                && (GoodsSubjectRates(sentence.Text, tariffNamed, carriedImposer ?? itemImposer ?? implied, carriedTarget, lastDate, null, true)
                    ?? RatesInForce(sentence.Text, carriedImposer ?? itemImposer ?? implied, carriedTarget, lastDate, discourse is not null)) is { Count: > 0 } ownReading)
                found = WithOwnGoods(found, ownReading, sentence.Text);
            // "Avocados will face an additional 30 percent, tractors 20 percent …", "Chinese steel faces 25% duty": goods as the subject of a
            // charge, under the imposer the item carries (TariffExtractor.GoodsSubject.cs)
            if (found.Count == 0 && GoodsSubjectRates(sentence.Text, tariffNamed, carriedImposer ?? itemImposer ?? implied, carriedTarget, lastDate, lastProducts ?? mentioned?.Products, discourse is not null || lastEvidence is null) is { Count: > 0 } charged)
                found = charged;
            // "Import duty on liquid soap remains at 25 percent", "Indian exporters … continue to face a combined 50 per cent tariff": a rate
            // in force, stated as staying what it is (TariffExtractor.RateInForce.cs; every form names a tariff word and a rate)
            if (found.Count == 0 && signs.Rate && signs.Duty
                && RatesInForce(sentence.Text, carriedImposer ?? itemImposer ?? implied, carriedTarget, lastDate, discourse is not null) is { Count: > 0 } inForce)
                found = inForce;
            // "[… raises the duty on kajmak to 25%.] The rate on sour cream remains at 15%": a kept rate named by "the rate on" its goods is
            // the last measure's duty (TariffExtractor.RateKept.cs)
            // (a reading at the same rate on goods carried from before takes the goods the rate is kept on: "[… ceramic tiles …] The rate
            // for roof tiles stays at 10 percent")
            if (signs.Rate && signs.RateWord && discourse is { } kept && RatesKept(sentence.Text, kept.Imposer, kept.Target, lastDate) is { } keptRates)
                found = found.Count == 0 ? keptRates
                    : found.Select(f => keptRates.FirstOrDefault(k => k.Rate == f.Rate && k.RateUnit == f.RateUnit) is { } own ? f with { Products = own.Products } : f).ToList();
            // "[… compensatory quotas are imposed on imports of X originating in China … as follows:] c. for imports from all other exporters,
            // US$1.43 per kilogram": the origin's rate in a remedy's row that names no duty (TariffExtractor.AllOthersRow.cs)
            if (found.Count == 0 && signs.Rate && tariffNamed
                && AllOthersRow(sentence.Text, lastImposer ?? itemImposer ?? implied, carriedTarget is { } rowOrigin && rowOrigin != "*" ? rowOrigin : mentioned?.Targets is [var namedOrigin] ? namedOrigin : null,
                    mentioned?.Products ?? lastProducts, lastDate) is { } othersRow)
                found = [othersRow];
            // "[The US set duties of 118% on Vietnamese dinnerware.] [Vietnam shipped $75 million …, up 31%.] Thai exporters face rates of up
            // to 22%": a rate clause without a tariff word continues the item's last measure, not only the sentence's right before it
            if (found.Count == 0 && carriedImposer is null && CarryOn && discourse is { } carried && sentence.Text.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
                found = FromSentence(sentence.Text, lastDate, carried.Imposer, carried.Products, possibleImposers, carried.Target, false, implied, impliedOrigin);
            // "The list also includes fruit juices at 120% and tyres at 30%", "New rates apply to perfumes (40%), watches (30%) and handbags
            // (25%)": a prose list of goods and rates, paired by position, under the measure of the sentence, the announcement before it,
            // the item's last measure, or (a sentence that names a tariff) the item's imposer
            var (listImposerOf, listTargetOf) = found.Count > 0 ? (found[^1].Imposer, found[^1].Target)
                : announced && lastImposer is not null ? (lastImposer, carriedTarget is { } ct && ct != lastImposer ? ct : "*")
                : discourse is { } d ? (d.Imposer, d.Target)
                : (tariffWord || (tariffNamed && signs.RateWord && RatesWord().IsMatch(sentence.Text))) && (itemImposer ?? implied) is { } namedImposer ? (namedImposer, "*")
                : ((string?)null, "*");
            // (a prose list has digits: ProseListRates reads none in a sentence without one, so its action is not worked out)
            if (listImposerOf is not null && sentence.Text.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
            {
                // (a rate the sentence's own readers already took, with its goods, stays theirs: "Thai aluminium extrusions: mandatory
                // respondents (4.1%) …"; compared only with what they took, never with the list's own earlier pairs: "perfumes (20%),
                // watches (20%) and handbags (20%)" are three measures)
                var readBefore = found.Count;
                foreach (var pair in ProseListRates(sentence.Text, listImposerOf, listTargetOf, found.Count > 0 ? found[^1].Action : Action(sentence.Text.ToLowerInvariant()), found.Count > 0 ? found[^1].Date : lastDate))
                {
                    var same = found.FindIndex(0, readBefore, f => f.Rate == pair.Rate && f.RateUnit == pair.RateUnit);
                    if (same < 0) found.Add(pair);
                    else if (IsGeneric(found[same].Products)) found[same] = found[same] with { Products = pair.Products };
                }
            }
            // "duties on certain steel products … paying duties of up to 40% on some products": the generic product is the one named before
            // (only from a sentence that named the same imposer imposing it)
            if (mentioned is { } m)
                for (var k = 0; k < found.Count; k++)
                    if (IsGeneric(found[k].Products) && (m.Imposer is null ? m.Targets!.Contains(found[k].Target) : found[k].Imposer == m.Imposer) && !StatedOnOtherGoods(found[k]))
                        found[k] = found[k] with { Products = m.Products };
            var plain = BlankCodes(sentence.Text);
            // "… on fertiliser from Russia and Belarus. Duties of 40% will apply to imports from the two countries.": a group of origins
            // that refers back to the list of countries named before is each of them
            if (found.Count > 0 && GroupReferredTo(sentence.Text, originGroup) is { } group
                && Parties(sentence.Text).All(x => found.Any(f => f.Imposer == x.CountryId)))
                found = EachOfGroup(found, group, mentioned?.Products);
            // "10:36 Scooter duty up to 50 percent", "Paddleboards: the 20 percent duty is gone": a post's goods in its opening
            if (post && found.Count > 0) found = WithPostGoods(found, sentence.Text);
            if (found.Count > 0) lastProducts = found[^1].Products;
            if (found.Select(f => f.Target).Where(t => t != "*").Distinct().Count() >= 2) originGroup.Set(found.Select(f => f.Target).Where(t => t != "*").Distinct().ToList());
            // (its origin list is read when a rule asks for the group: TariffExtractor.OriginGroup.cs)
            else originGroup.Offer(plain);
            var announcedBy = found.Count > 0 || !signs.Duty ? null : ImposerWithoutRate(plain);
            if (announcedBy is not null && MentionedProducts(plain) is { Count: > 0 } named) mentioned = (named, announcedBy, null);
            // "Govt sets dumping duties on nylon film" over "Shipments from China are subject to a 24.5 percent duty": a headline
            // without a rate names the product of the body's generic one, whoever imposes it
            // (only for the targets its product phrase names: "… duties on Chinese, Thai nylon film")
            else if (ReferenceEquals(headline, sentence.Text) && found.Count == 0 && signs.Duty && MentionedProducts(plain) is { Count: > 0 } headlined
                && PhraseCountries(plain) is { Count: > 0 } targets) mentioned = (headlined, null, targets);
            // "… the imposition of Safeguard Import Duty against imports of carpets …" with no country named: the goods of a later measure
            // on every origin
            else if (found.Count == 0 && announcedBy is null && signs.Duty && Parties(plain).Count == 0 && MeasuresOn().Match(plain) is { Success: true } everyOrigin
                && ImposingVerb().IsMatch(plain[..everyOrigin.Groups["p"].Index]) && MentionedProducts(plain) is { Count: > 0 } allOrigins)
                mentioned = (allOrigins, null, ["*"]);
            // "… welcomed the finance ministry's decision to levy anti-dumping duty on aluminium foil from China", "the investigation into
            // imports of pork originating in the European Union": an announcement whose imposer goes unnamed still names the goods and origin
            var unnamed = found.Count == 0 && announcedBy is null && signs.Duty ? UnnamedAnnouncement(plain) : null;
            if (unnamed is { } u && !(ReferenceEquals(headline, sentence.Text) && mentioned is not null)) mentioned = (u.Products, null, u.Targets);
            if (found.Count == 0 && lastEvidence is not null && WidensToEveryOrigin(sentence.Text)) WidenToEveryOrigin(result, lastEvidence);
            foreach (var measure in found)
            {
                if (measure.Date is not null) lastDate = measure.Date;
                Merge(result, measure);
            }
            // "The government also announced …": a sentence without a named imposer continues the one before it, and so does
            // one after "The Commission imposed safeguard measures on …" that names no rate
            lastImposer = found.Count > 0 ? found[^1].Imposer : announcedBy;
            // "… on grinding balls from China. The duties range from …": the next sentence's rate is on the same target
            carriedTarget = found.Count > 0 ? found[^1].Target : announcedBy is not null ? MentionedTarget(plain, announcedBy)
                : unnamed is { } v ? v.Targets[0] : KeepsContext(sentence.Text) ? carriedTarget : null;
            announced = found.Count == 0 && announcedBy is not null;
            itemImposer = found.Count > 0 ? found[^1].Imposer : announcedBy ?? itemImposer ?? (tariffWord ? OpeningCountry(sentence.Text) : null);
            if (found.Count == 0 && !announced && OpensRateList(sentence.Text, tariffNamed)
                && (itemImposer ?? implied ?? (countries is [var one] ? one : null)) is { } listImposer)
                rateList = (listImposer, carriedTarget is { } t && t != listImposer ? t : "*");
            tariffNamed |= tariffWord;
            if (found.Count > 0) lastEvidence = sentence.Text;
            if (found.Count > 0) discourse = new(found[^1].Imposer, found[^1].Target, found[^1].Products);
        }
        return new(text, result, sentences, parties, possibleImposers, implied, headline, sourceCountry);
    }

    /// <summary>What <see cref="ReadSentences"/> read: never changed after (each reading finishes a copy of its measures).</summary>
    private sealed record SentenceReading(string Text, List<TariffMeasure> Measures, List<Sentence> Sentences, List<Mention> Parties,
        List<string> PossibleImposers, string? Implied, string? Headline, string? SourceCountry);

    /// <summary>The measures of a sentence reading: as stated, or (<paramref name="headlineRestated"/>) the item's.</summary>
    private static List<TariffMeasure> Finish(SentenceReading read, bool headlineRestated)
    {
        var (text, result, headline) = (read.Text, new List<TariffMeasure>(read.Measures), read.Headline);
        // a second reading, by clause structure, of the rates no sentence pattern attached (ClauseReader; off unless measured better)
        if (headlineRestated && ClauseReader.Combined)
            foreach (var second in ClauseReader.Read(text, result)) Merge(result, second);
        // per-origin rate lists and tables ("Brazil, 8.27 percent; China, 213.26 percent"), read as lists (TariffExtractor.Tables.cs)
        // (as the clause reader, only for the item's measures: a story's fingerprint reads the measures as each sentence states them)
        if (headlineRestated) ReadRateTables(result, text, read.Sentences, read.Parties, read.PossibleImposers, read.Implied);
        if (headlineRestated && headline is not null) FoldHeadline(result, headline);
        // a remedy's headline origins lay none of its duties: the home's or the outlet's (TariffExtractor.RemedyOrigins.cs)
        if (headlineRestated) RemedyOriginsLayNothing(result, text, headline, read.Implied, read.SourceCountry);
        if (headlineRestated) GeneralDutyOnEveryOrigin(result, text, read.Sentences);
        if (headlineRestated) GoodsOfTheRateClause(result);
        if (headlineRestated) GoodsOfThePredicate(result);
        if (headlineRestated) GoodsOfTheItem(result, text);
        if (headlineRestated) GoodsOfTheListInScope(result);
        DropSharedTopRates(result);
        SpellOutAbbreviations(result, text);
        // "Rs 50 per kg" in Sri Lanka's cess, "500 shillings per kg" in Uganda's duty: a currency word several countries share is the imposer's
        for (var i = 0; i < result.Count; i++)
            if (result[i].RateUnit != "percent" && RateParser.InImposersCurrency(result[i].RateUnit, result[i].Imposer, result[i].Evidence) is var unit
                && !ReferenceEquals(unit, result[i].RateUnit))
                result[i] = result[i] with { RateUnit = unit };
        return result;
    }

    /// <summary>The sentence with its product codes in brackets ("steel pipes (HS 7304) from China") blanked, so that every offset
    /// stays the sentence's.</summary>
    /// <remarks>A bracketed abbreviation that glosses the words before it, inside a goods phrase ("computer numerically controlled
    /// (CNC) machine tools", "urea, diammonium phosphate (DAP) and potassium chloride", "empty liquefied petroleum gas (LPG)
    /// cylinders"), is blanked too: the phrase runs on past it to its head and the rest of its list.</remarks>
    private static string BlankCodes(string s)
    {
        if (!s.Contains('(')) return s;
        s = ProductCode().Replace(s, c => new string(' ', c.Length));
        return s.Contains('(') ? GlossInPhrase().Replace(s, g => GoodsKey.Glosses(g.Groups["a"].Value, s[..g.Index]) ? new string(' ', g.Length) : g.Value) : s;
    }

    /// <summary>A bracketed abbreviation between two lower-case words: "… controlled (CNC) machine …", "… phosphate (DAP) and …"
    /// (not after a name, "the Gulf Cooperation Council (GCC) has", nor before a participle, "vehicles (ATVs) used in").</summary>
    [GeneratedRegex(@"(?<=(?:^|\s)[a-z][a-z-]*\s)\((?<a>[A-Z][A-Z0-9]{1,5}s?)\)(?=\s+(?![a-z]+ed\b)[a-z])")]
    private static partial Regex GlossInPhrase();

    /// <summary>The countries an item names other than only as the origin of goods ("steel melted and poured in China", "imports
    /// from Vietnam", "Chinese steel"): a country that never appears except as where goods come from is no imposer the item leaves
    /// unnamed.</summary>
    private static List<string> PossibleImposers(string text, List<Mention> parties, List<string> countries)
    {
        // "mainly from Malaysia and Indonesia": a country joined to an origin is one too
        var origin = new bool[parties.Count];
        for (var i = 0; i < parties.Count; i++)
            origin[i] = NamedAsOrigin(text, parties[i]) || OriginCompound(text, parties[i])
                || (i > 0 && origin[i - 1] && Joined(text, parties[i - 1], parties[i]));
        return countries.Where(c => parties.Where((m, i) => m.CountryId == c && !origin[i]).Any()).ToList();
    }

    private static bool NamedAsOrigin(string s, Mention m) =>
        s[LineStart(s, m.Start, 30)..m.Start] is var before && (OriginBefore().IsMatch(before) || FromBeforeMention().IsMatch(before))
        || RateStatedFor(s, m) || OutsideOf(s, m) || LaterOriginNamed(s, m)
        || (m.Form == MentionForm.Adjective && AdjectiveProduct().Match(s, m.End) is { Success: true } goods && goods.Index == m.End
            && !NotProductWord().IsMatch(goods.Groups["p"].Value.Split(' ')[0]) && !TariffWord().IsMatch(goods.Groups["p"].Value));

    /// <summary>The country a sentence opens with, as its subject or its owner ("Saudi Arabia raises …", "Oman's Council of Ministers
    /// approved …"): who a tariff sentence that states no rate is about.</summary>
    private static string? OpeningCountry(string s) =>
        Parties(s).FirstOrDefault() is { Entity.Kind: not EntityKind.Leader } m && s[..m.Start].Trim() is "" or "The" or "the" ? m.CountryId : null;

    /// <summary>The countries and customs unions a sentence names: a trade agreement or forum ("USMCA", "WTO", "ASEAN") neither
    /// imposes a tariff nor has one imposed on it.</summary>
    private static List<Mention> Parties(string s)
    {
        // EntityFinder hands out a new list: kept in place, without a filter's closure and iterator (asked a dozen times a sentence)
        var parties = EntityFinder.Find(s);
        var kept = 0;
        for (var i = 0; i < parties.Count; i++)
            if (IsParty(parties[i]) && NamesCountry(s, parties[i]) && !BlocBystander(s, parties, i)) parties[kept++] = parties[i];
        parties.RemoveRange(kept, parties.Count - kept);
        return parties;
    }

    /// <summary>"Vietnam pays 20% under its deal with Washington", "… under its own agreement": a rate the sentence ties to a deal with
    /// a party other than the imposer before (or to the origin's own deal) is that deal's, not a continuation of the measure before.</summary>
    private static bool UnderOthersDeal(string s, string previousImposer)
    {
        var deal = OthersDeal().Match(s);
        if (!deal.Success) return false;
        if (!deal.Groups["with"].Success) return true;
        return Parties(s[deal.Groups["with"].Index..]).FirstOrDefault() is { } partner && partner.CountryId != previousImposer;
    }

    [GeneratedRegex(@"\b(?:under|through|thanks\s+to|as\s+part\s+of)\s+(?:its|their|a|the)\s+(?:(?:own|separate|bilateral|new|recent|trade|tariff|framework)\s+){0,3}(?:deal|agreement|pact|accord|arrangement|treaty)(?:\s+(?<with>with\s+)|(?<=\bits\s+own\s+\w+|\btheir\s+own\s+\w+))", RegexOptions.IgnoreCase)]
    private static partial Regex OthersDeal();

    /// <summary>A country's name or adjective is capitalised ("french fries", "turkey meat" and "china clay" are goods), and a
    /// place named after a country is not it ("New Britain", "New Mexico"); in a Title Case headline "New" before a country is an
    /// adjective ("Trump Unveils New China Tariffs"), so only the places of a closed list are not their country; a country's code
    /// before a dollar sign is a currency ("parcels under US$41", "US$ 1.02/kg", "NZ$3 million", "US $41"); a country word that ends a firm's name names the firm (<see cref="EndsFirmName"/>).</summary>
    private static bool NamesCountry(string s, Mention m) =>
        !(m.End < s.Length && (s[m.End] == '$' || (s[m.End] == ' ' && m.End + 1 < s.Length && s[m.End + 1] == '$' && m.End - m.Start <= 3)))
        && (m.Form is not (MentionForm.Noun or MentionForm.Adjective)
        || (s.AsSpan(m.Start, m.End - m.Start).IndexOfAnyInRange('A', 'Z') >= 0
            && !(s.AsSpan(0, m.Start).EndsWith("New ", StringComparison.Ordinal) && NewPlace().IsMatch(s, m.Start))))
        && !EndsFirmName(s, m);

    /// <summary>Places named "New" and a country: New Mexico, New Britain, New Caledonia, New South Wales, New England, New Guinea
    /// (and Papua New Guinea), New Ireland, New Holland, New Spain, New Granada, New Jersey.</summary>
    [GeneratedRegex(@"\G(?:Mexic\w*|Britain|Caledonia\w*|South\s+Wales|Wales|England|Guinea\w*|Ireland|Holland|Spain|Granada|Jersey)\b")]
    private static partial Regex NewPlace();

    private static bool IsParty(Mention m) => m.Entity.Kind != EntityKind.Bloc || m.CountryId is "EU" or "EAEU" or "MERCOSUR" or "SACU" or "GCC";

    /// <summary>A headline is at most this many words; a longer first sentence is a lede, which states its own measures.</summary>
    private const int HeadlineWords = 14;

    /// <summary>
    /// A headline names the measure its article states, often with a shorter word for the product ("…on ferroalloy imports"
    /// over "ferrosilicon and manganese alloy", "footwear" over "shoes", "graphite" over "anode active material"). A headline
    /// measure whose imposer, target and rate only one body measure has is that measure: its products join the body's.
    /// </summary>
    private static void FoldHeadline(List<TariffMeasure> result, string headline)
    {
        if (!HeadlineLike(headline)) return;
        for (var i = result.Count - 1; i >= 0; i--)
        {
            var h = result[i];
            if (h.Evidence != headline || h.Rate is not { } rate) continue;
            var body = result.Where(m => m.Evidence != headline && m.Imposer == h.Imposer && m.Target == h.Target && m.RateUnit == h.RateUnit && m.Rate == rate).ToList();
            // "India-EU FTA: car import duty cut to 40%" over "India cut its duty on cars from the EU to 40%": a headline that names its
            // parties as a pair ("X-Y FTA", "X/Y deal") does not say which of them cuts; the body's measure at that rate does
            if (body.Count == 0 && PairedInHeadline(headline, h.Imposer, h.Target))
                body = result.Where(m => m.Evidence != headline && m.Imposer == h.Target && m.Target == h.Imposer && m.RateUnit == h.RateUnit && m.Rate == rate).ToList();
            if (body is not [var only]) continue;
            var k = result.IndexOf(only);
            result[k] = only with { Products = [.. only.Products, .. h.Products.Where(p => !only.Products.Contains(p, StringComparer.OrdinalIgnoreCase))] };
            result.RemoveAt(i);
        }
        // "Japan sets duties of up to 39.9% on steel from China, S. Korea" over a body that gives Korea its own 13.4%: a headline's top
        // rate is not every named origin's
        if (!UpTo().IsMatch(headline)) return;
        for (var i = result.Count - 1; i >= 0; i--)
        {
            var h = result[i];
            if (h.Evidence == headline && result.Any(m => m.Evidence != headline && m.Imposer == h.Imposer && m.Target == h.Target && m.RateUnit == h.RateUnit && m.Rate != h.Rate))
                result.RemoveAt(i);
        }
    }

    /// <summary>"India-EU FTA", "US/China deal", "UK–India pact": the two parties named as one pair, joined by a hyphen, a dash or a
    /// slash, in either order.</summary>
    private static bool PairedInHeadline(string headline, string a, string b)
    {
        if (a == "*" || b == "*" || a == b) return false;
        var parties = Parties(headline);
        for (var i = 1; i < parties.Count; i++)
        {
            var (x, y) = (parties[i - 1], parties[i]);
            if (y.Start - x.End == 1 && headline[x.End] is '-' or '–' or '/'
                && ((x.CountryId == a && y.CountryId == b) || (x.CountryId == b && y.CountryId == a))) return true;
        }
        return false;
    }

    /// <summary>"… on mono ethylene glycol (MEG) imported from …" then "The duty on MEG from Kuwait is …": an abbreviation the item defines
    /// after a product's name is that product, named as the item first named it.</summary>
    private static void SpellOutAbbreviations(List<TariffMeasure> result, string text)
    {
        if (!result.Any(m => m.Products.Any(p => p.Length is >= 2 and <= 6 && p.All(char.IsUpper)))) return;
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match d in Defined().Matches(text))
        {
            var acronym = d.Groups["a"].Value;
            var words = d.Groups["p"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // the fewest last words that open with the abbreviation's first letter and end with a word that opens with its last
            for (var k = 1; k <= Math.Min(acronym.Length, words.Length); k++)
            {
                var name = words[^k..];
                if (char.ToUpperInvariant(name[0][0]) != acronym[0] || char.ToUpperInvariant(name[^1][0]) != acronym[^1]) continue;
                names.TryAdd(acronym, string.Join(' ', name));
                break;
            }
        }
        for (var i = 0; i < result.Count; i++)
            if (result[i].Products.Any(names.ContainsKey))
                result[i] = result[i] with { Products = [.. result[i].Products.Select(p => names.GetValueOrDefault(p, p)).Distinct(StringComparer.OrdinalIgnoreCase)] };
    }

    /// <summary>A country named as a market ("diverted from the US market") or as the one a measure matches ("matching the EU") is a
    /// place or a comparison, not a party to the measure.</summary>
    private static bool PlaceOrComparison(string s, Mention m) =>
        MarketAfter().IsMatch(s.AsSpan(m.End..Math.Min(s.Length, m.End + 10))) || ComparisonBefore().IsMatch(s.AsSpan(Math.Max(0, m.Start - 24)..m.Start));

    /// <summary>"anti-dumping duty of up to $147 per tonne on MEG from Kuwait, Saudi Arabia and Singapore" then "The duty on imports from
    /// Kuwait is $82.4 …": a top rate stated once for several origins is the top of their range, not each origin's rate; where the item
    /// gives an origin its own rate on the same goods, the shared top rate is not that origin's measure.</summary>
    private static void DropSharedTopRates(List<TariffMeasure> result)
    {
        var shared = result.Where(m => UpTo().IsMatch(m.Evidence)
            && result.Count(o => o.Evidence == m.Evidence && o.Imposer == m.Imposer && o.Rate == m.Rate && o.RateUnit == m.RateUnit) > 1
            && result.Any(o => o.Evidence != m.Evidence && o.Imposer == m.Imposer && o.Target == m.Target && o.RateUnit == m.RateUnit && o.Rate != m.Rate
                && (IsGeneric(o.Products) || ProductsOverlap(o.Products, m.Products)))).ToList();
        result.RemoveAll(m => shared.Any(x => ReferenceEquals(x, m)));
    }

    /// <summary>
    /// One article often states a measure twice (headline and body, "38%" and "38.1%", "EVs" and "electric vehicles"):
    /// the same imposer, about the same rate and overlapping products are one measure; the fuller sentence wins.
    /// A headline's generic "goods" gives way to the body's specific product at the same rate.
    /// </summary>
    /// <remarks>Two named origins are two measures, whatever their rate and goods ("50% on Brazilian coffee" and "Indian goods face
    /// 50%", "25% on steel from China" and "25% on steel from Vietnam"): across sentences only a reading on every origin ("*") restates
    /// one on a named origin. A rate within a point is the same rate rounded only for the same origin: "a 9.8% duty for one Turkish
    /// exporter" and "the 10% customs duty continues to apply" are two (session 27, merge50).</remarks>
    private static void Merge(List<TariffMeasure> result, TariffMeasure found)
    {
        for (var i = 0; i < result.Count; i++)
        {
            var known = result[i];
            if (known.Imposer != found.Imposer || known.RateUnit != found.RateUnit || known.Rate is not { } a || found.Rate is not { } b) continue;
            var sameTarget = known.Target == found.Target;
            if (!sameTarget && (known.Evidence == found.Evidence || (known.Target != "*" && found.Target != "*"))) continue;
            var sameRate = a == b || (sameTarget && Math.Abs(a - b) < 1 && (a == Math.Floor(a) || b == Math.Floor(b)));
            if (!sameRate) continue;
            var overlap = ProductsOverlap(known.Products, found.Products);
            var generic = IsGeneric(known.Products) || IsGeneric(found.Products);
            if (!overlap && !generic) continue;
            var keepFound = generic ? IsGeneric(known.Products) && !IsGeneric(found.Products) : found.Evidence.Length > known.Evidence.Length;
            if (keepFound) result[i] = found;
            return;
        }
        result.Add(found);
    }

    private static bool IsGeneric(IReadOnlyList<string> products) => products is ["goods"];

    /// <summary>The products a sentence without a rate puts a measure on: "extended duties on certain steel products",
    /// "imposed safeguard measures on imports of ferrosilicon and manganese alloys".</summary>
    private static IReadOnlyList<string>? MentionedProducts(string sentence)
    {
        var s = JoinCountryLists(sentence);
        var m = MeasuresOn().Match(s);
        if (!m.Success) return null;
        var phrase = m.Groups["p"].Value;
        var mentions = EntityFinder.Find(phrase).Select(x => phrase[x.Start..x.End]);
        var products = Products(phrase, mentions).Where(x => IsProductWord(x.Split(' ')[^1])).ToList();
        return products.Count > 0 ? products : null;
    }

    private static List<string> PhraseCountries(string sentence)
    {
        var s = JoinCountryLists(sentence);
        var m = MeasuresOn().Match(s);
        if (!m.Success) return [];
        var p = m.Groups["p"];
        var mentions = Parties(s).Where(x => x.Entity.Kind != EntityKind.Leader).ToList();
        // "… on precision pipe exported from China and the Republic of Korea": the origins after the phrase are its countries too
        var named = mentions.Where(x => x.Start >= p.Index && (x.End <= p.Index + p.Length || FromCountry(s, [x], null) is not null))
            .Select(x => x.CountryId).Distinct().ToList();
        if (named.Count > 0) named.AddRange(CoordinatedTargets(s, mentions, named[0], "").Where(c => !named.Contains(c)).ToList());
        return named;
    }

    /// <summary>The imposer of a sentence that announces a measure without a rate ("The European Commission has today
    /// imposed definitive safeguard measures …"), so that the next sentence's rate has one.</summary>
    private static string? ImposerWithoutRate(string s)
    {
        var m = MeasuresOn().Match(s);
        if (!m.Success || !ImposingVerb().IsMatch(s.AsSpan(..m.Groups["p"].Index))) return null;
        var mentions = Parties(s);
        return Imposer(s, mentions, [(m.Groups["p"].Index, m.Groups["p"].Index + m.Groups["p"].Length)], m.Index);
    }

    private static bool ProductsOverlap(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Any(x => b.Any(y => SameProduct(x, y)));

    private static bool SameProduct(string x, string y)
    {
        var sx = Canonical(x);
        var sy = Canonical(y);
        // "polyvinyl butyral (PVB) film" / "PVB film": a bracketed abbreviation names the goods too
        if (GoodsKey.Same(x, y)) return true;
        if (sx.Contains(sy, StringComparison.Ordinal) || sy.Contains(sx, StringComparison.Ordinal)) return true;
        if (Initials(sx) == sy || Initials(sy) == sx) return true;
        var wx = sx.Split(' ').Where(w => w.Length >= 4).ToHashSet(StringComparer.Ordinal);
        var shared = sy.Split(' ').Where(w => w.Length >= 4 && wx.Contains(w)).ToList();
        // "hybrid vehicles" and "electric vehicles": the same head noun under different modifiers names two products
        if (shared is [var head] && sx.Split(' ') is [_, ..] ax && sy.Split(' ') is [_, ..] ay && ax.Length > 1 && ay.Length > 1
            && ax[^1] == head && ay[^1] == head) return false;
        return shared.Count > 0;
    }

    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["car"] = "automobile", ["auto"] = "automobile", ["vehicle"] = "automobile", ["passenger car"] = "automobile",
        ["movie"] = "film", ["motion picture"] = "film",
    };

    /// <summary>The goods' key (<see cref="GoodsKey"/>: lower case, each word singular, one spelling, trade abbreviations spelled
    /// out, a whole-trade word after named goods dropped), with a few trade synonyms folded ("cars", "autos" → "automobile").</summary>
    internal static string Canonical(string product)
    {
        var p = GoodsKey.Of(product);
        return Synonyms.GetValueOrDefault(p, p);
    }

    /// <summary>The key tracker rows were stored under before <see cref="GoodsKey"/> (session 14): lower case, a final "ies" → "y"
    /// or final s dropped, "aluminum" → "aluminium". Read only to find a row stored before the key changed
    /// (<see cref="Tariffs.TariffTracker"/>); never a key to write.</summary>
    internal static string LegacyCanonical(string product)
    {
        var p = product.Trim().ToLowerInvariant();
        p = p.EndsWith("ies", StringComparison.Ordinal) ? p[..^3] + "y" : p.TrimEnd('s');
        return LegacySynonyms.GetValueOrDefault(p, p);
    }

    // the synonyms of then: today's, and the one spelling GoodsKey now folds the other way
    private static readonly Dictionary<string, string> LegacySynonyms = new(Synonyms, StringComparer.Ordinal) { ["aluminum"] = "aluminium" };

    private static string Initials(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length < 2 ? "\0" : new string(words.Select(w => w[0]).ToArray());
    }

    /// <summary>
    /// A country an origin names by example ("from partners …, including Japan, Korea and the EU"): in the list that follows
    /// the group, so "and"/"or" comes before it or a list separator after it ("Amid complaints from partners such as Japan,
    /// the US raised …": the US is the clause's subject, not a fourth example).
    /// </summary>
    private static bool NamedByExample(string s, Mention m)
    {
        var from = Math.Max(0, m.Start - 200);
        if (!IncludedOrigin().IsMatch(s.AsSpan(from, m.Start - from))) return false;
        var before = s.AsSpan(from, m.Start - from).TrimEnd();
        if (before.EndsWith("the", StringComparison.OrdinalIgnoreCase)) before = before[..^3].TrimEnd();
        if (!before.EndsWith(",")) return true; // "including Japan", "… and Korea", "such as the EU"
        var after = s.AsSpan(m.End).TrimStart();
        return after.StartsWith(",") || after.StartsWith("and ", StringComparison.OrdinalIgnoreCase) || after.StartsWith("or ", StringComparison.OrdinalIgnoreCase);
    }
}
