namespace Watcher.Core.Matching.Query;

/// <summary>
/// Queries compiled for deciding, many times over, whether they hold (what <see cref="QueryEvaluator.Holds"/> answers,
/// without walking the parsed trees): every rule of a rule set is laid out in one flat array of integers, so deciding
/// a candidate rule reads a few neighbouring integers instead of chasing a tree of objects across the heap. In each rule,
/// nested ANDs and ORs are flattened, the plain terms among an AND's or an OR's children become one list of term ids
/// tested against the item's term bits (<see cref="TermHits.Occurred"/>), the cheap tests of an AND run before its NEARs
/// (deciding has no side effects, so the order does not change the answer), and a NEAR first checks with bit tests that
/// both of its sides hold at all.
/// <para>Layout: every node is <c>[op, end, …]</c>, where <c>end</c> is the index just past the node. Term tests list their
/// term ids, AND/OR/NOT their children, NEAR the index of its <see cref="NearNode"/> and then its two sides; a NEAR whose
/// sides are terms or ORs of terms (the usual NEAR) is laid out whole: its distance, the count of its left terms, then the
/// left and the right terms' ids, so deciding it reads no <see cref="NearNode"/>.</para>
/// </summary>
internal sealed class CompiledQueries
{
    private const int AnyTerm = 0, AllTerms = 1, AnyInTitle = 2, AllInTitle = 3, AnyInText = 4, AllInText = 5,
        And = 6, Or = 7, Not = 8, Near = 9, NearTerms = 10;

    private readonly List<int> _build = [];
    private readonly List<NearNode> _nears = [];
    private readonly int[] _code;
    private readonly int[] _entry;

    /// <summary>Compiles the rules' queries, whose term ids are already assigned, in rule order.</summary>
    public CompiledQueries(IEnumerable<QueryNode> roots)
    {
        var entries = new List<int>();
        foreach (var root in roots)
        {
            entries.Add(_build.Count);
            Emit(Shape.Of(root));
        }
        _code = [.. _build];
        _entry = [.. entries];
        _build.Clear();
    }

    /// <summary>Whether rule number <paramref name="rule"/> holds for the item whose hits these are.</summary>
    public bool Holds(int rule, TermHits hits) => Decide(_entry[rule], hits);

    private bool Decide(int at, TermHits hits)
    {
        var code = _code;
        var end = code[at + 1];
        switch (code[at])
        {
            case AnyTerm:
                return Any(code.AsSpan(at + 2, end - at - 2), hits.Anywhere);
            case AllTerms:
                return All(code.AsSpan(at + 2, end - at - 2), hits.Anywhere);
            case AnyInTitle:
                return Any(code.AsSpan(at + 2, end - at - 2), hits.InTitle);
            case AllInTitle:
                return All(code.AsSpan(at + 2, end - at - 2), hits.InTitle);
            case AnyInText:
                return Any(code.AsSpan(at + 2, end - at - 2), hits.InText);
            case AllInText:
                return All(code.AsSpan(at + 2, end - at - 2), hits.InText);
            case And:
                for (var child = at + 2; child < end; child = code[child + 1])
                    if (!Leaf(code, child, hits, out var holds) ? !Decide(child, hits) : !holds) return false;
                return true;
            case Or:
                for (var child = at + 2; child < end; child = code[child + 1])
                    if (!Leaf(code, child, hits, out var holds) ? Decide(child, hits) : holds) return true;
                return false;
            case Not:
                return !Decide(at + 2, hits);
            case Near:
                var left = at + 3;
                return Decide(left, hits) && Decide(code[left + 1], hits) && QueryEvaluator.Near(_nears[code[at + 2]], hits);
            case NearTerms:
                // [op, end, distance, left count, left ids…, right ids…]
                var lefts = code.AsSpan(at + 4, code[at + 3]);
                var rights = code.AsSpan(at + 4 + lefts.Length, end - at - 4 - lefts.Length);
                return Any(lefts, hits.Anywhere) && Any(rights, hits.Anywhere) && QueryEvaluator.Near(lefts, rights, code[at + 2], hits);
            default:
                throw new InvalidOperationException($"bad instruction {code[at]} at {at}");
        }
    }

    /// <summary>Decides an AND's or an OR's child in place when it is a list of plain terms (the usual child), sparing the
    /// call; false when the child is anything else.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool Leaf(int[] code, int at, TermHits hits, out bool holds)
    {
        switch (code[at])
        {
            case AnyTerm:
                holds = Any(code.AsSpan(at + 2, code[at + 1] - at - 2), hits.Anywhere);
                return true;
            case AllTerms:
                holds = All(code.AsSpan(at + 2, code[at + 1] - at - 2), hits.Anywhere);
                return true;
            default:
                holds = false;
                return false;
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool Any(ReadOnlySpan<int> ids, ReadOnlySpan<ulong> bits)
    {
        foreach (var id in ids)
            if ((bits[id >> 6] & (1UL << id)) != 0) return true;
        return false;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool All(ReadOnlySpan<int> ids, ReadOnlySpan<ulong> bits)
    {
        foreach (var id in ids)
            if ((bits[id >> 6] & (1UL << id)) == 0) return false;
        return true;
    }

    private void Emit(Shape shape)
    {
        var at = _build.Count;
        _build.Add(shape.Op);
        _build.Add(0); // end, patched below
        if (shape.Op == NearTerms)
        {
            _build.Add(shape.Near!.Distance);
            _build.Add(shape.Near.LeftTerms!.Length);
        }
        else if (shape.Near is not null)
        {
            _build.Add(_nears.Count);
            _nears.Add(shape.Near);
        }
        _build.AddRange(shape.Ids);
        foreach (var child in shape.Children) Emit(child);
        _build[at + 1] = _build.Count;
    }

    /// <summary>The compiled form of one node before it is laid out: an op, its term ids or its children, and a cost that
    /// orders an AND's children (bit tests first, NEARs last).</summary>
    private sealed record Shape(int Op, int[] Ids, Shape[] Children, NearNode? Near, int Cost)
    {
        public static Shape Of(QueryNode node) => node switch
        {
            TermNode term => Terms(term.Field, [term.TermId], all: false),
            AndNode and => Group(and.Items, all: true),
            OrNode or => Group(or.Items, all: false),
            NotNode not => Negation(Of(not.Child)),
            NearNode { LeftTerms: { } left, RightTerms: { } right } near => new Shape(NearTerms, [.. left, .. right], [], near, 100),
            NearNode near => new Shape(CompiledQueries.Near, [], [Of(near.Left), Of(near.Right)], near, 100),
            _ => throw new ArgumentException($"unknown query node {node.GetType().Name}", nameof(node)),
        };

        private static Shape Negation(Shape child) => new(Not, [], [child], null, child.Cost);

        /// <summary>An AND (<paramref name="all"/>) or OR of children: their plain terms gathered per field into one test,
        /// nested groups of the same kind flattened.</summary>
        private static Shape Group(IEnumerable<QueryNode> children, bool all)
        {
            var terms = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            var others = new List<Shape>();
            void Add(QueryNode child)
            {
                switch (child)
                {
                    case TermNode term:
                        var field = term.Field ?? string.Empty;
                        if (!terms.TryGetValue(field, out var ids)) terms[field] = ids = [];
                        if (!ids.Contains(term.TermId)) ids.Add(term.TermId);
                        break;
                    case AndNode inner when all:
                        foreach (var c in inner.Items) Add(c);
                        break;
                    case OrNode either when !all:
                        foreach (var c in either.Items) Add(c);
                        break;
                    default:
                        others.Add(Of(child));
                        break;
                }
            }
            foreach (var child in children) Add(child);
            var parts = terms.Select(t => Terms(t.Key.Length == 0 ? null : t.Key, [.. t.Value], all)).Concat(others)
                .OrderBy(p => p.Cost).ToArray(); // stable: equal costs keep the query's order
            return parts.Length == 1 ? parts[0] : new Shape(all ? And : Or, [], parts, null, parts.Max(p => p.Cost) + 1);
        }

        private static Shape Terms(string? field, int[] ids, bool all)
        {
            var op = field switch
            {
                null => all ? AllTerms : AnyTerm,
                QueryFields.Title => all ? AllInTitle : AnyInTitle,
                _ => all ? AllInText : AnyInText,
            };
            return new Shape(op, ids, [], null, field is null ? 1 : 2);
        }
    }
}
