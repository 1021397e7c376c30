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
/// </summary>
public sealed class TokenTrie<T>
{
    private sealed class Node
    {
        public Dictionary<int, Node>? Children;
        public List<T>? Outputs;

        /// <summary>The children's symbols and nodes side by side, laid out with the known words (<see cref="KnownWords"/>)
        /// when there are at most <see cref="SmallNode"/>: a step from a phrase's first word then compares a few integers
        /// instead of hashing each of the token's symbols. Null for larger nodes, which keep the dictionary.</summary>
        public int[]? SmallSymbols;
        public Node[]? SmallChildren;
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
        _known = null;
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
    /// The known words' first steps from the root, laid out flat so that looking up a token and reading its step touches a
    /// few neighbouring integers instead of a chain of heap objects (dictionary entry, key string, record, three arrays):
    /// an open-addressing table of (hash, offset) slots; per word, at its offset in <see cref="Data"/>, where its letters
    /// sit in <see cref="Letters"/>, where its one-token patterns' outputs sit in <see cref="Outputs"/> (in the order
    /// <see cref="StepFromRoot"/> gives them), then its symbols and the indexes in <see cref="Nodes"/> of the longer
    /// patterns it starts.
    /// </summary>
    private sealed class Known
    {
        private const int LetterStart = 0, LetterCount = 1, OutputStart = 2, OutputCount = 3, SymbolCount = 4, NodeCount = 5, Header = 6;

        private readonly ulong[] _slots;
        private readonly int _mask;
        public readonly char[] Letters;
        public readonly int[] Data;
        public readonly T[] Outputs;
        public readonly Node[] Nodes;

        public Known(List<(string Word, int[] Symbols, List<T> Outputs, List<Node> Continuations)> words)
        {
            var size = 4;
            while (size < words.Count * 2) size *= 2;
            _slots = new ulong[size];
            _mask = size - 1;
            var letters = new List<char>();
            var data = new List<int>();
            var outputs = new List<T>();
            var nodes = new List<Node>();
            foreach (var (word, symbols, wordOutputs, continuations) in words)
            {
                var offset = data.Count;
                data.AddRange([letters.Count, word.Length, outputs.Count, wordOutputs.Count, symbols.Length, continuations.Count]);
                data.AddRange(symbols);
                foreach (var node in continuations)
                {
                    data.Add(nodes.Count);
                    nodes.Add(node);
                }
                letters.AddRange(word);
                outputs.AddRange(wordOutputs);
                var hash = Hash(word);
                var slot = (int)hash & _mask;
                while (_slots[slot] != 0) slot = (slot + 1) & _mask;
                _slots[slot] = ((ulong)hash << 32) | (uint)(offset + 1);
            }
            Letters = [.. letters];
            Data = [.. data];
            Outputs = [.. outputs];
            Nodes = [.. nodes];
        }

        /// <summary>The word's offset in <see cref="Data"/>, or -1 when no pattern names it.</summary>
        public int Find(ReadOnlySpan<char> token)
        {
            var hash = Hash(token);
            for (var slot = (int)hash & _mask; ; slot = (slot + 1) & _mask)
            {
                var entry = _slots[slot];
                if (entry == 0) return -1;
                if ((uint)(entry >> 32) != hash) continue;
                var offset = (int)(uint)entry - 1;
                if (token.SequenceEqual(Letters.AsSpan(Data[offset + LetterStart], Data[offset + LetterCount]))) return offset;
            }
        }

        public ReadOnlySpan<T> OutputsOf(int offset) => Outputs.AsSpan(Data[offset + OutputStart], Data[offset + OutputCount]);

        public ReadOnlySpan<int> SymbolsOf(int offset) => Data.AsSpan(offset + Header, Data[offset + SymbolCount]);

        public ReadOnlySpan<int> NodesOf(int offset) => Data.AsSpan(offset + Header + Data[offset + SymbolCount], Data[offset + NodeCount]);

        private static uint Hash(ReadOnlySpan<char> word)
        {
            var hash = 2166136261u;
            foreach (var c in word) hash = (hash ^ c) * 16777619u;
            return hash ^ (hash >> 15);
        }
    }

    private Known? _known;
    private readonly Lock _knownGate = new();

    /// <summary>The known words' first steps, laid out on the first scan after patterns were added.</summary>
    private Known KnownWords()
    {
        if (Volatile.Read(ref _known) is { } known) return known;
        lock (_knownGate)
        {
            if (_known is { } built) return built;
            LayOut(_root);
            var words = new List<(string, int[], List<T>, List<Node>)>(_words.Count);
            foreach (var (word, symbols) in _words)
            {
                var outputs = new List<T>();
                var continuations = new List<Node>();
                foreach (var symbol in symbols)
                {
                    if ((uint)symbol >= (uint)_rootChildren.Length || _rootChildren[symbol] is not { } child) continue;
                    if (child.Outputs is not null) outputs.AddRange(child.Outputs);
                    if (child.Children is not null) continuations.Add(child);
                }
                words.Add((word, symbols, outputs, continuations));
            }
            Volatile.Write(ref _known, new Known(words));
            return _known!;
        }
    }

    /// <summary>Lays out every node's children as arrays when there are few (see <see cref="Node.SmallSymbols"/>).</summary>
    private static void LayOut(Node node)
    {
        if (node.Children is null) return;
        if (node.Children.Count <= SmallNode)
        {
            node.SmallSymbols = [.. node.Children.Keys];
            node.SmallChildren = [.. node.Children.Values];
        }
        else
        {
            node.SmallSymbols = null;
            node.SmallChildren = null;
        }
        foreach (var child in node.Children.Values) LayOut(child);
    }

    [ThreadStatic] private static List<(Node Node, int Start)>? t_live;
    [ThreadStatic] private static List<(Node Node, int Start)>? t_next;
    [ThreadStatic] private static List<int>? t_symbols;

    /// <summary>Appends every pattern occurrence (output, first and last token index) to <paramref name="matches"/>, in
    /// the order the occurrences end. Allocates nothing once the thread's buffers have grown.</summary>
    public void Scan(IReadOnlyList<Token> tokens, List<(T Output, int First, int Last)> matches) =>
        Scan(tokens is List<Token> list ? CollectionsMarshal.AsSpan(list) : [.. tokens], matches);

    private void Scan(ReadOnlySpan<Token> tokens, List<(T Output, int First, int Last)> matches)
    {
        var known = KnownWords();
        var live = t_live ??= [];
        var next = t_next ??= [];
        var symbols = t_symbols ??= new List<int>(4);
        live.Clear();
        for (var i = 0; i < tokens.Length; i++)
        {
            next.Clear();
            ReadOnlySpan<int> symbolSpan;
            var word = known.Find(tokens[i].Text);
            if (word >= 0)
            {
                foreach (var output in known.OutputsOf(word)) matches.Add((output, i, i));
                foreach (var node in known.NodesOf(word)) next.Add((known.Nodes[node], i));
                symbolSpan = known.SymbolsOf(word);
            }
            else
            {
                symbolSpan = PrefixSymbols(tokens[i].Text, symbols);
                StepFromRoot(i, symbolSpan, next, matches);
            }
            if (!symbolSpan.IsEmpty)
                foreach (var (node, start) in CollectionsMarshal.AsSpan(live)) Step(node, start, symbolSpan, next, i, matches);
            (live, next) = (next, live);
        }
        live.Clear();
        t_live = live;
        t_next = next;
    }

    private void StepFromRoot(int i, ReadOnlySpan<int> symbols, List<(Node, int)> next, List<(T, int, int)> matches)
    {
        foreach (var symbol in symbols)
        {
            if ((uint)symbol >= (uint)_rootChildren.Length || _rootChildren[symbol] is not { } child) continue;
            if (child.Outputs is not null)
                foreach (var output in CollectionsMarshal.AsSpan(child.Outputs)) matches.Add((output, i, i));
            if (child.Children is not null) next.Add((child, i));
        }
    }

    private static void Step(Node node, int start, ReadOnlySpan<int> symbols, List<(Node, int)> next, int i, List<(T, int, int)> matches)
    {
        if (node.SmallSymbols is { } small)
        {
            var children = node.SmallChildren!;
            foreach (var symbol in symbols)
            {
                var k = Array.IndexOf(small, symbol);
                if (k < 0) continue;
                var child = children[k];
                if (child.Outputs is not null)
                    foreach (var output in CollectionsMarshal.AsSpan(child.Outputs)) matches.Add((output, start, i));
                if (child.Children is not null) next.Add((child, start));
            }
            return;
        }
        if (node.Children is null) return;
        foreach (var symbol in symbols)
        {
            if (!node.Children.TryGetValue(symbol, out var child)) continue;
            if (child.Outputs is not null)
                foreach (var output in CollectionsMarshal.AsSpan(child.Outputs)) matches.Add((output, start, i));
            if (child.Children is not null) next.Add((child, start));
        }
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
