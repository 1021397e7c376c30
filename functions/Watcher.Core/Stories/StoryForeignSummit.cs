using System.Text.RegularExpressions;

namespace Watcher.Core.Stories;

/// <summary>
/// A forum's summit told in another language than its other copies ("Sommet de la COI à Moroni : les dirigeants misent sur la
/// sécurité alimentaire" beside "Indian Ocean Commission summit opens in Moroni"): the two share no word but the forum, in its
/// own language's name, and the host city. The occasion rule joins such copies by exactly those (<see cref="SameForumOccasion"/>),
/// but only under a headline naming a meeting and a place it reads: "sommet", "cumbre", "vertice" named none, and "à Moroni",
/// "a Dubrovnik", "em Luanda" no place. Session 33 (cluster48).
/// </summary>
public sealed partial record StoryFingerprint
{
    /// <summary>"Summit" in French, Spanish, Portuguese, Italian and German, folded as headline words are (accents dropped): a
    /// meeting word of the headline, as "summit" is (<see cref="NamesMeeting"/>).</summary>
    private static readonly HashSet<string> ForeignSummitWords = Folded(
        "sommet", "sommets", "cumbre", "cumbres", "cimeira", "cimeiras", "cupula", "cupulas", "vertice", "vertici", "gipfel", "gipfeltreffen");

    /// <summary>The places a headline naming a summit in another language puts it in, after that language's "in" ("à Moroni",
    /// "a Dubrovnik", "em Luanda"; "en Quito" is read with the English prepositions), as <see cref="OccasionOf"/> reads "in
    /// Moroni". Only there: "a" and "em" before a capitalised word are no place in an English headline ("a US tariff").</summary>
    internal static IEnumerable<string> ForeignSummitPlaces(string headline)
    {
        if (!ForeignSummitWording().IsMatch(headline)) yield break;
        foreach (Match place in ForeignMeetingPlace().Matches(headline))
            if (PlaceKey(place.Groups[1].Value) is { } key) yield return key;
    }

    [GeneratedRegex(@"\b(?:sommets?|cumbres?|cimeiras?|c[úu]pulas?|v[ée]rtic[ei]|gipfel(?:treffen)?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForeignSummitWording();

    [GeneratedRegex(@"(?<![\p{L}'’])(?:à|a|em)\s+(\p{Lu}[\p{L}'’]+(?:[ -]\p{Lu}[\p{L}'’]+){0,2})", RegexOptions.CultureInvariant)]
    private static partial Regex ForeignMeetingPlace();
}
