using System.Runtime.InteropServices;

namespace Watcher.Core.Matching;

/// <summary>
/// Many token-sequence patterns compiled into one trie and found in a single left-to-right pass over the text,
/// Aho-Corasick style: the pass keeps the set of partial matches alive at each token instead of trying every pattern,
/// so its cost grows with the text (times the longest pattern), not with the number of patterns.
/// A pattern token ending in '*' matches any token with that prefix.
/// </summary>
public sealed class TokenTrie<T>
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public List<T>? Outputs;
    }

    private readonly Node _root = new();
    private readonly Dictionary<string, string> _prefixes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _prefixLookup;
    private int _minPrefix = int.MaxValue;
    private int _maxPrefix;

    public TokenTrie() => _prefixLookup = _prefixes.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count { get; private set; }

    /// <summary>Adds a pattern: normalised tokens, each either a word or a prefix ending in '*'.</summary>
    public void Add(IReadOnlyList<string> pattern, T output)
    {
        if (pattern.Count == 0) throw new ArgumentException("empty pattern", nameof(pattern));
        var node = _root;
        foreach (var token in pattern)
        {
            if (token.EndsWith('*'))
            {
                var prefix = token[..^1];
                _prefixes[prefix] = token;
                _minPrefix = Math.Min(_minPrefix, prefix.Length);
                _maxPrefix = Math.Max(_maxPrefix, prefix.Length);
            }
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(token, out var next)) node.Children[token] = next = new Node();
            node = next;
        }
        (node.Outputs ??= []).Add(output);
        Count++;
    }

    /// <summary>Calls <paramref name="onMatch"/> for every pattern occurrence: output, first and last token index.</summary>
    public void Scan(IReadOnlyList<Token> tokens, Action<T, int, int> onMatch)
    {
        var live = new List<(Node Node, int Start)>();
        var next = new List<(Node Node, int Start)>();
        var symbols = new List<string>(4);
        for (var i = 0; i < tokens.Count; i++)
        {
            Symbols(tokens[i].Text, symbols);
            next.Clear();
            Step(_root, i, symbols, next, i, onMatch);
            foreach (var (node, start) in CollectionsMarshal.AsSpan(live)) Step(node, start, symbols, next, i, onMatch);
            (live, next) = (next, live);
        }
    }

    private static void Step(Node node, int start, List<string> symbols, List<(Node, int)> next, int i, Action<T, int, int> onMatch)
    {
        if (node.Children is null) return;
        foreach (var symbol in symbols)
        {
            if (!node.Children.TryGetValue(symbol, out var child)) continue;
            if (child.Outputs is not null)
                foreach (var output in child.Outputs) onMatch(output, start, i);
            if (child.Children is not null) next.Add((child, start));
        }
    }

    /// <summary>The token itself plus every registered prefix pattern ("tariff*") it starts with.</summary>
    private void Symbols(string token, List<string> symbols)
    {
        symbols.Clear();
        symbols.Add(token);
        if (_prefixes.Count == 0) return;
        var max = Math.Min(_maxPrefix, token.Length);
        for (var len = _minPrefix; len <= max; len++)
            if (_prefixLookup.TryGetValue(token.AsSpan(0, len), out var symbol)) symbols.Add(symbol);
    }
}
