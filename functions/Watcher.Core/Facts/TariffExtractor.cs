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
        foreach (var sentence in sentences)
        {
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
                    if (IsGeneric(found[k].Products) && (m.Imposer is null ? m.Targets!.Contains(found[k].Target) : found[k].Imposer == m.Imposer)) found[k] = found[k] with { Products = m.Products };
            var plain = BlankCodes(sentence.Text);
            // "… on fertiliser from Russia and Belarus. Duties of 40% will apply to imports from the two countries.": a group of origins
            // that refers back to the list of countries named before is each of them
            if (found.Count > 0 && GroupReferredTo(sentence.Text, originGroup) is { } group
                && Parties(sentence.Text).All(x => found.Any(f => f.Imposer == x.CountryId)))
                found = EachOfGroup(found, group, mentioned?.Products);
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
        return new(text, result, sentences, parties, possibleImposers, implied, headline);
    }

    /// <summary>What <see cref="ReadSentences"/> read: never changed after (each reading finishes a copy of its measures).</summary>
    private sealed record SentenceReading(string Text, List<TariffMeasure> Measures, List<Sentence> Sentences, List<Mention> Parties,
        List<string> PossibleImposers, string? Implied, string? Headline);

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
            if (IsParty(parties[i]) && NamesCountry(s, parties[i])) parties[kept++] = parties[i];
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
    /// before a dollar sign is a currency ("parcels under US$41", "US$ 1.02/kg", "NZ$3 million", "US $41").</summary>
    private static bool NamesCountry(string s, Mention m) =>
        !(m.End < s.Length && (s[m.End] == '$' || (s[m.End] == ' ' && m.End + 1 < s.Length && s[m.End + 1] == '$' && m.End - m.Start <= 3)))
        && (m.Form is not (MentionForm.Noun or MentionForm.Adjective)
        || (s.AsSpan(m.Start, m.End - m.Start).IndexOfAnyInRange('A', 'Z') >= 0
            && !(s.AsSpan(0, m.Start).EndsWith("New ", StringComparison.Ordinal) && NewPlace().IsMatch(s, m.Start))));

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
        MarketAfter().IsMatch(s[m.End..Math.Min(s.Length, m.End + 10)]) || ComparisonBefore().IsMatch(s[Math.Max(0, m.Start - 24)..m.Start]);

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
        if (!m.Success || !ImposingVerb().IsMatch(s[..m.Groups["p"].Index])) return null;
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

    internal static List<TariffMeasure> FromSentence(string sentence, string? previousDate, string? previousImposer = null,
        IReadOnlyList<string>? previousSentenceProducts = null, IReadOnlyList<string>? documentCountries = null,
        string? carriedTarget = null, bool continuesAnnouncement = false, string? impliedImposer = null, string? impliedOrigin = null)
    {
        // (every measure has a rate read from the sentence: one without any is settled before a pattern runs, TariffExtractor.Prechecks.cs)
        if (NoRateWritten(sentence)) return [];
        var s = BlankCodes(JoinCountryLists(sentence));
        // "Specifically, Chinese exporters are subject to …", "In particular, …": a lead-in that details the measure before is no part of
        // the statement (blanked, so that every offset stays the sentence's)
        if (DetailLeadIn().Match(s) is { Success: true } detail) s = string.Concat(new string(' ', detail.Length), s.AsSpan(detail.Length));
        var result = new List<TariffMeasure>();
        // "The previous rate was the 5 percent common tariff.": the rate a change replaced is no measure of its own
        if (PreviousRateSubject().IsMatch(s)) return result;
        var keywords = TariffWord().Matches(s).Where(k => !DomesticCharges.Names(s, k.Index, k.Length)).ToList();
        var continuesMeasure = false;
        string? chargedOrigin = null;
        if (keywords.Count == 0 && continuesAnnouncement && RateRefersBack().Match(s) is { Success: true } rateWord) keywords.Add(rateWord);
        // "Ecuador to charge 50% on Colombian goods": a charge on imports, imported goods or a country's goods is a tariff without the word
        if (keywords.Count == 0 && ChargeOnImports().Match(s) is { Success: true } charge && ChargesForeignGoods(s, charge)) keywords.Add(charge);
        // "[China will impose tariffs of up to 20% on Mexican pork, …] Pork will face the highest rate, 20%, with tequila at 15%": after a
        // sentence that stated a measure, the rate its goods face stands for its tariff word
        // (only when the goods that face it are goods that measure named, or imports named by origin alone: "Growth will face the highest
        // rate of …" is no such rate)
        if (keywords.Count == 0 && previousImposer is not null && previousSentenceProducts is not null && (FacesRateWord().Match(s) is { Success: true } faced ? faced : PaysRate().Match(s) is { Success: true } paid ? paid : FacesRatesRespectively().Match(s)) is { Success: true } facedRate
            && (BareImportsSubject().IsMatch(s) || previousSentenceProducts.Any(p => s.AsSpan(0, facedRate.Index).Contains(p.AsSpan(p.LastIndexOf(' ') + 1), StringComparison.OrdinalIgnoreCase))))
        {
            keywords.Add(facedRate);
            continuesMeasure = true;
        }
        // "[Canada imposes duties on steel wire from Korea and Vietnam.] Korean producers will be charged 12.5%", "[…] The EU and Japan will
        // pay 15%, and Britain 10%", "[…] Wheat flour remains at 60%": after a sentence that stated a measure, the rate an origin (or its
        // exporters, or the measure's goods) is charged, handed, pays or stays at continues that measure ("… will pay 10% more" does not)
        if (keywords.Count == 0 && previousImposer is not null && (previousSentenceProducts is not null || continuesAnnouncement) && ChargedRate().Match(s) is { Success: true } charged
            && !OpensWithFirm(s) && !UnderOthersDeal(s, previousImposer)
            && (BareImportsSubject().IsMatch(s) || (chargedOrigin = OriginSubject(s, charged.Index, previousImposer)) is not null
                || (previousSentenceProducts ?? []).Any(p => !IsGeneric([p]) && s.AsSpan(0, charged.Index).Contains(p.AsSpan(p.LastIndexOf(' ') + 1), StringComparison.OrdinalIgnoreCase))))
        {
            keywords.Add(charged);
            continuesMeasure = true;
        }
        // "[… imposed a 30% tariff on imported polysilicon.] The proclamation takes effect Jan. 1 and the rate rises to 40% a year later"
        if (keywords.Count == 0 && previousImposer is not null && previousSentenceProducts is not null && RateChangesLater().Match(s) is { Success: true } laterRate)
        {
            keywords.Add(laterRate);
            continuesMeasure = true;
        }
        // "importers shall pay deposits of up to 41.2%": a provisional duty collected as a deposit, where importers or customs pay it
        if (DepositContext().IsMatch(s)) keywords.AddRange(Deposit().Matches(s));
        var tariffWords = keywords.Where((k, i) => i + 1 >= keywords.Count || s.AsSpan(k.Index + k.Length, Math.Max(0, keywords[i + 1].Index - k.Index - k.Length)).Trim().Length > 0).Count(); // "anti-dumping duties" is one
        if (keywords.Count == 0) return result;
        // "…, while Russian exporters face a single rate of 31.4%": in a sentence about a duty, a rate someone faces or pays is one
        keywords.AddRange(FacedRate().Matches(s));
        // "…, while canned fish drops to 5 percent", "…, while Sri Lanka got 21.73 percent": a later clause's own rate (TariffExtractor.Parties.cs)
        keywords.AddRange(OwnRateClauses(s));
        // "…, while all other imports from China will be subject to …", "23.5% for all other exporters": the rest of an origin's trade, in a
        // sentence about a duty, is one of its rates
        keywords.AddRange(RestSubject().Matches(s));
        // "lowered the import taxes on goods from several South and Southeast Asian countries, cutting the rate on Bangladesh to 18%": in a
        // sentence about a tariff, "the rate on/for X" is that tariff's rate, however far the tariff word is
        keywords.AddRange(RateOnWord().Matches(s));
        keywords.Sort((a, b) => a.Index.CompareTo(b.Index));
        var all = RateParser.Find(s);
        var old = all.Where(r => IsOldRate(s, r, all)).ToList();
        var near = NearRates(s, all, keywords);
        var rates = all.Where(r => !old.Contains(r) && near.Contains(r) && !Counterfactual(s, r) && !BoundOfPercent(s, r) && !RangeLowEnd(s, r, all)
            && !Average().IsMatch(s[Math.Max(0, r.Start - 40)..r.Start]) && !OtherRate().IsMatch(s[Math.Max(0, r.Start - 40)..r.Start]) && !MetricRates.IsMetric(s, r, keywords) && !OwnClauseNotTheMeasure(s, r)
            && !MarginBefore().IsMatch(s[Math.Max(0, r.Start - 60)..r.Start]) && !ComparedWithBefore().IsMatch(s[Math.Max(0, r.Start - 40)..r.Start]) && !ComparativeAfter().IsMatch(s[r.End..Math.Min(s.Length, r.End + 24)]) && !ChargesPeople(s, r)
            && !IsExcise(s, r, keywords) && !MetricRates.IsTariffMetric(s, r)).ToList();
        // "raised excise duty by 15 per cent", "raised by 5 points to 25%": a change is the rate only of a trade measure stated without its level
        if (rates.Any(r => DomesticCharges.IsChangeAmount(s, r)))
        {
            var trade = DomesticCharges.SaysTrade(s) || Parties(s).Where(m => m.Entity.Kind != EntityKind.Leader).Select(m => m.CountryId).Distinct().Count() > 1;
            if (!trade || rates.Any(r => !DomesticCharges.IsChangeAmount(s, r))) rates.RemoveAll(r => DomesticCharges.IsChangeAmount(s, r));
        }
        // "doubling the tariff to 50%, adding a 25% penalty on top of the existing 25% duty": the parts of a total are not measures
        if (rates.Count > 1 && rates.Any(r => !IsIncrement(s, r))) rates.RemoveAll(r => IsIncrement(s, r));
        var lower = s.ToLowerInvariant();
        if (rates.Count == 0 && old.Count == 1 && Multiplier(lower) is > 1 and var factor && NearKeyword(s, old[0], keywords))
            rates.Add(old[0] with { Value = old[0].Value * factor, Start = old[0].Start, End = old[0].Start });
        if (rates.Count == 0) return result;
        // "will halve its 150% tariff", "doubled the 25% duty": the one rate stated is the one the change starts from
        var scaled = false;
        if (rates.Count == 1 && old.Count == 0 && ScaledBefore().Match(s[Math.Max(0, rates[0].Start - 24)..rates[0].Start]) is { Success: true } scale)
        {
            rates[0] = rates[0] with { Value = rates[0].Value * (scale.Groups["v"].Value.StartsWith("hal", StringComparison.OrdinalIgnoreCase) ? 0.5 : scale.Groups["v"].Value.StartsWith("tri", StringComparison.OrdinalIgnoreCase) ? 3 : 2) };
            scaled = true;
        }

        // "US$ 95.5 per tonne": a currency is no country
        var entities = EntityFinder.Find(s).Where(m => !all.Any(r => m.Start < r.End && m.End > r.Start) && NamesCountry(s, m)).ToList();
        // "ceramic tiles imported from outside the GCC", "rice from non-ASEAN countries": a party named as the one origin left out is
        // no target; the measure is on every other origin (its name is no goods either)
        var mentions = entities.Where(m => IsParty(m) && !ExcludedOrigin().IsMatch(s.AsSpan(Math.Max(0, m.Start - 16), m.Start - Math.Max(0, m.Start - 16)))).ToList();
        var agreements = entities.Where(m => !mentions.Contains(m)).ToList();
        var action = scaled ? (rates[0].Value < all.First(r => r.Start == rates[0].Start).Value ? TariffActions.Lowered : TariffActions.Raised) : Action(WithoutClauseVerbs(lower));
        if (action == TariffActions.Imposed && old.Count > 0 && rates.Count > 0)
            action = rates[0].Value > old[0].Value ? TariffActions.Raised : TariffActions.Lowered;
        // "Chinese officials are weighing a response to Canada's 100% tariff": what is weighed is the response; the tariff it
        // answers is in force (a proposal of its own reads "Canada's proposed 100% tariff")
        if (action is TariffActions.Proposed or TariffActions.Threatened && AnswersExisting().IsMatch(s[..rates[0].Start])) action = TariffActions.Imposed;
        var date = DateParser.Find(s) ?? (SameMonth().IsMatch(s) ? previousDate : null);

        var phrases = new List<(int Start, int End)>();
        var perRate = new List<(RateMention Rate, int Start, int End, (int Start, int End)? Named)>();
        for (var i = 0; i < rates.Count; i++)
        {
            var regionStart = rates[i].End;
            var regionEnd = i + 1 < rates.Count ? rates[i + 1].Start : s.Length;
            var preStart = i > 0 ? rates[i - 1].End : 0;
            var leadIn = s[preStart..rates[i].Start];
            var (ps, pe) = (-1, -1);
            // "…; porcelain sinks go from 10% to 25%", "…, while canned tuna drops to 8 percent": the goods that open a later rate's own
            // clause are its goods (a country that opens it is its party: ClauseSubject; TariffExtractor.Parties.cs)
            if (i > 0 && OwnClauseSubject(s, rates[i]) is { } ownSubject && ownSubject.Start >= preStart && NamesGoods(s, ownSubject.Start, ownSubject.End, mentions))
                (ps, pe) = PhraseFrom(s, ownSubject.Start, ownSubject.End);
            // "… 25% on sugar, 35% on rice", "for tuna from 12% to 8%; for sardines, from 10% to 6%", "…, and the rate on corn to 2%":
            // a later rate's own "on X" or "for X" clause, leading up to it from the rate before, names its product (a clause "for" a
            // country or a firm names whose rate it is, not goods: "… 42.05% for China, from 2.38% to 31.2% for South Korea")
            if (ps < 0 && i > 0 && LeadClause(leadIn) is { Success: true } lead)
                (ps, pe) = GoodsAt(s, lead, preStart, mentions);
            // "exempted coffee, tea and cocoa from the 10% tariff": the goods a rate no longer applies to, whatever
            // the tariff was on ("… from the 10% tariff on most imports")
            if (ps < 0 && leadIn.Contains("exempt", StringComparison.OrdinalIgnoreCase) && ExemptedFrom().Match(leadIn) is { Success: true } exempt)
                (ps, pe) = GroupAt(exempt, preStart);
            // "…, namely: maize 20%, sorghum 20% and durum wheat 5%": the goods right before the first rate of a list
            if (ps < 0 && i == 0 && (leadIn.Contains(':') || leadIn.Contains("namely", StringComparison.OrdinalIgnoreCase))
                && (ColonLead().Match(leadIn) is { Success: true } plainColon ? plainColon : ColonBracketLead().Match(leadIn)) is { Success: true } colon)
                (ps, pe) = GoodsAt(s, colon, preStart, mentions);
            // (extract41) "… its duties on pecans and apples to 25% and to lower the tariff on bourbon to 100%": a clause joined after the
            // rate whose tariff's goods lead up to the next rate gives them to that rate, not to this one
            if (ps < 0 && KeywordRightAfter().IsMatch(s[regionStart..regionEnd]) && !(i + 1 < rates.Count && NextRateClause().IsMatch(s[regionStart..regionEnd])))
                (ps, pe) = ProductPhrase(s, regionStart, regionEnd);
            // "the duty on electric cars goes to zero, but petrol cars keep their 15% duty": goods that keep a rate in a clause of their own,
            // when the rate names no goods of its own ("…, but the government will keep its 25% tariffs on US steel": the clause's
            // subject is no goods)
            if (ps < 0 && (leadIn.Contains(" their", StringComparison.Ordinal) || leadIn.Contains(" its", StringComparison.Ordinal)) && TariffWordNext().IsMatch(s[regionStart..regionEnd]) && KeepTheirRate().Match(leadIn) is { Success: true } kept)
                (ps, pe) = GoodsAt(s, kept, preStart, mentions);
            if (ps < 0 && TariffOnBefore().IsMatch(leadIn))
            {
                (ps, pe) = ProductPhrase(s, preStart, rates[i].Start, lastOn: true);
                if (ps >= 4 && s[(ps - 4)..ps] == "for " && !NamesGoods(s, ps, pe, mentions)) (ps, pe) = (-1, -1);
            }
            if (ps < 0)
                (ps, pe) = ProductPhrase(s, regionStart, Math.Min(regionEnd, regionStart + 48), phraseEnd: regionEnd);
            // "an import tax increase to 25% for steel wire": "for" and the goods right after the rate
            if (ps < 0 && ForGoods().Match(s, regionStart) is { Success: true } forGoods)
                (ps, pe) = PhraseFrom(s, forGoods.Index + forGoods.Length, regionEnd);
            // "a tariff-rate quota of 50,000 tonnes for sugar, with an in-quota duty of 5% and …": the goods the quota is for
            if (ps < 0 && QuotaFor().Match(s[..rates[i].Start]) is { Success: true } quota && QuotaRate().IsMatch(s[Math.Max(0, rates[i].Start - 40)..rates[i].Start]))
                (ps, pe) = PhraseFrom(s, quota.Index + quota.Length, rates[i].Start);
            // "a 50% copper tariff" (but not "a 40% Turkish tariff", which names its imposer)
            if (ps < 0 && ProductBetween(s, rates[i].End, keywords) is { } between && !OnlyCountries(s, between.Item1, between.Item2, mentions))
                (ps, pe) = between;
            if (ps < 0 && ProductModifier(s, rates[i].Start, mentions) is { } modifier)
                (ps, pe) = modifier;
            // "for passenger cars of US origin the duty will be 60%, whereas for rice it will be 25%": a clause that opens with its goods
            if (ps < 0 && leadIn.Contains("for ", StringComparison.OrdinalIgnoreCase) && ForLead().Match(leadIn) is { Success: true } forLead)
                (ps, pe) = GoodsAt(s, forLead, preStart, mentions);
            // "Kenya's duties put sugar at 25%, rice at 35%": the first of a list of goods each "at" its rate
            if (ps < 0 && leadIn.EndsWith(" at ", StringComparison.Ordinal) && PutAt().Match(leadIn) is { Success: true } putAt)
                (ps, pe) = GroupAt(putAt, preStart);
            if (ps < 0 && i == 0 && SubjectProduct().Match(s) is { Success: true } subject && subject.Index + subject.Length <= rates[i].Start
                && !mentions.Any(m => m.Form != MentionForm.Adjective && m.Start >= subject.Groups["p"].Index && m.Start < subject.Groups["p"].Index + subject.Groups["p"].Length))
            {
                // "steel within the quota will be subject to …": the subject ends where a product phrase would
                var (gs, ge) = (subject.Groups["p"].Index, subject.Groups["p"].Index + subject.Groups["p"].Length);
                (ps, pe) = PhraseFrom(s, gs, ge) is { Start: >= 0 } cut ? cut : (gs, ge);
            }
            // "Canada drops 100% EV tariff on China": a phrase that names only a country leaves the product to the words before the tariff word
            var named = ps >= 0 && OnlyCountries(s, ps, pe, mentions)
                ? ProductBetween(s, rates[i].End, keywords) ?? ProductModifier(s, rates[i].Start, mentions) : null;
            perRate.Add((rates[i], ps, pe, named));
            if (ps >= 0) phrases.Add((ps, pe));
        }
        // "a duty of 6.5% plus EUR 45 a tonne on sugar": the parts of a compound duty share the goods stated after the last part
        for (var i = perRate.Count - 2; i >= 0; i--)
            if (perRate[i] is { Start: < 0, Named: null } part && perRate[i + 1].Start >= 0
                && CompoundJoin().IsMatch(s.AsSpan(part.Rate.End, Math.Max(0, perRate[i + 1].Rate.Start - part.Rate.End))))
                perRate[i] = part with { Start = perRate[i + 1].Start, End = perRate[i + 1].End };

        // "The duties, ranging from …, caused injury to producers in Germany": a sentence that refers back keeps the imposer it continues
        var owned = rates.Skip(1).Select(r => OwnImposerMention(s, mentions, rates, r)).FirstOrDefault(m => m is not null);
        var stated = Imposer(s, mentions, phrases, rates[0].Start, afterRate: previousImposer is null || !RefersBack(s), afterLimit: owned?.Start ?? s.Length);
        var imposer = stated ?? previousImposer;
        // "[… Washington's 40% tariff on Brazilian goods.] The list includes a 30% tariff on U.S. ethanol and 20% on wheat": an imposer
        // carried from the sentence before does not tariff goods this sentence names as its own, so it is not this sentence's imposer
        if (stated is null && imposer is not null && mentions.Any(m => m.CountryId == imposer)
            && mentions.Where(m => m.CountryId == imposer).All(m => phrases.Any(p => m.Start >= p.Start && m.End <= p.End)))
            imposer = null;
        // "Canada, the largest supplier, already faces duties of 35%": the country that faces the measure is its target
        var facing = FacingCountry(s, mentions, rates[0].Start) ?? chargedOrigin;
        if (facing is not null && (imposer == facing || chargedOrigin is not null))
            imposer = previousImposer ?? Imposer(s, mentions.Where(m => m.CountryId != facing).ToList(), phrases, rates[0].Start);
        // "…; Thailand gets 18% and Cambodia 17%", "…, while Sri Lanka got 21.73 percent": a country by name that gets, attracts or
        // receives a rate is the one it is for, never the imposer of the sentence's rates (fix19x: extract32's GetsRateAfter made it a
        // party, and the imposer read before it took it too)
        if (imposer is not null && mentions.FirstOrDefault(m => m.CountryId == imposer && m.Form is MentionForm.Noun or MentionForm.Capital
                && rates.Any(r => r.Start >= m.End && GetsRateAfter().IsMatch(s[m.End..r.Start]))) is { } getter)
            imposer = previousImposer is { } before && before != getter.CountryId ? before
                : Imposer(s, mentions.Where(m => m.CountryId != getter.CountryId).ToList(), phrases, rates[0].Start);
        // "7.21% for all Indian producers and up to 52.87% for Indonesian producers, with PT Caesarstone Indonesia assigned …": the
        // country a rate is for is that rate's target, never the imposer of the sentence's rates
        if (imposer is not null && rates.Any(r => ForCountry(s, mentions, r, null) == imposer))
            imposer = previousImposer != imposer ? previousImposer : null;
        // "…, a move that will hit Chinese carmakers": a country named as the one affected is not the measure's target
        var cue = ConsequenceCue().Match(s, rates[0].End);
        // "…, a blow to Canada", "…, rejecting Brazilian demands": the country a judging clause opens on is the one the measure hits
        // when the sentence names no other ("a blow to exporters in Norway" opens on no country; fix16p)
        var judged = cue.Success && cue.Groups["judge"].Success ? JudgedCountry(s, mentions, cue, imposer) : null;
        var parties = (cue.Success ? mentions.Where(m => m.Start < cue.Index || m == judged) : mentions).Where(m => !PlaceOrComparison(s, m)).ToList();
        string? previousTarget = null;
        List<string>? previousProducts = null;
        var firmRates = new List<TariffMeasure>();
        bool? sameGoodsAsBefore = null;
        var owners = rates.Select(r => OwnImposer(s, mentions, rates, r)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var (rate, ps, pe, named) in perRate)
        {
            // "…, while China's retaliatory levies on US products are 10%": a later rate with its own possessive imposer
            var rateImposer = OwnImposer(s, mentions, rates, rate) ?? imposer;
            // "Norway's 344% tariff on cheese took effect, and India raised its duty on toys to 100%": the imposer of another rate of the
            // sentence is no target of this one
            var besides = parties.Where(m => m.CountryId == rateImposer || !owners.Contains(m.CountryId)).ToList();
            var inPhrase = ps < 0 ? [] : mentions.Where(m => m.Start >= ps && m.End <= pe && m.Entity.Kind != EntityKind.Leader).ToList();
            // "…, as imports from China and Vietnam squeezed local mills", "…, producers that had complained about Chinese imports": the
            // origin a cause names is why the measure came, not whom it is on (a goods phrase read past the cause does not make it so)
            if (cue.Success && cue.Groups["cause"].Success) inPhrase.RemoveAll(m => m.Start >= cue.Index);
            // "The 100% tariff on Canadian canola oil will stay, and Canada has agreed to review its surtax on …": a country whose goods
            // a rate is on does not impose that rate; it continues the imposer before, or leaves it to the item
            // ("the levy on the non-U.S. content of Canadian-made vehicles" is on other goods than the US's)
            if (rateImposer is not null && inPhrase.Any(m => m.CountryId == rateImposer && !s.AsSpan(0, m.Start).EndsWith("non-", StringComparison.OrdinalIgnoreCase)))
                rateImposer = previousImposer is { } earlier && inPhrase.All(m => m.CountryId != earlier) ? earlier : null;
            // "goods covered by CUSMA": an agreement's name is no product either
            var products = ps < 0 ? [] : Products(s[ps..pe], inPhrase.Select(m => s[m.Start..m.End]).Concat(agreements.Where(m => m.Start >= ps && m.End <= pe).Select(m => s[m.Start..m.End])));
            // "on all imports" (but not "on all imports from China"), "on goods from every country"
            var everyone = (ps >= 0 && inPhrase.Count == 0 && AllImports().IsMatch(s[ps..pe]) && !OriginAfter().IsMatch(s[pe..Math.Min(s.Length, pe + 40)]))
                || (ps >= 0 && inPhrase.Count == 0 && AbroadAfter().IsMatch(s[pe..Math.Min(s.Length, pe + 40)]))
                || (ps >= 0 && inPhrase.Count == 0 && AllGoods().IsMatch(s[ps..pe]) && FromCountry(s, parties, rateImposer) is null)
                || ErgaOmnes(s, rate);
            // a rate stated for one party ("… 28.5% for China", "Chinese producers face 28.5% and Indian producers 17.4%") is that
            // party's alone, whatever other countries the sentence joins to it
            // "cutting the rate on Bangladesh to 18% and on Sri Lanka to 15%", "- Vietnam to 20%, Cambodia and Laos to 19%": the countries
            // a rate's own clause moves "to" it are that rate's targets
            var movedTo = everyone ? [] : CountriesMovedTo(s, parties, rates, rate, rateImposer);
            // "… from Malaysia (12.1%) and Vietnam (16.7%)": a rate in brackets after a country is that country's
            var bracketed = everyone ? null : CountryBeforeBracket(s, parties, rate, rateImposer);
            if (movedTo.Count > 0 || bracketed is not null) inPhrase = [];
            var perParty = everyone ? null : bracketed ?? movedTo.FirstOrDefault()
                ?? (inPhrase.Count > 0 ? null : ForCountry(s, parties, rate, rateImposer) ?? ClauseSubject(s, parties, rates, rate, rateImposer));
            var target = (everyone ? "*" : null)
                ?? inPhrase.Select(m => m.CountryId).FirstOrDefault(c => c != rateImposer)
                ?? perParty
                ?? (facing != rateImposer ? facing : null)
                ?? OwnFromCountry(s, parties, rateImposer, rates, rate)
                ?? FromCountry(s, parties, rateImposer)
                ?? (previousTarget != rateImposer ? previousTarget : null)
                // "The duties, ranging from 13.6% to 62.5%, … caused injury to producers in Germany": a sentence that refers back is on
                // the measure announced before it, whatever countries it names after the rate
                // ("[China will impose additional tariffs on some goods originating in Mexico.] An additional 25 percent tariff will be levied on
                // beer": right after an announcement without a rate, a sentence that names no country at all refers back however it opens)
                ?? (carriedTarget is not null && tariffWords == 1 && (RefersBack(s) || ImportersPay().IsMatch(s) || (continuesAnnouncement && stated is null && mentions.Count == 0)) && !Everyone().IsMatch(s)
                    && !parties.Any(m => m.CountryId != rateImposer && m.Start < rate.Start) ? carriedTarget : null)
                // "[… tariffs of up to 20% on Mexican pork, …] Pork will face the highest rate, 20%, with tequila at 15%": a sentence that names
                // no country, no tariff of its own, and opens on goods the measure before it named continues that measure's origin, for each
                // of its rates (not "The duties come on top of the standard 16% tyre duty", which names a tariff of its own)
                ?? (continuesMeasure && carriedTarget is not null and not "*" && previousImposer == rateImposer && parties.Count == 0 && !Everyone().IsMatch(s)
                    && (sameGoodsAsBefore ??= previousSentenceProducts is { } goodsBefore && (products.Count == 0 || IsGeneric(products) || ProductsOverlap(products, goodsBefore))) == true ? carriedTarget : null)
                ?? OtherCountry(besides, rateImposer)
                ?? (Everyone().IsMatch(s) || !besides.Any(m => m.CountryId != rateImposer) ? "*" : null);
            // "Canadian officials said a 35% tariff on their goods would …": the country whose own exports a tariff is on is its
            // target; the rateImposer is then the one the article was about, if another
            // "The UK secured a 10% tariff on its car exports to the US": the country exports go to imposes the tariff on the subject's
            if (ps >= 0 && rateImposer is not null && ExportsTo().Match(s, ps) is { Success: true } exportsTo && exportsTo.Index == ps
                && mentions.FirstOrDefault(m => m.Start == exportsTo.Index + exportsTo.Length && m.Entity.Kind != EntityKind.Leader) is { } destination
                && destination.CountryId != rateImposer)
            {
                result.Add(new TariffMeasure(destination.CountryId, rateImposer, rate.Value, rate.Unit, products.Count > 0 ? products : ["goods"], action, date, sentence));
                continue;
            }
            if (ps >= 0 && rateImposer is not null && (target is null or "*") && !everyone && OwnExports().IsMatch(s[ps..pe]))
            {
                if (previousImposer is null || previousImposer == rateImposer) continue;
                result.Add(new TariffMeasure(previousImposer, rateImposer, rate.Value, rate.Unit, products.Count > 0 ? products : ["goods"], action, date, sentence));
                continue;
            }
            // no country named as the rateImposer anywhere near: the one country the article names besides the target
            // (a country this sentence names is a target or a place here, not the rateImposer it leaves unnamed)
            var by = rateImposer ?? (target != "*" && documentCountries?.Where(c => c != target && !mentions.Any(m => m.CountryId == c)).ToList() is [var only] ? only : null)
                // "Chile amends MFN tariffs. The tariff rate for canned tuna is cut …": a change on every origin in an article that names
                // one country, and a sentence that names none, is that country's
                ?? (target == "*" && impliedImposer is not null && mentions.All(m => m.CountryId == impliedImposer) ? impliedImposer : null)
                // "the Central Government hereby imposes … for producers in China PR, USD 276 per MT": a rate on an origin, in an item
                // whose home imposes, and a sentence that names that home as nothing else
                ?? (target != "*" && impliedImposer is not null && impliedOrigin is not null && impliedImposer != target && !mentions.Any(m => m.CountryId == impliedImposer) ? impliedImposer : null);
            // "[… anti-dumping duty … on imports of pea protein originating in China.] The rates … shall be as follows: …": a home's
            // rate that names no origin of its own is on the one origin the item names; on none of several, where a trade remedy
            // (always on named origins) names more than one
            // (not the general duty stated beside the remedy: "The general ad valorem tariff of 11% continues to apply", GeneralDutyAt)
            if (stated is null && by is not null && by == impliedImposer && impliedOrigin is { Length: > 0 } && target == "*" && !everyone && !Everyone().IsMatch(s)
                && !GeneralDutyAt(s, rate.Start))
            {
                if (impliedOrigin == UnknownOrigin) continue;
                target = impliedOrigin;
            }
            if (by is null || target is null) continue;
            if (products.Count == 0 && named is { } n) products = Products(s[n.Start..n.End], []);
            if (products.Count == 0 && ps < 0 && TargetsProduct(s, mentions, target) is { } adjectiveProduct) products = [adjectiveProduct];
            // "a 25% duty on steel, with aluminium facing 10%", "that the duty on portions rise from 37%, and that deboned meat carry a 30%
            // duty": a rate whose own clause (after a clause break) names goods beside it is on them, not on goods named before the break
            if (products.Count == 0 && ps < 0 && OwnClauseGoods(s, rates, rate) is { Count: > 0 } own) products = own;
            // "anti-dumping duties on pork imported from the EU, with rates of between 15.6% and 62.4%": the product named before the rate
            if (products.Count == 0 && ps < 0 && ProductNamedBefore(s, rate.Start) is { Count: > 0 } before) products = before;
            // "the anti-dumping case on styrene-butadiene rubber, setting duties of … on Chinese products": the case's goods
            if (products.Count == 0 && CaseGoodsBefore(s, rate.Start) is { Count: > 0 } caseGoods) products = caseGoods;
            if (products.Count == 0) products = previousProducts ?? ["goods"];
            // "… on polyester film from China and 9.2% on imports of the same product from the UAE": the goods of the rate before, in this
            // sentence or the one before it
            if (products is [var same] && SameAsBefore().IsMatch(same) && (previousProducts is { Count: > 0 } ? previousProducts : previousSentenceProducts) is { Count: > 0 } earlierGoods)
                products = [.. earlierGoods];
            // "pork within the quota … 15 percent, while out-of-quota shipments will pay 25 percent": a quota tier is the same goods
            if (products is [var tier] && QuotaTier().IsMatch(tier)) products = previousProducts is { } tierGoods && !IsGeneric(tierGoods) ? tierGoods : ["goods"];
            // "[… a 30% tariff on imports of polysilicon.] Imports from partners …, including the EU, will be subject to a tariff of 15%", "[…]
            // the rate rises to 40% a year later": a rate sentence that names no goods of its own continues the goods of the measure before
            if (IsGeneric(products) && previousImposer == by && previousSentenceProducts is { Count: > 0 } goodsOfBefore && !IsGeneric(goodsOfBefore)
                && (continuesMeasure || BareImportsSubject().IsMatch(s)))
                products = [.. goodsOfBefore];
            // "… lower its tariff on EU steel to 25% for a quota. Shipments above it will continue to pay the 50% tariff": a sentence
            // that names neither goods nor an origin continues the measure its imposer stated in the sentence before
            if (target == "*" && !everyone && products is ["goods"] && carriedTarget is not null and not "*" && previousImposer == by
                && !Everyone().IsMatch(s) && !parties.Any(m => m.CountryId != by))
                (target, products) = (carriedTarget, previousSentenceProducts is { Count: > 0 } carried ? [.. carried] : products);
            previousTarget = target;
            previousProducts = products;
            // "removed most counter-tariffs on US goods, keeping 25% on steel": a rate kept is still in force
            var rateAction = Kept().IsMatch(s[Math.Max(0, rate.Start - 24)..rate.Start]) ? TariffActions.Imposed : action;
            result.Add(new TariffMeasure(by, target, rate.Value, rate.Unit, products, rateAction, date, sentence));
            if (FirmAfter().Match(s, rate.End) is { Success: true } firm && (!firm.Groups["n"].Success || !mentions.Any(m => m.Start == firm.Groups["n"].Index)))
                firmRates.Add(result[^1]);
            if (FirmBefore(s, rate, mentions, out var rest) && (perParty is null || rest)) firmRates.Add(result[^1]);
            foreach (var other in movedTo.Skip(1))
                result.Add(new TariffMeasure(by, other, rate.Value, rate.Unit, products, rateAction, date, sentence));
            if (perParty is not null) continue;
            foreach (var also in CoordinatedTargets(s, mentions, target, by))
                result.Add(new TariffMeasure(by, also, rate.Value, rate.Unit, products, action, date, sentence));
        }
        KeepHighestFirmRate(result, firmRates);
        if (rates.Count > 1 && s.Contains("respectively", StringComparison.OrdinalIgnoreCase)) PairRespectively(s, rates, mentions, result);
        return result;
    }

    /// <summary>"Korean producers will be charged …", "Other Saudi producers face …", "The EU and Japan will pay …", "Rice from Tanzania
    /// remains at …": the sentence opens with an origin (a country, its traders, or goods from it) other than the imposer before; not a
    /// firm named after a place ("Tokyo Ohka Kogyo was …", "Texas Instruments, the largest American supplier, faces …").</summary>
    private static string? OriginSubject(string s, int verb, string previousImposer)
    {
        var first = EntityFinder.Find(s[..verb]).FirstOrDefault(m => IsParty(m) && m.Entity.Kind != EntityKind.Leader);
        return first is not null && first.CountryId != previousImposer
            && (SubjectLeadIn().IsMatch(s.AsSpan(0, first.Start)) || FromBeforeMention().IsMatch(s[Math.Max(0, first.Start - 30)..first.Start]))
            && !NameGoesOn().IsMatch(s.AsSpan(first.End)) ? first.CountryId : null;
    }

    /// <summary>"Texas Instruments, the largest American supplier, faces …", "Tokyo Ohka Kogyo was …": a sentence whose subject opens with a
    /// name of two capitalised words that is no country's is about a firm, whose own rate is no measure of its own.</summary>
    private static bool OpensWithFirm(string s)
    {
        var lead = SubjectLeadIn().Match(s.Length > 40 ? s[..40] : s).Length;
        lead = s.Length - s[lead..].TrimStart().Length;
        if (!TwoCapitalised().IsMatch(s.AsSpan(lead))) return false;
        var first = EntityFinder.Find(s).FirstOrDefault(m => IsParty(m) && m.Entity.Kind != EntityKind.Leader);
        return first is null || first.Start != lead || NameGoesOn().IsMatch(s.AsSpan(first.End));
    }

    /// <summary>"duties of 12.3% for Baosteel, 15.6% for Ansteel and 20.1% for all other producers": rates for several named firms
    /// of one country on one product are one measure at the highest, as a range is.</summary>
    private static void KeepHighestFirmRate(List<TariffMeasure> result, List<TariffMeasure> firmRates)
    {
        foreach (var group in firmRates.Distinct(ReferenceEqualityComparer.Instance).Cast<TariffMeasure>().GroupBy(m => (m.Imposer, m.Target, m.RateUnit)))
        {
            var specific = group.Select(m => m.Products).Where(p => !IsGeneric(p)).Select(p => string.Join('|', p)).Distinct().ToList();
            if (group.Count() < 2 || specific.Count > 1) continue;
            var top = group.MaxBy(m => m.Rate)!;
            var at = result.FindIndex(m => ReferenceEquals(m, top));
            if (specific is [_] && IsGeneric(top.Products)) result[at] = top with { Products = group.First(m => !IsGeneric(m.Products)).Products };
            result.RemoveAll(m => !ReferenceEquals(m, top) && group.Any(g => ReferenceEquals(g, m)));
        }
    }

    /// <summary>"with Xinyi Solar facing 12.1%, Flat Glass Group 15.4%", "… 21.2% (LB Group)": a rate a named firm gets.</summary>
    private static bool FirmBefore(string s, RateMention rate, List<Mention> mentions, out bool rest)
    {
        rest = false;
        if (FirmInParens().Match(s, rate.End) is { Success: true }) return true;
        // "…, while all other imports from China will be subject to a duty of 119.6%": a clause about the rest of the trade
        if (RestClauseBefore().IsMatch(s.AsSpan(Math.Max(0, rate.Start - 120), rate.Start - Math.Max(0, rate.Start - 120)))) return rest = true;
        var head = s[Math.Max(0, rate.Start - 60)..rate.Start];
        var firm = FirmNamedBefore().Match(head);
        if (!firm.Success) return false;
        rest = firm.Groups["n"].Value.StartsWith("all", StringComparison.Ordinal);
        if (rest) return true;
        var at = rate.Start - head.Length + firm.Index;
        return !mentions.Any(m => m.Start >= at && m.Start < at + firm.Groups["n"].Length);
    }

    /// <summary>
    /// A rate with no product phrase of its own takes the product the sentence names with the target's adjective
    /// ("minimum prices for Chinese-made electric vehicles that could replace the EU's duties of up to 35.3%").
    /// </summary>
    private static string? TargetsProduct(string s, List<Mention> mentions, string target)
    {
        foreach (var m in mentions)
        {
            if (m.Form != MentionForm.Adjective || m.CountryId != target) continue;
            var phrase = AdjectiveProduct().Match(s, m.End);
            if (!phrase.Success || phrase.Index != m.End) continue;
            var words = phrase.Groups["p"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeWhile(w => !NotProductWord().IsMatch(w)).ToList();
            // a noun ends the name: "Swiss shocked by …" is a verb, "processed food" a product
            if (words.Count > 0 && !Filler().IsMatch(words[^1]) && !words[^1].EndsWith("ed", StringComparison.Ordinal)
                && !words[^1].EndsWith("ing", StringComparison.Ordinal)) return string.Join(' ', words);
        }
        return null;
    }

    private static bool IsOldRate(string s, RateMention r, List<RateMention> all)
    {
        var before = s[Math.Max(0, r.Start - 24)..r.Start].ToLowerInvariant();
        if (RangeFrom().IsMatch(before) || RangeInContext(s, r, all)) return false;
        // "restored the 35-percent tariff, reversing a 2024 cut to 15 percent": the level a change that is undone had set is old too
        return (FromBefore().IsMatch(before) || ExistingBefore().IsMatch(before)
            || ReversedChangeBefore().IsMatch(s.AsSpan(Math.Max(0, r.Start - 48), r.Start - Math.Max(0, r.Start - 48)))) && all.Any(o => o.Start != r.Start);
    }

    /// <summary>The country a sentence opens with as the subject of "faces"/"is subject to" before the first rate.</summary>
    private static string? FacingCountry(string s, List<Mention> mentions, int firstRate)
    {
        var m = mentions.FirstOrDefault(x => x.End <= firstRate && x.Entity.Kind != EntityKind.Leader && x.Form != MentionForm.Adjective);
        if (m is null || !SubjectStart().IsMatch(s[..m.Start])) return null;
        return FacesAfter().IsMatch(s[m.End..firstRate]) ? m.CountryId : null;
    }

    /// <summary>"a 40% tariff, with a minimum of $7,000 per vehicle", "applied at a minimum of $7,000 per vehicle": an amount
    /// per unit stated as a floor or cap bounds an ad valorem rate; it is part of that measure, not a measure of its own.</summary>
    private static bool BoundOfPercent(string s, RateMention r) =>
        r.Unit != "percent" && BoundBefore().IsMatch(s[Math.Max(0, r.Start - 30)..r.Start]);

    /// <summary>"duties of 27.7 percent to 34.9 percent", "between 10% and 25%": the low end of a range is not a measure.</summary>
    private static bool RangeLowEnd(string s, RateMention r, List<RateMention> all)
    {
        var before = s[Math.Max(0, r.Start - 24)..r.Start].ToLowerInvariant();
        var between = BetweenBefore().IsMatch(before);
        return all.Any(o => o.Start > r.End && o.Unit == r.Unit && o.Value > r.Value && (RangeJoin().IsMatch(s[r.End..o.Start]) || (between && AndJoin().IsMatch(s[r.End..o.Start]))))
            && (!FromBefore().IsMatch(before) || RangeFrom().IsMatch(before) || RangeInContext(s, r, all));
    }

    /// <summary>"The duties range from 3.96% to 42.05% for China, from 2.38% to 31.2% for Korea": after a word of range, or
    /// when the pair is followed by the party it applies to, "from X to Y" is a range, not a change.</summary>
    private static bool RangeInContext(string s, RateMention r, List<RateMention> all)
    {
        if (RangeWord().IsMatch(s[Math.Max(0, r.Start - 160)..r.Start])) return true;
        var next = all.FirstOrDefault(o => o.Start > r.End);
        return next != default && RangeJoin().IsMatch(s[r.End..next.Start]) && ForParty().IsMatch(s[next.End..Math.Min(s.Length, next.End + 24)]);
    }

    private static string? OwnImposer(string s, List<Mention> mentions, List<RateMention> rates, RateMention rate) =>
        OwnImposerMention(s, mentions, rates, rate)?.CountryId;

    private static Mention? OwnImposerMention(string s, List<Mention> mentions, List<RateMention> rates, RateMention rate)
    {
        var i = rates.IndexOf(rate);
        if (i <= 0) return null;
        var from = Math.Min(rates[i - 1].End, rate.Start);
        return mentions.FirstOrDefault(x => x.Start >= from && x.End <= rate.Start && x.Form != MentionForm.Person
            && (PossessiveTariff().IsMatch(s[x.End..Math.Min(rate.Start, x.End + 60)])
                // "…, in retaliation for Canada's 100% tariff on Chinese EVs": the possessive right before the rate of a tariff
                || (x.Form != MentionForm.Adjective && PossessiveBeforeRate().IsMatch(s[x.End..rate.Start])
                    && RateThenTariff().IsMatch(s[rate.Start..Math.Min(s.Length, rate.Start + 60)]))
                // "…, and China responded with 125% on US goods"
                || (x.Form != MentionForm.Adjective && ClauseOpenerBefore().IsMatch(s[from..x.Start]) && ActsAfter().IsMatch(s[x.End..Math.Min(rate.Start, x.End + 40)]))));
    }

    /// <summary>"13.9 percent for Japanese suppliers", "42.05 per cent for China": the party a rate is for, right after it.</summary>
    private static string? ForCountry(string s, List<Mention> mentions, RateMention rate, string? imposer)
    {
        var m = mentions.FirstOrDefault(x => x.Start >= rate.End && x.Start - rate.End <= 14);
        return m is not null && m.Entity.Kind != EntityKind.Leader && m.CountryId != imposer && ForBefore().IsMatch(s[rate.End..m.Start]) ? m.CountryId : null;
    }

    /// <summary>"… cutting the rate on Bangladesh to 18% from 20% and on Sri Lanka to 15%", "… trims reciprocal tariffs - Bangladesh to 18%,
    /// Pakistan and Sri Lanka to 15%": the countries (by name, not adjective) that open the rate's own clause and are moved "to" it, in
    /// the order written; none when the clause names goods between the country and the rate ("on US pork to 10%").</summary>
    private static List<string> CountriesMovedTo(string s, List<Mention> mentions, List<RateMention> rates, RateMention rate, string? imposer)
    {
        var i = rates.IndexOf(rate);
        var from = i > 0 ? Math.Min(rates[i - 1].End, rate.Start) : Math.Max(0, rate.Start - 160);
        var last = mentions.LastOrDefault(m => m.Start >= from && m.End <= rate.Start);
        if (last is null || last.Form == MentionForm.Adjective || last.Entity.Kind == EntityKind.Leader || last.CountryId == imposer
            || !MovedToRate().IsMatch(s[last.End..rate.Start])) return [];
        var found = new List<Mention> { last };
        // "Pakistan and Sri Lanka to 15%": countries joined to it by "and" or a comma share the rate
        for (var k = mentions.IndexOf(last) - 1; k >= 0; k--)
        {
            var m = mentions[k];
            if (m.Start < from || m.Form == MentionForm.Adjective || m.Entity.Kind == EntityKind.Leader || !Joined(s, m, found[^1])) break;
            found.Add(m);
        }
        if (!ClauseHeadBefore().IsMatch(s[Math.Max(from, found[^1].Start - 12)..found[^1].Start])) return [];
        found.Reverse();
        return found.Select(m => m.CountryId).Where(c => c != imposer).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>"Brazilian exporters will face duties of up to 21.5%, and Argentine exporters up to 9.3%": the country whose
    /// producers, exporters or goods open the rate's clause is its target.</summary>
    private static string? ClauseSubject(string s, List<Mention> mentions, List<RateMention> rates, RateMention rate, string? imposer)
    {
        var i = rates.IndexOf(rate);
        var from = i > 0 ? Math.Min(rates[i - 1].End, rate.Start) : Math.Max(0, rate.Start - 160);
        var lead = s[from..rate.Start];
        // before the first rate "and" more often joins goods ("pipe and tube duties of …") than opens a clause
        var openings = ClauseOpening().Matches(lead).Where(o => i > 0 || !o.Value.StartsWith("and", StringComparison.OrdinalIgnoreCase)).ToList();
        var cut = openings.Count > 0 ? from + openings[^1].Index : from;
        foreach (var m in mentions)
        {
            if (m.Start < cut || m.End > rate.Start || m.Entity.Kind == EntityKind.Leader || m.CountryId == imposer) continue;
            if (TradersAfter().IsMatch(s[m.End..Math.Min(s.Length, m.End + 30)]) || TradersOfAfter().IsMatch(s[m.End..Math.Min(s.Length, m.End + 20)])
                || (m.Form == MentionForm.Adjective && AdjectiveGoodsAfter().IsMatch(s[m.End..Math.Min(s.Length, m.End + 50)]))
                // "…, while Sri Lanka got 21.73 percent": a country by name that gets the rate (TariffExtractor.Parties.cs)
                || (m.Form is MentionForm.Noun or MentionForm.Capital && GetsRateAfter().IsMatch(s[m.End..rate.Start]))) return m.CountryId;
        }
        return null;
    }

    /// <summary>Rates near a tariff word, and rates that continue a series of them ("… for China, from 2.38 per cent to 31.2 per
    /// cent for South Korea and from …").</summary>
    private static HashSet<RateMention> NearRates(string s, List<RateMention> all, List<Match> keywords)
    {
        var near = new HashSet<RateMention>();
        RateMention? previous = null;
        RateMention? lastNear = null;
        foreach (var r in all)
        {
            if (NearKeyword(s, r, keywords)
                || (previous is { } p && near.Contains(p) && r.Start > p.End && r.Start - p.End <= 60 && SeriesGap().IsMatch(s[p.End..r.Start]))
                // "… for tuna is cut from 12% to 8%; for sardines, from 10% to 6%": a rate with its own "on/for X" clause continues the list
                || (lastNear is { } n && r.Start > n.End && r.Start - n.End <= 90 && (LeadClause(s[n.End..r.Start]).Success || CountryToClause().IsMatch(s[n.End..r.Start]))))
            {
                near.Add(r);
                lastNear = r;
            }
            previous = r;
        }
        return near;
    }

    /// <summary>The one country an article about a trade schedule names, when it opens a sentence ("Chile amends MFN tariffs."):
    /// the imposer of a change on every origin whose sentence names no one else; so is one whose institution acts ("the Nigeria
    /// Customs Service"). A country named only as an origin or a place ("imports, mostly from China") is no such subject.</summary>
    private static string? ImpliedImposer(string text, List<Mention> parties, List<string> countries)
    {
        if (countries is not [var one] || !TradeDocument().IsMatch(text)) return null;
        return parties.Any(m => m.CountryId == one && (SentenceOpensBefore().IsMatch(text[Math.Max(0, m.Start - 12)..m.Start])
            || CountryInstitution().IsMatch(LineAfter(text, m.End, 40)))
            && !PrepositionBefore().IsMatch(LineBefore(text, m.Start, 16))) ? one : null;
    }

    /// <summary>A phrase that names goods, not only countries or firms ("for China", "for individual exporters"); after "for", goods
    /// are written in lower case and a capital opens the name of a firm ("for Hoa Phat").</summary>
    private static bool NamesGoods(string s, int start, int end, IReadOnlyList<Mention> mentions) =>
        !RateHolder().IsMatch(s[start..end]) && (start < 4 || s[(start - 4)..start] != "for " || char.IsLower(s[start]))
        && Products(s[start..end], mentions.Where(m => m.Start >= start && m.End <= end).Select(m => s[m.Start..m.End])).Count > 0;

    /// <summary>The clause that leads up to a later rate from the rate before it and names its product: "…, 35% on rice",
    /// "; for sardines, from 10% to 6%", "…, and the rate on corn to 2%", "… while on walnuts from 120% to 60%", "…, sorghum 20%".</summary>
    private static Match LeadClause(string region) =>
        region.AsSpan().IndexOfAny(',', ';') < 0 && !region.Contains(" and ", StringComparison.Ordinal) && !region.Contains(" while ", StringComparison.Ordinal)
            && !region.Contains(" but ", StringComparison.Ordinal) && !region.Contains(" whereas ", StringComparison.Ordinal) ? Match.Empty
        : PrecedingOn().Match(region) is { Success: true } m ? m : LaterOn().Match(region) is { Success: true } later ? later
        : SubjectLead().Match(region) is { Success: true } subject ? subject : BareLead().Match(region) is { Success: true } bare ? bare : BracketLead().Match(region);

    /// <summary>What "charge R% on" is charged on: imports, imported goods, or goods a country adjective names ("on Colombian goods").</summary>
    private static bool ChargesForeignGoods(string s, Match charge)
    {
        // "… charge 13% on imported goods under the harmonised sales tax"; a tax the charge comes on top of is not it ("…, on top of VAT")
        foreach (Match tax in DomesticTax().Matches(s))
            if (!AddedTo().IsMatch(s.AsSpan(Math.Max(0, tax.Index - 20), tax.Index - Math.Max(0, tax.Index - 20)))) return false;
        var on = charge.Groups["on"];
        var after = on.Index + on.Length;
        if (ImportsOn().IsMatch(s, after)) return true;
        return EntityFinder.Find(s).FirstOrDefault(m => m.Start >= after) is { Form: MentionForm.Adjective, Entity.Kind: not EntityKind.Leader } m
            && s[after..m.Start].Trim() is "" or "all" or "most";
    }

    /// <summary>"…, while buyers will be charged 2% interest", "…, while income above Rs 50 lakh will be taxed 30%": a later clause
    /// whose passive subject is people or income charges no goods; its rate is no measure (importers and exporters are left out:
    /// "while exporters from Vietnam will be charged 20%" is a duty).</summary>
    internal static bool ChargesPeople(string s, RateMention r) =>
        PeopleCharged().IsMatch(s.AsSpan(Math.Max(0, r.Start - 90), r.Start - Math.Max(0, r.Start - 90)));

    /// <summary>"a 25% penalty on top of …", "an extra 10% on top of": one part of a total stated in the same sentence.</summary>
    private static bool IsIncrement(string s, RateMention r) =>
        OnTopOf().IsMatch(s[r.End..Math.Min(s.Length, r.End + 30)]);

    /// <summary>A safeguard duty, or a most-favoured-nation rate, applies to imports from every origin (exemptions aside).</summary>
    private static bool ErgaOmnes(string s, RateMention r)
    {
        var window = s[Math.Max(0, r.Start - 40)..Math.Min(s.Length, r.End + 40)];
        return SafeguardOrMfn().IsMatch(window) || AllOrigins().IsMatch(s) || RestOfWorldAfter().IsMatch(s.AsSpan(r.End, Math.Min(s.Length, r.End + 48) - r.End));
    }

    /// <summary>"rather than doubling it to 50%", "compared with 25%": a rate that is not the measure.</summary>
    private static bool Counterfactual(string s, RateMention r)
    {
        var clauseStart = Math.Max(s.LastIndexOfAny([',', ';'], Math.Max(0, r.Start - 1)), 0);
        // "The duty had been 15% since 2019", "first imposed at 30% in 2025", "would have been 38.5%": a level the measure had before, or
        // never reached, stated as such
        return CounterfactualCue().IsMatch(s[clauseStart..r.Start]) || IsPastLevel(s, r);
    }

    /// <summary>"a 50% copper tariff": the words between the rate and the tariff word name the product.</summary>
    private static (int, int)? ProductBetween(string s, int rateEnd, List<Match> keywords)
    {
        var k = keywords.FirstOrDefault(k => k.Index > rateEnd && k.Index - rateEnd <= 24);
        if (k is null) return null;
        var words = s[rateEnd..k.Index];
        var trimmed = words.Trim();
        var acronym = trimmed.Length == 2 && trimmed.All(char.IsUpper); // "100% EV tariff"
        if ((trimmed.Length < 3 && !acronym) || !trimmed.All(c => char.IsLetter(c) || c == ' ' || c == '-')) return null;
        // "an in-quota duty of 5% and an out-of-quota duty of 30%": words that open another noun phrase name no product of the rate's
        if (ClauseOpener().IsMatch(trimmed)) return null;
        if ((Leading().Replace(" " + trimmed, " ").Trim().Length < 3 && !acronym) || AdjectiveOnly().IsMatch(trimmed)) return null;
        var start = rateEnd + words.IndexOf(trimmed, StringComparison.Ordinal);
        return (start, start + trimmed.Length);
    }

    private static int Multiplier(string lower) =>
        lower.Contains("tripl", StringComparison.Ordinal) ? 3 : lower.Contains("doubl", StringComparison.Ordinal) ? 2 : 1;

    private static bool NearKeyword(string s, RateMention rate, List<Match> keywords)
    {
        foreach (var k in keywords)
        {
            var colon = ColonBetween(s, rate, k);
            if (ListOfAnotherClause(s, k, colon)) continue;
            if (k.Index >= rate.End && k.Index - rate.End <= 32 && !s[rate.End..k.Index].Contains(" of ", StringComparison.Ordinal) && !ClauseBreakAfterRate().IsMatch(s[rate.End..k.Index])) return true;
            if (k.Index + k.Length <= rate.Start && rate.Start - (k.Index + k.Length) <= 90 && !s[(k.Index + k.Length)..rate.Start].Contains(';')) return true;
            if (InListAfterColon(s, rate, k, colon)) return true;
        }
        return false;
    }

    /// <summary>Where the goods group ("p") of a match in the lead-in that starts at <paramref name="offset"/> falls in the sentence.</summary>
    private static (int Start, int End) GroupAt(Match m, int offset) => (offset + m.Groups["p"].Index, offset + m.Groups["p"].Index + m.Groups["p"].Length);

    /// <summary>The goods group of a lead-in clause, ended where a product phrase ends (<see cref="PhraseFrom"/>); none when it
    /// names a country or a firm rather than goods (<see cref="NamesGoods"/>).</summary>
    private static (int Start, int End) GoodsAt(string s, Match m, int offset, IReadOnlyList<Mention> mentions)
    {
        var (start, end) = GroupAt(m, offset);
        var (ps, pe) = PhraseFrom(s, start, end);
        return ps >= 0 && !NamesGoods(s, ps, pe, mentions) ? (-1, -1) : (ps, pe);
    }

    private static (int Start, int End) PhraseFrom(string s, int start, int to)
    {
        if (start >= to) return (-1, -1);
        var stop = Terminator().Match(s[start..to]);
        var end = stop.Success ? start + stop.Index : to;
        var phrase = s[start..end];
        // "on Brazilian products such as beef and coffee": a generic word's examples are the goods
        if (GenericSuchAs().Match(s, start) is { Success: true } such && such.Index == start && start + such.Length < to)
            return PhraseFrom(s, start + such.Length, to);
        if (NotAProduct().IsMatch(phrase)) return (-1, -1);
        end = start + KeepListCommas(phrase, s[start..], HeadlineLike(s)).Length;
        while (end > start && (char.IsWhiteSpace(s[end - 1]) || s[end - 1] is ',' or '.')) end--;
        return end > start ? (start, end) : (-1, -1);
    }

    /// <summary>The product phrase after " on " in [from, to): up to the first terminator; (-1, -1) when there is none.</summary>
    /// <param name="phraseEnd">Where the phrase may run to, when "on" must start before <paramref name="to"/>: "… for six months
    /// to imports of steel wire originating in …" keeps "steel wire" whole.</param>
    private static (int Start, int End) ProductPhrase(string s, int from, int to, bool lastOn = false, int phraseEnd = -1)
    {
        if (to <= from) return (-1, -1);
        var region = s[from..to];
        var matches = OnWord().Matches(region);
        if (matches.Count == 0) return (-1, -1);
        var on = lastOn ? matches[^1] : matches[0];
        var start = from + on.Index + on.Length;
        return PhraseFrom(s, start, phraseEnd > to ? phraseEnd : to);
    }

    /// <summary>"canola oil, meal and peas", "truck tyres, bus tyres and inner tubes" keep their commas; "electric vehicles,
    /// mirroring …" stops at the comma. A list's items are short noun phrases (up to three words each), and it ends in "and" or
    /// "or" before its last item.</summary>
    private static string KeepListCommas(string phrase, string? tail = null, bool headline = false)
    {
        var parts = phrase.Split(',');
        var kept = parts[0];
        // "on taps, shower heads", "Customs duty on kraft paper, duplex board doubled to 20%": a headline's list without "and"
        var headlineList = headline && HeadlineGoodsList(parts);
        for (var i = 1; i < parts.Length; i++)
        {
            // (extract36) "screws, bolts and nuts of iron or steel": the material the last item is made of is no item of the list
            var core = WithoutMaterial(parts[i]);
            var words = core.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // "pecans, shrimp and frozen orange juice": the last item closes the list, each side of its "and" a short noun phrase
            var conjuncts = core.Split([" and ", " or "], StringSplitOptions.RemoveEmptyEntries);
            var shortItems = words.Length is > 0 and <= 4
                || (conjuncts.Length == 2 && conjuncts.All(c => SpaceWords(c) is > 0 and <= 4));
            var continuesList = (shortItems && (core.Contains(" and ", StringComparison.Ordinal) || words[0] is "and" or "or"
                || (i + 1 < parts.Length && parts[(i + 1)..].Any(p => p.TrimStart().StartsWith("and ", StringComparison.Ordinal)
                    || (p.Contains(" and ", StringComparison.Ordinal) && SpaceWords(p) <= 4)))))
                || (words.Length > 0 && (ClosesList(parts[i]) || (Words(parts[i]) <= 3 && parts[(i + 1)..].Any(ClosesList))))
                || headlineList;
            if (!continuesList || ListBreak().IsMatch(parts[i]) || NamesOnlyACountry(parts[i]) || OpensWithParticiple(parts[i])
                || OpensClause(tail is null ? parts[i] : UpToClauseBreak(tail, kept.Length + 1))) break;
            kept += "," + parts[i];
        }
        return kept;

        static int Words(string x) => SpaceWords(x);
        // "and peas", "bus tyres and inner tubes", "or staple fibre": the part that ends a list, each side of "and"/"or" a short noun phrase
        static bool ClosesList(string part)
        {
            var t = WithoutMaterial(part).Trim();
            var join = t.StartsWith("and ", StringComparison.Ordinal) || t.StartsWith("or ", StringComparison.Ordinal) ? 0
                : Math.Max(t.IndexOf(" and ", StringComparison.Ordinal), t.IndexOf(" or ", StringComparison.Ordinal));
            if (join < 0) return false;
            var after = t[(t.IndexOf(' ', join + 1) + 1)..];
            // (extract41) "films and other digital products downloaded or streamed from abroad": the last item ends where a
            // participle after its noun begins (not "dried peas", whose participle opens the item)
            if (PostNounParticiple().Match(after) is { Success: true } participle) after = after[..participle.Groups["p"].Index];
            return Words(t[..join]) <= 3 && Words(after) is > 0 and <= 3;
        }
    }

    /// <summary>"nuts of iron or steel", "articles of plastics", "sheets of copper or aluminium": what a list's last item is made of
    /// ("of" and one material, or two joined by "or"/"and"; not "of the world", "of its exports").</summary>
    private static string WithoutMaterial(string part) => MaterialOf().Replace(part, string.Empty);

    [GeneratedRegex(@"\s+of\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|which|whom|all|any|some)\b)[a-z][a-z-]*(?:\s+(?:or|and)\s+[a-z][a-z-]*)?\s*$")]
    private static partial Regex MaterialOf();

    /// <summary>"other digital products downloaded or streamed", "goods transmitted electronically", "machines assembled abroad":
    /// a participle of how goods are made, moved or used, after the lower-case words of a list's last item, where the item's noun
    /// ends (extract41); not a clause's verb ("and India's budget lifted the duty": a name before it, an object after it).</summary>
    [GeneratedRegex(@"^(?-i:[a-z][\w-]*)(?:\s+(?-i:[a-z][\w-]*)){0,3}(?<p>\s+(?:made|produced|manufactured|assembled|grown|imported|exported|shipped|sourced|downloaded|streamed|transmitted|delivered|sold|bought|purchased|used|intended|destined|classified|listed|covered|packed|packaged|supplied|brought|sent|carried)\b)(?!\s+(?:the|a|an|its|their|his|her|this|that|these|those)\b)")]
    private static partial Regex PostNounParticiple();

    /// <summary>", and to lower the tariff on bourbon to ", " while the duty on rice goes to ": after a rate, a clause joined by a
    /// conjunction whose tariff word and goods run up to the next rate (extract41); not one whose tariff a name qualifies ("and
    /// Chinese tariffs on American goods at 10%": another party's measure, read by the party rules).</summary>
    [GeneratedRegex(@"^\s*,?\s*(?:and|while|but|whereas)\s+(?:(?-i:[a-z][\w'’-]*)\s+){0,4}?(?:tariffs?|levy|levies|duty|duties|surtax(?:es)?|surcharges?|(?:import|customs|export)\s+tax(?:es)?)\s+(?:on|for)\s[^%;]*?\s(?:to|at|of|from)\s+(?:up\s+to\s+|about\s+|around\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex NextRateClause();

    /// <summary>", hurting Japanese automakers Toyota and Honda", ", angering growers and exporters", ", prompted the EU to …":
    /// a part that opens with a participle (not a goods noun in -ing, nor an -ed adjective before its noun: "dried peas") is a
    /// clause about the measure, not one more item of the list.</summary>
    private static bool OpensWithParticiple(string part)
    {
        var m = ParticipleOpener().Match(part);
        if (!m.Success) return false;
        return m.Groups["ing"].Success ? !IngGoods().IsMatch(m.Groups["ing"].Value) : true;
    }

    /// <summary>"… on foreign trucks, and Mexico, the largest supplier, …": a country noun after the comma opens a clause about it;
    /// it is not one more product of the list.</summary>
    private static bool NamesOnlyACountry(string part)
    {
        var rest = part.Trim();
        if (rest.StartsWith("and ", StringComparison.Ordinal) || rest.StartsWith("or ", StringComparison.Ordinal)) rest = rest[(rest.IndexOf(' ') + 1)..].TrimStart();
        if (rest.StartsWith("the ", StringComparison.Ordinal)) rest = rest[4..];
        return rest.Length > 0 && char.IsUpper(rest[0]) && EntityFinder.Find(rest) is [{ Form: not MentionForm.Adjective } only] && only.Start == 0 && only.End == rest.Length;
    }

    private static List<string> Products(string phrase, IEnumerable<string> entityWords)
    {
        var p = Paren().Replace(phrase, " ");
        foreach (var w in entityWords.OrderByDescending(w => w.Length))
            p = EntityWordPattern(w).Replace(p, " ");
        p = OfOrigin().Replace(p, " ");
        p = Leading().Replace(p, " ");
        p = Trailing().Replace(TrailingWhen().Replace(p, string.Empty), string.Empty);
        var items = ListSplit().Split(p)
            .Select(x => Leading().Replace(" " + x.Trim(), " ").Trim())
            .Select(x => Makers().Replace(x, "$1")) // "carmakers" → "car", "steelmakers" → "steel"
            .Select(x => Trailing().Replace(TrailingWhen().Replace(x, string.Empty), string.Empty).Trim())
            .Select(x => x.Contains("  ", StringComparison.Ordinal) ? Spaces().Replace(x, " ") : x) // the gap a country's name left
            // "ceramic tiles will increase", "steel is set": a phrase that ran into its own verb ends before the auxiliary
            .Select(x => AuxiliaryInside().Match(x) is { Success: true } aux ? x[..aux.Index].Trim() : x)
            // "e-bikes made [in Vietnam]", "shoes produced [abroad]": a participle of origin the phrase ran into is no part of the goods
            .Select(x => OriginParticiple().Replace(x, string.Empty))
            // "… and China responded", "… and Washington hit back": a clause the phrase ran into is no product
            .Where(x => x.Length > 1 && !Filler().IsMatch(x) && !PastVerb().IsMatch(x) && !ActsAfter().IsMatch(" " + x) && !NoGoods().IsMatch(x)
                // "those outside it", "excluded shrimp": a pronoun, or goods a verb takes out of the measure, names none of its goods
                && !NeverGoods().IsMatch(x) && !PrepositionLed().IsMatch(x) && !NotGoodsItem(x))
            .ToList();
        return items;
    }

    private static string? Imposer(string s, List<Mention> mentions, List<(int Start, int End)> phrases, int firstRate, bool afterRate = true, int afterLimit = int.MaxValue)
    {
        bool InPhrase(Mention m) => phrases.Any(p => m.Start >= p.Start && m.End <= p.End);
        // "Washington and Tokyo agreed to a 15% tariff on Japanese goods": the country a product phrase names is the target, not the imposer
        var named = mentions.Where(InPhrase).Select(m => m.CountryId).ToHashSet(StringComparer.Ordinal);
        if (named.Count > 0 && mentions.Any(m => !named.Contains(m.CountryId) && m.Start < firstRate && !InPhrase(m)))
            mentions = mentions.Where(m => !named.Contains(m.CountryId)).ToList();
        var index = new Dictionary<Mention, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < mentions.Count; i++) index[mentions[i]] = i;
        bool Eligible(Mention m)
        {
            if (InPhrase(m)) return false;
            if (OriginCompound(s, m) || SeatOfOfficial(s, m) || GivenTo(s, m)) return false; // "China-made steel", "Guam's governor said", "gave Washington a taste"
            var before = s[Math.Max(0, m.Start - 24)..m.Start].ToLowerInvariant();
            if (ObjectBefore().IsMatch(before) && !GovernmentOf().IsMatch(before)) return false;
            if (CoordinatedObjectBefore().IsMatch(s[Math.Max(0, m.Start - 40)..m.Start].ToLowerInvariant())) return false; // "from Russia and Belarus"
            if (OriginBefore().IsMatch(s[Math.Max(0, m.Start - 30)..m.Start])) return false; // "originating in the People's Republic of China"
            if (NamedByExample(s, m)) return false; // "from partners, including Japan"
            if (CoordinatedWithObject(s, mentions, index.GetValueOrDefault(m, -1))) return false; // "from the United Arab Emirates and Oman"
            if (ModifiesTariffWord(s, mentions, m)) return false; // "Peru sets final China tile duties at 24%"
            if (HitWith(s, m)) return false; // "hit Canada with a 35% tariff"
            if (OwnTradeAfter().IsMatch(s.AsSpan(m.End, Math.Min(s.Length, m.End + 24) - m.End))) return false; // "would cut Indonesia's exports"
            if (WideAfter().IsMatch(s[m.End..Math.Min(s.Length, m.End + 8)])) return false; // "a China-wide rate of 93.5%"
            if (BracketedRateAfter().IsMatch(s.AsSpan(m.End, Math.Min(s.Length, m.End + 32) - m.End))) return false; // "chips: Belgium (23.1%), …"
            if (m.Form != MentionForm.Adjective && MovedToRateAfter().IsMatch(s.AsSpan(m.End, Math.Min(s.Length, m.End + 32) - m.End))) return false; // "- Vietnam to 20%"
            // "Trump hikes India tariff to 50%": the country naming the tariff a verb changes is its target
            if (ChangeVerbBefore().IsMatch(before) && TariffWordAfter().IsMatch(s[m.End..Math.Min(s.Length, m.End + 16)])) return false;
            if (m.Form != MentionForm.Adjective) return true;
            // "Mexican tariffs on Korean steel": a country adjective right before the tariff word imposes it
            return GovernmentAfter().IsMatch(s[m.End..Math.Min(s.Length, m.End + 40)]) || AdjectiveTariff().IsMatch(s[m.End..Math.Min(s.Length, m.End + 40)]);
        }
        // "Canada's 100% tariff", "China's new 76% levy": the possessive names the imposer, whatever comes before it
        // ("a response to Canada's 100% tariff" is still Canada's tariff).
        var possessive = mentions.LastOrDefault(m => m.End <= firstRate && m.Form != MentionForm.Person
            && PossessiveBeforeRate().IsMatch(s[m.End..firstRate]));
        if (possessive is not null) return possessive.CountryId;
        // "Under Ghana's revised import schedule, rice will attract …": the country whose schedule, decree or regulation sets a rate imposes it
        var instrument = mentions.FirstOrDefault(m => m.End <= firstRate && m.Form != MentionForm.Person && Instrument().IsMatch(s[m.End..firstRate]));
        if (instrument is not null) return instrument.CountryId;
        // "importers shall pay … to the customs of the People's Republic of China": the customs that collects a duty imposes it
        var customs = mentions.FirstOrDefault(m => m.Entity.Kind != EntityKind.Leader && CustomsOfBefore().IsMatch(s[Math.Max(0, m.Start - 40)..m.Start]));
        if (customs is not null) return customs.CountryId;
        // "the 50% tariff imposed by Washington": the agent of a passive imposes it
        var agent = mentions.FirstOrDefault(m => m.Entity.Kind != EntityKind.Leader || m.Form == MentionForm.Person
            ? AgentBefore().IsMatch(s[Math.Max(0, m.Start - 30)..m.Start]) : false);
        if (agent is not null) return agent.CountryId;
        // "Thai tyre makers face duties from Ottawa ranging …": the country goods face a duty from imposes it
        var facedFrom = mentions.FirstOrDefault(m => (m.Form != MentionForm.Adjective || GovernmentAfter().IsMatch(s[m.End..Math.Min(s.Length, m.End + 40)])) && FacedFromBefore().IsMatch(s[Math.Max(0, m.Start - 60)..m.Start]));
        if (facedFrom is not null) return facedFrom.CountryId;
        // "retaliate against the US 25% tariff": a country right before the rate of a tariff names its imposer
        var modifier = mentions.LastOrDefault(m => m.End <= firstRate && m.Form is MentionForm.Noun or MentionForm.Adjective
            && s[m.End..firstRate].Trim().Length == 0 && RateThenTariff().IsMatch(s[firstRate..Math.Min(s.Length, firstRate + 60)]) && DeterminerBefore().IsMatch(s[Math.Max(0, m.Start - 8)..m.Start]));
        if (modifier is not null) return modifier.CountryId;
        var between = mentions.FirstOrDefault(m => m.Start >= firstRate && m.Start - firstRate <= 12 && !InPhrase(m) && !ClauseBreakAfterRate().IsMatch(s[firstRate..m.Start]) && !s[firstRate..m.Start].Contains(" and ", StringComparison.Ordinal)
            && TariffWord().IsMatch(s[m.End..Math.Min(s.Length, m.End + 14)]) && m.Form != MentionForm.Person);
        if (between is not null) return between.CountryId;
        // "Vietnam's exports to the US surged 40% ahead of the 46% tariff": the country exports go to imposes the tariff
        foreach (var m in mentions)
        {
            if (m.Start >= firstRate || m.Entity.Kind == EntityKind.Leader || ExportsToAfter().Match(s, m.End) is not { Success: true } e || e.Index != m.End) continue;
            // a plain-modifier exporter ("Faroe Islands salmon exports to Russia face …") only where the goods face or pay the duty
            if (mentions.FirstOrDefault(d => d.Start == e.Index + e.Length) is { } destination
                && (!e.Groups["plain"].Success || FacesAfter().IsMatch(s.AsSpan(destination.End, Math.Min(s.Length, destination.End + 140) - destination.End))))
                return destination.CountryId;
        }
        // "South Korean cars shipped to the United States now face a 15% tariff": the country goods are shipped to imposes it
        // (after the rate only with an origin of its own: "… steel racks exported to New Zealand from China")
        var shippedTo = mentions.FirstOrDefault(m => m.Entity.Kind != EntityKind.Leader && ShippedToBefore().IsMatch(s[Math.Max(0, m.Start - 60)..m.Start])
            && (m.End <= firstRate || OriginAfter().IsMatch(s[m.End..Math.Min(s.Length, m.End + 40)])));
        if (shippedTo is not null) return shippedTo.CountryId;
        var market = mentions.FirstOrDefault(m => m.Start > firstRate && m.Entity.Kind != EntityKind.Leader && ToSellInBefore().IsMatch(s[Math.Max(0, m.Start - 40)..m.Start]));
        if (market is not null) return market.CountryId;
        var before = mentions.LastOrDefault(m => m.Start < firstRate && Eligible(m));
        if (before is not null) return before.CountryId;
        // "…, the Indonesian Anti-Dumping Committee said": an adjective after the rate names the imposer only with an institution
        if (!afterRate) return null;
        var after = mentions.FirstOrDefault(m => m.Start >= firstRate && m.Start < afterLimit && Eligible(m) && (m.Form is MentionForm.Noun or MentionForm.Capital or MentionForm.Person
            || (m.Form == MentionForm.Adjective && InstitutionAfter().IsMatch(s[m.End..Math.Min(s.Length, m.End + 40)]))));
        return after?.CountryId;
    }

    /// <summary>"duties on Chinese, Thai nylon film": a headline's list of country adjectives, joined by a comma, reads as one
    /// list ("Chinese &amp;Thai", the same length, so positions hold) rather than ending the product phrase at the comma.</summary>
    private static string JoinCountryLists(string s) =>
        (_joinedLists ??= new RecentAnswers<string>()).Answer(s, static x => ReadJoinedCountryLists(x));

    [ThreadStatic] private static RecentAnswers<string>? _joinedLists;

    private static string ReadJoinedCountryLists(string s)
    {
        var adjectives = Parties(s).Where(m => m.Form == MentionForm.Adjective && m.Entity.Kind != EntityKind.Leader).ToList();
        char[]? joined = null;
        for (var k = 1; k < adjectives.Count; k++)
        {
            if (s[adjectives[k - 1].End..adjectives[k].Start] != ", ") continue;
            joined ??= s.ToCharArray();
            joined[adjectives[k - 1].End] = ' ';
            joined[adjectives[k - 1].End + 1] = '&';
        }
        return joined is null ? s : new string(joined);
    }

    /// <summary>"hit Canada with a 35% tariff", "threatened the EU with duties": the country struck with a measure is its target.</summary>
    private static bool HitWith(string s, Mention m) =>
        HitVerbBefore().IsMatch(s[Math.Max(0, m.Start - 20)..m.Start]) && WithAfter().IsMatch(s[m.End..Math.Min(s.Length, m.End + 8)]);

    /// <summary>"Shipments from China face a 24.5% duty and those from Thailand 12.1%": a later rate's own "from X" is
    /// in the clause that leads up to it (after the last "and" or comma since the rate before) or right after it.</summary>
    private static string? OwnFromCountry(string s, List<Mention> mentions, string? imposer, List<RateMention> rates, RateMention rate)
    {
        var i = rates.IndexOf(rate);
        if (i <= 0) return null;
        var between = s[Math.Min(rates[i - 1].End, rate.Start)..rate.Start]; // rates may overlap (a per-unit amount inside a percent phrase)
        // "…, goods from Sri Lanka and Pakistan to a reciprocal tariff of 15%": an "and" between two countries joins origins, not clauses
        var offset = Math.Min(rates[i - 1].End, rate.Start);
        var and = between.LastIndexOf(" and ", StringComparison.Ordinal);
        while (and >= 0 && mentions.Any(m => m.End == offset + and) && mentions.Any(m => m.Start == offset + and + 5))
            and = and > 0 ? between.LastIndexOf(" and ", and - 1, StringComparison.Ordinal) : -1;
        var cut = new[] { and, between.LastIndexOf(", ", StringComparison.Ordinal), between.LastIndexOf("; ", StringComparison.Ordinal) }.Max();
        // "…; for exports from Vietnam, 8.4% for Austdoor and 23.5% for all other exporters": a semicolon ends a clause, so a rate's own
        // origin is looked for up to the next one, and back to the last one when the rate's own lead names none
        var semicolon = s.IndexOf(';', rate.End);
        var end = Math.Min(i + 1 < rates.Count ? rates[i + 1].Start : s.Length, semicolon < 0 ? s.Length : semicolon);
        var leadStart = cut < 0 ? rate.Start : rates[i - 1].End + cut;
        if (FromCountry(s, mentions.Where(m => m.Start >= leadStart && m.Start < end).ToList(), imposer) is { } own) return own;
        var clauseStart = s.LastIndexOf(';', rate.Start);
        return clauseStart < 0 ? null : FromCountry(s, mentions.Where(m => m.Start > clauseStart && m.Start < rate.Start).ToList(), imposer);
    }

    /// <summary>The product a sentence names before a rate without one: "duties on pork imported from the EU, with rates of …",
    /// "its investigation into brandy imported from the EU, deciding to levy duties of …".</summary>
    private static List<string>? ProductNamedBefore(string s, int rateStart)
    {
        var head = s[Math.Max(0, rateStart - 300)..rateStart];
        if (MentionedProducts(head) is { Count: > 0 } named) return [.. named];
        var m = ImportedFrom().Match(head);
        if (!m.Success) m = ImportersOf().Match(head);
        if (!m.Success) return null;
        var phrase = m.Groups["p"].Value;
        var products = Products(phrase, EntityFinder.Find(phrase).Select(x => phrase[x.Start..x.End])).Where(x => IsProductWord(x.Split(' ')[^1])).ToList();
        return products.Count > 0 ? products : null;
    }

    private static string? FromCountry(string s, List<Mention> mentions, string? imposer)
    {
        foreach (var m in mentions)
        {
            if (m.Entity.Kind == EntityKind.Leader || m.CountryId == imposer) continue;
            // "cars imported into Vietnam, mostly from the U.S., will pay 16%": the largest origin of goods every origin pays on
            if (ShareOfOriginBefore().IsMatch(s.AsSpan(Math.Max(0, m.Start - 24), m.Start - Math.Max(0, m.Start - 24)))) return "*";
            var before = s[Math.Max(0, m.Start - 9)..m.Start].ToLowerInvariant();
            if (TargetBefore().IsMatch(before) || HitWith(s, m) || OriginBefore().IsMatch(s[Math.Max(0, m.Start - 30)..m.Start])) return m.CountryId;
            // "Imports from trading partners that have signed agreements with the US, including Japan, Korea and the EU, …": the countries
            // an origin names by example
            if (NamedByExample(s, m)) return m.CountryId;
        }
        return null;
    }

    /// <summary>"from Russia and Belarus", "on Chinese and Thai film": countries joined to the target by "and"/"or".</summary>
    private static IEnumerable<string> CoordinatedTargets(string s, List<Mention> mentions, string target, string imposer)
    {
        var first = mentions.FirstOrDefault(m => m.CountryId == target && m.Entity.Kind != EntityKind.Leader);
        if (first is null) yield break;
        var at = mentions.IndexOf(first);
        for (var k = at + 1; k < mentions.Count; k++)
        {
            if (!Joined(s, mentions[k - 1], mentions[k]) || mentions[k].Entity.Kind == EntityKind.Leader) yield break;
            if (mentions[k].CountryId != target && mentions[k].CountryId != imposer) yield return mentions[k].CountryId;
        }
    }

    private static string? OtherCountry(List<Mention> mentions, string? imposer)
    {
        var others = mentions.Where(m => m.Entity.Kind != EntityKind.Leader && m.CountryId != imposer).Select(m => m.CountryId).Distinct().ToList();
        return others.Count == 1 ? others[0] : null;
    }

    private static string Action(string lower)
    {
        if (Ruled().IsMatch(lower)) return TariffActions.Ruled;
        if (Threatened().IsMatch(lower)) return TariffActions.Threatened;
        if (Proposed().IsMatch(lower)) return TariffActions.Proposed;
        if (Removed().IsMatch(lower)) return TariffActions.Removed;
        if (Lowered().IsMatch(lower)) return TariffActions.Lowered;
        if (Raised().IsMatch(lower)) return TariffActions.Raised;
        return TariffActions.Imposed;
    }

    /// <summary>"from the United Arab Emirates and Oman": a country joined by "and"/"or"/a comma to an object or origin is one too.</summary>
    private static bool CoordinatedWithObject(string s, List<Mention> mentions, int at)
    {
        for (var k = at - 1; k >= 0 && at - k <= 6; k--)
        {
            if (!Joined(s, mentions[k], mentions[k + 1])) return false;
            // "… on glass from Malaysia, Indonesia said": a name after a bare comma that speaks is the speaker, not one more origin
            if (k == at - 1 && s[mentions[k].End..mentions[at].Start].Trim() == "," && SpeaksAfter().IsMatch(s[mentions[at].End..Math.Min(s.Length, mentions[at].End + 20)])) return false;
            var before = s[Math.Max(0, mentions[k].Start - 24)..mentions[k].Start];
            if (TargetBefore().IsMatch(before.ToLowerInvariant()) || ObjectBefore().IsMatch(before.ToLowerInvariant()) || OriginBefore().IsMatch(before)) return true;
        }
        return false;
    }

    /// <summary>"Peru sets final China tile duties at 24%", "Canada confirms US lumber duties": a country named as the modifier of
    /// the tariff word, after a country that opens the sentence and acts, is the target.</summary>
    private static bool ModifiesTariffWord(string s, List<Mention> mentions, Mention m)
    {
        if (m.Form is not (MentionForm.Noun or MentionForm.Capital)) return false;
        var modified = CountryModifiesTariff().Match(s[m.End..Math.Min(s.Length, m.End + 40)]);
        // only product words between the country and the tariff word ("China tile duties"), not a verb ("US cut its tariff")
        if (!modified.Success || modified.Groups["w"].Captures.Any(w => !IsProductWord(w.Value))) return false;
        var subject = SubjectCountry().Match(s);
        var end = subject.Index + subject.Length;
        // the subject is a country ("Peru sets …"), not "The deal caps US tariffs …"
        return subject.Success && mentions.Any(x => x != m && x.Start <= 4 && x.End <= end && x.Form != MentionForm.Adjective) && end <= m.Start && m.Start - end <= 40 && VerbObjectGap().IsMatch(s[end..m.Start]);
    }
}
