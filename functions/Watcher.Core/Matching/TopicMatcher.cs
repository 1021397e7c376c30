using System.Text.RegularExpressions;

namespace Watcher.Core.Matching;

/// <summary>Why an item matched a topic: the terms found and a snippet around the first one.</summary>
public sealed record TopicMatch(string Topic, IReadOnlyList<string> Terms, string Snippet);

/// <summary>Decides which topics an item belongs to.</summary>
public interface ITopicMatcher
{
    IReadOnlyList<TopicMatch> Match(string title, string text, IReadOnlyCollection<string>? onlyTopics = null);
}

/// <summary>The two topics every installation starts with.</summary>
public static class DefaultTopics
{
    public const string Tariffs = "tariffs";
    public const string Summits = "summits";

    public static readonly IReadOnlyDictionary<string, string> Queries = new Dictionary<string, string>
    {
        [Tariffs] = "tariff* OR levy OR levies OR \"import duty\" OR \"import duties\" OR \"customs duties\" OR countervailing OR \"anti-dumping\" OR \"trade war\" OR \"retaliatory duties\"",
        [Summits] = "summit OR summits OR APEC OR G7 OR G20 OR \"state visit\" OR \"bilateral meeting\" OR \"leaders met\" OR \"invitation to visit\" OR \"on the sidelines\"",
    };
}

/// <summary>
/// A keyword matcher: each topic is a list of OR-ed terms; a term is a word, a quoted phrase, or a word with a
/// trailing * (prefix). Matching is case-insensitive on word boundaries.
/// </summary>
public sealed class KeywordTopicMatcher : ITopicMatcher
{
    private readonly List<(string Topic, Regex Pattern)> _topics = [];

    public KeywordTopicMatcher(IReadOnlyDictionary<string, string> topicQueries)
    {
        foreach (var (topic, query) in topicQueries)
            _topics.Add((topic, Compile(query)));
    }

    public IReadOnlyList<TopicMatch> Match(string title, string text, IReadOnlyCollection<string>? onlyTopics = null)
    {
        var haystack = title + "\n" + text;
        var result = new List<TopicMatch>();
        foreach (var (topic, pattern) in _topics)
        {
            if (onlyTopics is { Count: > 0 } && !onlyTopics.Contains(topic)) continue;
            var matches = pattern.Matches(haystack);
            if (matches.Count == 0) continue;
            var terms = matches.Select(m => m.Value.ToLowerInvariant()).Distinct().ToList();
            result.Add(new TopicMatch(topic, terms, Snippet(haystack, matches[0].Index, matches[0].Length)));
        }
        return result;
    }

    internal static string Snippet(string text, int index, int length, int context = 80)
    {
        var start = Math.Max(0, index - context);
        var end = Math.Min(text.Length, index + length + context);
        var s = text[start..end].Replace('\n', ' ').Trim();
        return (start > 0 ? "…" : string.Empty) + s + (end < text.Length ? "…" : string.Empty);
    }

    private static Regex Compile(string query)
    {
        var terms = new List<string>();
        foreach (Match m in Regex.Matches(query, "\"([^\"]+)\"|(\\S+)"))
        {
            var term = m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value;
            if (!m.Groups[1].Success && term.Equals("OR", StringComparison.Ordinal)) continue;
            var prefix = term.EndsWith('*');
            var escaped = Regex.Escape(prefix ? term[..^1] : term).Replace("\\ ", "\\s+");
            terms.Add(prefix ? $@"\b{escaped}\w*" : $@"\b{escaped}\b");
        }
        if (terms.Count == 0) throw new ArgumentException($"topic query '{query}' has no terms");
        return new Regex(string.Join('|', terms), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }
}
