namespace Watcher.Core.Matching.Query;

/// <summary>
/// A query compiled for deciding, many times over, whether it holds (what <see cref="QueryEvaluator.Holds"/> answers,
/// without walking the parsed tree): nested ANDs and ORs are flattened, the plain terms among an AND's or an OR's
/// children become one list of term ids tested against the item's term bits (<see cref="TermHits.Occurred"/>), the
/// cheap tests of an AND run before its NEARs (deciding has no side effects, so the order does not change the answer),
/// and a NEAR first checks with bit tests that both of its sides occur at all.
/// Built once per rule when the rule set is compiled; the term ids must already be assigned.
/// </summary>
internal abstract class CompiledQuery
{
    public abstract bool Holds(TermHits hits);

    /// <summary>Relative cost, to order an AND's children: bit tests first, NEARs last.</summary>
    protected abstract int Cost { get; }

    public static CompiledQuery Compile(QueryNode node) => node switch
    {
        TermNode term => Terms(term.Field, [term.TermId], all: false),
        AndNode and => Group(and.Items, all: true),
        OrNode or => Group(or.Items, all: false),
        NotNode not => new Not(Compile(not.Child)),
        NearNode near => new Near(near, Compile(near.Left), Compile(near.Right)),
        _ => throw new ArgumentException($"unknown query node {node.GetType().Name}", nameof(node)),
    };

    /// <summary>An AND (<paramref name="all"/>) or OR of children: their plain terms gathered per field into one test, nested
    /// groups of the same kind flattened.</summary>
    private static CompiledQuery Group(IEnumerable<QueryNode> children, bool all)
    {
        var terms = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var others = new List<CompiledQuery>();
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
                    others.Add(Compile(child));
                    break;
            }
        }
        foreach (var child in children) Add(child);
        var parts = terms.Select(t => Terms(t.Key.Length == 0 ? null : t.Key, [.. t.Value], all)).Concat(others)
            .OrderBy(p => p.Cost).ToArray(); // stable: equal costs keep the query's order
        if (parts.Length == 1) return parts[0];
        return all ? new All(parts) : new Any(parts);
    }

    private static CompiledQuery Terms(string? field, int[] ids, bool all) =>
        field is null ? (all ? new AllTerms(ids) : new AnyTerm(ids)) : new AnyTermIn(ids, field, all);

    /// <summary>At least one of the terms occurred (anywhere).</summary>
    private sealed class AnyTerm(int[] ids) : CompiledQuery
    {
        protected override int Cost => 1;

        public override bool Holds(TermHits hits)
        {
            foreach (var id in ids)
                if (hits.Occurred(id)) return true;
            return false;
        }
    }

    /// <summary>Every one of the terms occurred (anywhere).</summary>
    private sealed class AllTerms(int[] ids) : CompiledQuery
    {
        protected override int Cost => 1;

        public override bool Holds(TermHits hits)
        {
            foreach (var id in ids)
                if (!hits.Occurred(id)) return false;
            return true;
        }
    }

    /// <summary>One (or, with <c>all</c>, every one) of the terms occurred in the field.</summary>
    private sealed class AnyTermIn(int[] ids, string field, bool all) : CompiledQuery
    {
        private readonly bool _title = field == QueryFields.Title;

        protected override int Cost => 2;

        public override bool Holds(TermHits hits)
        {
            foreach (var id in ids)
                if (hits.OccurredIn(id, _title) != all) return !all;
            return all;
        }
    }

    private sealed class All(CompiledQuery[] parts) : CompiledQuery
    {
        protected override int Cost => parts.Max(p => p.Cost) + 1;

        public override bool Holds(TermHits hits)
        {
            foreach (var part in parts)
                if (!part.Holds(hits)) return false;
            return true;
        }
    }

    private sealed class Any(CompiledQuery[] parts) : CompiledQuery
    {
        protected override int Cost => parts.Max(p => p.Cost) + 1;

        public override bool Holds(TermHits hits)
        {
            foreach (var part in parts)
                if (part.Holds(hits)) return true;
            return false;
        }
    }

    private sealed class Not(CompiledQuery child) : CompiledQuery
    {
        protected override int Cost => child.Cost;

        public override bool Holds(TermHits hits) => !child.Holds(hits);
    }

    /// <summary>Both sides within the distance: only tried once both sides are known to hold at all.</summary>
    private sealed class Near(NearNode node, CompiledQuery left, CompiledQuery right) : CompiledQuery
    {
        protected override int Cost => 100;

        public override bool Holds(TermHits hits) => left.Holds(hits) && right.Holds(hits) && QueryEvaluator.Near(node, hits);
    }
}
