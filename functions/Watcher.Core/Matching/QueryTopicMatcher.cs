namespace Watcher.Core.Matching;

/// <summary>
/// The topic matcher the pipeline uses: each topic is a query in the rule language (see <see cref="Query.QueryParser"/>),
/// all compiled into one <see cref="RuleSet"/>. Every match names the terms that made it and a snippet around the first.
/// </summary>
public sealed class QueryTopicMatcher(IReadOnlyDictionary<string, string> topicQueries) : ITopicMatcher
{
    private readonly RuleSet _rules = new(topicQueries);

    public static QueryTopicMatcher Default { get; } = new(DefaultTopics.Queries);

    public IReadOnlyList<TopicMatch> Match(string title, string text, IReadOnlyCollection<string>? onlyTopics = null)
    {
        Func<string, bool>? include = onlyTopics is { Count: > 0 } ? onlyTopics.Contains : null;
        var matches = _rules.Match(title, text, include);
        var result = new List<TopicMatch>(matches.Count);
        foreach (var match in matches) result.Add(new TopicMatch(match.Rule, () => Explain(match, title, text)));
        return result;
    }

    /// <summary>The terms that made the match and a snippet around the first hit in the text (or the title).</summary>
    private static (IReadOnlyList<string>, string) Explain(RuleMatch match, string title, string text)
    {
        var terms = match.Hits.Select(h => Surface(h, title, text)).Distinct(StringComparer.OrdinalIgnoreCase).Take(12).ToList();
        var first = match.Hits.FirstOrDefault(h => h.Field == Query.QueryFields.Text);
        if (first == default) first = match.Hits[0];
        var source = first.Field == Query.QueryFields.Title ? title : text;
        return (terms, Snippets.Around(source, first.Start, first.End - first.Start));
    }

    private static string Surface(TermHit hit, string title, string text) =>
        (hit.Field == Query.QueryFields.Title ? title : text)[hit.Start..hit.End];
}

public static class Snippets
{
    /// <summary>The text around [index, index+length), cut at word boundaries, with ellipses where it was cut.</summary>
    public static string Around(string text, int index, int length, int context = 80)
    {
        var start = Math.Max(0, index - context);
        var end = Math.Min(text.Length, index + length + context);
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && start < index) start++;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && end > index + length) end--;
        var s = text[start..end].Replace('\n', ' ').Trim();
        return (start > 0 ? "…" : string.Empty) + s + (end < text.Length ? "…" : string.Empty);
    }
}
