namespace Watcher.Core.Matching.Query;

/// <summary>Evaluates a parsed query against the term occurrences found in an item, collecting the hits that made it true.</summary>
public static class QueryEvaluator
{
    /// <summary>Hits kept per term for the explanation (NEAR still sees them all).</summary>
    public const int ExplainHitsPerTerm = 4;

    public static bool Evaluate(QueryNode node, IReadOnlyDictionary<int, List<TermHit>> hits, List<TermHit> found) =>
        Evaluate(node, hits, found, ExplainHitsPerTerm);

    private static bool Evaluate(QueryNode node, IReadOnlyDictionary<int, List<TermHit>> hits, List<TermHit> found, int perTerm)
    {
        switch (node)
        {
            case TermNode term:
            {
                var kept = 0;
                if (hits.TryGetValue(term.TermId, out var list))
                    foreach (var hit in list)
                        if (term.Field is null || term.Field == hit.Field)
                        {
                            found.Add(hit);
                            if (++kept >= perTerm) break;
                        }
                return kept > 0;
            }
            case AndNode and:
            {
                var mark = found.Count;
                foreach (var child in and.Children)
                    if (!Evaluate(child, hits, found, perTerm)) { found.RemoveRange(mark, found.Count - mark); return false; }
                return true;
            }
            case OrNode or:
            {
                var any = false;
                foreach (var child in or.Children) any |= Evaluate(child, hits, found, perTerm);
                return any;
            }
            case NotNode not:
                return !Evaluate(not.Child, hits, [], 1);
            case NearNode near:
                return Near(near, hits, found);
            default:
                return false;
        }
    }

    private const int MaxNearHits = 32;

    private static bool Near(NearNode near, IReadOnlyDictionary<int, List<TermHit>> hits, List<TermHit> found)
    {
        var left = new List<TermHit>();
        var right = new List<TermHit>();
        if (!Evaluate(near.Left, hits, left, int.MaxValue) || !Evaluate(near.Right, hits, right, int.MaxValue)) return false;
        // Hits arrive in scan order (title, then text, by token) unless an OR interleaved several terms.
        var maxSpan = 0;
        var sorted = true;
        for (var k = 0; k < right.Count; k++)
        {
            maxSpan = Math.Max(maxSpan, right[k].LastToken - right[k].FirstToken);
            if (k > 0 && Order(right[k - 1], right[k]) > 0) sorted = false;
        }
        if (!sorted) right.Sort(Order);
        var any = false;
        var added = 0;
        foreach (var l in left)
        {
            // right hits that start no earlier than (l.First - distance - span) and no later than (l.Last + distance + 1)
            var lo = LowerBound(right, l.Field, l.FirstToken - near.Distance - maxSpan - 1);
            for (var k = lo; k < right.Count && right[k].Field == l.Field && right[k].FirstToken <= l.LastToken + near.Distance + 1; k++)
            {
                var r = right[k];
                var gap = l.FirstToken <= r.FirstToken ? r.FirstToken - l.LastToken - 1 : l.FirstToken - r.LastToken - 1;
                if (gap > near.Distance || (l.TermId == r.TermId && r.FirstToken <= l.LastToken && l.FirstToken <= r.LastToken)) continue; // one occurrence is not two
                any = true;
                if (added++ < MaxNearHits) { found.Add(l); found.Add(r); }
                else return true;
            }
        }
        return any;
    }

    private static int Rank(string field) => field == QueryFields.Title ? 0 : 1;

    private static int Order(TermHit a, TermHit b) =>
        a.Field != b.Field ? Rank(a.Field).CompareTo(Rank(b.Field)) : a.FirstToken.CompareTo(b.FirstToken);

    private static int LowerBound(List<TermHit> sorted, string field, int firstToken)
    {
        int lo = 0, hi = sorted.Count;
        var rank = Rank(field);
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            var c = Rank(sorted[mid].Field).CompareTo(rank);
            if (c < 0 || (c == 0 && sorted[mid].FirstToken < firstToken)) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
