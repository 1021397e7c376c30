namespace Watcher.Core.Matching;

/// <summary>
/// The term occurrences found in one item, grouped by term in scan order (title, then text): what the rules are evaluated
/// against; each term's hits are in position order (title, then text, by first token). Built by <see cref="RuleSet"/> in a buffer it reuses from item to item, so matching an item allocates nothing
/// for the hits; clearing touches only the terms that occurred, never every term of every rule.
/// </summary>
public sealed class TermHits
{
    private TermHit[] _scanned = new TermHit[64];
    private TermHit[] _grouped = new TermHit[64];
    private int _total;
    private int[] _start = [];
    private int[] _count = [];
    private int[] _longest = [];
    private long[] _lastKey = [];
    private bool[] _unordered = [];
    private ulong[] _blocks = [];
    private ulong[] _anywhere = [];
    private ulong[] _inTitle = [];
    private ulong[] _inText = [];
    private readonly List<int> _terms = [];

    /// <summary>The ids of the terms that occurred at least once, in the order they first occurred.</summary>
    public IReadOnlyList<int> Terms => _terms;

    public int Total => _total;

    internal ReadOnlySpan<int> TermSpan => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_terms);

    /// <summary>The occurrences of one term, in scan order; empty when it did not occur.</summary>
    public ReadOnlySpan<TermHit> Of(int termId) =>
        (uint)termId < (uint)_count.Length && _count[termId] > 0 ? _grouped.AsSpan(_start[termId], _count[termId]) : default;

    /// <summary>The most tokens beyond its first that one occurrence of the term spans (0 for single words).</summary>
    public int Longest(int termId) => (uint)termId < (uint)_count.Length && _count[termId] > 0 ? _longest[termId] : 0;

    /// <summary>Whether the term occurred (also a term only <see cref="Mark"/>ed, whose occurrences were not kept).</summary>
    public bool Contains(int termId) => (uint)termId < (uint)_count.Length && Occurred(termId);

    /// <summary>One bit per term id: whether it occurred anywhere, in the title, in the text.</summary>
    internal ReadOnlySpan<ulong> Anywhere => _anywhere;

    internal ReadOnlySpan<ulong> InTitle => _inTitle;

    internal ReadOnlySpan<ulong> InText => _inText;

    /// <summary>Where the term's kept hits lie, coarsely: one bit per block of <see cref="BlockWidth"/> positions (block
    /// number modulo 64) that a hit of the term covers. Two hits within a NEAR's reach (at most 100 words apart, plus the
    /// length of a hit) lie in the same or neighbouring blocks, so two terms whose bits are neither shared nor neighbours
    /// (<see cref="MayBeNear"/>) have no pair; hits in different sentences lie at least a thousand positions apart, in
    /// different blocks.</summary>
    internal ulong Blocks(int termId) => _blocks[termId];

    /// <summary>Positions per block of <see cref="Blocks"/>: more than a NEAR can reach (distance at most 100, plus one,
    /// plus the words of a hit).</summary>
    internal const int BlockShift = 8, BlockWidth = 1 << BlockShift;

    /// <summary>False when no hit in <paramref name="left"/>'s blocks can be within a NEAR's reach of one in
    /// <paramref name="right"/>'s (neither a shared block nor a neighbouring one).</summary>
    internal static bool MayBeNear(ulong left, ulong right) =>
        ((left | System.Numerics.BitOperations.RotateLeft(left, 1) | System.Numerics.BitOperations.RotateRight(left, 1)) & right) != 0;

    private static ulong BlockMask(int firstPosition, int lastPosition)
    {
        int first = firstPosition >> BlockShift, last = lastPosition >> BlockShift;
        return last - first >= 63 ? ulong.MaxValue : System.Numerics.BitOperations.RotateLeft((2UL << (last - first)) - 1, first);
    }

    /// <summary>Whether the term occurred: one bit test (term ids are below the rule set's term count).</summary>
    internal bool Occurred(int termId) => (_anywhere[termId >> 6] & (1UL << termId)) != 0;

    /// <summary>Whether the term occurred in the title (<paramref name="title"/>) or in the text.</summary>
    internal bool OccurredIn(int termId, bool title) => ((title ? _inTitle : _inText)[termId >> 6] & (1UL << termId)) != 0;

    /// <summary>Empties the buffer for a new item of a rule set with <paramref name="termCount"/> terms.</summary>
    internal void Reset(int termCount)
    {
        foreach (var term in _terms)
        {
            _count[term] = 0;
            _blocks[term] = 0;
            _anywhere[term >> 6] = _inTitle[term >> 6] = _inText[term >> 6] = 0;
        }
        _terms.Clear();
        _total = 0;
        if (_count.Length < termCount)
        {
            _anywhere = new ulong[(termCount + 63) >> 6];
            _inTitle = new ulong[_anywhere.Length];
            _inText = new ulong[_anywhere.Length];
            _count = new int[termCount];
            _blocks = new ulong[termCount];
            _start = new int[termCount];
            _longest = new int[termCount];
            _lastKey = new long[termCount];
            _unordered = new bool[termCount];
        }
    }

    /// <summary>Records that the term occurred in the title or the text, without keeping the occurrence (no positions: for
    /// terms only tested for presence). A term is either marked or added within one item, never both.</summary>
    internal void Mark(int term, bool title)
    {
        var bit = 1UL << term;
        ref var anywhere = ref _anywhere[term >> 6];
        if ((anywhere & bit) == 0)
        {
            anywhere |= bit;
            _terms.Add(term);
        }
        if (title) _inTitle[term >> 6] |= bit;
        else _inText[term >> 6] |= bit;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal void Add(TermHit hit)
    {
        var term = hit.TermId;
        var span = hit.LastToken - hit.FirstToken;
        var key = PositionKey(hit);
        var bit = 1UL << term;
        _blocks[term] |= BlockMask(hit.FirstToken, hit.LastToken);
        _anywhere[term >> 6] |= bit;
        if (key >> 32 == 0) _inTitle[term >> 6] |= bit;
        else _inText[term >> 6] |= bit;
        if (_count[term]++ == 0)
        {
            _terms.Add(term);
            _longest[term] = span;
            _unordered[term] = false;
        }
        else
        {
            if (span > _longest[term]) _longest[term] = span;
            if (key < _lastKey[term]) _unordered[term] = true; // "the chinese president" ends after "chinese" but starts before it
        }
        _lastKey[term] = key;
        if (_total == _scanned.Length) Grow();
        _scanned[_total++] = hit;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private void Grow() => Array.Resize(ref _scanned, _total * 2);

    /// <summary>Groups the scanned hits by term (a counting sort, stable, so each term keeps scan order).</summary>
    internal void Group()
    {
        if (_grouped.Length < _total) _grouped = new TermHit[_scanned.Length];
        var offset = 0;
        foreach (var term in _terms)
        {
            _start[term] = offset;
            offset += _count[term];
        }
        for (var i = 0; i < _total; i++)
        {
            var hit = _scanned[i];
            _grouped[_start[hit.TermId]++] = hit;
        }
        foreach (var term in _terms)
        {
            _start[term] -= _count[term];
            if (_unordered[term]) HitOrder.Sort(_grouped.AsSpan(_start[term], _count[term]), default(ByPosition));
        }
    }

    /// <summary>Title before text, then by first token: the order of every term's hits once grouped.</summary>
    internal static long PositionKey(in TermHit hit) =>
        ((long)(hit.InTitle ? 0 : 1) << 32) | (uint)hit.FirstToken;

    internal readonly struct ByPosition : IComparer<TermHit>
    {
        public int Compare(TermHit a, TermHit b) => PositionKey(a).CompareTo(PositionKey(b));
    }
}

/// <summary>Sorting the short hit lists of one item: insertion sort (stable) for a few, the framework's sort beyond.</summary>
internal static class HitOrder
{
    public static void Sort<TComparer>(Span<TermHit> hits, TComparer order) where TComparer : struct, IComparer<TermHit>
    {
        if (hits.Length > 24)
        {
            hits.Sort(order);
            return;
        }
        for (var i = 1; i < hits.Length; i++)
        {
            var hit = hits[i];
            var j = i - 1;
            while (j >= 0 && order.Compare(hits[j], hit) > 0)
            {
                hits[j + 1] = hits[j];
                j--;
            }
            hits[j + 1] = hit;
        }
    }
}
