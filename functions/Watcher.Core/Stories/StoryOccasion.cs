using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Watcher.Core.Detection;
using Watcher.Core.Entities;

namespace Watcher.Core.Stories;

/// <summary>
/// A forum's meeting told by outlets that share few words: the host's agency ("40th AU Summit opens in Addis Ababa"), the
/// forum's release ("Conclusion of the 40th Ordinary Session of the AU Assembly"), a member's paper ("Pacific leaders gather in
/// Palau for 56th Forum meeting" / "56th PIF Leaders Meeting: leaders endorse Ocean of Peace declaration"). What they share is
/// language-independent: the forum, and its edition or its host city. A forum meets once in the week the index looks back, in
/// one city, under one number; its ministers meet days before the leaders (kept apart by <see cref="IsMinisterialHeadline"/>),
/// and a bilateral meeting on its sidelines is a meeting of its own (a headline naming a meeting between persons is no
/// occasion's copy). Session 24 (cluster33).
/// </summary>
public sealed partial record StoryFingerprint
{
    /// <summary>The forums the lede's first sentence names ("f:PIF") and the places the headline or that sentence puts a meeting
    /// in ("p:addisababa": after "in"/"at", or the dateline), read from the raw text when the fingerprint is made. Empty on an index
    /// row written before it was kept: such a row joins nothing by its occasion.</summary>
    public IReadOnlyList<string> Occasion { get; init; } = [];

    /// <summary>Both items tell one forum's meeting: a forum both name (headline or lede), and the same edition or the same host
    /// city, and no other edition (or a named meeting no catalogue holds, in one city: <see cref="SameNamedMeetingPlace"/>); no lede
    /// meeting between persons that the other does not read (a bilateral at the forum); both headlines name a meeting or the forum, neither a meeting between persons (talks,
    /// bilateral, sidelines, signs, receives …), both leaders' or both ministers'.</summary>
    internal bool SameForumOccasion(StoryFingerprint other)
    {
        if (!ReadsOccasion || !other.ReadsOccasion) return false;
        if (!OccasionHeadline || !other.OccasionHeadline || IsMinisterialHeadline != other.IsMinisterialHeadline) return false;
        if (OwnMeetingApartFrom(other) || other.OwnMeetingApartFrom(this)) return false;
        var forum = false;
        foreach (var f in OccasionForums)
            if (Array.IndexOf(other.OccasionForums, f) >= 0) { forum = true; break; }
        // two forums named, none in common, are two meetings even in one city
        if (!forum) return (OccasionForums.Length == 0 || other.OccasionForums.Length == 0) && !OtherOccasionEditions(other) && SameNamedMeetingPlace(other);
        var (ea, eb) = (OccasionEditions, other.OccasionEditions);
        if (ea.Length > 0 && eb.Length > 0) return ea.Any(eb.Contains);
        return SharesOccasionPlace(other);
    }

    private static readonly Lazy<(Regex Regex, Dictionary<string, string> Ids)> LedeForums = new(() =>
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in EntityCatalog.Forums)
            foreach (var (alias, _) in f.Aliases)
                if (alias.Length >= 4 && (alias.Contains(' ') || alias.All(char.IsAsciiLetterUpper))) ids.TryAdd(alias.ToLowerInvariant(), f.Id);
        var pattern = @"\b(?:" + string.Join("|", ids.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)) + @")\b";
        return (new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled), ids);
    });

    [GeneratedRegex(@"\b(?:sidelines?|margins?)\s+of\b|\bbilateral\s+(?:talks|meeting)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Sidelines();

    /// <summary>Both items tell a named meeting no catalogue holds ("Summit of the Americas", "TICAD 10"): both headlines name a
    /// meeting and a word of its topic in common, and both put it in one city.</summary>
    private bool SameNamedMeetingPlace(StoryFingerprint other)
    {
        if (!NamesMeeting || !other.NamesMeeting || !HeadlinesShareAWordOfTheirTopic(other)) return false;
        return SharesOccasionPlace(other);
    }

    /// <summary>Both items put their meeting in one place ("p:addisababa").</summary>
    private bool SharesOccasionPlace(StoryFingerprint other)
    {
        foreach (var p in Occasion)
            if (p.StartsWith("p:", StringComparison.Ordinal) && other.Occasion.Contains(p)) return true;
        return false;
    }

    /// <summary>A lede meeting between persons the other lede does not read: a meeting of its own at the forum.</summary>
    private bool OwnMeetingApartFrom(StoryFingerprint other)
    {
        foreach (var x in ParsedFacts)
        {
            if (!x.IsMeeting) continue;
            var shared = false;
            foreach (var y in other.ParsedFacts)
                if (x.SameMeeting(y)) { shared = true; break; }
            if (!shared) return true;
        }
        return false;
    }

    private bool OtherOccasionEditions(StoryFingerprint other) =>
        OccasionEditions.Length > 0 && other.OccasionEditions.Length > 0 && !OccasionEditions.Any(other.OccasionEditions.Contains);

    /// <summary>The headline names a meeting or a forum, and no meeting between persons.</summary>
    private bool OccasionHeadline => (NamesMeeting || NamesForum) && !TitleSet.Overlaps(MeetingBetweenPersonsWords) && !TitleSet.Overlaps(OccasionApartWords);

    /// <summary>A protest outside the venue, a leader staying away: stories of their own at the forum ("Thousands protest outside
    /// APEC summit venue in Lima", "Japan PM to skip APEC summit").</summary>
    private static readonly HashSet<string> OccasionApartWords = Folded(
        "protest", "protests", "protester", "protesters", "march", "marches", "skip", "skips", "skipping", "boycott", "boycotts",
        "snub", "snubs", "cancel", "cancels", "cancelled", "canceled", "absent", "absence");

    private string[] OccasionForums => _occasionForums ??=
        [.. TitleForums.Concat(Occasion.Where(o => o.StartsWith("f:", StringComparison.Ordinal)).Select(o => o[2..])).Distinct(StringComparer.Ordinal)];
    private string[]? _occasionForums;

    private string[] OccasionEditions => _occasionEditions ??=
        [.. TitleOrdinals.Concat(LedeEdition is { } e ? [e] : []).Distinct(StringComparer.Ordinal)];
    private string[]? _occasionEditions;

    /// <summary>Index keys for a forum's occasion ("o-…": forum and edition, forum and host city), under a headline naming a
    /// meeting or the forum: a member's paper and the host's agency share no band and no headline word pair.</summary>
    private IEnumerable<string> OccasionKeys()
    {
        if (!ReadsOccasion || !OccasionHeadline) yield break;
        var level = IsMinisterialHeadline ? "|min" : "|lead";
        foreach (var f in OccasionForums)
        {
            foreach (var e in OccasionEditions) yield return "o-" + KeyHash(f + "|" + e + level);
            foreach (var p in Occasion)
                if (p.StartsWith("p:", StringComparison.Ordinal)) yield return "o-" + KeyHash(f + "|" + p + level);
        }
    }

    internal static IReadOnlyList<string> OccasionOf(string? title, string? text)
    {
        var headline = StoryKeys.NormalizedTitleText(title) ?? string.Empty;
        var sentence = string.Empty;
        if (!string.IsNullOrWhiteSpace(text))
        {
            var first = SentenceEnd().Match(text);
            sentence = first.Success ? text[..first.Index] : text;
        }
        // a bilateral meeting on a forum's sidelines is a meeting of its own, whatever forum and city it names
        if (Sidelines().IsMatch(sentence) || Sidelines().IsMatch(headline)) return [];
        List<string>? marks = null;
        foreach (var m in EntityFinder.Find(sentence))
            if (m.Entity.Kind == EntityKind.Bloc && m.Entity.Id != "EU" && m.Form == MentionForm.Noun)
                Add(ref marks, "f:" + m.Entity.Id);
        // the catalogue's forums by name ("Pacific Islands Forum", "African Union", "CARICOM"), which the entity finder leaves
        foreach (Match m in LedeForums.Value.Regex.Matches(sentence))
            if (LedeForums.Value.Ids.TryGetValue(m.Value.ToLowerInvariant(), out var id)) Add(ref marks, "f:" + id);
        if (marks is null && headline.Length == 0) return [];
        foreach (var source in (ReadOnlySpan<string>)[headline, sentence])
            foreach (Match place in MeetingPlace().Matches(source))
                if (PlaceKey(place.Groups[1].Value) is { } key) Add(ref marks, "p:" + key);
        // "Sommet de la COI à Moroni": a place in the headline's own language (StoryForeignSummit.cs)
        foreach (var key in ForeignSummitPlaces(headline)) Add(ref marks, "p:" + key);
        if (Dateline().Match(sentence) is { Success: true } dateline && PlaceKey(dateline.Groups[1].Value) is { } city) Add(ref marks, "p:" + city);
        return marks is null ? [] : [.. marks];

        static void Add(ref List<string>? list, string mark)
        {
            if ((list ??= []).IndexOf(mark) < 0) list.Add(mark);
        }
    }

    /// <summary>A place written as its name: letters only, case and accents folded ("Addis Ababa" → "addisababa"); not a month, a
    /// weekday or a forum's name.</summary>
    private static string? PlaceKey(string name)
    {
        var first = name.Split(' ', '-')[0];
        if (NotPlaces.Contains(first.ToLowerInvariant())) return null;
        if (EntityFinder.Find(name).Any(m => m.Entity.Kind is EntityKind.Bloc or EntityKind.Leader)) return null;
        var sb = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
            if (char.IsLetter(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(char.ToLowerInvariant(c));
        return sb.Length >= 3 ? sb.ToString() : null;
    }

    private static readonly HashSet<string> NotPlaces = new(StringComparer.Ordinal)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "the", "its", "his", "her", "their",
        "summit", "meeting", "talks", "session", "conference", "forum", "press", "live", "update", "updates",
    };

    /// <summary>"in Addis Ababa", "at Phu Quoc", "en Punta Cana": a capitalised name of up to three words after a preposition of place.</summary>
    [GeneratedRegex(@"\b(?:in|at|en)\s+(\p{Lu}[\p{L}'’]+(?:[ -]\p{Lu}[\p{L}'’]+){0,2})", RegexOptions.CultureInvariant)]
    private static partial Regex MeetingPlace();

    /// <summary>A dateline: the text opens with a place and a date, an agency or a colon ("Addis Ababa, February 13, 2027 (ENA)",
    /// "PUNTA CANA, Dominican Republic (AP)", "Samarkand, 22 March /UzA/", "Hanoi (VNA)", "RIYADH:", "Dubai:").</summary>
    [GeneratedRegex(@"^\s*(\p{Lu}[\p{L}'’]+(?:[ -]\p{Lu}[\p{L}'’]+){0,2})\s*(?::|\(|\[|/|,\s*(?:(?:\p{Lu}[\p{L}.]*\s+){0,3}?(?:\(|\[|/)|\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d))", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();
}
