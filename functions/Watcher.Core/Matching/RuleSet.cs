using System.Runtime.InteropServices;
using Watcher.Core.Matching.Query;

namespace Watcher.Core.Matching;

/// <summary>Where a term occurred: field, token positions (the token index, plus a wide gap at every sentence end so NEAR
/// stays within a sentence) and character span in that field's text.
/// The field is kept as a flag (title or text), so a hit holds no reference: storing and copying hits costs no GC write
/// barrier and the buffers are never scanned by the collector.</summary>
public readonly record struct TermHit
{
    public TermHit(int termId, string field, int firstToken, int lastToken, int start, int end)
    {
        InTitle = field switch
        {
            QueryFields.Title => true,
            QueryFields.Text => false,
            _ => throw new ArgumentException($"unknown field '{field}' (a hit is in the title or the text)", nameof(field)),
        };
        (TermId, FirstToken, LastToken, Start, End) = (termId, firstToken, lastToken, start, end);
    }

    internal TermHit(int termId, bool inTitle, int firstToken, int lastToken, int start, int end) =>
        (TermId, InTitle, FirstToken, LastToken, Start, End) = (termId, inTitle, firstToken, lastToken, start, end);

    public int TermId { get; }

    /// <summary><see cref="QueryFields.Title"/> or <see cref="QueryFields.Text"/>.</summary>
    public string Field => InTitle ? QueryFields.Title : QueryFields.Text;

    public int FirstToken { get; }

    public int LastToken { get; }

    public int Start { get; }

    public int End { get; }

    internal bool InTitle { get; }
}

/// <summary>
/// A rule that matched, with the term occurrences that made it match. Matching only decides which rules hold; the
/// occurrences are collected the first time <see cref="Hits"/> is read (an alert shows them; most matches never are),
/// by scanning the item again, so they are the same whenever they are read.
/// </summary>
public sealed class RuleMatch
{
    private readonly RuleSet.MatchedItem? _item;
    private readonly int _rule;
    private IReadOnlyList<TermHit>? _hits;

    public RuleMatch(string rule, IReadOnlyList<TermHit> hits) => (Rule, _hits) = (rule, hits);

    internal RuleMatch(string rule, int ruleIndex, RuleSet.MatchedItem item) => (Rule, _rule, _item) = (rule, ruleIndex, item);

    public string Rule { get; }

    /// <summary>The hits that made the rule match: distinct, title first, then in text order.</summary>
    public IReadOnlyList<TermHit> Hits => _hits ??= _item!.Explain(_rule);
}

/// <summary>
/// Many named rules compiled into one multi-pattern matcher: every term of every rule sits in one
/// <see cref="TokenTrie{T}"/>, the text is scanned once, and only rules indexed under a term that occurred are evaluated
/// (postings from term to rule; each rule is posted under its rarest required terms). So the cost of matching grows with
/// the size of the text and with what matched, not with the number of rules: an item touches no per-rule state, and the
/// buffers for hits and candidates are reused from item to item.
/// </summary>
public sealed class RuleSet
{
    private readonly TokenTrie<int> _trie = new();
    private readonly List<string> _termKeys = [];
    /// <summary>The rules posted under each term, in rule order, all in one array: term t's rules posted for it anywhere
    /// are <c>_postings[_postingStarts[3t] .. _postingStarts[3t + 1])</c>, those for it in the title follow up to
    /// <c>[3t + 2]</c>, those for it in the text up to <c>[3t + 3]</c>.</summary>
    private readonly int[] _postings;
    private readonly int[] _postingStarts;

    /// <summary>Per term: whether some NEAR reads its positions. Deciding a match needs only the other terms' bits.</summary>
    private readonly bool[] _positional;
    private readonly List<(string Name, QueryNode Root)> _rules = [];
    private readonly CompiledQueries _compiled;

    /// <summary>Compiles the rules; a bad query throws <see cref="QueryParseException"/> naming the rule.</summary>
    public RuleSet(IEnumerable<KeyValuePair<string, string>> rules) : this(rules, QueryParser.MaxLength)
    {
    }

    /// <summary>Compiles rules of at most <paramref name="maxLength"/> characters each (<see cref="QueryParser.Parse(string, int)"/>).</summary>
    internal RuleSet(IEnumerable<KeyValuePair<string, string>> rules, int maxLength)
    {
        var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var postings = new List<List<int>>();
        var titlePostings = new List<List<int>>();
        var textPostings = new List<List<int>>();
        var positional = new HashSet<int>();
        foreach (var (name, query) in rules)
        {
            QueryNode root;
            try
            {
                root = QueryParser.Parse(query, maxLength);
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
                    postings.Add([]);
                    titlePostings.Add([]);
                    textPostings.Add([]);
                    foreach (var pattern in term.Patterns) _trie.Add(pattern, id);
                }
                term.TermId = id;
            }
            foreach (var near in Nears(root))
            {
                foreach (var term in Terms(near)) positional.Add(term.TermId);
                near.LeftTerms = PlainTerms(near.Left);
                near.RightTerms = PlainTerms(near.Right);
            }
            // Index the rule only under its anchor: a set of terms one of which must occur for the rule to match (in its
            // field, for a field-scoped term: `title:x` is posted under x in the title only).
            var anchor = Anchor(root);
            foreach (var (id, field) in (anchor ?? Terms(root).ToList()).Select(t => (t.TermId, anchor is null ? null : t.Field)).Distinct())
                (field switch { null => postings, QueryFields.Title => titlePostings, _ => textPostings })[id].Add(ruleIndex);
        }
        var flat = new List<int>();
        _postingStarts = new int[3 * postings.Count + 1];
        for (var id = 0; id < postings.Count; id++)
        {
            _postingStarts[3 * id] = flat.Count;
            flat.AddRange(postings[id]);
            _postingStarts[3 * id + 1] = flat.Count;
            flat.AddRange(titlePostings[id]);
            _postingStarts[3 * id + 2] = flat.Count;
            flat.AddRange(textPostings[id]);
        }
        _postingStarts[^1] = flat.Count;
        _postings = [.. flat];
        _compiled = new CompiledQueries(_rules.Select(r => r.Root));
        _positional = new bool[_termKeys.Count];
        foreach (var id in positional) _positional[id] = true;
    }

    public int RuleCount => _rules.Count;

    public int PatternCount => _trie.Count;

    public IEnumerable<string> RuleNames => _rules.Select(r => r.Name);

    /// <summary>What one thread reuses from item to item.</summary>
    private sealed class Scratch
    {
        public readonly TermHits Hits = new();
        public readonly List<(int TermId, int First, int Last)> Occurrences = [];
        public readonly List<int> Matched = [];
        public ulong[] Seen = [];
        public int[] Positions = [];
    }

    [ThreadStatic] private static Scratch? t_scratch;

    /// <summary>The rules the item matches (optionally only those <paramref name="include"/> accepts), in rule order.</summary>
    public IReadOnlyList<RuleMatch> Match(string? title, string? text, Func<string, bool>? include = null)
    {
        // Taken out of the slot while in use, so a Match nested in `include` on this thread gets a buffer of its own.
        var scratch = t_scratch ?? new Scratch();
        t_scratch = null;
        try
        {
            return Match(title, text, include, scratch);
        }
        finally
        {
            t_scratch = scratch;
        }
    }

    private IReadOnlyList<RuleMatch> Match(string? title, string? text, Func<string, bool>? include, Scratch scratch)
    {
        var hits = scratch.Hits;
        hits.Reset(_termKeys.Count);
        Scan(title, QueryFields.Title, scratch, decideOnly: true);
        Scan(text, QueryFields.Text, scratch, decideOnly: true);
        if (hits.Terms.Count == 0) return Array.Empty<RuleMatch>();
        hits.Group();

        var matched = MatchCandidates(hits, include, scratch);
        if (matched.Count == 0) return Array.Empty<RuleMatch>();
        // One array of the right size (a growing list allocated about twice as much at 20 matches).
        var item = new MatchedItem(this, title, text);
        var result = new RuleMatch[matched.Count];
        for (var k = 0; k < result.Length; k++) result[k] = new RuleMatch(_rules[matched[k]].Name, matched[k], item);
        return result;
    }

    /// <summary>The names of the rules the item matches, found the slow way (the reference for tests): every rule, not
    /// only the candidates, decided by walking its parsed tree with <see cref="QueryEvaluator.Holds"/>.</summary>
    internal List<string> MatchEveryRuleByTree(string? title, string? text)
    {
        var scratch = new Scratch();
        scratch.Hits.Reset(_termKeys.Count);
        Scan(title, QueryFields.Title, scratch);
        Scan(text, QueryFields.Text, scratch);
        scratch.Hits.Group();
        return _rules.Where(r => QueryEvaluator.Holds(r.Root, scratch.Hits)).Select(r => r.Name).ToList();
    }

    /// <summary>
    /// One matched item, from which a match's explanation is built when it is read: the item is scanned again (the same
    /// text gives the same hits, grouped the same way) into buffers of its own and the rule evaluated with collection on.
    /// Matching itself keeps nothing of the item's hits, so an item costs the same whether or not a match is ever shown.
    /// </summary>
    internal sealed class MatchedItem(RuleSet rules, string? title, string? text)
    {
        private Lock? _gate; // made when the first explanation is read: most matched items are never explained
        private TermHits? _hits;

        public IReadOnlyList<TermHit> Explain(int ruleIndex)
        {
            lock (LazyInitializer.EnsureInitialized(ref _gate))
            {
                if (_hits is null)
                {
                    var scratch = new Scratch();
                    scratch.Hits.Reset(rules._termKeys.Count);
                    rules.Scan(title, QueryFields.Title, scratch);
                    rules.Scan(text, QueryFields.Text, scratch);
                    scratch.Hits.Group();
                    _hits = scratch.Hits;
                }
                var found = new List<TermHit>();
                QueryEvaluator.Evaluate(rules._rules[ruleIndex].Root, _hits, found);
                return Explanation(found);
            }
        }
    }

    /// <summary>The candidate rules that hold, in rule order. The candidates are the rules posted under the terms that
    /// occurred, each once: marked in a bitset, then read back from the words between the lowest and the highest marked
    /// (which clears them for the next item) and decided as they are read.</summary>
    private List<int> MatchCandidates(TermHits hits, Func<string, bool>? include, Scratch scratch)
    {
        var words = (_rules.Count + 63) >> 6;
        if (scratch.Seen.Length < words) scratch.Seen = new ulong[words];
        var seen = scratch.Seen;
        var matched = scratch.Matched;
        matched.Clear();
        var postings = _postings;
        var starts = _postingStarts;
        int low = int.MaxValue, high = -1;
        foreach (var term in hits.TermSpan)
        {
            var at = 3 * term;
            int anywhere = starts[at], title = starts[at + 1], text = starts[at + 2], end = starts[at + 3];
            if (title > anywhere) Post(postings, anywhere, title, seen, ref low, ref high);
            if (text > title && hits.OccurredIn(term, title: true)) Post(postings, title, text, seen, ref low, ref high);
            if (end > text && hits.OccurredIn(term, title: false)) Post(postings, text, end, seen, ref low, ref high);
        }
        for (var w = low; w <= high; w++)
        {
            var word = seen[w];
            if (word == 0) continue;
            seen[w] = 0;
            do
            {
                var rule = (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(word);
                word &= word - 1;
                if (include is not null && !include(_rules[rule].Name)) continue;
                if (_compiled.Holds(rule, hits)) matched.Add(rule);
            }
            while (word != 0);
        }
        return matched;
    }

    /// <summary>Marks the rules <c>postings[from .. to)</c> (ascending, not empty) in the bitset.</summary>
    private static void Post(int[] postings, int from, int to, ulong[] seen, ref int low, ref int high)
    {
        low = Math.Min(low, postings[from] >> 6);
        high = Math.Max(high, postings[to - 1] >> 6);
        for (var k = from; k < to; k++)
        {
            var rule = postings[k];
            seen[rule >> 6] |= 1UL << rule;
        }
    }

    /// <summary>The hits that made a rule match: distinct, title first, then in text order.</summary>
    private static TermHit[] Explanation(List<TermHit> found)
    {
        var span = CollectionsMarshal.AsSpan(found);
        HitOrder.Sort(span, default(ByTextOrder));
        var distinct = 0;
        for (var k = 0; k < span.Length; k++)
            if (distinct == 0 || span[distinct - 1] != span[k]) span[distinct++] = span[k];
        return span[..distinct].ToArray();
    }

    private readonly struct ByTextOrder : IComparer<TermHit>
    {
        public int Compare(TermHit a, TermHit b) =>
            a.InTitle != b.InTitle ? (a.InTitle ? -1 : 1) : a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.TermId != b.TermId ? a.TermId.CompareTo(b.TermId) : a.End.CompareTo(b.End);
    }

    /// <summary>Adds the item's term occurrences in one field to the scratch's hits. <paramref name="decideOnly"/>: a term
    /// no NEAR reads is only marked as occurring (which is all deciding a match needs); otherwise every occurrence is kept
    /// with its positions, as an explanation needs them.</summary>
    private void Scan(string? content, string field, Scratch scratch, bool decideOnly = false)
    {
        if (string.IsNullOrEmpty(content)) return;
        var tokens = Tokenizer.TokenizeItemText(content, percentSign: true);
        var occurrences = scratch.Occurrences;
        occurrences.Clear();
        _trie.Scan(tokens, occurrences);
        if (occurrences.Count == 0) return;
        var hits = scratch.Hits;
        var title = field == QueryFields.Title;
        int[]? positions = null;
        var spans = CollectionsMarshal.AsSpan(tokens);
        foreach (var (termId, first, last) in CollectionsMarshal.AsSpan(occurrences))
        {
            if (decideOnly && !_positional[termId])
            {
                hits.Mark(termId, title);
                continue;
            }
            positions ??= Positions(content, tokens, scratch);
            hits.Add(new TermHit(termId, title, positions[first], positions[last], spans[first].Start, spans[last].End));
        }
        occurrences.Clear();
    }

    /// <summary>Words further apart than any NEAR can reach between sentences, so "…rising tariffs. East Timor joined…"
    /// does not put a country near "tariffs".</summary>
    private const int SentenceGap = 1000;

    /// <summary>Each token's position for NEAR: its index, plus <see cref="SentenceGap"/> for every sentence end before it
    /// (".", "!" or "?" then a space and a capital, a digit or a quote); a "%" shares the position of the word before it.</summary>
    private static int[] Positions(string content, List<Token> tokens, Scratch scratch)
    {
        if (scratch.Positions.Length < tokens.Count) scratch.Positions = new int[Math.Max(tokens.Count, scratch.Positions.Length * 2)];
        var positions = scratch.Positions;
        var offset = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0 && SentenceEnds(content, tokens[i - 1].End, tokens[i].Start)) offset += SentenceGap;
            // a "%" read as "percent" sits where its number sits, so it moves no other word further from another
            else if (i > 0 && tokens[i].End - tokens[i].Start == 1 && content[tokens[i].Start] == '%') offset--;
            positions[i] = i + offset;
        }
        return positions;
    }

    private static bool SentenceEnds(string content, int from, int to)
    {
        var end = false;
        for (var k = from; k < to; k++)
        {
            var c = content[k];
            if (c is '.' or '!' or '?' or '\n') end = true;
            else if (end && !char.IsWhiteSpace(c) && c is not ('"' or '\'' or '’' or '”' or '“' or ')')) return false;
        }
        return end && to < content.Length && (char.IsUpper(content[to]) || char.IsDigit(content[to]) || to - from > 1 && content[to - 1] is '"' or '“');
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

    private static IEnumerable<NearNode> Nears(QueryNode node) => node switch
    {
        AndNode a => a.Children.SelectMany(Nears),
        OrNode o => o.Children.SelectMany(Nears),
        NotNode n => Nears(n.Child),
        NearNode n => Nears(n.Left).Concat(Nears(n.Right)).Append(n),
        _ => [],
    };

    private static int[]? PlainTerms(QueryNode side) => side switch
    {
        TermNode { Field: null } t => [t.TermId],
        OrNode o when o.Children.All(c => c is TermNode { Field: null }) => o.Children.Select(c => ((TermNode)c).TermId).ToArray(),
        _ => null,
    };

    /// <summary>Every term of a parsed query, NEAR sides and negations included.</summary>
    public static IEnumerable<TermNode> Terms(QueryNode node) => node switch
    {
        TermNode t => [t],
        AndNode a => a.Children.SelectMany(Terms),
        OrNode o => o.Children.SelectMany(Terms),
        NotNode n => Terms(n.Child),
        NearNode n => Terms(n.Left).Concat(Terms(n.Right)),
        _ => [],
    };
}

