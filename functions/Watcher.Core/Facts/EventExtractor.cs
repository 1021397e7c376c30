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
                // (a clause with no leader, no bloc and no two leaders before it to refer back to has no participant, whatever its event
                // word: its event words are not read; session 25, perf35)
                if (leaders.Count == 0 && lastLeaders.Count < 2 && !mentions.Any(m => m.Entity.Kind == EntityKind.Bloc && m.Form == MentionForm.Noun)) continue;
                var type = TypeOf(clause) ?? (!JointMeeting(clause, mentions) ? null : Call().IsMatch(clause) ? EventTypes.Talks : EventTypes.Meeting);
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

    /// <summary>
    /// A meeting told by what two leaders did together rather than by a meeting word: both named as the subject of a joint act
    /// ("Ruto, Xi sign 14 deals in Beijing", "Lula and Sheinbaum sign agreements", "Prime Minister Shehbaz Sharif and Malaysian
    /// Prime Minister Anwar Ibrahim on Friday agreed to …"), or one receiving, welcoming or speaking with the other ("Lula received
    /// the President of Mexico, Claudia Sheinbaum, at the Planalto Palace", "Xi speaks with Lula"). Signing, agreeing and receiving
    /// are done face to face (a call is read as talks). Two leaders in one clause are not enough: "Trump signed an order on
    /// Canadian steel, which Carney called unjustified", "Xi received a letter from Trump", "Carney welcomed Trump's decision",
    /// "Trump and Xi's trade war" name no meeting.
    /// </summary>
    private static bool JointMeeting(string clause, List<Mention> mentions)
    {
        // each leader's run of mentions ("Malaysian Prime Minister Anwar Ibrahim" may be a role and a name): its start and end
        var runs = new List<(string Id, int Start, int End)>();
        foreach (var m in mentions)
        {
            if (m.Entity.Kind != EntityKind.Leader) continue;
            if (runs.Count > 0 && runs[^1] is var last && last.Id == m.Entity.Id && m.Start >= last.End && clause.AsSpan(last.End, m.Start - last.End).Trim(" ,").IsEmpty)
                runs[^1] = last with { End = m.End };
            else if (runs.Count == 0 || m.Start >= runs[^1].End) runs.Add((m.Entity.Id, m.Start, m.End));
        }
        for (var i = 1; i < runs.Count; i++)
        {
            var (first, second) = (runs[i - 1], runs[i]);
            if (first.Id == second.Id) continue;
            var between = clause[first.End..second.Start];
            var after = clause[second.End..];
            if (JointSubject().IsMatch(between) && JointAct().IsMatch(after)) return true;
            if (ReceivesOther().IsMatch(between) && !Possessive().IsMatch(after)) return true;
        }
        return false;
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

    /// <summary>Between two leaders named as one subject: "and", a comma or an ampersand, and the second one's titles
    /// ("and Malaysian Prime Minister").</summary>
    [GeneratedRegex(@"^\s*(?:,|,?\s*and|&)\s*(?:(?:\p{Lu}[\p{L}'’.-]*|prime|minister|president|premier|chancellor|vice|crown|prince|king|emir|sheikh)\s+){0,4}$")]
    private static partial Regex JointSubject();

    /// <summary>After the second leader of a joint subject: the act they did together, perhaps after a time ("on Friday", "this
    /// Tuesday (28)") or an adverb ("also", "jointly").</summary>
    [GeneratedRegex(@"^\s*,?\s*(?:(?:on|this|last)\s+\p{Lu}\p{L}+(?:\s*\(\d+\))?\s*,?\s*)?(?i:(?:have\s+|also\s+|jointly\s+)?(?:agree|agrees|agreed|sign|signs|signed|ink|inks|inked|seal|seals|sealed|witness|witnessed|discuss|discussed|pledge|pledges|pledged|vow|vows|vowed))\b")]
    private static partial Regex JointAct();

    /// <summary>Between a leader and another: receiving, welcoming or speaking with them, with the other's titles only ("received
    /// the President of Mexico,", "spoke with the President of the Federative Republic of Brazil, H.E. Mr."); not a letter, message or call received from them.</summary>
    [GeneratedRegex(@"^\s*(?i:received|receives|receiving|welcomed|welcomes|welcoming|greeted|greets|spoke\s+with|speaks\s+with|talked\s+with|talks\s+with)\s+(?!(?:\S+\s+){0,3}?(?i:letter|message|call|invitation|congratulations|from|news|report|reports|decision)\b)(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*,?\s+|(?:of|the)\s+|(?:prime|minister|president|premier|chancellor|vice|crown|prince|king|emir)\s+){0,10}$")]
    private static partial Regex ReceivesOther();

    /// <summary>Leaders acting together on a call ("Sheinbaum, Trump discuss steel tariffs in 30-minute call") held talks.</summary>
    [GeneratedRegex(@"\b(?:call|phone|telephone|video\s+link)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Call();

    /// <summary>A leader's name followed by a possessive: "welcomed Trump's decision" names no meeting.</summary>
    [GeneratedRegex(@"^['’]s?\b")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"\bsummits?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Summit();

    [GeneratedRegex(@"\b(?:in|at)\s+(?:the\s+)?(?:South Korean\s+city\s+of\s+|city\s+of\s+)?")]
    private static partial Regex InWord();
}
