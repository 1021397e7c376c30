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
            QueryNode root;
            try
            {
                root = QueryParser.Parse(query);
            }
            catch (QueryParseException ex)
            {
                throw new QueryParseException($"rule '{name}': {ex.Problem}", ex.Position, query);
            }
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
            }
            // Index the rule only under its anchor: a set of terms one of which must occur for the rule to match.
            foreach (var id in (Anchor(root) ?? Terms(root).ToList()).Select(t => t.TermId).Distinct())
                _rulesByTerm[id].Add(ruleIndex);
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

        var candidates = new List<int>();
        foreach (var termId in hits.Keys) candidates.AddRange(_rulesByTerm[termId]);
        candidates.Sort();

        var result = new List<RuleMatch>();
        var previous = -1;
        var found = new List<TermHit>();
        foreach (var index in candidates)
        {
            if (index == previous) continue;
            previous = index;
            var (name, root) = _rules[index];
            if (include is not null && !include(name)) continue;
            found.Clear();
            if (QueryEvaluator.Evaluate(root, hits, found)) result.Add(new RuleMatch(name, Explanation(found)));
        }
        return result;
    }

    /// <summary>The hits that made a rule match: distinct, title first, then in text order.</summary>
    private static List<TermHit> Explanation(List<TermHit> found)
    {
        found.Sort(static (a, b) => a.Field != b.Field ? (a.Field == QueryFields.Title ? -1 : 1) : a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.TermId.CompareTo(b.TermId));
        var result = new List<TermHit>(found.Count);
        foreach (var hit in found)
            if (result.Count == 0 || result[^1] != hit) result.Add(hit);
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

    /// <summary>
    /// A set of terms at least one of which occurs in every text the query matches, chosen to be rare: the rule is only
    /// evaluated when one of them occurs. Entity sets and prefixes count as frequent. Null when there is none (NOT only).
    /// </summary>
    internal static List<TermNode>? Anchor(QueryNode node) => node switch
    {
        TermNode t => [t],
        OrNode o => o.Children.Select(Anchor).ToList() is var parts && parts.All(p => p is not null) ? parts.SelectMany(p => p!).ToList() : null,
        AndNode a => a.Children.Select(Anchor).Where(p => p is not null).MinBy(p => Cost(p!)),
        NearNode n => new[] { Anchor(n.Left), Anchor(n.Right) }.Where(p => p is not null).MinBy(p => Cost(p!)),
        _ => null,
    };

    private static int Cost(List<TermNode> terms) =>
        terms.Sum(t => t.Key.StartsWith("e:", StringComparison.Ordinal) ? 50 : t.Patterns.Any(p => p[^1].EndsWith('*')) ? 3 : 1);

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
