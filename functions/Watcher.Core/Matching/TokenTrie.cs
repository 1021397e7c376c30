using System.Runtime.InteropServices;

namespace Watcher.Core.Matching;

/// <summary>
/// Many token-sequence patterns compiled into one trie and found in a single left-to-right pass over the text,
/// Aho-Corasick style: the pass keeps the set of partial matches alive at each token instead of trying every pattern,
/// so its cost grows with the text (times the longest pattern), not with the number of patterns.
/// A pattern token ending in '*' matches any token with that prefix. Words are interned to integers once, so each step
/// is an integer lookup; prefixes are bucketed by their first four letters (three for three-letter prefixes), so a token
/// checks only the few prefixes that share its first four letters, however many prefixes there are; the root's child for
/// each symbol sits in an array indexed by the symbol, so a word that starts a pattern costs no second lookup. A word that
/// some pattern names has its symbols (its own and those of the prefixes it starts with) worked out when the patterns are
/// added, and the first step from the root for those symbols (the patterns it completes, the longer patterns it starts)
/// is laid out once the patterns are in, so such a token costs one lookup and no walk, however many patterns there are.
/// The scan reads a flat copy of the trie made on the first scan after patterns were added (<see cref="Frozen"/>): with
/// a thousand rules the trie no longer fits the caches beside everything else an item touches, and chasing nodes,
/// dictionaries and lists cost more than the steps themselves.
/// </summary>
public sealed class TokenTrie<T>
{
    private sealed class Node
    {
        public Dictionary<int, Node>? Children;
        public List<T>? Outputs;
    }

    /// <summary>Children up to which a node is searched by comparing symbols rather than by the dictionary.</summary>
    private const int SmallNode = 8;

    private const int MinPrefix = 3;
    private const int BucketLength = 4;
    private readonly Node _root = new();
    private readonly Dictionary<string, int> _symbols = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string Prefix, int Symbol)>> _prefixBuckets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string Prefix, int Symbol)>>.AlternateLookup<ReadOnlySpan<char>> _bucketLookup;
    private bool _shortPrefixes;
    private Node?[] _rootChildren = [];

    /// <summary>Every word a pattern names, with all its symbols: its own first, then its prefixes' (as <see cref="Prefixes"/> finds them).</summary>
    private readonly Dictionary<string, int[]> _words = new(StringComparer.Ordinal);

    /// <summary>The words by their first three and first four letters, to update their symbols when a prefix is added.</summary>
    private readonly Dictionary<string, List<string>> _wordsByBucket = new(StringComparer.Ordinal);

    public TokenTrie()
    {
        _bucketLookup = _prefixBuckets.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count { get; private set; }

    /// <summary>Adds a pattern: normalised tokens, each either a word or a prefix (at least three letters) ending in '*'.</summary>
    public void Add(IReadOnlyList<string> pattern, T output)
    {
        if (pattern.Count == 0) throw new ArgumentException("empty pattern", nameof(pattern));
        _frozen = null;
        var node = _root;
        foreach (var token in pattern)
        {
            var symbol = Intern(token);
            node.Children ??= [];
            if (!node.Children.TryGetValue(symbol, out var next))
            {
                node.Children[symbol] = next = new Node();
                if (node == _root)
                {
                    if (_rootChildren.Length <= symbol) Array.Resize(ref _rootChildren, Math.Max(symbol + 1, _rootChildren.Length * 2));
                    _rootChildren[symbol] = next;
                }
            }
            node = next;
        }
        (node.Outputs ??= []).Add(output);
        Count++;
    }

    private int Intern(string token)
    {
        if (_symbols.TryGetValue(token, out var id)) return id;
        id = _symbols[token] = _symbols.Count;
        if (token.EndsWith('*'))
        {
            var prefix = token[..^1];
            if (prefix.Length < MinPrefix) throw new ArgumentException($"prefix '{token}' is shorter than {MinPrefix} letters", nameof(token));
            if (prefix.Length < BucketLength) _shortPrefixes = true;
            var key = prefix[..Math.Min(prefix.Length, BucketLength)];
            if (!_prefixBuckets.TryGetValue(key, out var bucket)) _prefixBuckets[key] = bucket = [];
            bucket.Add((prefix, id));
            if (_wordsByBucket.TryGetValue(key, out var words))
                foreach (var word in words)
                    if (word.StartsWith(prefix, StringComparison.Ordinal)) _words[word] = WordSymbols(word);
        }
        else
        {
            _words[token] = WordSymbols(token);
            for (var length = MinPrefix; length <= Math.Min(BucketLength, token.Length); length++)
            {
                if (!_wordsByBucket.TryGetValue(token[..length], out var words)) _wordsByBucket[token[..length]] = words = [];
                words.Add(token);
            }
        }
        return id;
    }

    /// <summary>A known word's symbols: its own, then its prefixes' in the order <see cref="PrefixSymbols"/> gives an unknown token's.</summary>
    private int[] WordSymbols(string word)
    {
        var symbols = new List<int> { _symbols[word] };
        if (word.Length >= MinPrefix)
        {
            if (_shortPrefixes) Prefixes(word, MinPrefix, symbols);
            if (word.Length >= BucketLength) Prefixes(word, BucketLength, symbols);
        }
        return [.. symbols];
    }

    /// <summary>Calls <paramref name="onMatch"/> for every pattern occurrence: output, first and last token index.</summary>
    public void Scan(IReadOnlyList<Token> tokens, Action<T, int, int> onMatch)
    {
        var matches = new List<(T Output, int First, int Last)>();
        Scan(tokens, matches);
        foreach (var (output, first, last) in matches) onMatch(output, first, last);
    }

    /// <summary>
    /// The trie once its patterns are in, laid out flat for scanning, so a step touches a few neighbouring integers instead
    /// of a chain of heap objects (node, dictionary, list, array):
    /// <list type="bullet">
    /// <item>every node at an offset in <see cref="Nodes"/>: where its outputs sit in <see cref="Outputs"/> and how many,
    /// then its children — up to <see cref="SmallNode"/> as (symbol, child offset) pairs searched by comparing symbols,
    /// more in a dictionary of <see cref="Large"/> (the count is then the dictionary's index, negated, less one);</item>
    /// <item>the root's child for each symbol in <see cref="RootChildren"/> (-1 for none);</item>
    /// <item>the known words (every word a pattern names) in an open-addressing table of (hash, offset) slots; per word, at
    /// its offset in <see cref="Words"/>, where its letters sit in <see cref="Letters"/>, where its one-token patterns'
    /// outputs sit in <see cref="Outputs"/> (in the order <see cref="StepFromRoot"/> gives them), then its symbols and the
    /// offsets of the nodes of the longer patterns it starts.</item>
    /// </list>
    /// </summary>
    private sealed class Frozen
    {
        private const int LetterStart = 0, LetterCount = 1, OutputStart = 2, OutputCount = 3, SymbolCount = 4, NodeCount = 5, Header = 6;
        public const int NodeOutputStart = 0, NodeOutputCount = 1, NodeChildCount = 2, NodeHeader = 3;

        private readonly ulong[] _slots;
        private readonly int _mask;
        private readonly char[] _letters;
        private readonly int[] _words;
        private readonly List<T> _outputs = [];
        private readonly List<int> _nodes = [];
        private readonly List<Dictionary<int, int>> _large = [];
        public readonly T[] Outputs;
        public readonly int[] Nodes;
        public readonly Dictionary<int, int>[] Large;
        public readonly int[] RootChildren;

        public Frozen(Node root, Node?[] rootChildren, Dictionary<string, int[]> words)
        {
            var offsets = new Dictionary<Node, int>(ReferenceEqualityComparer.Instance);
            Lay(root, offsets);
            RootChildren = [.. rootChildren.Select(child => child is null ? -1 : offsets[child])];

            var size = 4;
            while (size < words.Count * 2) size *= 2;
            _slots = new ulong[size];
            _mask = size - 1;
            var letters = new List<char>();
            var data = new List<int>();
            foreach (var (word, symbols) in words)
            {
                var offset = data.Count;
                var outputStart = _outputs.Count;
                var continuations = new List<int>();
                foreach (var symbol in symbols)
                {
                    if ((uint)symbol >= (uint)rootChildren.Length || rootChildren[symbol] is not { } child) continue;
                    if (child.Outputs is not null) _outputs.AddRange(child.Outputs);
                    if (child.Children is not null) continuations.Add(offsets[child]);
                }
                data.AddRange([letters.Count, word.Length, outputStart, _outputs.Count - outputStart, symbols.Length, continuations.Count]);
                data.AddRange(symbols);
                data.AddRange(continuations);
                letters.AddRange(word);
                var hash = Hash(word);
                var slot = (int)hash & _mask;
                while (_slots[slot] != 0) slot = (slot + 1) & _mask;
                _slots[slot] = ((ulong)hash << 32) | (uint)(offset + 1);
            }
            _letters = [.. letters];
            _words = [.. data];
            Outputs = [.. _outputs];
            Nodes = [.. _nodes];
            Large = [.. _large];
        }

        /// <summary>Lays out a node and, after it, its children; returns its offset.</summary>
        private int Lay(Node node, Dictionary<Node, int> offsets)
        {
            var at = _nodes.Count;
            offsets[node] = at;
            _nodes.AddRange([_outputs.Count, node.Outputs?.Count ?? 0, 0]);
            if (node.Outputs is not null) _outputs.AddRange(node.Outputs);
            if (node.Children is not { Count: > 0 } children) return at;
            if (children.Count <= SmallNode)
            {
                _nodes[at + NodeChildCount] = children.Count;
                var pairs = _nodes.Count;
                foreach (var symbol in children.Keys) _nodes.AddRange([symbol, 0]);
                var k = 0;
                foreach (var child in children.Values) _nodes[pairs + 2 * k++ + 1] = Lay(child, offsets);
            }
            else
            {
                var large = new Dictionary<int, int>(children.Count);
                _nodes[at + NodeChildCount] = -1 - _large.Count;
                _large.Add(large);
                foreach (var (symbol, child) in children) large[symbol] = Lay(child, offsets);
            }
            return at;
        }

        /// <summary>The word's offset among the known words, or -1 when no pattern names it.</summary>
        public int Find(ReadOnlySpan<char> token)
        {
            var hash = Hash(token);
            for (var slot = (int)hash & _mask; ; slot = (slot + 1) & _mask)
            {
                var entry = _slots[slot];
                if (entry == 0) return -1;
                if ((uint)(entry >> 32) != hash) continue;
                var offset = (int)(uint)entry - 1;
                if (token.SequenceEqual(_letters.AsSpan(_words[offset + LetterStart], _words[offset + LetterCount]))) return offset;
            }
        }

        public ReadOnlySpan<T> OutputsOf(int word) => Outputs.AsSpan(_words[word + OutputStart], _words[word + OutputCount]);

        public ReadOnlySpan<int> SymbolsOf(int word) => _words.AsSpan(word + Header, _words[word + SymbolCount]);

        /// <summary>The offsets of the nodes of the longer patterns the word starts.</summary>
        public ReadOnlySpan<int> ContinuationsOf(int word) => _words.AsSpan(word + Header + _words[word + SymbolCount], _words[word + NodeCount]);

        private static uint Hash(ReadOnlySpan<char> word)
        {
            var hash = 2166136261u;
            foreach (var c in word) hash = (hash ^ c) * 16777619u;
            return hash ^ (hash >> 15);
        }
    }

    private Frozen? _frozen;
    private readonly Lock _frozenGate = new();

    /// <summary>The flat layout, made on the first scan after patterns were added.</summary>
    private Frozen Freeze()
    {
        if (Volatile.Read(ref _frozen) is { } frozen) return frozen;
        lock (_frozenGate)
        {
            if (_frozen is { } built) return built;
            Volatile.Write(ref _frozen, new Frozen(_root, _rootChildren, _words));
            return _frozen!;
        }
    }

    [ThreadStatic] private static List<(int Node, int Start)>? t_live;
    [ThreadStatic] private static List<(int Node, int Start)>? t_next;
    [ThreadStatic] private static List<int>? t_symbols;

    /// <summary>Appends every pattern occurrence (output, first and last token index) to <paramref name="matches"/>, in
    /// the order the occurrences end. Allocates nothing once the thread's buffers have grown.</summary>
    public void Scan(IReadOnlyList<Token> tokens, List<(T Output, int First, int Last)> matches) =>
        Scan(tokens is List<Token> list ? CollectionsMarshal.AsSpan(list) : [.. tokens], matches);

    private void Scan(ReadOnlySpan<Token> tokens, List<(T Output, int First, int Last)> matches)
    {
        var trie = Freeze();
        var live = t_live ??= [];
        var next = t_next ??= [];
        var symbols = t_symbols ??= new List<int>(4);
        live.Clear();
        for (var i = 0; i < tokens.Length; i++)
        {
            next.Clear();
            ReadOnlySpan<int> symbolSpan;
            var word = trie.Find(tokens[i].Text);
            if (word >= 0)
            {
                foreach (var output in trie.OutputsOf(word)) matches.Add((output, i, i));
                foreach (var node in trie.ContinuationsOf(word)) next.Add((node, i));
                symbolSpan = trie.SymbolsOf(word);
            }
            else
            {
                symbolSpan = PrefixSymbols(tokens[i].Text, symbols);
                StepFromRoot(trie, i, symbolSpan, next, matches);
            }
            if (!symbolSpan.IsEmpty)
                foreach (var (node, start) in CollectionsMarshal.AsSpan(live)) Step(trie, node, start, symbolSpan, next, i, matches);
            (live, next) = (next, live);
        }
        live.Clear();
        t_live = live;
        t_next = next;
    }

    private static void StepFromRoot(Frozen trie, int i, ReadOnlySpan<int> symbols, List<(int, int)> next, List<(T, int, int)> matches)
    {
        var roots = trie.RootChildren;
        foreach (var symbol in symbols)
            if ((uint)symbol < (uint)roots.Length && roots[symbol] >= 0) Reach(trie, roots[symbol], i, i, next, matches);
    }

    private static void Step(Frozen trie, int node, int start, ReadOnlySpan<int> symbols, List<(int, int)> next, int i, List<(T, int, int)> matches)
    {
        var nodes = trie.Nodes;
        var count = nodes[node + Frozen.NodeChildCount];
        if (count > 0)
        {
            var pairs = nodes.AsSpan(node + Frozen.NodeHeader, 2 * count);
            foreach (var symbol in symbols)
                for (var k = 0; k < pairs.Length; k += 2)
                    if (pairs[k] == symbol)
                    {
                        Reach(trie, pairs[k + 1], start, i, next, matches);
                        break;
                    }
        }
        else if (count < 0)
        {
            var children = trie.Large[-1 - count];
            foreach (var symbol in symbols)
                if (children.TryGetValue(symbol, out var child)) Reach(trie, child, start, i, next, matches);
        }
    }

    /// <summary>A pattern's node reached at token <paramref name="i"/>: its outputs are occurrences, and it lives on when
    /// longer patterns continue from it.</summary>
    private static void Reach(Frozen trie, int node, int start, int i, List<(int, int)> next, List<(T, int, int)> matches)
    {
        var nodes = trie.Nodes;
        var outputs = trie.Outputs.AsSpan(nodes[node + Frozen.NodeOutputStart], nodes[node + Frozen.NodeOutputCount]);
        foreach (var output in outputs) matches.Add((output, start, i));
        if (nodes[node + Frozen.NodeChildCount] != 0) next.Add((node, start));
    }

    /// <summary>The symbols of a token no pattern names as a word: the prefix patterns ("tariff*") it starts with.</summary>
    private ReadOnlySpan<int> PrefixSymbols(string token, List<int> symbols)
    {
        symbols.Clear();
        if (token.Length >= MinPrefix)
        {
            if (_shortPrefixes) Prefixes(token, MinPrefix, symbols);
            if (token.Length >= BucketLength) Prefixes(token, BucketLength, symbols);
        }
        return CollectionsMarshal.AsSpan(symbols);
    }

    /// <summary>Adds the prefixes of the bucket named by the token's first <paramref name="length"/> letters that it starts with.</summary>
    private void Prefixes(string token, int length, List<int> symbols)
    {
        if (!_bucketLookup.TryGetValue(token.AsSpan(0, length), out var bucket)) return;
        foreach (var (prefix, symbol) in bucket)
            if (token.StartsWith(prefix, StringComparison.Ordinal)) symbols.Add(symbol);
    }
}
