using System.Text.RegularExpressions;

namespace Watcher.Core.Matching;

/// <summary>
/// Why an item matched a topic: the terms found and a snippet around the first one. A matcher may leave both to be
/// worked out when first read (most matches are never shown: copies of a story, unchanged items).
/// </summary>
public sealed record TopicMatch
{
    private Lazy<(IReadOnlyList<string> Terms, string Snippet)>? _explain;
    private IReadOnlyList<string> _terms = [];
    private string _snippet = string.Empty;

    [System.Text.Json.Serialization.JsonConstructor]
    public TopicMatch(string topic, IReadOnlyList<string> terms, string snippet) => (Topic, _terms, _snippet) = (topic, terms, snippet);

    /// <summary>A match whose terms and snippet are computed by <paramref name="explain"/> the first time either is read.</summary>
    public TopicMatch(string topic, Func<(IReadOnlyList<string> Terms, string Snippet)> explain) =>
        (Topic, _explain) = (topic, new(explain, LazyThreadSafetyMode.ExecutionAndPublication));

    public string Topic { get; init; }

    public IReadOnlyList<string> Terms { get => _explain is { } e ? e.Value.Terms : _terms; init => (_terms, _explain) = (value, Settle()); }

    public string Snippet { get => _explain is { } e ? e.Value.Snippet : _snippet; init => (_snippet, _explain) = (value, Settle()); }

    /// <summary>Setting one part of a lazy match (`with { Snippet = … }`) fixes the other part first.</summary>
    private Lazy<(IReadOnlyList<string>, string)>? Settle()
    {
        if (_explain is { } e) (_terms, _snippet) = e.Value;
        return null;
    }

    public bool Equals(TopicMatch? other) =>
        other is not null && Topic == other.Topic && Snippet == other.Snippet && Terms.SequenceEqual(other.Terms);

    public override int GetHashCode() => HashCode.Combine(Topic, Snippet, Terms.Count);

    public void Deconstruct(out string topic, out IReadOnlyList<string> terms, out string snippet) => (topic, terms, snippet) = (Topic, Terms, Snippet);
}

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

    /// <summary>Trade-policy sense only: a tariff word near trade context, never a phone plan, a power bill, a dive score,
    /// a prison term or an excise tax; "duty" only as a customs duty.</summary>
    public const string TariffsQuery =
        "(\"trade war\" OR \"trade wars\" OR \"anti-dumping\" OR antidumping OR \"anti-subsidy\" OR countervailing OR safeguard NEAR/3 duties"
        + " OR \"import duty\" OR \"import duties\" OR \"customs duty\" OR \"customs duties\" OR \"retaliatory duties\" OR \"punitive duties\" OR surtax*"
        + " OR \"import tax\" OR \"import taxes\" OR \"import tariff\" OR \"import tariffs\""
        + " OR ((tariff* OR levy OR levies OR surcharge OR surcharges OR \"duties on\" OR \"duty on\") NEAR/8 (import* OR export* OR trade OR goods OR steel OR aluminium OR aluminum"
        + " OR autos OR automobiles OR vehicles OR EVs OR canola OR lumber OR products OR retaliat* OR reciprocal OR abroad OR foreign OR overseas"
        + " OR @countries OR @blocs))"
        + " OR duties NEAR/5 (@countries OR @blocs OR imports OR goods OR steel OR vehicles OR EVs))"
        + " NOT ((tariff* NEAR/3 (mobile OR broadband OR roaming OR electricity OR energy OR gas OR water OR \"feed-in\" OR diving OR dive OR dives"
        + " OR gymnastics OR prepaid OR data OR phone OR telecom* OR sentence OR sentencing OR minimum OR hotel OR room OR rooms OR taxi OR fare*"
        // the price of a public service: postage, parcels, tolls
        + " OR postal OR postage OR parcel OR parcels OR toll OR tolls OR motorway* OR bridge OR bridges)"
        // a levy on people rather than goods: residents, expatriates and their dependants, motorists, tourists
        + " OR (levy OR levies) NEAR/4 (dependant* OR dependent* OR expat* OR resident* OR motorist* OR driver* OR tourist* OR visitor*))"
        + " NOT (import* OR export* OR customs OR \"trade war\" OR @blocs))"
        + " NOT (excise NOT (import* OR customs OR tariff*))";

    /// <summary>Diplomatic meetings: summits of leaders or blocs, state visits, leaders' talks; never a mountain top, a trail
    /// or a tech conference, and not a leader meeting the press.</summary>
    public const string SummitsQuery =
        "(summit* NEAR/12 (@leaders OR @blocs OR leaders OR \"heads of state\" OR \"heads of government\" OR president OR \"prime minister\" OR premier OR chancellor OR diplomat*)"
        + " OR \"state visit\" OR \"official visit\" OR \"bilateral meeting\" OR \"bilateral meetings\" OR \"bilateral talks\" OR \"invitation to visit\" OR \"leaders met\""
        + " OR sidelines NEAR/4 (summit* OR forum OR assembly OR @blocs)"
        + " OR (\"two leaders\" OR \"both leaders\") NEAR/4 (met OR meet OR meeting OR talks OR summit)"
        + " OR ((visit OR visits OR visited OR visiting OR trip) NEAR/4 @leaders AND (visit OR visits OR visited OR visiting OR trip) NEAR/4 (@countries OR @blocs))"
        + " OR ((meet OR meets OR met OR meeting OR talks OR hosts OR hosted OR host) NEAR/6 @leaders"
        + " AND (meet OR meets OR met OR meeting OR talks OR hosts OR hosted OR host) NEAR/8 (@countries OR @blocs) AND @leaders NEAR/30 @leaders)"
        + " OR (@leaders NEAR/2 @leaders AND (met OR meeting OR talks OR agreed OR deal OR summit OR call OR spoke)))"
        + " NOT (mountaineer* OR climber* OR climbing OR Everest OR \"base camp\" OR sherpa* OR hiker* OR hiking OR trail* OR expedition*)"
        // a business forum called a summit ("CEO Summit", "investment summit") is not a meeting of leaders, unless leaders meet there
        + " NOT ((\"CEO summit\" OR \"CEO summits\" OR \"business summit\" OR \"business forum\" OR \"investment summit\" OR \"investor summit\""
        + " OR \"private-sector summit\" OR \"business leaders\" NEAR/12 summit*)"
        + " NOT (\"leaders' summit\" OR \"heads of state\" OR \"heads of government\" OR \"state visit\" OR \"official visit\" OR bilateral"
        + " OR @leaders NEAR/8 (met OR meet OR meets OR meeting OR talks OR hosts OR hosted)))";

    public static readonly IReadOnlyDictionary<string, string> Queries = new Dictionary<string, string>
    {
        [Tariffs] = TariffsQuery,
        [Summits] = SummitsQuery,
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
