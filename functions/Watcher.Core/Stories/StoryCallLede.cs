using System.Text.RegularExpressions;

namespace Watcher.Core.Stories;

/// <summary>
/// Leaders' talks whose headline does not say how they were held, and whose lede says they were on the phone ("President
/// discusses US tariffs with US counterpart" over "The President has held talks by phone with the US President …"): a call, as
/// "holds telephone call" is. Without it the call's copy reads as the talks of the visit the leaders agree on afterwards ("President
/// heads to Washington over gemstone tariff"), and the visit joins the call's story through it. Session 32 (cluster44).
/// </summary>
public sealed partial record StoryFingerprint
{
    /// <summary>The headline names leaders talking (discuss, speak, confer, press, urge, ask) and no meeting (not "talks", "meets", "visit"), and the lede's first
    /// sentence says the talks were by phone or video ("by phone", "a telephone conversation", "a video call").</summary>
    internal bool TalksHeldByPhone(string? text)
    {
        if (HeadlineNamesCall || NamesMeeting || !HeadlineNamesLeaders || !TitleSet.Overlaps(TalkWords) || string.IsNullOrWhiteSpace(text)) return false;
        var first = SentenceEnd().Match(text);
        return PhoneTalks().IsMatch(first.Success ? text[..first.Index] : text);
    }

    // a leader who presses, urges or asks the other over a lede saying "in a telephone call" was on the phone too ("President
    // presses US on charcoal tariff": session 33, cluster48); in person the headline names the meeting ("presses Xi at summit")
    private static readonly HashSet<string> TalkWords = Folded(
        "discuss", "discusses", "discussed", "speak", "speaks", "confer", "confers", "conferred",
        "press", "presses", "pressed", "urge", "urges", "urged", "ask", "asks", "asked");

    [GeneratedRegex(@"\bby\s+(?:tele)?phone\b|\b(?:tele)?phone\s+(?:call|conversation|talks)\b|\bvideo\s+(?:call|link|conference)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhoneTalks();
}
