using Watcher.Core.Matching.Query;

namespace Watcher.Core.Matching;

/// <summary>Where a term occurred: field, token span and character span in that field's text.</summary>
public readonly record struct TermHit(int TermId, string Field, int FirstToken, int LastToken, int Start, int End);

/// <summary>A rule that matched, with the term occurrences that made it match.</summary>
public sealed record RuleMatch(string Rule, IReadOnlyList<TermHit> Hits);

/// <summary>
/// Many named rules compiled into one multi-pattern matcher: every term of every rule sits in one
/// <see cref="TokenTrie{T}"/>, the text is scanned once, and only rules that contain a term that occurred are evaluated.
/// So the cost of matching grows with the size of the text, not with the number of rules.
/// </summary>
public sealed class RuleSet
{
    private readonly TokenTrie<int> _trie = new();
    private readonly List<string> _termKeys = [];
    private readonly List<List<int>> _rulesByTerm = [];
    private readonly List<(string Name, QueryNode Root)> _rules = [];

    /// <summary>Compiles the rules; a bad query throws <see cref="QueryParseException"/> naming the rule.</summary>
    public RuleSet(IEnumerable<KeyValuePair<string, string>> rules)
    {
        var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, query) in rules)
        {
            var root = QueryParser.Parse(query);
            var ruleIndex = _rules.Count;
            _rules.Add((name, root));
            foreach (var term in Terms(root))
            {
                if (!termIds.TryGetValue(term.Key, out var id))
                {
                    id = termIds[term.Key] = _termKeys.Count;
                    _termKeys.Add(term.Key);
                    _rulesByTerm.Add([]);
                    foreach (var pattern in term.Patterns) _trie.Add(pattern, id);
                }
                term.TermId = id;
                if (_rulesByTerm[id].Count == 0 || _rulesByTerm[id][^1] != ruleIndex) _rulesByTerm[id].Add(ruleIndex);
            }
        }
    }

    public int RuleCount => _rules.Count;

    public int PatternCount => _trie.Count;

    public IEnumerable<string> RuleNames => _rules.Select(r => r.Name);

    /// <summary>The rules the item matches (optionally only those <paramref name="include"/> accepts), in rule order.</summary>
    public IReadOnlyList<RuleMatch> Match(string? title, string? text, Func<string, bool>? include = null)
    {
        var hits = new Dictionary<int, List<TermHit>>();
        Scan(title, QueryFields.Title, hits);
        Scan(text, QueryFields.Text, hits);
        if (hits.Count == 0) return [];

        var candidates = new SortedSet<int>();
        foreach (var termId in hits.Keys)
            foreach (var rule in _rulesByTerm[termId]) candidates.Add(rule);

        var result = new List<RuleMatch>();
        foreach (var index in candidates)
        {
            var (name, root) = _rules[index];
            if (include is not null && !include(name)) continue;
            var found = new List<TermHit>();
            if (QueryEvaluator.Evaluate(root, hits, found)) result.Add(new RuleMatch(name, found.Distinct().OrderBy(h => h.Field == QueryFields.Title ? 0 : 1).ThenBy(h => h.Start).ToList()));
        }
        return result;
    }

    private void Scan(string? content, string field, Dictionary<int, List<TermHit>> hits)
    {
        if (string.IsNullOrEmpty(content)) return;
        var tokens = Tokenizer.Tokenize(content);
        _trie.Scan(tokens, (termId, first, last) =>
        {
            if (!hits.TryGetValue(termId, out var list)) hits[termId] = list = [];
            list.Add(new TermHit(termId, field, first, last, tokens[first].Start, tokens[last].End));
        });
    }

    private static IEnumerable<TermNode> Terms(QueryNode node) => node switch
    {
        TermNode t => [t],
        AndNode a => a.Children.SelectMany(Terms),
        OrNode o => o.Children.SelectMany(Terms),
        NotNode n => Terms(n.Child),
        NearNode n => Terms(n.Left).Concat(Terms(n.Right)),
        _ => [],
    };
}
