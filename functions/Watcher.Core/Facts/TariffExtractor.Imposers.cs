using Watcher.Core.Entities;

namespace Watcher.Core.Facts;

/// <summary>Which country imposes a measure and which it targets, read from the mentions around its rate.</summary>
public static partial class TariffExtractor
{
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
            if (OutsideOf(s, m)) return false; // "from outside Mercosur"
            if (CoordinatedObjectBefore().IsMatch(s[Math.Max(0, m.Start - 40)..m.Start].ToLowerInvariant())) return false; // "from Russia and Belarus"
            if (OriginBefore().IsMatch(s.AsSpan(Math.Max(0, m.Start - 30)..m.Start))) return false; // "originating in the People's Republic of China"
            if (LaterOriginNamed(s, m)) return false; // "and from the Republic of Türkiye at 12%", "and in Vietnam at rates of …"
            if (NamedByExample(s, m)) return false; // "from partners, including Japan"
            if (CoordinatedWithObject(s, mentions, index.GetValueOrDefault(m, -1))) return false; // "from the United Arab Emirates and Oman"
            if (ModifiesTariffWord(s, mentions, m)) return false; // "Peru sets final China tile duties at 24%"
            if (HitWith(s, m)) return false; // "hit Canada with a 35% tariff"
            if (OwnTradeAfter().IsMatch(s.AsSpan(m.End, Math.Min(s.Length, m.End + 24) - m.End))) return false; // "would cut Indonesia's exports"
            if (WideAfter().IsMatch(s.AsSpan(m.End..Math.Min(s.Length, m.End + 8)))) return false; // "a China-wide rate of 93.5%"
            if (BracketedRateAfter().IsMatch(s.AsSpan(m.End, Math.Min(s.Length, m.End + 32) - m.End))) return false; // "chips: Belgium (23.1%), …"
            if (m.Form != MentionForm.Adjective && MovedToRateAfter().IsMatch(s.AsSpan(m.End, Math.Min(s.Length, m.End + 32) - m.End))) return false; // "- Vietnam to 20%"
            // "Trump hikes India tariff to 50%": the country naming the tariff a verb changes is its target
            if (ChangeVerbBefore().IsMatch(before) && TariffWordAfter().IsMatch(s.AsSpan(m.End..Math.Min(s.Length, m.End + 16)))) return false;
            if (m.Form != MentionForm.Adjective) return true;
            // "Mexican tariffs on Korean steel": a country adjective right before the tariff word imposes it
            return GovernmentAfter().IsMatch(s.AsSpan(m.End..Math.Min(s.Length, m.End + 40))) || AdjectiveTariff().IsMatch(s.AsSpan(m.End..Math.Min(s.Length, m.End + 40)));
        }
        // "Canada's 100% tariff", "China's new 76% levy": the possessive names the imposer, whatever comes before it
        // ("a response to Canada's 100% tariff" is still Canada's tariff).
        var possessive = mentions.LastOrDefault(m => m.End <= firstRate && m.Form != MentionForm.Person
            && PossessiveBeforeRate().IsMatch(s.AsSpan(m.End..firstRate)));
        if (possessive is not null) return possessive.CountryId;
        // "Under Ghana's revised import schedule, rice will attract …": the country whose schedule, decree or regulation sets a rate imposes it
        var instrument = mentions.FirstOrDefault(m => m.End <= firstRate && m.Form != MentionForm.Person && Instrument().IsMatch(s.AsSpan(m.End..firstRate)));
        if (instrument is not null) return instrument.CountryId;
        // "importers shall pay … to the customs of the People's Republic of China": the customs that collects a duty imposes it
        var customs = mentions.FirstOrDefault(m => m.Entity.Kind != EntityKind.Leader && CustomsOfBefore().IsMatch(s.AsSpan(Math.Max(0, m.Start - 40)..m.Start)));
        if (customs is not null) return customs.CountryId;
        // "the 50% tariff imposed by Washington": the agent of a passive imposes it
        var agent = mentions.FirstOrDefault(m => m.Entity.Kind != EntityKind.Leader || m.Form == MentionForm.Person
            ? AgentBefore().IsMatch(s.AsSpan(Math.Max(0, m.Start - 30)..m.Start)) : false);
        if (agent is not null) return agent.CountryId;
        // "Thai tyre makers face duties from Ottawa ranging …": the country goods face a duty from imposes it
        var facedFrom = mentions.FirstOrDefault(m => (m.Form != MentionForm.Adjective || GovernmentAfter().IsMatch(s.AsSpan(m.End..Math.Min(s.Length, m.End + 40)))) && FacedFromBefore().IsMatch(s.AsSpan(Math.Max(0, m.Start - 60)..m.Start)));
        if (facedFrom is not null) return facedFrom.CountryId;
        // "retaliate against the US 25% tariff": a country right before the rate of a tariff names its imposer
        var modifier = mentions.LastOrDefault(m => m.End <= firstRate && m.Form is MentionForm.Noun or MentionForm.Adjective
            && s[m.End..firstRate].Trim().Length == 0 && RateThenTariff().IsMatch(s.AsSpan(firstRate..Math.Min(s.Length, firstRate + 60))) && DeterminerBefore().IsMatch(s.AsSpan(Math.Max(0, m.Start - 8)..m.Start)));
        if (modifier is not null) return modifier.CountryId;
        var between = mentions.FirstOrDefault(m => m.Start >= firstRate && m.Start - firstRate <= 12 && !InPhrase(m) && !ClauseBreakAfterRate().IsMatch(s.AsSpan(firstRate..m.Start)) && !s[firstRate..m.Start].Contains(" and ", StringComparison.Ordinal)
            && TariffWord().IsMatch(s.AsSpan(m.End..Math.Min(s.Length, m.End + 14))) && m.Form != MentionForm.Person);
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
        var shippedTo = mentions.FirstOrDefault(m => m.Entity.Kind != EntityKind.Leader && ShippedToBefore().IsMatch(s.AsSpan(Math.Max(0, m.Start - 60)..m.Start))
            && (m.End <= firstRate || OriginAfter().IsMatch(s.AsSpan(m.End..Math.Min(s.Length, m.End + 40)))));
        if (shippedTo is not null) return shippedTo.CountryId;
        var market = mentions.FirstOrDefault(m => m.Start > firstRate && m.Entity.Kind != EntityKind.Leader && ToSellInBefore().IsMatch(s.AsSpan(Math.Max(0, m.Start - 40)..m.Start)));
        if (market is not null) return market.CountryId;
        var before = mentions.LastOrDefault(m => m.Start < firstRate && Eligible(m));
        if (before is not null) return before.CountryId;
        // "…, the Indonesian Anti-Dumping Committee said": an adjective after the rate names the imposer only with an institution
        if (!afterRate) return null;
        var after = mentions.FirstOrDefault(m => m.Start >= firstRate && m.Start < afterLimit && Eligible(m) && (m.Form is MentionForm.Noun or MentionForm.Capital or MentionForm.Person
            || (m.Form == MentionForm.Adjective && InstitutionAfter().IsMatch(s.AsSpan(m.End..Math.Min(s.Length, m.End + 40))))));
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
        HitVerbBefore().IsMatch(s.AsSpan(Math.Max(0, m.Start - 20)..m.Start)) && WithAfter().IsMatch(s.AsSpan(m.End..Math.Min(s.Length, m.End + 8)));

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
            // "on smartphones from outside Mercosur": every origin but the bloc's
            if (OutsideOf(s, m)) return "*";
            var before = s[Math.Max(0, m.Start - 9)..m.Start].ToLowerInvariant();
            if (TargetBefore().IsMatch(before) || HitWith(s, m) || OriginBefore().IsMatch(s.AsSpan(Math.Max(0, m.Start - 30)..m.Start))) return m.CountryId;
            // (session 35) "… from China at 34.7% and in Malaysia at 12.9%": a later origin with its preposition repeated and its own rate
            if (LaterOriginNamed(s, m)) return m.CountryId;
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
            if (k == at - 1 && s[mentions[k].End..mentions[at].Start].Trim() == "," && SpeaksAfter().IsMatch(s.AsSpan(mentions[at].End..Math.Min(s.Length, mentions[at].End + 20)))) return false;
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
        return subject.Success && mentions.Any(x => x != m && x.Start <= 4 && x.End <= end && x.Form != MentionForm.Adjective) && end <= m.Start && m.Start - end <= 40 && VerbObjectGap().IsMatch(s.AsSpan(end..m.Start));
    }
}
