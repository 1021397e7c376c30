using System.Text.RegularExpressions;
using Watcher.Core.Entities;

namespace Watcher.Core.Facts;

/// <summary>
/// Finds diplomatic events clause by clause: an event word (visit, met/meeting, talks, summit) with the leaders named
/// in the clause, or the leaders of the sentence before when the clause says "the two leaders". Mentions of the same
/// event across the article merge into one, gathering its place.
/// </summary>
public static partial class EventExtractor
{
    private static readonly string[] Places =
    [
        "Busan", "Gyeongju", "Kananaskis", "Davos", "Geneva", "Mar-a-Lago", "Anchorage", "Camp David", "Hiroshima", "Osaka", "Rio de Janeiro",
        "Johannesburg", "Lima", "San Francisco", "Bali", "Kuala Lumpur", "Shanghai", "Hangzhou", "Toronto", "Montreal", "Vancouver", "New York",
        "Brussels", "Washington", "Beijing", "Ottawa", "Tokyo", "Seoul", "London", "Paris", "Berlin", "Rome", "Delhi", "New Delhi", "Canberra",
        "Mexico City", "Moscow", "Kyiv", "Istanbul", "Ankara", "Riyadh", "Doha", "Singapore", "Jakarta", "Manila", "Hanoi", "Bangkok", "Taipei",
        "Helsinki", "Vienna", "Warsaw", "Madrid", "Lisbon", "Stockholm", "Oslo", "Copenhagen", "The Hague", "Budapest", "Vilnius", "Alaska",
    ];

    public static List<DiplomaticEvent> Extract(string text)
    {
        var events = new List<DiplomaticEvent>();
        IReadOnlyList<string> lastLeaders = [];
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            var sentenceLeaders = new List<string>();
            foreach (var clause in ClauseBreak().Split(sentence.Text))
            {
                var mentions = EntityFinder.Find(clause);
                var leaders = mentions.Where(m => m.Entity.Kind == EntityKind.Leader).Select(m => m.Entity.Name).Distinct().ToList();
                sentenceLeaders.AddRange(leaders);
                var type = TypeOf(clause);
                if (type is null) continue;
                if (leaders.Count < 2 && TwoLeaders().IsMatch(clause) && lastLeaders.Count >= 2) leaders = [.. lastLeaders.Union(leaders)];
                var blocs = mentions.Where(m => m.Entity.Kind == EntityKind.Bloc && m.Form == MentionForm.Noun).Select(m => m.Entity.Name).Distinct().ToList();
                var participants = type == EventTypes.Summit && leaders.Count == 0 ? blocs : leaders;
                var needed = type is EventTypes.Visit or EventTypes.Summit ? 1 : 2;
                if (participants.Count < needed) continue;
                var place = Place(clause, mentions, type);
                if (type == EventTypes.Visit && place is null) continue;
                Merge(events, new DiplomaticEvent(type, participants, place, DateParser.Find(clause), sentence.Text));
            }
            if (sentenceLeaders.Count > 0) lastLeaders = sentenceLeaders.Distinct().ToList();
        }
        return events;
    }

    /// <summary>The same event mentioned again (perhaps naming fewer people, or its place) merges into the first mention.</summary>
    private static void Merge(List<DiplomaticEvent> events, DiplomaticEvent found)
    {
        var index = events.FindIndex(e => e.Type == found.Type && Compatible(e, found));
        if (index < 0) { events.Add(found); return; }
        var e = events[index];
        events[index] = e with
        {
            Participants = [.. e.Participants.Union(found.Participants, StringComparer.Ordinal)],
            Place = e.Place ?? found.Place,
            Date = e.Date ?? found.Date,
        };
    }

    private static bool Compatible(DiplomaticEvent a, DiplomaticEvent b)
    {
        if (a.Participants.Order(StringComparer.Ordinal).SequenceEqual(b.Participants.Order(StringComparer.Ordinal))) return true;
        var subset = a.Participants.All(b.Participants.Contains) || b.Participants.All(a.Participants.Contains);
        return subset && a.Place is not null && a.Place == b.Place;
    }

    private static string? TypeOf(string clause)
    {
        if (Visit().IsMatch(clause)) return EventTypes.Visit;
        if (Meeting().IsMatch(clause)) return EventTypes.Meeting;
        if (Talks().IsMatch(clause)) return EventTypes.Talks;
        if (Summit().IsMatch(clause)) return EventTypes.Summit;
        return null;
    }

    private static string? Place(string clause, List<Mention> mentions, string type)
    {
        if (type == EventTypes.Visit)
        {
            var to = VisitTarget().Match(clause);
            if (to.Success)
            {
                var after = to.Index + to.Length;
                var m = mentions.FirstOrDefault(x => x.Start >= after && x.Start - after <= 12 && x.Entity.Kind == EntityKind.Country);
                if (m is not null) return m.Form == MentionForm.Capital ? clause[m.Start..m.End] : m.Entity.Name;
                var city = Places.FirstOrDefault(p => clause.AsSpan(after).TrimStart().StartsWith(p, StringComparison.Ordinal));
                if (city is not null) return city;
            }
        }
        foreach (Match inMatch in InWord().Matches(clause))
        {
            var after = inMatch.Index + inMatch.Length;
            var m = mentions.FirstOrDefault(x => x.Start == after && x.Entity.Kind == EntityKind.Country && x.Form is MentionForm.Noun or MentionForm.Capital);
            if (m is not null) return m.Form == MentionForm.Capital ? clause[m.Start..m.End] : m.Entity.Name;
            var city = Places.FirstOrDefault(p => clause.AsSpan(after).StartsWith(p, StringComparison.Ordinal));
            if (city is not null) return city;
        }
        return null;
    }

    [GeneratedRegex(@"\s+(?:after|before|while|whereas|but)\s+|;\s*|\s+[—–]\s+")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\b(?:two|both|the)\s+leaders\b|\bthe\s+pair\b|\bthe\s+two\s+(?:men|women|presidents|sides)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TwoLeaders();

    [GeneratedRegex(@"\b(?:visit|visits|visited|visiting|trip\s+to|travel(?:s|led|ed)?\s+to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Visit();

    [GeneratedRegex(@"\b(?:to|will|would)\s+(?:visit|travel\s+to)\s+|\bvisit(?:s|ed|ing)?\s+(?:to\s+)?|\btrip\s+to\s+|\btravel(?:s|led|ed)?\s+to\s+|\bvisit\s+to\s+", RegexOptions.IgnoreCase)]
    private static partial Regex VisitTarget();

    [GeneratedRegex(@"\b(?:met|meet|meets|meeting|hosted|hosts|sat\s+down|bilateral)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Meeting();

    [GeneratedRegex(@"\b(?:talks|phone\s+call|spoke\s+by\s+(?:tele)?phone|call\s+with)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Talks();

    [GeneratedRegex(@"\bsummits?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Summit();

    [GeneratedRegex(@"\b(?:in|at)\s+(?:the\s+)?(?:South Korean\s+city\s+of\s+|city\s+of\s+)?")]
    private static partial Regex InWord();
}
