using System.Text.RegularExpressions;
using Watcher.Core.Entities;

namespace Watcher.Core.Facts;

/// <summary>One sentence read: its rates, which of them are a measure, and each measure's imposer, target, goods and action.</summary>
public static partial class TariffExtractor
{
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
        // "Malaysian exporters will now pay 14%, down from 19%, after the White House trimmed tariffs …": in a sentence about a duty, the
        // rate a country's exporters, producers or shippers pay or face is one, for that country (ClauseSubject reads them as its target)
        keywords.AddRange(TradersPayRate().Matches(s).Where(m => EntityFinder.Find(m.Groups["adj"].Value).Any(x => x.Form == MentionForm.Adjective && x.Entity.Kind != EntityKind.Leader)));
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
            && !Average().IsMatch(s.AsSpan(Math.Max(0, r.Start - 40)..r.Start)) && !OtherRate().IsMatch(s.AsSpan(Math.Max(0, r.Start - 40)..r.Start)) && !MetricRates.IsMetric(s, r, keywords) && !OwnClauseNotTheMeasure(s, r)
            && !MarginBefore().IsMatch(s.AsSpan(Math.Max(0, r.Start - 60)..r.Start)) && !ComparedWithBefore().IsMatch(s.AsSpan(Math.Max(0, r.Start - 40)..r.Start)) && !ComparativeAfter().IsMatch(s.AsSpan(r.End..Math.Min(s.Length, r.End + 24))) && !ChargesPeople(s, r)
            && !IsExcise(s, r, keywords) && !MetricRates.IsTariffMetric(s, r) && !DomesticTaxBesideDuty(s, r, all)).ToList();
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
        if (action is TariffActions.Proposed or TariffActions.Threatened && AnswersExisting().IsMatch(s.AsSpan(..rates[0].Start))) action = TariffActions.Imposed;
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
            // "… will pay 30 percent customs duty and rolled oats 25 percent", "… 6% instead of 12%; electric kettles 4%": a verbless goods
            // conjunct after the rest of the rate before (TariffExtractor.GoodsConjunct.cs)
            if (ps < 0 && i > 0 && GoodsConjunct(s, preStart, rates[i], mentions) is { } conjunct)
                (ps, pe) = conjunct;
            if (ps < 0 && i > 0 && LeadClause(leadIn) is { Success: true } lead)
                (ps, pe) = GoodsAt(s, lead, preStart, mentions);
            // "Solar lanterns will be fully exempted from the current 10 per cent duty", "sunscreen will be duty-free after the 20 per cent
            // duty is removed": the goods the duty is taken off (session 29, extract52: TariffExtractor.TakenOff.cs)
            if (ps < 0 && GoodsTakenOff(s, leadIn, preStart, rates[i], mentions) is { } taken)
                (ps, pe) = taken;
            // "the 40 percent import duty and the 14 percent Value Added Tax on farm tractors": the goods after the tax removed beside it
            if (ps < 0 && GoodsAfterDomesticTax(s, rates[i], all) is { } beside)
                (ps, pe) = beside;
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
            if (ps < 0 && KeywordRightAfter().IsMatch(s.AsSpan(regionStart..regionEnd)) && !(i + 1 < rates.Count && NextRateClause().IsMatch(s.AsSpan(regionStart..regionEnd))))
                (ps, pe) = ProductPhrase(s, regionStart, regionEnd);
            // "the duty on electric cars goes to zero, but petrol cars keep their 15% duty": goods that keep a rate in a clause of their own,
            // when the rate names no goods of its own ("…, but the government will keep its 25% tariffs on US steel": the clause's
            // subject is no goods)
            if (ps < 0 && (leadIn.Contains(" their", StringComparison.Ordinal) || leadIn.Contains(" its", StringComparison.Ordinal)) && TariffWordNext().IsMatch(s.AsSpan(regionStart..regionEnd)) && KeepTheirRate().Match(leadIn) is { Success: true } kept)
                (ps, pe) = GoodsAt(s, kept, preStart, mentions);
            if (ps < 0 && TariffOnBefore().IsMatch(leadIn))
            {
                (ps, pe) = ProductPhrase(s, preStart, rates[i].Start, lastOn: true);
                if (ps >= 4 && s[(ps - 4)..ps] == "for " && !NamesGoods(s, ps, pe, mentions)) (ps, pe) = (-1, -1);
            }
            // "… on imports of kettles and toasters originating in or imported from China at 27%": the goods before the origin a rate is
            // stated after (TariffExtractor.OriginRate.cs)
            if (ps < 0 && OriginRateGoods(s, preStart, rates[i]) is { } originGoods)
                (ps, pe) = originGoods;
            if (ps < 0)
                (ps, pe) = ProductPhrase(s, regionStart, Math.Min(regionEnd, regionStart + 48), phraseEnd: regionEnd);
            // "an import tax increase to 25% for steel wire": "for" and the goods right after the rate
            if (ps < 0 && ForGoods().Match(s, regionStart) is { Success: true } forGoods)
                (ps, pe) = PhraseFrom(s, forGoods.Index + forGoods.Length, regionEnd);
            // "a tariff-rate quota of 50,000 tonnes for sugar, with an in-quota duty of 5% and …": the goods the quota is for
            if (ps < 0 && QuotaFor().Match(s[..rates[i].Start]) is { Success: true } quota && QuotaRate().IsMatch(s.AsSpan(Math.Max(0, rates[i].Start - 40)..rates[i].Start)))
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
            // "Umbrellas will be subject to a duty of 41.2% and raincoats to a duty of 22.5%", "… applied to toasters, and 15% to kettles",
            // "…, is to be removed, and kayaks will pay 5 per cent": a later rate in a conjunct of its own is on that conjunct's goods
            // (TariffExtractor.OwnConjunct.cs)
            if (ps < 0 && i > 0 && OwnConjunctGoods(s, leadIn, preStart, rates[i], regionEnd, mentions) is { } gapped)
                (ps, pe) = gapped;
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
                && rates.Any(r => r.Start >= m.End && GetsRateAfter().IsMatch(s.AsSpan(m.End..r.Start)))) is { } getter)
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
        var ownMentions = rates.Select(r => OwnImposerMention(s, mentions, rates, r)).ToList();
        var owners = ownMentions.OfType<Mention>().Select(m => m.CountryId).ToHashSet(StringComparer.Ordinal);
        // "Under the agreement, Indonesia will eliminate its 10 percent duty on kiwifruit …, while New Zealand will scrap …": two sides of a
        // deal cut duties on each other's goods; in a round-up of several countries' own duties each clause is its country's alone
        // (TariffExtractor.RoundUp.cs)
        var exchange = owners.Count > 0 && DealWord().IsMatch(s) && parties.Select(m => m.CountryId).Distinct(StringComparer.Ordinal).Count() == 2;
        // the own imposer of the rate before, and who that rate's imposer was (a round-up's clauses: TariffExtractor.RoundUp.cs)
        string? ownBefore = null;
        string? imposerBefore = null;
        foreach (var (rate, ps, pe, named) in perRate)
        {
            // "…, while China's retaliatory levies on US products are 10%": a later rate with its own possessive imposer
            var rateAt = rates.IndexOf(rate);
            var ownImposer = ownMentions[rateAt]?.CountryId;
            // "… while Korea will remove its 8% tariff on Uzbek dried apricots and its 30% tariff on raisins": "and its" continues the own
            // imposer of the rate before
            if (ownImposer is null && ownBefore is not null && rateAt > 0 && AndItsLead().IsMatch(s.AsSpan(rates[rateAt - 1].End, Math.Max(0, rate.Start - rates[rateAt - 1].End))))
                ownImposer = ownBefore;
            var rateImposer = ownImposer ?? imposer;
            // "Nauru raised the duty on wafers to 30%; Gibraltar removed its 12% duty …": the target of one country's clause is not
            // carried to another country's own duty
            if (ownImposer is not null && imposerBefore is not null && ownImposer != imposerBefore) previousTarget = null;
            (ownBefore, imposerBefore) = (ownImposer, rateImposer);
            // "Norway's 344% tariff on cheese took effect, and India raised its duty on toys to 100%": the imposer of another rate of the
            // sentence is no target of this one
            // "Nauru raised the duty on wafers to 30%; Gibraltar removed its 12% duty on first aid kits": a round-up's rate is on the
            // countries of its own clause, from its country to the next clause's, never on another clause's country
            var (ownStart, ownEnd) = (ownMentions.Take(rateAt + 1).LastOrDefault(m => m is not null)?.Start ?? 0, ownMentions.Skip(rateAt + 1).FirstOrDefault(m => m is not null)?.Start ?? s.Length);
            var (clauseStart, clauseEnd) = exchange || owners.Count == 0 ? (0, s.Length) : (ownStart, ownEnd);
            // "Nauru raised the duty on wafers to 30%; Malaysia imposed duties of up to 19.74% …, and Fiji cut its tariff on rice to 5%": each
            // clause's own verb is its rate's action, in a deal's two sides too (the sentence's first verb of change was all three's);
            // one subject's clauses too ("abolish the 12 percent duty on tuna and cut the duty on vegetables from 12% to 6%")
            var clauseAction = scaled && rate == rates[0] ? action
                : owners.Count == 0 ? VerbClauseAction(s, lower, rate, rates, old, action)
                : ClauseAction(s, lower, ownStart, ownEnd, rates, old, action);
            var clause = parties.Where(m => m.CountryId == rateImposer || (m.Start >= clauseStart && m.Start < clauseEnd)).ToList();
            var besides = exchange ? clause : clause.Where(m => m.CountryId == rateImposer || !owners.Contains(m.CountryId)).ToList();
            // (the phrase's countries are no goods, whichever clause they are in: "on Chinese phenol and Vietnam's …")
            var phraseCountries = ps < 0 ? [] : mentions.Where(m => m.Start >= ps && m.End <= pe && m.Entity.Kind != EntityKind.Leader).ToList();
            var inPhrase = phraseCountries.Where(m => m.Start >= clauseStart && m.Start < clauseEnd).ToList();
            // "…, as imports from China and Vietnam squeezed local mills", "…, producers that had complained about Chinese imports": the
            // origin a cause names is why the measure came, not whom it is on (a goods phrase read past the cause does not make it so)
            if (cue.Success && cue.Groups["cause"].Success)
            {
                inPhrase.RemoveAll(m => m.Start >= cue.Index);
                phraseCountries.RemoveAll(m => m.Start >= cue.Index);
            }
            // "The 100% tariff on Canadian canola oil will stay, and Canada has agreed to review its surtax on …": a country whose goods
            // a rate is on does not impose that rate; it continues the imposer before, or leaves it to the item
            // ("the levy on the non-U.S. content of Canadian-made vehicles" is on other goods than the US's)
            if (rateImposer is not null && inPhrase.Any(m => m.CountryId == rateImposer && !s.AsSpan(0, m.Start).EndsWith("non-", StringComparison.OrdinalIgnoreCase)))
                rateImposer = previousImposer is { } earlier && inPhrase.All(m => m.CountryId != earlier) ? earlier : null;
            // "goods covered by CUSMA": an agreement's name is no product either
            var products = ps < 0 ? [] : Products(s[ps..pe], phraseCountries.Select(m => s[m.Start..m.End]).Concat(agreements.Where(m => m.Start >= ps && m.End <= pe).Select(m => s[m.Start..m.End])));
            // "on all imports" (but not "on all imports from China"), "on goods from every country"
            var everyone = (ps >= 0 && inPhrase.Count == 0 && AllImports().IsMatch(s.AsSpan(ps..pe)) && !OriginAfter().IsMatch(s.AsSpan(pe..Math.Min(s.Length, pe + 40))))
                || (ps >= 0 && inPhrase.Count == 0 && AbroadAfter().IsMatch(s.AsSpan(pe..Math.Min(s.Length, pe + 40))))
                || (ps >= 0 && inPhrase.Count == 0 && AllGoods().IsMatch(s.AsSpan(ps..pe)) && FromCountry(s, parties, rateImposer) is null)
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
                ?? FromCountry(s, clause, rateImposer)
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
                result.Add(new TariffMeasure(destination.CountryId, rateImposer, rate.Value, rate.Unit, products.Count > 0 ? products : ["goods"], clauseAction, date, sentence));
                continue;
            }
            if (ps >= 0 && rateImposer is not null && (target is null or "*") && !everyone && OwnExports().IsMatch(s.AsSpan(ps..pe)))
            {
                if (previousImposer is null || previousImposer == rateImposer) continue;
                result.Add(new TariffMeasure(previousImposer, rateImposer, rate.Value, rate.Unit, products.Count > 0 ? products : ["goods"], clauseAction, date, sentence));
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
            // (not the general duty stated beside the remedy: "The general ad valorem tariff of 11% continues to apply", GeneralDutyAt; nor,
            // session 32, the customs duty it is added to: "The duties are in addition to the customs duty of 30% on extension cords")
            if (stated is null && by is not null && by == impliedImposer && impliedOrigin is { Length: > 0 } && target == "*" && !everyone && !Everyone().IsMatch(s)
                && !GeneralDutyAt(s, rate.Start) && GeneralDutyNamed(s, rate.Start, remedyItem: false) is null)
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
            // "… on cashew nuts, on top of the 10% tariff on most other Beninese goods": goods the rate's tariff calls other than those
            // before are not the goods of the rate before (TariffExtractor.OtherGoods.cs)
            if (products.Count == 0) products = OnOtherGoods(s, rate) ? ["goods"] : previousProducts ?? ["goods"];
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
            var rateAction = Kept().IsMatch(s.AsSpan(Math.Max(0, rate.Start - 24)..rate.Start)) ? TariffActions.Imposed : clauseAction;
            result.Add(new TariffMeasure(by, target, rate.Value, rate.Unit, products, rateAction, date, sentence));
            if (FirmAfter().Match(s, rate.End) is { Success: true } firm && (!firm.Groups["n"].Success || !mentions.Any(m => m.Start == firm.Groups["n"].Index)))
                firmRates.Add(result[^1]);
            if (FirmBefore(s, rate, mentions, out var rest) && (perParty is null || rest)) firmRates.Add(result[^1]);
            foreach (var other in movedTo.Skip(1))
                result.Add(new TariffMeasure(by, other, rate.Value, rate.Unit, products, rateAction, date, sentence));
            if (perParty is not null) continue;
            foreach (var also in CoordinatedTargets(s, mentions, target, by))
                result.Add(new TariffMeasure(by, also, rate.Value, rate.Unit, products, clauseAction, date, sentence));
        }
        KeepHighestFirmRate(result, firmRates);
        if (rates.Count > 1 && s.Contains("respectively", StringComparison.OrdinalIgnoreCase)) PairRespectively(s, rates, mentions, result);
        // "the 15% tariff that the United States applies to most Namibian goods": the rate's imposer, target and goods are named after it
        AppliedBy(s, rates, result);
        return result;
    }

    /// <summary>"Korean producers will be charged …", "Other Saudi producers face …", "The EU and Japan will pay …", "Rice from Tanzania
    /// remains at …": the sentence opens with an origin (a country, its traders, or goods from it) other than the imposer before; not a
    /// firm named after a place ("Tokyo Ohka Kogyo was …", "Texas Instruments, the largest American supplier, faces …").</summary>
    private static string? OriginSubject(string s, int verb, string previousImposer)
    {
        var first = EntityFinder.Find(s[..verb]).FirstOrDefault(m => IsParty(m) && m.Entity.Kind != EntityKind.Leader);
        return first is not null && first.CountryId != previousImposer
            && (SubjectLeadIn().IsMatch(s.AsSpan(0, first.Start)) || FromBeforeMention().IsMatch(s.AsSpan(Math.Max(0, first.Start - 30)..first.Start)))
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
        if (m is null || !SubjectStart().IsMatch(s.AsSpan(..m.Start))) return null;
        return FacesAfter().IsMatch(s.AsSpan(m.End..firstRate)) ? m.CountryId : null;
    }

    /// <summary>"a 40% tariff, with a minimum of $7,000 per vehicle", "applied at a minimum of $7,000 per vehicle": an amount
    /// per unit stated as a floor or cap bounds an ad valorem rate; it is part of that measure, not a measure of its own.</summary>
    private static bool BoundOfPercent(string s, RateMention r) =>
        r.Unit != "percent" && BoundBefore().IsMatch(s.AsSpan(Math.Max(0, r.Start - 30)..r.Start));

    /// <summary>"duties of 27.7 percent to 34.9 percent", "between 10% and 25%": the low end of a range is not a measure.</summary>
    private static bool RangeLowEnd(string s, RateMention r, List<RateMention> all)
    {
        var before = s[Math.Max(0, r.Start - 24)..r.Start].ToLowerInvariant();
        var between = BetweenBefore().IsMatch(before);
        return all.Any(o => o.Start > r.End && o.Unit == r.Unit && o.Value > r.Value && (RangeJoin().IsMatch(s.AsSpan(r.End..o.Start)) || (between && AndJoin().IsMatch(s.AsSpan(r.End..o.Start)))))
            && (!FromBefore().IsMatch(before) || RangeFrom().IsMatch(before) || RangeInContext(s, r, all));
    }

    /// <summary>"The duties range from 3.96% to 42.05% for China, from 2.38% to 31.2% for Korea": after a word of range, or
    /// when the pair is followed by the party it applies to, "from X to Y" is a range, not a change.</summary>
    private static bool RangeInContext(string s, RateMention r, List<RateMention> all)
    {
        if (RangeWord().IsMatch(s.AsSpan(Math.Max(0, r.Start - 160)..r.Start))) return true;
        var next = all.FirstOrDefault(o => o.Start > r.End);
        return next != default && RangeJoin().IsMatch(s.AsSpan(r.End..next.Start)) && ForParty().IsMatch(s.AsSpan(next.End..Math.Min(s.Length, next.End + 24)));
    }

    private static string? OwnImposer(string s, List<Mention> mentions, List<RateMention> rates, RateMention rate) =>
        OwnImposerMention(s, mentions, rates, rate)?.CountryId;

    private static Mention? OwnImposerMention(string s, List<Mention> mentions, List<RateMention> rates, RateMention rate)
    {
        var i = rates.IndexOf(rate);
        if (i <= 0) return null;
        var from = Math.Min(rates[i - 1].End, rate.Start);
        return mentions.FirstOrDefault(x => x.Start >= from && x.End <= rate.Start && x.Form != MentionForm.Person
            && (PossessiveTariff().IsMatch(s.AsSpan(x.End..Math.Min(rate.Start, x.End + 60)))
                // "…, in retaliation for Canada's 100% tariff on Chinese EVs": the possessive right before the rate of a tariff
                || (x.Form != MentionForm.Adjective && PossessiveBeforeRate().IsMatch(s.AsSpan(x.End..rate.Start))
                    && RateThenTariff().IsMatch(s.AsSpan(rate.Start..Math.Min(s.Length, rate.Start + 60))))
                // "…, and China responded with 125% on US goods"
                || (x.Form != MentionForm.Adjective && ClauseOpenerBefore().IsMatch(s.AsSpan(from..x.Start)) && ActsAfter().IsMatch(s.AsSpan(x.End..Math.Min(rate.Start, x.End + 40))))
                // "…; Sint Maarten cut the duty on beach umbrellas to 10%", "…, and Malaysia last month imposed duties of up to 19.74%": a
                // round-up's later clause whose country acts on its own duty (TariffExtractor.RoundUp.cs)
                || OwnDutyClause(s, x, from, rate)));
    }

    /// <summary>"13.9 percent for Japanese suppliers", "42.05 per cent for China", "… to 26.1% of the CIF value for China": the party a
    /// rate is for, right after it or after its basis (two ranges each stated for its own origin gave both origins both top rates
    /// when only a bare " for " was read).</summary>
    private static string? ForCountry(string s, List<Mention> mentions, RateMention rate, string? imposer)
    {
        var m = mentions.FirstOrDefault(x => x.Start >= rate.End && x.Start - rate.End <= 40);
        return m is not null && m.Entity.Kind != EntityKind.Leader && m.CountryId != imposer && ForBefore().IsMatch(s.AsSpan(rate.End..m.Start)) ? m.CountryId : null;
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
            || !MovedToRate().IsMatch(s.AsSpan(last.End..rate.Start))) return [];
        var found = new List<Mention> { last };
        // "Pakistan and Sri Lanka to 15%": countries joined to it by "and" or a comma share the rate
        for (var k = mentions.IndexOf(last) - 1; k >= 0; k--)
        {
            var m = mentions[k];
            if (m.Start < from || m.Form == MentionForm.Adjective || m.Entity.Kind == EntityKind.Leader || !Joined(s, m, found[^1])) break;
            found.Add(m);
        }
        if (!ClauseHeadBefore().IsMatch(s.AsSpan(Math.Max(from, found[^1].Start - 12)..found[^1].Start))) return [];
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
            if (TradersAfter().IsMatch(s.AsSpan(m.End..Math.Min(s.Length, m.End + 30))) || TradersOfAfter().IsMatch(s.AsSpan(m.End..Math.Min(s.Length, m.End + 20)))
                || (m.Form == MentionForm.Adjective && AdjectiveGoodsAfter().IsMatch(s.AsSpan(m.End..Math.Min(s.Length, m.End + 50))))
                // "…, while Sri Lanka got 21.73 percent": a country by name that gets the rate (TariffExtractor.Parties.cs)
                || (m.Form is MentionForm.Noun or MentionForm.Capital && GetsRateAfter().IsMatch(s.AsSpan(m.End..rate.Start)))) return m.CountryId;
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
                || (previous is { } p && near.Contains(p) && r.Start > p.End && r.Start - p.End <= 60 && SeriesGap().IsMatch(s.AsSpan(p.End..r.Start)))
                // "… for tuna is cut from 12% to 8%; for sardines, from 10% to 6%": a rate with its own "on/for X" clause continues the list
                || (lastNear is { } n && r.Start > n.End && r.Start - n.End <= 90 && (LeadClause(s[n.End..r.Start]).Success || CountryToClause().IsMatch(s.AsSpan(n.End..r.Start))
                    // "… 30 percent customs duty and rolled oats 25 percent": a verbless goods conjunct (TariffExtractor.GoodsConjunct.cs)
                    || ConjunctLead(s, n.End, r).Success)))
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
        return parties.Any(m => m.CountryId == one && (SentenceOpensBefore().IsMatch(text.AsSpan(Math.Max(0, m.Start - 12)..m.Start))
            || CountryInstitution().IsMatch(LineAfter(text, m.End, 40)))
            && !PrepositionBefore().IsMatch(LineBefore(text, m.Start, 16))) ? one : null;
    }

    /// <summary>A phrase that names goods, not only countries or firms ("for China", "for individual exporters"); after "for", goods
    /// are written in lower case and a capital opens the name of a firm ("for Hoa Phat").</summary>
    private static bool NamesGoods(string s, int start, int end, IReadOnlyList<Mention> mentions) =>
        !RateHolder().IsMatch(s.AsSpan(start..end)) && (start < 4 || s[(start - 4)..start] != "for " || char.IsLower(s[start]))
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
        OnTopOf().IsMatch(s.AsSpan(r.End..Math.Min(s.Length, r.End + 30)));

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
        return CounterfactualCue().IsMatch(s.AsSpan(clauseStart..r.Start)) || IsPastLevel(s, r);
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
            if (k.Index >= rate.End && k.Index - rate.End <= 32 && !s[rate.End..k.Index].Contains(" of ", StringComparison.Ordinal) && !ClauseBreakAfterRate().IsMatch(s.AsSpan(rate.End..k.Index))) return true;
            if (k.Index + k.Length <= rate.Start && rate.Start - (k.Index + k.Length) <= 90 && !s[(k.Index + k.Length)..rate.Start].Contains(';')) return true;
            if (InListAfterColon(s, rate, k, colon)) return true;
            if (OriginRateAfterDuty(s, rate, k)) return true;
        }
        return false;
    }
}
