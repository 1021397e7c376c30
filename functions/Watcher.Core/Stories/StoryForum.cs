using Watcher.Core.Entities;

namespace Watcher.Core.Stories;

/// <summary>
/// A forum's summit told from a member's side is the summit's story: the host's paper ("34th APEC Economic Leaders' Meeting
/// opens in Phu Quoc"), a wire on the summit, the forum's communiqué, and a member's paper on its own delegation ("Japan PM
/// arrives in Vietnam for APEC summit", "Crown Prince leads Saudi delegation to GCC Summit in Muscat") whose headline names a
/// country the host's article never names. Membership comes from the entity catalogue (<see cref="ForumMembership"/>).
/// What is not that story: two members' bilateral meeting on the summit's sidelines ("Xi meets Biden at APEC summit": a
/// meeting of its own, by the datasets' conventions), the forum's ministers' meeting days before the leaders', a headline
/// placing the summit in another member's city ("GCC leaders gather in Doha" / "… GCC Summit in Muscat": another year's
/// summit), and a country that is no member ("India" at an APEC summit is a guest or another story).
/// </summary>
public sealed partial record StoryFingerprint
{
    /// <summary>The headline names a forum's meeting from one delegation's side: a forum and a meeting word, and no word of a
    /// meeting between persons (talks, signs, receives, welcomes, hosts, greets, bilateral, sidelines, margins). "Meets" is
    /// no such word here: headline words are folded, and "meets" is "meeting" there ("Leaders' Meeting opens"); a headline
    /// naming two persons meeting names two parties, of which only one may be the delegation (<see cref="DelegationAtForumOf"/>).
    /// "Call" neither: "leaders call for …". Read once per fingerprint.</summary>
    internal bool NamesForumDelegation => _forumDelegation ??= NamesMeeting && TitleForums.Length > 0 && !TitleSet.Overlaps(MeetingBetweenPersonsWords);
    private bool? _forumDelegation;

    /// <summary>The headline tells one delegation's way to the forum's meeting (review17b): a word of arriving, leading a
    /// delegation, joining, attending or gathering, and no word of staying away ("to skip", "cancels trip", "absent"), of a deal
    /// made there ("agree", "ink", "sign", "pact"), of a protest, or of another occasion ("state visit after", "next", "to chair").
    /// "Japan PM to skip APEC summit in Lima", "Japan and Peru ink minerals deal at APEC summit", "Thousands protest outside APEC
    /// summit venue" are stories of their own. Read once per fingerprint.</summary>
    internal bool AttendsForum => _attendsForum ??= NamesForumDelegation && TitleSet.Overlaps(AttendanceWords) && !TitleSet.Overlaps(NotAttendanceWords);
    private bool? _attendsForum;

    private static readonly HashSet<string> AttendanceWords = Folded(
        "arrive", "arrives", "arrived", "arriving", "arrival", "land", "lands", "landed", "head", "heads", "headed", "heading",
        "depart", "departs", "departed", "leave", "leaves", "leaving", "lead", "leads", "led", "leading", "delegation",
        "join", "joins", "joined", "joining", "attend", "attends", "attended", "attending", "travel", "travels", "travelled",
        "traveled", "gather", "gathers", "gathered", "gathering", "converge", "converges", "participate", "participates");

    private static readonly HashSet<string> NotAttendanceWords = Folded(
        "skip", "skips", "skipping", "miss", "misses", "cancel", "cancels", "cancelled", "canceled", "absent", "absence",
        "boycott", "boycotts", "snub", "snubs", "agree", "agrees", "agreed", "deal", "deals", "pact", "pacts", "accord", "ink",
        "inks", "inked", "sign", "signs", "signed", "conclude", "concludes", "concluded", "mou", "protest", "protests",
        "protesters", "march", "marches", "after", "next", "chair", "chairs", "visit", "visits",
        // staying away worded otherwise (review18): "will not travel", "won't attend", "pulls out", "withdraws", "by video",
        // "sends vice president", "declines", and the way home ("returns to Nairobi after EAC summit")
        "not", "wont", "pull", "pulls", "pulled", "withdraw", "withdraws", "withdrew", "video", "virtual", "virtually", "remotely",
        "send", "sends", "sent", "decline", "declines", "declined", "return", "returns", "returned", "home");

    private static readonly HashSet<string> MeetingBetweenPersonsWords = Folded(
        "talk", "talks", "sign", "signs", "receive", "receives",
        "welcome", "welcomes", "host", "hosts", "greet", "greets", "bilateral", "sideline", "sidelines", "margin", "margins");

    /// <summary>
    /// <paramref name="party"/>, named by this headline and never by <paramref name="other"/>, is a member of a forum whose
    /// meeting both headlines name, and this headline tells that meeting from the member's side (<see cref="NamesForumDelegation"/>):
    /// its one party the other item does not name, and the other headline names no party this item does not name (the host's
    /// city or country: a summit in another member's capital is another year's). Both leaders' or both ministers' meetings.
    /// Only asked for a party the other item does not name (a few pairs per lookup).
    /// </summary>
    internal bool DelegationAtForumOf(StoryFingerprint other, string party)
    {
        if (!AttendsForum || !other.NamesMeeting || IsMinisterialHeadline != other.IsMinisterialHeadline) return false;
        var forum = false;
        foreach (var f in TitleForums)
            if (Array.IndexOf(other.TitleForums, f) >= 0 && ForumMembership.IsMember(f, party)) { forum = true; break; }
        if (!forum) return false;
        foreach (var e in TitleParties)
            if (e != party && !other.EntitySet.Contains(e) && !other.HomeCountries.Contains(e)) return false;
        // the other headline's parties this item never names: another member's leader or delegation at the same meeting
        // ("Tinubu in Lomé for 72nd ECOWAS ordinary summit" beside "Mahama joins West African leaders in Lomé for ECOWAS
        // summit"), when both headlines place it alike (they share a party: the host's city or country) and the other headline
        // tells the forum's meeting too, not a deal or an absence; a summit placed in another capital stays apart. Left: a
        // headline names a party only (the fingerprint keeps no mention forms), so a leader whose country is the other
        // headline's host city reads as a shared place ("Tinubu arrives in Lomé …" / "Mahama joins … in Abuja …" join);
        // one forum's summit is held once in the week the index looks back.
        var shared = false;
        foreach (var e in other.TitleParties)
            if (Array.IndexOf(TitleParties, e) >= 0) { shared = true; break; }
        foreach (var e in other.TitleParties)
            if (!EntitySet.Contains(e) && !HomeCountries.Contains(e)
                && !(shared && other.NamesForumDelegation && !other.TitleSet.Overlaps(NotAttendanceWords) && MemberOfSharedForum(other, e))) return false;
        return true;
    }

    /// <summary>A member of a forum both headlines name.</summary>
    private bool MemberOfSharedForum(StoryFingerprint other, string party)
    {
        foreach (var f in TitleForums)
            if (Array.IndexOf(other.TitleForums, f) >= 0 && ForumMembership.IsMember(f, party)) return true;
        return false;
    }

    /// <summary>A headline alone at a forum's meeting: the shorter item is a headline (<see cref="StoryMatcher.ShortWords"/>
    /// words or fewer) that names the forum the other headline names and a meeting from one delegation's side
    /// (<see cref="NamesForumDelegation"/>), the other headline names that forum's meeting too (no meeting between persons),
    /// both leaders' or both ministers', and a share of the headline's words is in the other item
    /// (<see cref="DelegationContainment"/>): "Japan PM arrives in Vietnam for APEC summit" / "APEC leaders pledge to keep trade
    /// open at Phu Quoc summit". The index looks back a week and a forum's leaders meet once in it.</summary>
    internal bool HeadlineAtForumMeetingOf(StoryFingerprint other)
    {
        var (shorter, longer) = WordCount <= other.WordCount ? (this, other) : (other, this);
        return shorter.WordCount is >= StoryMatcher.MinShortWords and <= StoryMatcher.ShortWords
            && shorter.AttendsForum && longer.NamesForumDelegation && HeadlinesNameSameForum(other)
            && IsMinisterialHeadline == other.IsMinisterialHeadline && shorter.Containment(longer) >= DelegationContainment;
    }

    /// <summary>The share of a headline's words its forum meeting's article must contain (a headline naming the forum, the
    /// summit and a city shares about a third of its words with the host's article).</summary>
    internal const double DelegationContainment = 0.3;

    /// <summary>Index keys for the forum meetings the headline names ("s-…", one per forum; leaders' and ministers' apart):
    /// a member's headline and the host's article share no band and often no headline word pair. A bucket holds a week's
    /// stories whose headline names the forum's meeting.</summary>
    private IEnumerable<string> ForumKeys()
    {
        if (!NamesForumDelegation) yield break;
        foreach (var forum in TitleForums)
            if (ForumMembership.IsKnown(forum))
                yield return "s-" + KeyHash(forum + (IsMinisterialHeadline ? "|min" : "|lead"));
    }
}
