using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Watcher.Core.Facts;

/// <summary>Plumbing only: answers the extractor would otherwise compute again for an equal input. No reading rule lives
/// here; each answer is the one its function gives.</summary>
public static partial class TariffExtractor
{
    /// <summary>
    /// The pattern that blanks one country word out of a product phrase (<see cref="Products"/>), built once per word: the
    /// static <see cref="Regex.Replace(string, string, string, RegexOptions)"/> keeps only the last 15 patterns, and the
    /// extractor asks about dozens of country words ("China", "Chinese", "US", "Vietnamese" …), so it parsed and built a
    /// new regex for most calls. Same pattern, same options, same default match timeout, same culture: the same regex.
    /// </summary>
    private static Regex EntityWordPattern(string word)
    {
        var key = (CultureInfo.CurrentCulture.Name, word);
        if (EntityWordPatterns.TryGetValue(key, out var known)) return known;
        var built = new Regex(@"\b" + Regex.Escape(word) + @"(?:['’]s)?(?:-(?:made|built|origin|produced))?(?!\w)", RegexOptions.IgnoreCase);
        // bounded: country words are a closed set, but a phrase's mention text is the feed's own spelling
        if (EntityWordPatterns.Count < MaxEntityWordPatterns) EntityWordPatterns.TryAdd(key, built);
        return built;
    }

    private static readonly ConcurrentDictionary<(string Culture, string Word), Regex> EntityWordPatterns = new();
    private const int MaxEntityWordPatterns = 4096;

    [ThreadStatic] private static RecentAnswers<string[]>? _originLists;

    /// <summary><see cref="ReadOriginList"/>'s answer for the sentence, remembered (a new list each time).</summary>
    private static List<string> OriginList(string s) =>
        [.. (_originLists ??= new RecentAnswers<string[]>()).Answer(s, static x => [.. ReadOriginList(x)])];

    [ThreadStatic] private static RecentAnswers<Match>? _measuresOn;

    /// <summary><see cref="MeasuresOnPattern"/> as the rules ask it (<c>MeasuresOn().Match(s)</c>), its match of a sentence
    /// remembered: a sentence is asked for its product phrase by the origin list, the mentioned products, the imposer
    /// without a rate and the unnamed announcement, each time scanning it again. A <see cref="Match"/> is not changed by
    /// reading it.</summary>
    private static MeasuresOnReader MeasuresOn() => default;

    private readonly struct MeasuresOnReader
    {
        public Match Match(string s) => (_measuresOn ??= new RecentAnswers<Match>()).Answer(s, static x => MeasuresOnPattern().Match(x));
    }
}
