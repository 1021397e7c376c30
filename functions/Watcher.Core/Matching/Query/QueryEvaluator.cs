namespace Watcher.Core.Matching.Query;

/// <summary>Evaluates a parsed query against the term occurrences found in an item, collecting the hits that made it true.</summary>
public static class QueryEvaluator
{
    public static bool Evaluate(QueryNode node, IReadOnlyDictionary<int, List<TermHit>> hits, List<TermHit> found)
    {
        switch (node)
        {
            case TermNode term:
            {
                var any = false;
                if (hits.TryGetValue(term.TermId, out var list))
                    foreach (var hit in list)
                        if (term.Field is null || term.Field == hit.Field) { found.Add(hit); any = true; }
                return any;
            }
            case AndNode and:
            {
                var mark = found.Count;
                foreach (var child in and.Children)
                    if (!Evaluate(child, hits, found)) { found.RemoveRange(mark, found.Count - mark); return false; }
                return true;
            }
            case OrNode or:
            {
                var any = false;
                foreach (var child in or.Children) any |= Evaluate(child, hits, found);
                return any;
            }
            case NotNode not:
                return !Evaluate(not.Child, hits, []);
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
        if (!Evaluate(near.Left, hits, left) || !Evaluate(near.Right, hits, right)) return false;
        right.Sort((a, b) => a.Field != b.Field ? string.CompareOrdinal(a.Field, b.Field) : a.FirstToken.CompareTo(b.FirstToken));
        var maxSpan = right.Max(r => r.LastToken - r.FirstToken);
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
            }
        }
        return any;
    }

    private static int LowerBound(List<TermHit> sorted, string field, int firstToken)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            var c = string.CompareOrdinal(sorted[mid].Field, field);
            if (c < 0 || (c == 0 && sorted[mid].FirstToken < firstToken)) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
