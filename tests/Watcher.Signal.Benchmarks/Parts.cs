using Watcher.Core.Matching;
using Watcher.Core.Matching.Query;

namespace Watcher.Signal.Benchmarks;

/// <summary>Pieces of the matcher timed on their own by `-- parts`.</summary>
public static class Parts
{
    /// <summary>A trie of every pattern of the rules' terms, one output per distinct term (as the rule set builds it).</summary>
    public static TokenTrie<int> Trie(Dictionary<string, string> rules) => Trie(rules, _ => true);

    public static TokenTrie<int> Trie(Dictionary<string, string> rules, Func<string[], bool> keep)
    {
        var trie = new TokenTrie<int>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var query in rules.Values)
            foreach (var term in RuleSet.Terms(QueryParser.Parse(query)))
                if (ids.TryAdd(term.Key, ids.Count))
                    foreach (var pattern in term.Patterns.Where(keep)) trie.Add(pattern, ids[term.Key]);
        return trie;
    }
}
