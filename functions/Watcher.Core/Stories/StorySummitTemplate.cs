namespace Watcher.Core.Stories;

/// <summary>
/// Two summits' headlines in one template: a host city, "hosts the summit of heads of state of", and a body's name ("Niamey hosts
/// the second summit of heads of state of the Confederation of Sahel States" / "Yamoussoukro hosts the summit of heads of state of
/// the Council of the Entente"). They share a third of their words, every one of them a word any summit's headline uses, and no
/// country, city or body: two forums' meetings, which the forum catalogue does not know to tell apart. Session 30 (cluster40).
/// </summary>
public sealed partial record StoryFingerprint
{
    /// <summary>Both are meeting headlines with no trade word, every word they share is a meeting's or an office's ("summit",
    /// "hosts", "heads", "state", "leaders", "meet"), and each has a word of its own beside them: a place, a body, an edition.
    /// Headlines sharing a country, a city the catalogue knows, a forum or any other word are left to the other rules.</summary>
    public bool HeadlinesShareOnlyMeetingWords(StoryFingerprint other)
    {
        if (!IsMeetingHeadline || !other.IsMeetingHeadline) return false;
        var (shared, mine) = (false, false);
        foreach (var w in TitleSet)
        {
            if (!other.TitleSet.Contains(w)) { mine |= !MeetingWords.Contains(w) && !SummitTemplateWords.Contains(w); continue; }
            if (!MeetingWords.Contains(w) && !SummitTemplateWords.Contains(w)) return false;
            shared = true;
        }
        if (!shared || !mine) return false;
        foreach (var w in other.TitleSet)
            if (!TitleSet.Contains(w) && !MeetingWords.Contains(w) && !SummitTemplateWords.Contains(w)) return true;
        return false;
    }

    /// <summary>Who meets, as any summit's headline names them ("heads of state and government", "presidents", "chiefs").</summary>
    private static readonly HashSet<string> SummitTemplateWords = Folded(
        "head", "heads", "government", "president", "presidents", "chief", "chiefs", "ordinary", "extraordinary", "annual");
}
