using System.Runtime.InteropServices;

namespace Watcher.Core.Matching.Query;

/// <summary>
/// Evaluates a parsed query against the term occurrences found in an item (<see cref="TermHits"/>), collecting the hits
/// that made it true. The work is proportional to the hits of the query's own terms: a term is a span lookup, NOT and
/// the sides of NEAR reuse per-thread buffers, and nothing is allocated per rule.
/// </summary>
public static class QueryEvaluator
{
    /// <summary>Hits kept per term for the explanation (NEAR still sees them all).</summary>
    public const int ExplainHitsPerTerm = 4;

    private const int MaxNearHits = 32;

    public static bool Evaluate(QueryNode node, TermHits hits, List<TermHit> found) =>
        Evaluate(node, hits, found, ExplainHitsPerTerm);

    /// <summary>Whether the query holds, without collecting the hits (what NOT needs).</summary>
    public static bool Holds(QueryNode node, TermHits hits)
    {
        switch (node)
        {
            case TermNode term:
                return Occurs(term, hits);
            case AndNode and:
                foreach (var child in and.Items)
                    if (!Holds(child, hits)) return false;
                return true;
            case OrNode or:
                foreach (var child in or.Items)
                    if (Holds(child, hits)) return true;
                return false;
            case NotNode not:
                return !Holds(not.Child, hits);
            case NearNode near:
                return Near(near, hits, null);
            default:
                return false;
        }
    }

    private static bool Evaluate(QueryNode node, TermHits hits, List<TermHit> found, int perTerm)
    {
        switch (node)
        {
            case TermNode term:
            {
                var kept = 0;
                foreach (var hit in hits.Of(term.TermId))
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
                foreach (var child in and.Items)
                    if (!Evaluate(child, hits, found, perTerm)) { found.RemoveRange(mark, found.Count - mark); return false; }
                return true;
            }
            case OrNode or:
            {
                var any = false;
                foreach (var child in or.Items) any |= Evaluate(child, hits, found, perTerm);
                return any;
            }
            case NotNode not:
                return !Holds(not.Child, hits);
            case NearNode near:
                return Near(near, hits, found);
            default:
                return false;
        }
    }

    private static bool Occurs(TermNode term, TermHits hits)
    {
        if (term.Field is null) return hits.Contains(term.TermId);
        foreach (var hit in hits.Of(term.TermId))
            if (term.Field == hit.Field) return true;
        return false;
    }

    /// <summary>Whether the NEAR holds, collecting nothing (what <see cref="CompiledQueries"/> calls).</summary>
    internal static bool Near(NearNode near, TermHits hits) =>
        near.LeftTerms is { } leftTerms && near.RightTerms is { } rightTerms
            ? Near(leftTerms, rightTerms, near.Distance, hits)
            : Near(near, hits, null);

    /// <summary>Whether some hit of a term of <paramref name="left"/> is within <paramref name="distance"/> of some hit of a
    /// term of <paramref name="right"/>, collecting nothing: a NEAR whose sides are terms or ORs of terms.</summary>
    internal static bool Near(ReadOnlySpan<int> left, ReadOnlySpan<int> right, int distance, TermHits hits)
    {
        // Most NEARs that fail have their sides in different sentences: a few bit operations tell (TermHits.Blocks).
        ulong leftBlocks = 0, rightBlocks = 0;
        foreach (var term in left) leftBlocks |= hits.Blocks(term);
        foreach (var term in right) rightBlocks |= hits.Blocks(term);
        if (!TermHits.MayBeNear(leftBlocks, rightBlocks)) return false;
        // Nothing is collected, and a pair is a pair whichever side it is read from: walk the side with fewer hits.
        if (Count(left, hits) > Count(right, hits))
        {
            var swap = left;
            left = right;
            right = swap;
        }
        var pairs = new PairSink(distance, null);
        foreach (var leftTerm in left)
            foreach (var l in hits.Of(leftTerm))
                foreach (var rightTerm in right)
                    if (hits.Contains(rightTerm) && pairs.Add(l, hits.Of(rightTerm), hits.Longest(rightTerm))) return true;
        return false;
    }

    private static int Count(ReadOnlySpan<int> terms, TermHits hits)
    {
        var count = 0;
        foreach (var term in terms) count += hits.Of(term).Length;
        return count;
    }

    [ThreadStatic] private static List<List<TermHit>>? t_buffers;
    [ThreadStatic] private static int t_depth;

    /// <summary>Both sides within the distance; adds up to <see cref="MaxNearHits"/> pairs to <paramref name="found"/> (none when null).</summary>
    private static bool Near(NearNode near, TermHits hits, List<TermHit>? found)
    {
        if (near.LeftTerms is { } leftTerms && near.RightTerms is { } rightTerms)
        {
            // The common case, with nothing copied: each side is a term or an OR of terms, read where the hits lie.
            var pairs = new PairSink(near.Distance, found);
            foreach (var leftTerm in leftTerms)
                foreach (var l in hits.Of(leftTerm))
                    foreach (var rightTerm in rightTerms)
                        if (hits.Contains(rightTerm) && pairs.Add(l, hits.Of(rightTerm), hits.Longest(rightTerm))) return true;
            return pairs.Any;
        }
        var buffers = t_buffers ??= [];
        var depth = t_depth;
        while (buffers.Count < 2 * depth + 2) buffers.Add([]);
        var leftBuffer = buffers[2 * depth];
        var rightBuffer = buffers[2 * depth + 1];
        t_depth = depth + 1;
        try
        {
            var left = Side(near.Left, hits, leftBuffer, sort: false);
            if (left.IsEmpty) return false;
            var right = Side(near.Right, hits, rightBuffer, sort: true);
            if (right.IsEmpty) return false;
            var longest = 0;
            foreach (var r in right) longest = Math.Max(longest, r.LastToken - r.FirstToken);
            var pairs = new PairSink(near.Distance, found);
            foreach (var l in left)
                if (pairs.Add(l, right, longest)) return true;
            return pairs.Any;
        }
        finally
        {
            leftBuffer.Clear();
            rightBuffer.Clear();
            t_depth = depth;
        }
    }

    /// <summary>All hits of one side of NEAR; a plain term is its span in the item's hits, anything else is collected.</summary>
    private static ReadOnlySpan<TermHit> Side(QueryNode node, TermHits hits, List<TermHit> buffer, bool sort)
    {
        ReadOnlySpan<TermHit> side;
        if (node is TermNode { Field: null } term) side = hits.Of(term.TermId);
        else
        {
            buffer.Clear();
            if (!Evaluate(node, hits, buffer, int.MaxValue)) return default;
            side = CollectionsMarshal.AsSpan(buffer);
        }
        if (!sort || IsSorted(side)) return side;
        // Each term's hits are in position order; an OR of several terms interleaves them.
        if (buffer.Count == 0) buffer.AddRange(side);
        var sorted = CollectionsMarshal.AsSpan(buffer);
        HitOrder.Sort(sorted, default(TermHits.ByPosition));
        return sorted;
    }

    /// <summary>Collects the pairs of a NEAR: up to <see cref="MaxNearHits"/> into the explanation.</summary>
    private ref struct PairSink(int distance, List<TermHit>? found)
    {
        private int _added;

        public bool Any { get; private set; }

        /// <summary>Pairs one left hit with the right hits (sorted by position) near it; true when the search can stop.</summary>
        public bool Add(in TermHit l, ReadOnlySpan<TermHit> right, int longest)
        {
            if (right.IsEmpty) return false;
            // right hits that start no earlier than (l.First - distance - longest right hit) and no later than (l.Last + distance + 1)
            var lo = LowerBound(right, l.InTitle, l.FirstToken - distance - longest - 1);
            for (var k = lo; k < right.Length && right[k].InTitle == l.InTitle && right[k].FirstToken <= l.LastToken + distance + 1; k++)
            {
                var r = right[k];
                var gap = l.FirstToken <= r.FirstToken ? r.FirstToken - l.LastToken - 1 : l.FirstToken - r.LastToken - 1;
                if (gap > distance || (l.TermId == r.TermId && r.FirstToken <= l.LastToken && l.FirstToken <= r.LastToken)) continue; // one occurrence is not two
                if (found is null) return true;
                Any = true;
                if (_added++ < MaxNearHits) { found.Add(l); found.Add(r); }
                else return true;
            }
            return false;
        }
    }

    private static bool IsSorted(ReadOnlySpan<TermHit> hits)
    {
        for (var k = 1; k < hits.Length; k++)
            if (TermHits.PositionKey(hits[k - 1]) > TermHits.PositionKey(hits[k])) return false;
        return true;
    }

    private static int Rank(bool inTitle) => inTitle ? 0 : 1;

    private static int LowerBound(ReadOnlySpan<TermHit> sorted, bool inTitle, int firstToken)
    {
        int lo = 0, hi = sorted.Length;
        var rank = Rank(inTitle);
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            var c = Rank(sorted[mid].InTitle).CompareTo(rank);
            if (c < 0 || (c == 0 && sorted[mid].FirstToken < firstToken)) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
