using System.Text.RegularExpressions;
using Watcher.Core.Entities;

namespace Watcher.Core.Stories;

/// <summary>
/// A visit, a call or two governments' talks told by both sides' outlets, which name the leaders by office and share few words:
/// "PM holds talks with Japanese Prime Minister" (Hanoi) / "Japan PM arrives in Hanoi for talks on supply chains" (Tokyo);
/// "Emperor Naruhito welcomes Oman's sultan on state visit" / "His Majesty the Sultan arrives in Tokyo on state visit to Japan";
/// "PM speaks with President of Brazil" / "Lula and Modi talk by phone about US tariffs". What they share whatever their words is
/// the pair of countries, the kind of event (a call, or a meeting in person: a visit and the talks held on it are one story) and
/// the week (the index looks back one). An office the headline names with no demonym ("PM", "State President", "the Sultan") is
/// the outlet's own country's, and only when the outlet has one. Kept apart: a call from the meeting or visit it arranges, a
/// visit announced from the visit itself, leaders from ministers or negotiators, a meeting at a forum (the forum's occasion:
/// see StoryOccasion.cs), three or more countries. Session 25 (cluster34).
/// </summary>
public sealed partial record StoryFingerprint
{
    /// <summary>The headline's bilateral event: its kind, the two countries in order, the level, the time and the city it is in, if
    /// the headline names one ("meet|JP|VN|lead|now|hanoi", "call|BR|IN|lead|now|"),
    /// read from the raw headline and the outlet's country when the fingerprint is made; null when the headline names none.
    /// Null on an index row written before it was kept: such a row joins nothing by it.</summary>
    public string? Bilateral { get; init; }

    /// <summary>Both headlines name one bilateral event: the same two countries, kind, level and time, and no two cities ("EU-China
    /// summit in Brussels" / "… in Beijing: summit yields …" are two years' summits).</summary>
    internal bool SameBilateralEvent(StoryFingerprint other)
    {
        if (Bilateral is not { } a || other.Bilateral is not { } b) return false;
        var (ca, cb) = (a.LastIndexOf('|'), b.LastIndexOf('|'));
        if (ca != cb || string.CompareOrdinal(a, 0, b, 0, ca) != 0) return false;
        return ca + 1 == a.Length || cb + 1 == b.Length || string.CompareOrdinal(a, ca, b, cb, int.MaxValue) == 0;
    }

    /// <summary>The index key of the headline's bilateral event ("v-…"): both sides' outlets share no band and no headline word pair.
    /// A bucket holds the week's items naming one pair's call, or one pair's meeting.</summary>
    private IEnumerable<string> BilateralKeys()
    {
        if (Bilateral is { } b) yield return "v-" + KeyHash(b[..b.LastIndexOf('|')]);
    }

    /// <summary>The bilateral event <paramref name="title"/> names (see <see cref="Bilateral"/>), or null.</summary>
    internal string? BilateralOf(string? title, string? sourceCountry)
    {
        if (string.IsNullOrWhiteSpace(title) || TitleForums.Length > 0 || TitleSet.Overlaps(NotGovernmentsWords)) return null;
        var call = HeadlineNamesCall || TitleSet.Overlaps(PhoneWords);
        if (!call && !TitleSet.Overlaps(InPersonWords)) return null;
        var mentions = EntityFinder.Find(title);
        // a bloc other than the EU is a forum: its meeting is the occasion's, not a pair's
        foreach (var m in mentions)
            if (m.Entity.Kind == EntityKind.Bloc && m.Entity.Id != "EU") return null;
        var countries = new List<string>(HeadlineParties);
        var office = false;
        var bare = false;
        foreach (Match o in Office().Matches(title))
        {
            office = true;
            if (!OwnedOffice(title, o, mentions)) bare = true;
        }
        if (bare)
        {
            if (sourceCountry is not { Length: > 0 }) return null;
            if (!countries.Contains(sourceCountry)) countries.Add(sourceCountry);
        }
        // a third country named only by its tariffs is the talks' topic ("Lula and Modi talk by phone about US tariffs")
        if (countries.Count > 2)
            foreach (var m in mentions)
                if (m.Entity.Kind == EntityKind.Country && TariffAfter().IsMatch(title[m.End..])
                    && !mentions.Any(o => o.CountryId == m.Entity.Id && !TariffAfter().IsMatch(title[o.End..])))
                    countries.Remove(m.Entity.Id);
        if (countries.Count != 2) return null;
        countries.Sort(StringComparer.Ordinal);
        var leaders = office || HeadlineNamesLeaders || mentions.Any(m => m.Entity.Kind == EntityKind.Leader) || TitleSet.Overlaps(LeadersOccasionWords);
        var level = leaders && !IsMinisterialHeadline && !Officials().IsMatch(title) ? "lead" : "off";
        var time = TitleVisit == HeadlineAction.Visit.Announced || Ahead().IsMatch(title) ? "ahead" : "now";
        return (call ? "call" : "meet") + "|" + countries[0] + "|" + countries[1] + "|" + level + "|" + time + "|" + CityOf(title, mentions);
    }

    /// <summary>The city the headline puts the event in ("in Beijing" → "beijing"), or empty: not a country ("in Japan"), a month,
    /// a forum or a leader.</summary>
    private static string CityOf(string title, List<Mention> mentions)
    {
        foreach (Match m in InCity().Matches(title))
        {
            var at = m.Groups[1].Index;
            if (mentions.Any(x => x.Start == at && x.Entity.Kind == EntityKind.Country && x.Form != MentionForm.Capital)) continue;
            // a capital, or the EU's seat ("in Brussels": the catalogue names the bloc by it, and PlaceKey leaves a bloc's name)
            if (mentions.Any(x => x.Start == at && (x.Form == MentionForm.Capital || x.Entity.Kind == EntityKind.Bloc)))
                return string.Concat(m.Groups[1].Value.Where(char.IsLetter).Select(char.ToLowerInvariant));
            if (PlaceKey(m.Groups[1].Value) is { } city) return city;
        }
        return string.Empty;
    }

    /// <summary>An office the headline names with its country: a demonym or a country just before it ("Japan PM", "Oman's sultan",
    /// "the US President"), "of" a country after it ("President of Brazil"), or a leader's known name after it ("President
    /// Ramaphosa", "PM Takaichi"). Otherwise the office is the outlet's own ("PM", "State President", "His Majesty the Sultan").</summary>
    private static bool OwnedOffice(string title, Match office, List<Mention> mentions)
    {
        foreach (var m in mentions)
        {
            if (m.Entity.Kind is not (EntityKind.Country or EntityKind.Leader)) continue;
            // a leader's role alias holds the office itself ("Japanese Prime Minister", "Mexican President Sheinbaum")
            if (m.Start <= office.Index && m.End >= office.Index + office.Length) return true;
            if (m.End <= office.Index && OwnerBefore().IsMatch(title[m.End..office.Index])) return true;
            var after = office.Index + office.Length;
            if (m.Start >= after && OwnerAfter().IsMatch(title[after..m.Start])) return true;
        }
        return false;
    }

    /// <summary>A team's, a club's, fans' or tourists' visit or talks, a firm's: not two governments'.</summary>
    private static readonly HashSet<string> NotGovernmentsWords = Folded(
        "team", "teams", "squad", "club", "football", "soccer", "match", "friendly", "players", "athletes", "olympic", "cup",
        "tournament", "league", "fans", "tourists", "tourism", "union", "unions", "workers", "shareholders", "merger", "takeover");

    /// <summary>After a country: its tariffs, duties or levies ("US tariffs", "Mexico's 50% tariff").</summary>
    [GeneratedRegex(@"^(?:['’]s)?\s+(?:\d+(?:\.\d+)?\s*(?:%|percent|pc|pct)\s+)?(?:tariffs?|duty|duties|levy|levies)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TariffAfter();

    private static readonly HashSet<string> PhoneWords = Folded("phone", "phones", "phoned", "telephone", "telephoned", "dials", "dialled", "dialed");

    /// <summary>A meeting in person, a visit and the talks held on it; not "holds", "state" or "leader" alone (MeetingWords).</summary>
    private static readonly HashSet<string> InPersonWords = Folded(
        "visit", "visits", "visited", "visiting", "talks", "meet", "meets", "met", "meeting", "host", "hosts", "hosted", "welcome",
        "welcomes", "welcomed", "receive", "receives", "received", "summit", "trip", "arrive", "arrives", "arrived", "negotiation",
        "negotiations", "consultations");

    /// <summary>A head of state's or government's office, or a minister's, as headlines write it.</summary>
    [GeneratedRegex(@"\b(?:PM|Prime\s+Minister|(?:State\s+)?President|Premier|Chancellor|Sultan|Amir|Emir|King|Crown\s+Prince|Emperor|His\s+Majesty|General\s+Secretary|(?:[Tt]rade\s+|[Ff]oreign\s+|[Cc]ommerce\s+)?[Mm]inister)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Office();

    /// <summary>Between a country and its office: nothing, a possessive, "the" ("Japan PM", "Oman's sultan", "Japanese Prime
    /// Minister and the").</summary>
    [GeneratedRegex(@"^(?:['’]s)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnerBefore();

    /// <summary>Between an office and its country or holder: nothing, "of", "of the" ("President of Brazil", "President Ramaphosa").</summary>
    [GeneratedRegex(@"^\s*(?:of\s+(?:the\s+)?)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OwnerAfter();

    /// <summary>"in" and a capitalised name of up to three words ("in Beijing", "in Kuala Lumpur").</summary>
    [GeneratedRegex(@"\bin\s+(\p{Lu}[\p{L}'’]+(?:[ -]\p{Lu}[\p{L}'’]+){0,2})", RegexOptions.CultureInvariant)]
    private static partial Regex InCity();

    /// <summary>Officials, not leaders: ministers, secretaries, negotiators, a round of talks.</summary>
    [GeneratedRegex(@"(?<!\bprime\s+)\b(?:ministers?|ministerial|secretary|secretaries|negotiators?|officials?|envoys?|delegation|commerce\s+chief|round)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Officials();

    /// <summary>A meeting or call placed ahead: "to visit", "will meet", "to hold talks", "next month".</summary>
    [GeneratedRegex(@"\b(?:to|will|would)\s+(?:visit|meet|travel|hold|host|receive|call|speak|go)\b|\bnext\s+(?:week|month)\b|\bplans?\s+to\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ahead();
}
