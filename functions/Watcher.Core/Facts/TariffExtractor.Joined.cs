using System.Text.RegularExpressions;
using Watcher.Core.Entities;

namespace Watcher.Core.Facts;

/// <summary>
/// Countries written as one list: "China, Vietnam and Thailand", "from Russia or Belarus", and a list whose names take "the"
/// after a comma ("Indonesia, the Philippines and Thailand").
/// </summary>
public static partial class TariffExtractor
{
    /// <summary>Whether <paramref name="b"/> follows <paramref name="a"/> in one list of countries. After a comma, "the" opens the next
    /// name only when the list goes on after it ("Indonesia, the Philippines and Thailand"): "… on goods from Brazil, the US said" is
    /// a clause, not a list, and so is a run of names that speaks ("… steel from China, the EU and Japan said they would respond").</summary>
    private static bool Joined(string s, Mention a, Mention b)
    {
        if (a.End > b.Start) return false;
        var between = s.AsSpan(a.End, b.Start - a.End);
        return JoinedBy().IsMatch(between)
            || (CommaThe().IsMatch(between) && ListGoesOn().IsMatch(s.AsSpan(b.End, Math.Min(s.Length, b.End + 12) - b.End))
                && !ListSpeaks().IsMatch(s.AsSpan(b.End, Math.Min(s.Length, b.End + 60) - b.End))
                && !NamesSpeak().IsMatch(s.AsSpan(b.End, Math.Min(s.Length, b.End + 80) - b.End)));
    }

    [GeneratedRegex(@"^,\s*the\s+$")]
    private static partial Regex CommaThe();

    /// <summary>A comma or "and"/"or" after the name: the list goes on, unless the comma opens a relative clause about the name
    /// ("China, the UK, which followed suit, said").</summary>
    [GeneratedRegex(@"^(?:,(?!\s*(?:which|who|whose|whom|where|that)\b)|\s+(?:and|or)\s)")]
    private static partial Regex ListGoesOn();

    [GeneratedRegex(@"^[^,.;:]*?\b(?:said|says|say|told|announced|warned|added|replied|responded)\b")]
    private static partial Regex ListSpeaks();

    /// <summary>A run of names after the name that ends in a speech verb: the whole run speaks ("… made in China, the US, India and
    /// Turkey announced", "… from Thailand, the UK, Canada and Australia told reporters").</summary>
    [GeneratedRegex(@"^(?:(?:\s*,)?\s+(?:(?:and|or)\s+)?(?:the\s+)?\p{Lu}[\w'’.-]*)*\s+(?:(?:have|has|had|also|jointly)\s+)?(?:said|says|say|told|announced|warned|added|replied|responded|confirmed|stated)\b")]
    private static partial Regex NamesSpeak();
}
