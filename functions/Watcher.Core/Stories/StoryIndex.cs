using System.Collections.Concurrent;

namespace Watcher.Core.Stories;

/// <summary>A story the index knows, with the fingerprint of the item that started it, or of a later copy that joined it
/// (<see cref="Copy"/>): a lookup may return one story several times, once per fingerprint it is known by.</summary>
public sealed record StoryCandidate(string StoryId, StoryFingerprint Fingerprint)
{
    public StoryFingerprint Fingerprint { get => _fingerprint; init { _fingerprint = value; Gate = value?.Gate ?? default; } }
    private readonly StoryFingerprint _fingerprint = Fingerprint;

    /// <summary>What <see cref="StoryMatcher.Score"/>'s first checks read of the fingerprint, kept in the candidate and set with
    /// it: a lookup settles most of its candidates from this alone (<see cref="StoryFingerprint.ScoreGate"/>). A field, so that
    /// the lookup reads it in place.</summary>
    internal readonly StoryFingerprint.ScoreGate Gate = Fingerprint?.Gate ?? default;

    public bool Copy { get; init; }

    /// <summary>
    /// The story as its first save writes it, when the index row is to stand for that save's timeline copy (a silent
    /// baseline's new story: <see cref="IStoryIndex.KeepsListings"/>); null otherwise. Not part of the fingerprint.
    /// </summary>
    public Watcher.Core.State.StoryRecord? Listing { get; init; }

    /// <summary>What an index knows an entry by: the story id, and a copy's tag (<see cref="StoryFingerprint.CopyTag"/>) after it.</summary>
    public static string EntryOf(string storyId, string? copyTag) => copyTag is null ? storyId : storyId + "\n" + copyTag;
}

/// <summary>
/// Lookup of stories by fingerprint keys (LSH band keys, headline key, URL key). Implementations store one row per
/// (key, story): a lookup reads the rows of the item's keys, so its cost does not grow with the number of stories.
/// </summary>
public interface IStoryIndex
{
    /// <param name="fresh">
    /// Read what other hosts added up to now, not only what this host knows (used under the creation lock). An index
    /// that mirrors storage in memory may otherwise answer from its mirror.
    /// </param>
    Task<IReadOnlyList<StoryCandidate>> CandidatesAsync(StoryFingerprint fingerprint, CancellationToken ct = default, bool fresh = false);

    /// <summary>
    /// Whether <see cref="AddManyAsync"/> keeps a candidate's <see cref="StoryCandidate.Listing"/> where the item store's
    /// <see cref="IItemStore.RecentStoriesAsync"/> reads it (the table index, in the storage account the table item store
    /// reads): the story's first save then needs no timeline copy of its own. An index that does not keeps none.
    /// </summary>
    bool KeepsListings => false;

    /// <summary>
    /// Where this index has the story's own row (not a copy's), as a token the item store's
    /// <see cref="IItemStore.GetStoryAsync(string, string?, CancellationToken)"/> reads the story's listing by; null when
    /// it does not know the story or keeps no listings.
    /// </summary>
    string? ListingOf(string storyId) => null;

    Task AddAsync(string storyId, StoryFingerprint fingerprint, CancellationToken ct = default);

    /// <summary>
    /// A later copy that joined the story in its own words: the story is found by its fingerprint too, so a third copy
    /// that resembles the second more than the first still finds it. At most <see cref="InMemoryStoryIndex.MaxCopies"/>
    /// per story are kept; an index that keeps none ignores them.
    /// </summary>
    Task AddCopyAsync(string storyId, StoryFingerprint fingerprint, CancellationToken ct = default) => Task.CompletedTask;

    /// <summary>Several stories (and copies) at once (an index on storage writes them in batches).</summary>
    async Task AddManyAsync(IReadOnlyList<StoryCandidate> stories, CancellationToken ct = default)
    {
        foreach (var story in stories)
        {
            if (story.Copy) await AddCopyAsync(story.StoryId, story.Fingerprint, ct);
            else await AddAsync(story.StoryId, story.Fingerprint, ct);
        }
    }

    /// <summary>
    /// Serialises story creation across pollers and hosts. A poller holds it from a second lookup that still finds no
    /// story to the new story's index rows, so sources that meet one breaking story in the same cycle agree on one
    /// story id (and so on one alert id) instead of each creating its own.
    /// </summary>
    Task<IAsyncDisposable> LockCreationAsync(CancellationToken ct = default);
}

public sealed class InMemoryStoryIndex : IStoryIndex
{
    private readonly SemaphoreSlim _creation = new(1, 1);

    public async Task<IAsyncDisposable> LockCreationAsync(CancellationToken ct = default)
    {
        await _creation.WaitAsync(ct);
        return new Release(_creation);
    }

    private sealed class Release(SemaphoreSlim semaphore) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) semaphore.Release();
            return ValueTask.CompletedTask;
        }
    }

    /// <summary>
    /// The most candidates one lookup returns. Stories written from one template (wire copy, agency releases) share
    /// band and fact keys by the thousand; the ones sharing the most keys with the item, and every exact headline or URL
    /// match, are the ones that can score: a near-duplicate shares most of its LSH bands, a chance collision one or two.
    /// </summary>
    public const int MaxCandidates = 256;

    /// <summary>
    /// The most bucket entries one lookup reads one by one. Buckets are read smallest first (a near-duplicate shares most
    /// of its original's keys, the rare ones included); once this many are read, a further bucket only adds to the counts
    /// of the candidates found so far, and not even that when they are more than <see cref="MaxCandidates"/>. Text
    /// written from templates (agency copy, generated releases) fills dozens of buckets with hundreds of stories each, and
    /// a lookup read thousands of entries to return 256 of them. Exact headline and URL keys are always read.
    /// </summary>
    public const int ReadBudget = 4 * MaxCandidates;

    /// <summary>
    /// Stories by ordinal (the order they were added). Buckets hold ordinals in ascending order, so a lookup counts shared
    /// keys in an array instead of hashing story ids, and tells whether a big bucket holds a story by a binary search.
    /// Writers take <see cref="_write"/>; a lookup takes no lock: this array only grows and a bucket only grows in place, each
    /// published (new array first, then the count) so that a reader never sees an ordinal whose story is not there yet. A
    /// story removed (<see cref="Remove"/>) leaves its ordinal unused (its candidate null, ordinals are not reused: buckets
    /// keep the order stories were added in) and goes from its buckets by replacing them, so a reader that holds one sees
    /// it unchanged.
    /// </summary>
    private Entry[] _stories = new Entry[16];

    /// <summary>A story and its id's first eight characters as a number, which orders ids as <see cref="string.CompareOrdinal(string, string)"/>
    /// does wherever they differ (equal numbers fall back to the ids): ranking a thousand candidates compares numbers.</summary>
    private readonly record struct Entry(StoryCandidate Candidate, ulong Order)
    {
        public static Entry Of(StoryCandidate candidate)
        {
            var order = 0UL;
            var id = candidate.StoryId;
            for (var i = 0; i < 8; i++) order = order << 8 | (i < id.Length ? Math.Min(id[i], (char)255) : 0UL);
            return new Entry(candidate, order);
        }

        public static int Compare(Entry a, Entry b) =>
            a.Order != b.Order ? a.Order.CompareTo(b.Order) : string.CompareOrdinal(a.Candidate.StoryId, b.Candidate.StoryId);
    }
    private int _count;
    /// <summary>How many entries the index holds (<see cref="_count"/> less those removed).</summary>
    private int _held;
    /// <summary>The keys each ordinal's story was added under (its fingerprint's, and a newer fingerprint's too if it was
    /// added again), for <see cref="Remove"/>; under the write lock.</summary>
    private IReadOnlyList<string>?[] _keysOf = new IReadOnlyList<string>?[16];
    private readonly Dictionary<string, int> _ordinals = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private readonly Lock _write = new();

    /// <summary>How many fingerprints the index holds (stories and their copies).</summary>
    public int Count => Volatile.Read(ref _held);

    /// <summary>How many distinct keys the stories the index holds are found by (its buckets).</summary>
    public int KeyCount => _buckets.Count;

    /// <summary>The ordinals of the stories sharing one key, ascending; appended under the index's write lock, read without one.</summary>
    private sealed class Bucket
    {
        private int[] _items = new int[4];
        private int _count;

        public int Count => Volatile.Read(ref _count);

        /// <summary>The ordinals as of now (the count first: the array read after it holds at least that many).</summary>
        public ReadOnlySpan<int> Items
        {
            get
            {
                var n = Volatile.Read(ref _count);
                return Volatile.Read(ref _items).AsSpan(0, n);
            }
        }

        public bool Contains(int ordinal) => Items.BinarySearch(ordinal) >= 0;

        /// <summary>The bucket without <paramref name="ordinal"/> (under the write lock): a new one, so readers of this one see
        /// it unchanged; this one if it does not hold it; null if it holds nothing else.</summary>
        public Bucket? Without(int ordinal)
        {
            var items = Items;
            var at = items.BinarySearch(ordinal);
            if (at < 0) return this;
            if (items.Length == 1) return null;
            var rest = new int[Math.Max(4, items.Length - 1)];
            items[..at].CopyTo(rest);
            items[(at + 1)..].CopyTo(rest.AsSpan(at));
            return new Bucket { _items = rest, _count = items.Length - 1 };
        }

        /// <summary>Adds an ordinal (under the write lock). A new story's is the highest and goes last; a story added
        /// again under new keys may be lower, and goes into a new array in its place, so readers never see a shifted one.</summary>
        public void Add(int ordinal)
        {
            var n = _count;
            var items = _items;
            if (n > 0 && items[n - 1] >= ordinal)
            {
                var at = items.AsSpan(0, n).BinarySearch(ordinal);
                if (at >= 0) return;
                at = ~at;
                var copy = new int[Math.Max(items.Length, n + 1)];
                Array.Copy(items, copy, at);
                copy[at] = ordinal;
                Array.Copy(items, at, copy, at + 1, n - at);
                Volatile.Write(ref _items, copy);
                Volatile.Write(ref _count, n + 1);
                return;
            }
            if (n == items.Length)
            {
                var grown = new int[n * 2];
                Array.Copy(items, grown, n);
                Volatile.Write(ref _items, grown);
                items = grown;
            }
            items[n] = ordinal;
            Volatile.Write(ref _count, n + 1);
        }
    }

    /// <summary>
    /// A lookup's tally, kept per thread and reused: shared-key counts by ordinal (0 = not found), the ordinals found in
    /// the order they were found, and which of them an exact key found. Cleared by the lookup that used it.
    /// </summary>
    private sealed class Tally
    {
        public int[] Shared = new int[64];
        public readonly List<int> Found = new(1_024);
        public readonly HashSet<int> Exact = [];

        /// <summary>The buckets of the item's keys (and whether each is an exact key), in the order they are read.</summary>
        public Bucket[] Buckets = new Bucket[64];
        public int[] Counts = new int[64];
        public bool[] IsExact = new bool[64];
        public long[] ReadOrder = new long[64];

        /// <summary>Scratch for <see cref="AddLowest"/>.</summary>
        public ulong[] Orders = new ulong[256];

        /// <summary>Scratch for <see cref="MostShared"/> and <see cref="AddLowest"/> (a template farm's lookup ranks thousands
        /// of stories at the cut: lists of them were most of what a lookup allocated). Emptied by <see cref="Clear"/>.</summary>
        public readonly List<Ranked> Higher = new(MaxCandidates);
        public readonly List<Entry> AtCut = [], Below = new(MaxCandidates), At = [];

        public void Clear()
        {
            foreach (var ordinal in Found) Shared[ordinal] = 0;
            Found.Clear();
            Exact.Clear();
            // the scratch lists hold stories only during a lookup (a pool thread would otherwise keep a dropped index's entries)
            Higher.Clear();
            AtCut.Clear();
            Below.Clear();
            At.Clear();
        }
    }

    [ThreadStatic] private static Tally? _tally;

    public Task<IReadOnlyList<StoryCandidate>> CandidatesAsync(StoryFingerprint fingerprint, CancellationToken ct = default, bool fresh = false)
    {
        // An empty index (a fresh host's mirror, a poll that added nothing yet) has no key to read.
        if (Count == 0) return Task.FromResult<IReadOnlyList<StoryCandidate>>([]);
        var stories = Volatile.Read(ref _stories);
        var tally = _tally ??= new Tally();
        try
        {
            // The item's buckets, smallest first (ties in key order): sorted as numbers, count and position packed in one.
            var keys = fingerprint.Keys();
            if (tally.Buckets.Length < keys.Count)
            {
                var size = Math.Max(keys.Count, 2 * tally.Buckets.Length);
                (tally.Buckets, tally.Counts, tally.IsExact, tally.ReadOrder) = (new Bucket[size], new int[size], new bool[size], new long[size]);
            }
            var n = 0;
            foreach (var key in keys)
            {
                if (!_buckets.TryGetValue(key, out var bucket)) continue;
                tally.Buckets[n] = bucket;
                tally.Counts[n] = bucket.Count;
                tally.IsExact[n] = key == fingerprint.TitleKey || key == fingerprint.UrlKey;
                tally.ReadOrder[n] = (long)tally.Counts[n] << 32 | (uint)n;
                n++;
            }
            Array.Sort(tally.ReadOrder, 0, n);
            var read = 0;
            var found = tally.Found;
            for (var k = 0; k < n; k++)
            {
                var at = (int)(tally.ReadOrder[k] & uint.MaxValue);
                var (bucket, count, isExact) = (tally.Buckets[at], tally.Counts[at], tally.IsExact[at]);
                var items = bucket.Items;
                // An ordinal published after the story array was read is left out (it was added during this lookup).
                if (items.Length > 0 && items[^1] >= stories.Length) stories = Volatile.Read(ref _stories);
                if (tally.Shared.Length < stories.Length) Array.Resize(ref tally.Shared, stories.Length);
                if (read + count > ReadBudget && found.Count > 0 && !isExact)
                {
                    if (found.Count > MaxCandidates) continue;
                    // Only the stories found so far count this bucket: a search each, or one pass over a bucket no bigger than that.
                    if (items.Length <= found.Count * 8)
                    {
                        foreach (var ordinal in items)
                            if (ordinal < tally.Shared.Length && tally.Shared[ordinal] > 0) tally.Shared[ordinal]++;
                    }
                    else
                    {
                        foreach (var ordinal in found)
                            if (items.BinarySearch(ordinal) >= 0) tally.Shared[ordinal]++;
                    }
                    continue;
                }
                read += count;
                foreach (var ordinal in items)
                {
                    if (ordinal >= tally.Shared.Length) continue;
                    if (tally.Shared[ordinal]++ == 0) found.Add(ordinal);
                    if (isExact) tally.Exact.Add(ordinal);
                }
            }
            return Task.FromResult<IReadOnlyList<StoryCandidate>>(found.Count <= MaxCandidates
                ? Held(found, stories)
                : MostShared(stories, tally));
        }
        finally
        {
            tally.Clear();
        }
    }

    /// <summary>The stories of the ordinals, in order; one removed while the lookup read its buckets (its candidate null) is left out.</summary>
    private static List<StoryCandidate> Held(List<int> ordinals, Entry[] stories)
    {
        var result = new List<StoryCandidate>(ordinals.Count);
        foreach (var ordinal in ordinals)
            if (stories[ordinal].Candidate is { } candidate) result.Add(candidate);
        return result;
    }

    /// <summary>
    /// Exact matches, then the stories sharing the most keys (ties by id, so a lookup is repeatable), up to
    /// <see cref="MaxCandidates"/>: every story above the share count where the cut falls, and those at it by id.
    /// </summary>
    private static List<StoryCandidate> MostShared(Entry[] stories, Tally tally)
    {
        var take = Math.Max(MaxCandidates, tally.Exact.Count);
        var result = new List<StoryCandidate>(take);
        var anyExact = tally.Exact.Count > 0;
        if (anyExact)
        {
            var exact = tally.Exact.Select(ordinal => stories[ordinal]).Where(e => e.Candidate is not null).ToArray();
            Array.Sort(exact, Entry.Compare);
            foreach (var e in exact.Take(take)) result.Add(e.Candidate);
            if (result.Count >= take) return result;
        }
        // How many of the others share each count of keys; the cut is the count at which the take is reached.
        var most = 0;
        foreach (var ordinal in tally.Found) most = Math.Max(most, tally.Shared[ordinal]);
        var byShared = new int[1 + most];
        foreach (var ordinal in tally.Found)
            if (!anyExact || !tally.Exact.Contains(ordinal)) byShared[tally.Shared[ordinal]]++;
        var room = take - result.Count;
        var cut = most;
        for (var above = 0; cut > 0 && above + byShared[cut] < room; cut--) above += byShared[cut];
        var (higher, atCut) = (tally.Higher, tally.AtCut); // empty: Tally.Clear ends every lookup
        foreach (var ordinal in tally.Found)
        {
            var shared = tally.Shared[ordinal];
            if (shared < cut || anyExact && tally.Exact.Contains(ordinal) || stories[ordinal].Candidate is null) continue;
            if (shared > cut) higher.Add(new Ranked(shared, stories[ordinal]));
            else atCut.Add(stories[ordinal]);
        }
        higher.Sort();
        foreach (var ranked in higher) result.Add(ranked.Story.Candidate);
        AddLowest(atCut, take - result.Count, result, tally);
        return result;
    }

    /// <summary>A story sharing <see cref="Shared"/> keys with the item: more first, then by id (sorted without a delegate).</summary>
    private readonly record struct Ranked(int Shared, Entry Story) : IComparable<Ranked>
    {
        public int CompareTo(Ranked other) => Shared != other.Shared ? other.Shared.CompareTo(Shared) : Entry.Compare(Story, other.Story);
    }

    /// <summary>The <paramref name="count"/> stories of <paramref name="stories"/> with the lowest ids, in id order: the
    /// count-th lowest id number found by selection, the stories below it sorted, and those at it compared by id.</summary>
    private static void AddLowest(List<Entry> stories, int count, List<StoryCandidate> result, Tally tally)
    {
        if (count <= 0 || stories.Count == 0) return;
        var threshold = ulong.MaxValue;
        if (count < stories.Count)
        {
            if (tally.Orders.Length < stories.Count) tally.Orders = new ulong[Math.Max(stories.Count, 2 * tally.Orders.Length)];
            for (var i = 0; i < stories.Count; i++) tally.Orders[i] = stories[i].Order;
            threshold = Select(tally.Orders, stories.Count, count - 1);
        }
        var (below, at) = (tally.Below, tally.At); // empty: Tally.Clear ends every lookup
        foreach (var story in stories)
        {
            if (story.Order < threshold) below.Add(story);
            else if (story.Order == threshold) at.Add(story);
        }
        below.Sort(Entry.Compare);
        foreach (var story in below) result.Add(story.Candidate);
        if (at.Count == 0) return;
        at.Sort(Entry.Compare);
        for (var i = 0; i < at.Count && below.Count + i < count; i++) result.Add(at[i].Candidate);
    }

    /// <summary>The <paramref name="k"/>-th lowest (from 0) of the first <paramref name="n"/> numbers (reorders them).</summary>
    private static ulong Select(ulong[] a, int n, int k)
    {
        int lo = 0, hi = n - 1;
        while (lo < hi)
        {
            var pivot = a[lo + (hi - lo) / 2];
            int i = lo, j = hi;
            while (i <= j)
            {
                while (a[i] < pivot) i++;
                while (a[j] > pivot) j--;
                if (i <= j) (a[i], a[j], i, j) = (a[j], a[i], i + 1, j - 1);
            }
            if (k <= j) hi = j;
            else if (k >= i) lo = i;
            else return a[k];
        }
        return a[k];
    }

    public Task AddAsync(string storyId, StoryFingerprint fingerprint, CancellationToken ct = default)
    {
        Add(storyId, new StoryCandidate(storyId, fingerprint));
        return Task.CompletedTask;
    }

    /// <summary>The most copies a story is found by besides its first item: rewrites (a release, a wire, an analysis, a
    /// headline alone) each bring words and keys of their own; the twentieth copy brings nothing new.</summary>
    public const int MaxCopies = 4;

    private readonly Dictionary<string, int> _copies = new(StringComparer.Ordinal);

    /// <summary>Kept under its own entry (the story id and the copy's <see cref="StoryFingerprint.CopyTag"/>), up to
    /// <see cref="MaxCopies"/> per story; a copy added again (another host, a retried write) is kept once.</summary>
    public Task AddCopyAsync(string storyId, StoryFingerprint fingerprint, CancellationToken ct = default)
    {
        var entry = StoryCandidate.EntryOf(storyId, fingerprint.CopyTag);
        lock (_write)
        {
            if (_ordinals.ContainsKey(entry) || _copies.GetValueOrDefault(storyId) >= MaxCopies) return Task.CompletedTask;
            _copies[storyId] = _copies.GetValueOrDefault(storyId) + 1;
            Add(entry, new StoryCandidate(storyId, fingerprint) { Copy = true });
        }
        return Task.CompletedTask;
    }

    /// <summary>How many copies of the story the index keeps.</summary>
    public int CopiesOf(string storyId)
    {
        lock (_write) return _copies.GetValueOrDefault(storyId);
    }

    private void Add(string entry, StoryCandidate candidate)
    {
        var fingerprint = candidate.Fingerprint;
        lock (_write)
        {
            if (_ordinals.TryGetValue(entry, out var ordinal))
            {
                // Added again (a newer fingerprint): the story answers with it, under its old keys and its new ones.
                _stories[ordinal] = _stories[ordinal] with { Candidate = candidate };
            }
            else
            {
                ordinal = _count;
                if (ordinal == _stories.Length)
                {
                    var grown = new Entry[ordinal * 2];
                    Array.Copy(_stories, grown, ordinal);
                    Volatile.Write(ref _stories, grown);
                    Array.Resize(ref _keysOf, ordinal * 2);
                }
                _stories[ordinal] = Entry.Of(candidate);
                _ordinals[entry] = ordinal;
                Volatile.Write(ref _count, ordinal + 1);
                Volatile.Write(ref _held, _held + 1);
            }
            var keys = fingerprint.Keys();
            foreach (var key in keys)
                _buckets.GetOrAdd(key, _ => new Bucket()).Add(ordinal);
            // a story added again is found by its old keys too, and leaves them all when it is removed
            _keysOf[ordinal] = _keysOf[ordinal] is { } before && !ReferenceEquals(before, keys) ? [.. before.Union(keys, StringComparer.Ordinal)] : keys;
        }
    }

    /// <summary>
    /// Takes a story (or, with <paramref name="copyTag"/>, one of its copies: <see cref="StoryFingerprint.CopyTag"/>) out of
    /// the index: out of every bucket it is in (a bucket left empty leaves the map), and out of its story's copies. A lookup
    /// then answers as an index that never held it. False if the index does not hold it.
    /// </summary>
    public bool Remove(string storyId, string? copyTag = null)
    {
        var entry = StoryCandidate.EntryOf(storyId, copyTag);
        lock (_write)
        {
            if (!_ordinals.Remove(entry, out var ordinal)) return false;
            foreach (var key in _keysOf[ordinal]!)
            {
                if (!_buckets.TryGetValue(key, out var bucket)) continue;
                var rest = bucket.Without(ordinal);
                if (rest is null) _buckets.TryRemove(key, out _);
                else if (!ReferenceEquals(rest, bucket)) _buckets[key] = rest;
            }
            _keysOf[ordinal] = null;
            // the entry keeps its order number (a lookup that read a bucket before this may still meet the ordinal), not the story
            _stories[ordinal] = _stories[ordinal] with { Candidate = null! };
            Volatile.Write(ref _held, _held - 1);
            if (copyTag is not null && _copies.TryGetValue(storyId, out var copies))
            {
                if (copies > 1) _copies[storyId] = copies - 1;
                else _copies.Remove(storyId);
            }
            return true;
        }
    }
}

/// <summary>
/// Decides which known story an item belongs to. Evidence, strongest first: the same headline or URL; a similar text
/// (MinHash of normalised content words); the same headline words (a rewrite keeps most of them); a headline alone
/// that its article contains. Shared lede facts (a tariff measure, a meeting's participants) strengthen a match; facts
/// that all disagree, or a headline naming a country the other item never mentions, weaken it and rule the weaker kinds out.
/// </summary>
public sealed class StoryMatcher(IStoryIndex index, double threshold = StoryMatcher.DefaultThreshold)
{
    public const double DefaultThreshold = 0.3;

    /// <summary>How much a shared extracted fact adds to the similarity (and a complete disagreement takes away).</summary>
    public const double FactWeight = 0.15;

    /// <summary>
    /// Below this text similarity a shared fact adds nothing: facts confirm a textual match, they cannot make one out of
    /// the background every story on a topic repeats ("…in retaliation for Canada's 100% tariff on EVs").
    /// </summary>
    public const double FactFloor = 0.15;

    /// <summary>
    /// Lede tariff measures that all disagree (another rate, partner or product) make two items different news unless their
    /// text is a near-verbatim copy (the extractor misread one of them): wire templates ("…said on Monday it will apply
    /// a 25% tariff on imports of…") make unrelated stories share half their words (the peer farm merged 14% of them).
    /// </summary>
    public const double NearVerbatim = 0.8;

    /// <summary>Headlines sharing this share of their content words (Jaccard) report the same story, unless facts or
    /// countries say otherwise.</summary>
    public const double TitleBar = 0.35;

    /// <summary>Headlines sharing this share of their content words report the same story when the items also share a
    /// lede fact.</summary>
    public const double TitleWithFactBar = 0.2;

    /// <summary>An item this short (content words) is a headline, or little more: it is compared by how much of it the
    /// other item contains. Shorter than <see cref="MinShortWords"/> it says too little to join anything by words alone.</summary>
    public const int ShortWords = 15;

    public const int MinShortWords = 5;

    /// <summary>A headline of this many content words ("Import duty on bicycles scrapped", "CARICOM leaders gather in St Kitts")
    /// is compared by containment too, but only when the other item contains nearly all of it (<see cref="FullContainment"/>):
    /// three of four words are a template ("Import duty on … scrapped") with another product.</summary>
    public const int MinHeadlineWords = 4;

    /// <summary>How much of a headline shorter than <see cref="MinShortWords"/> the other item must contain to be its story.</summary>
    public const double FullContainment = 0.9;

    /// <summary>Containment above this, less <see cref="ContainmentDiscount"/>, is the score of a headline in its article.</summary>
    public const double ContainmentDiscount = 0.3;

    /// <summary>
    /// The story the item belongs to: of the stories it matches, the one most of whose copies it matches, then the best
    /// match. A headline may match a copy that was split from its story (a live blog's first line) better than the story's
    /// wire and release; the story its copies confirm is the one the headline reports, whichever arrived first. A
    /// near-verbatim match comes first of all.
    /// </summary>
    public async Task<string?> FindAsync(StoryFingerprint fingerprint, CancellationToken ct = default, bool fresh = false) =>
        Pick(fingerprint, await index.CandidatesAsync(fingerprint, ct, fresh));

    /// <summary>
    /// The story <paramref name="fingerprint"/> belongs to among <paramref name="candidates"/> only, as <see cref="FindAsync"/>
    /// chooses it: for a second look at stories added since a first one found nothing (<see cref="Pipeline.BaselineBatch"/>).
    /// </summary>
    public string? FindAmong(StoryFingerprint fingerprint, IReadOnlyList<StoryCandidate> candidates) => Pick(fingerprint, candidates);

    private string? Pick(StoryFingerprint fingerprint, IReadOnlyList<StoryCandidate> candidates)
    {
        var best = (Id: (string?)null, Verbatim: false, Copies: 0, Score: 0.0);
        List<(string Id, double Score)>? matches = null;
        // (a candidate whose gate shows Score 0 is below any positive threshold: its fingerprint and signature are not read)
        var gate = fingerprint.Gate;
        var gated = threshold > 0;
        // (a span when the lookup answered a list, as the indexes do: a foreach over the IReadOnlyList boxes its enumerator,
        // and an index loop through it calls through the interface twice per candidate)
        if (candidates is List<StoryCandidate> answered)
            foreach (var candidate in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(answered)) Consider(candidate);
        else
            for (var i = 0; i < candidates.Count; i++) Consider(candidates[i]);
        void Consider(StoryCandidate candidate)
        {
            if (gated && gate.ProvesZero(in candidate.Gate)) return;
            var score = Score(fingerprint, candidate.Fingerprint);
            if (score >= threshold) (matches ??= []).Add((candidate.StoryId, score));
        }
        if (matches is null) return null;
        foreach (var (id, score) in matches)
        {
            var copies = 0;
            foreach (var m in matches) if (m.Id == id) copies++;
            // a near-verbatim copy (the same headline or link, text copied almost word for word) names its story whatever else
            // matches more copies: a republished story whose lede recalls the measure it answers is no copy of that measure's story
            var verbatim = score >= NearVerbatim;
            if (verbatim != best.Verbatim ? verbatim
                : copies > best.Copies || (copies == best.Copies && (score > best.Score || (score == best.Score && string.CompareOrdinal(id, best.Id) < 0))))
                best = (id, verbatim, copies, score);
        }
        _matched.AddOrUpdate(fingerprint, new Matched(best.Id!, best.Score));
        return best.Id;
    }

    /// <summary>What the last lookup of a fingerprint found, and how well it matched (read by <see cref="AddCopyAsync"/>).</summary>
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<StoryFingerprint, Matched> _matched = [];

    private sealed record Matched(string StoryId, double Score);

    /// <summary>
    /// An item that joined a story in words of its own: the story is found by its fingerprint as well from now on (a
    /// third copy may resemble the second more than the first). A near-verbatim copy (it matched at
    /// <see cref="NearVerbatim"/> or more) adds nothing and is not kept, nor is one this matcher did not find in the story.
    /// </summary>
    public Task AddCopyAsync(string storyId, StoryFingerprint fingerprint, CancellationToken ct = default) =>
        _matched.TryGetValue(fingerprint, out var matched) && matched.StoryId == storyId && matched.Score < NearVerbatim
            ? index.AddCopyAsync(storyId, fingerprint, ct)
            : Task.CompletedTask;

    // Optimised on its first call: a fresh host's baseline scores ~2.5 M pairs, and spent half of it in the unoptimised
    // first-tier code while the JIT kept delaying the tier-up (docs/benchmarks.md, "Session 9 (base11)").
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static double Score(StoryFingerprint a, StoryFingerprint b)
    {
        if (a.SameUrlKey(b)) return 1;
        // One headline is one story, unless the items say whose measures they report and differ (see below) and their texts are
        // no near-verbatim copy, or neither has a text beyond the headline: a generic brief ("Cooking oil duty hiked to 40pc") in
        // two countries' papers is two decisions; a wire's copy, text and all, stays one story.
        if (a.SameTitleKey(b))
            return a.HomesDiffer(b) && ((a.HeadlineOnly && b.HeadlineOnly) || a.SimilarityBelow(b, NearVerbatim)) ? 0 : 1;
        // Items that say whose measures they report, and name different countries (or their outlets are in different countries
        // and neither names one), report different decisions however many goods words they share ("Govt raises duty on
        // imported cooking oil" in Harare and in Lilongwe), unless the texts are a near-verbatim copy (one of them misread).
        if (a.HomesDiffer(b) && a.SimilarityBelow(b, NearVerbatim)) return 0;
        var facts = Facts(a, b);
        // One imposer's every-origin measures at one rate on goods in general ("m:US>*:25#good") agree with each of its
        // same-rate measures, a week apart on other goods ("… Adjusts Imports of Processed Critical Minerals" / "Trump slaps
        // 25% tariff on polysilicon"): such a fact confirms nothing under headlines that share no word of their topic.
        if (facts > 0 && StatesMeasure(a) && StatesMeasure(b) && !SharedPartnerOrGoodsMeasure(a, b) && !SharedMeeting(a, b)
            && a.TitleSimilarity(b) < TitleWithFactBar && !a.HeadlinesShareAWordOfTheirTopic(b)) facts = 0;
        // The extractor misreads a measure's direction and names its product in the outlet's own words ("chips" /
        // "semiconductors", "cars" / "goods"): ledes whose measures share a rate between the same parties, in either
        // direction, say nothing either way, unless a headline names a product of its own lede measure that the other does not.
        // A headline naming the other's goods too names one product twice ("EU locks in sweetener duties: what the sucralose
        // tariffs mean for food makers" over a lede reading "sweetener", beside "… anti-dumping duties on sucralose from China").
        if (facts < 0 && MeasuresLooselyAgree(a, b) && !(a.HeadlineNamesOwnProduct(b) && !a.HeadlineNamesProductOf(b))
            && !(b.HeadlineNamesOwnProduct(a) && !b.HeadlineNamesProductOf(a))) facts = 0;
        // A correction of the other's rate, or the top of a ruling's rate list beside one exporter's rate from it, is the same
        // measure told again, not a second one (see StoryFingerprint.CorrectsMeasureOf, HeadlineTopRateListedBy).
        if (facts < 0 && (a.CorrectsMeasureOf(b) || b.CorrectsMeasureOf(a) || a.HeadlineTopRateListedBy(b) || b.HeadlineTopRateListedBy(a))) facts = 0;
        // A foreign headline alone stating the other item's measure at its amount to the cent, between the same parties, names its goods
        // in its own language ("hieleras" / "cooler boxes"): the measures do not disagree, and the foreign copy rule below decides (see
        // StoryFingerprint.ForeignAmountMeasureOf).
        if (facts < 0 && (a.ForeignAmountMeasureOf(b) || b.ForeignAmountMeasureOf(a))) facts = 0;
        // Two ledes stating one schedule of rates, of which the extractor read other lines from each (see
        // StoryFingerprint.StatesRatesOfMeasures), do not disagree.
        if (facts < 0 && a.StatesRatesOfMeasures(b) && b.StatesRatesOfMeasures(a)) facts = 0;
        // Both ledes state tariff measures and none of them agree: facts < 0 here says no lede fact of one agrees with one of
        // the other's (Facts), so the measures conflict when each lede states one.
        var conflict = facts < 0 && StatesMeasure(a) && StatesMeasure(b);
        // Lede measures that all disagree, in texts that are no near-verbatim copy, are different news whatever else the items
        // share (the rules below would score 0): most candidates of a lookup end here, before the costlier headline checks.
        if (conflict && (a.SimilarityBelow(b, NearVerbatim) || a.HeadlinesNameOtherProducts(b))) return 0;
        if (a.HeadlinesNameOtherOccasion(b)) return 0;
        // two headlines naming their summits by two names: two summits (see StoryFingerprint.NamesOtherSummit)
        if (a.NamesOtherSummit(b)) return 0;
        // Two trade items each stating a decision's figures with decimals (margins, specific rates), none of them the other's,
        // and no lede fact in common, are two decisions however much of one agency's template their texts share ("Commerce
        // Issues Preliminary Determinations … of Aluminum Ladders …" / "Commerce Finds Dumping of Porcelain Dinnerware …"),
        // when their goods differ too (two outlets' copies of one ruling may quote different firms' rates), unless the texts
        // are a near-verbatim copy.
        if (facts <= 0 && a.IsTradeHeadline && b.IsTradeHeadline && a.StatesOtherFigures(b) && a.LedesNameOtherGoods(b)
            && a.SimilarityBelow(b, NearVerbatim)) return 0;
        // Two rulings' releases of one template naming other goods' nouns ("… on plastic laundry baskets from China" / "… on
        // stainless steel pet bowls from China"), no lede fact, figure or rate in common: two rulings, where no home tells them
        // apart (see StoryFingerprint.NamesOtherGoodsNouns).
        if (facts <= 0 && a.NamesOtherGoodsNouns(b) && a.SimilarityBelow(b, NearVerbatim)) return 0;
        // A headline's rate is its news: an item that states rates, none of them that one and none the headline's item
        // states, reports another decision ("MPs pass 25pc duty on imported sugar" / "… a customs duty at the rate of 20
        // percent shall be applied to white sugar"), unless its text is a near-verbatim copy.
        if ((a.HeadlineRateNotIn(b) || b.HeadlineRateNotIn(a)) && a.SharedRates(b) == 0 && a.SimilarityBelow(b, NearVerbatim)) return 0;
        // A digest's lede restates the period's decisions, each another story's (a quarterly review, a weekly brief): it joins
        // no story, nor any story it, unless its text is a near-verbatim copy.
        if (a.IsDigestHeadline != b.IsDigestHeadline && a.SimilarityBelow(b, NearVerbatim)) return 0;
        // (so does a round-up of several countries' own duties, whatever its headline: StoryFingerprint.IsRoundUp)
        if (a.IsRoundUp != b.IsRoundUp && a.SimilarityBelow(b, NearVerbatim)) return 0;
        // Each headline names a party the other item never mentions (another importer's ruling on one product, one
        // importer's rulings on two origins): different news, however much of one wire template their texts share.
        if (a.HeadlinesNameOtherParties(b)) return 0;
        // Two budget headlines sharing only the budget's own words ("Budget Speech 2027: Tax measures (extract)" / "2027 Budget
        // Statement: Fiscal measures (extract)"), with no home in common, no lede fact, no distinctive figure and no schedule of
        // lede rates shared (two rates: "Newsprint: customs duty cut to 10% from 25%" is one budget's line however it is told),
        // are two governments' budgets (or not known to be one), unless the texts are a near-verbatim copy. (That exception
        // lets a copy past this rule only: one speech under "Budget Speech 2031: Tax measures (extract)" and "Budget 2031: Tax
        // measures (full text)" is still split below by HeadlinesNameOnlyOtherTopics, which reads "speech, extract" / "full,
        // text" as two topics, with a home in common too; BudgetWordsAloneTests.A_copy_passes_the_budget_rule_but_not_the_template_rule.)
        if (facts <= 0 && a.HeadlinesShareOnlyABudgetsWords(b) && a.SharedFigures(b) == 0 && a.SharedRates(b) < 2 && a.SimilarityBelow(b, NearVerbatim)) return 0;
        // Headlines naming two kinds of duty (an excise, an import duty, an export duty) with no lede fact in common are one
        // government's two measures, unless the texts are a near-verbatim copy.
        if (facts <= 0 && a.HeadlinesNameOtherDutyKind(b) && a.SimilarityBelow(b, NearVerbatim)) return 0;
        // Headlines of one template naming other goods, and no lede measure of named goods in common: two of one imposer's
        // measures, however near-verbatim the rest of their text (a release template, a gazette's every-origin notices).
        if (a.HeadlinesNameOnlyOtherTopics(b) && !SharedPartnerOrGoodsMeasure(a, b)) return 0;
        // Two headlines in other languages sharing only a duty's phrase ("Fin des droits de douane sur les congélateurs" / "Haïti : droit
        // de douane de 15% sur les haricots rouges suspendu") and no lede fact are two decisions, however alike their few words.
        if (facts <= 0 && a.HeadlinesShareOnlyForeignDutyPhrase(b) && a.SimilarityBelow(b, NearVerbatim)) return 0;
        var similarity = a.Similarity(b);
        // A summit has many participants and outlets name different ones ("Modi welcomes BRICS leaders … Lula, Ramaphosa
        // and Li Qiang" / "BRICS summit opens … Putin by video, China represented by Li Qiang"): under headlines naming
        // one forum, meetings that differ in who is named are not different news.
        if (facts < 0 && !conflict && a.HeadlinesNameSameForum(b)) facts = 0;
        // A headline that names the other item's lede measure (its target and product, its imposer or the institution
        // acting for it) confirms it as a shared fact would, when the extractor read no rate from its own lede
        // ("Foil makers cheer as Centre slaps five-year duty on Chinese imports" / "India imposes … duty of up to 37.4% on
        // aluminium foil imported from China").
        if (facts == 0 && (a.HeadlineNamesMeasureOf(b) || b.HeadlineNamesMeasureOf(a))) facts = 1;
        // A meeting headline naming both leaders of the other item's lede meeting confirms it the same way ("Erdoğan hosts
        // Malaysia's Anwar, eyes deeper defense ties" / "Anwar, Erdoğan agree to lift bilateral trade to US$10 billion"), when
        // both or neither headline puts it at a forum (a meeting on a summit's sidelines is another occasion).
        var namedMeeting = facts == 0 && a.NamesForum == b.NamesForum && a.IsMinisterialHeadline == b.IsMinisterialHeadline
            && (a.HeadlineNamesMeetingOf(b) || b.HeadlineNamesMeetingOf(a));
        if (namedMeeting) facts = 1;
        // A lede fact under a headline about something else is background ("Bergen shipyard orders rise in May" over "…helped
        // by the EU's cut of its duty on Norwegian salmon to 6.2%"): it confirms nothing unless the headlines share a word.
        // A live blog's headline names the blog, not its entry: its lede entry's measure is what it reports.
        var liveMeasure = facts > 0 && a.IsLiveHeadline != b.IsLiveHeadline && SharedNamedMeasure(a, b);
        if (facts > 0 && !liveMeasure && (a.HeadlineOffTopic || b.HeadlineOffTopic) && !a.HeadlinesRelated(b)) facts = 0;
        var score = facts switch
        {
            > 0 => similarity >= FactFloor ? similarity + FactWeight : similarity,
            < 0 => similarity - FactWeight,
            _ => similarity,
        };
        if (!a.EntitiesCompatible(b)) return facts < 0 ? 0 : score - FactWeight; // both say different news
        if (facts < 0) return score;
        var title = a.TitleSimilarity(b);
        // Headline words alone say one story only when they include a word of its topic: "Türkiye imposes anti-dumping
        // duties on cold-rolled steel from China" and "Commission imposes definitive anti-dumping duties on tinplate from
        // China" share half their words, all of them the vocabulary of every trade-remedy story.
        // Headlines sharing this much of one template name their goods in the words they do not share: when one names its own
        // lede measure's goods and the other none of them but words of its own, and no lede fact is shared, they are one
        // imposer's rulings on two goods ("NTC imposes anti-dumping duty on hydrogen peroxide from China" / "NTC imposes
        // provisional anti-dumping duty on polyester film from China, UAE": the agency is all they share besides the
        // template), unless the texts are a near-verbatim copy.
        if (facts == 0 && title >= TitleBar && a.HeadlinesNameOtherGoods(b) && a.SimilarityBelow(b, NearVerbatim)) return 0;
        // Two summits' headlines written alike share the words of any summit ("Niamey hosts the second summit of heads of state of
        // the Confederation of Sahel States" / "Yamoussoukro hosts the summit of heads of state of the Council of the Entente"):
        // those are no topic (see StoryFingerprint.HeadlinesShareOnlyMeetingWords).
        if (title >= TitleBar && a.HeadlinesShareATopicWord(b) && !a.HeadlinesShareOnlyMeetingWords(b)) score = Math.Max(score, title);
        // Headlines that share some of their words and a lede fact (the same measure, the same leaders meeting) are one
        // story told differently: an analysis or a five-word headline shares too few words with the wire copy otherwise.
        else if (facts > 0 && title >= TitleWithFactBar) score = Math.Max(score, title + FactWeight);
        // A release and a wire that share the lede measure (imposer, target, rate, product) and a word of its topic in their
        // headlines ("U.S., EU strike steel quota deal, halving tariff on European metal" / "Commission welcomes arrangement
        // with the United States on steel and aluminium") are one story however differently they are written: a measure
        // with its rate is announced once, and its background mentions rarely share the headline's product.
        else if (facts > 0 && SharedMeasure(a, b) && a.HeadlinesShareAWordOfTheirTopic(b)) score = Math.Max(score, TitleWithFactBar + FactWeight);
        // Two ledes reporting the same meeting (the same two or more leaders or delegations) under headlines that name
        // the same parties are one visit or summit told by two outlets ("Putin arrives in New Delhi for summit with
        // Modi" / "Putin, Modi start talks in New Delhi"), however few words they share: a meeting lasts a day or two.
        else if (facts > 0 && SharedMeeting(a, b) && a.HeadlinesNameSameParties(b)) score = Math.Max(score, TitleWithFactBar + FactWeight);
        // One lede reads a leader's visit without its host, the other the meeting that leader attends, under meeting
        // headlines naming the same two parties and no forum ("Merz arrives in Beijing on first China trip as chancellor"
        // / "Xi meets German Chancellor Merz"): one visit (a forum's meeting on its sidelines is another occasion).
        // A live blog's entry stating the other item's measure, its goods named ("Solar shares swing on polysilicon tariff …
        // after the White House confirmed a 30% tariff on imported polysilicon" / "Trump puts 30% tariff on imported
        // polysilicon, a key solar material"): the blog's other entries dilute the words the two share.
        else if (liveMeasure && similarity >= MeetingFloor) score = Math.Max(score, TitleWithFactBar + FactWeight);
        // A headline alone or a host's release naming both leaders of the other's lede meeting, a few words shared ("Putin in India
        // LIVE: PM Modi receives Russian President at Palam airport" / "Putin arrives in New Delhi for summit with Modi").
        else if (namedMeeting && similarity >= MeetingFloor) score = Math.Max(score, TitleWithFactBar + FactWeight);
        // Two meeting headlines naming one numbered edition between the same parties or of one forum ("26th EU-China summit,
        // Brussels: joint press release" / "Li Qiang co-chairs 26th China-EU leaders' meeting in Brussels").
        else if (a.HeadlinesNameSameEdition(b) && (a.HeadlinesNameSameParties(b) || a.HeadlinesNameSameForum(b))
                 && a.IsMinisterialHeadline == b.IsMinisterialHeadline && similarity >= MeetingFloor)
            score = Math.Max(score, TitleWithFactBar + FactWeight);
        // (one of them may name the visit's trade agenda: "Sheinbaum makes first official visit to Ottawa as trade pact review looms")
        else if (facts == 0 && SharedVisit(a, b) && a.NamesMeeting && b.NamesMeeting && (a.IsMeetingHeadline || b.IsMeetingHeadline) && !a.NamesForum && !b.NamesForum
                 && a.HeadlinesNameSameParties(b) && a.IsMinisterialHeadline == b.IsMinisterialHeadline)
            score = Math.Max(score, TitleWithFactBar + FactWeight);
        // Two meeting headlines naming the same two or more parties ("Swiss President Parmelin begins state visit to China"
        // / "Xi holds talks with Swiss president in Beijing") over texts that share some words report one visit, also when
        // the extractor reads no meeting from one lede (a leader it does not know). One of them may name the leaders' trade
        // agenda ("EU-Canada summit, Brussels" / "Carney looks to Europe for trade as he meets EU leaders in Brussels"); a trade
        // headline naming no leader is officials' talks ("Japan, Finland hold trade talks in Tokyo"), another story. So is a
        // meeting headline naming neither leaders nor a summit or visit ("LeBlanc, Ebrard meet in Mexico City …" / "Prime
        // Minister Carney welcomes President Sheinbaum to Ottawa"): ministers meeting, whoever's countries they are.
        else if (facts == 0 && similarity >= FactFloor && (a.IsMeetingHeadline || (a.NamesMeeting && a.HeadlineNamesLeaders)) && (b.IsMeetingHeadline || (b.NamesMeeting && b.HeadlineNamesLeaders))
                 && (a.IsMeetingHeadline || b.IsMeetingHeadline) && a.HeadlinesNameOneMeetingsParties(b) && a.IsLeadersMeetingHeadline == b.IsLeadersMeetingHeadline
                 && a.IsMinisterialHeadline == b.IsMinisterialHeadline)
            score = Math.Max(score, TitleWithFactBar + FactWeight);
        // A visit's outcome under a headline without a meeting word ("Tinubu, Erdogan sign nine agreements as Nigeria deepens
        // ties with Turkey" / "Erdoğan receives Nigerian President Tinubu in Ankara"; "Indonesia, Vietnam agree to boost trade
        // to US$18 billion" / "… To Lam holds talks in Indonesia"): the same two parties, no word of a tariff measure,
        // and a fifth of the words shared (two meeting headlines, officials' and leaders', apart as above).
        else if (facts == 0 && similarity >= TitleWithFactBar && (a.IsMeetingHeadline || b.IsMeetingHeadline) && !a.IsMeasureHeadline && !b.IsMeasureHeadline
                 && a.HeadlinesNameSameParties(b) && a.IsMinisterialHeadline == b.IsMinisterialHeadline
                 && (a.IsLeadersMeetingHeadline == b.IsLeadersMeetingHeadline || !a.NamesMeeting || !b.NamesMeeting))
            score = Math.Max(score, TitleWithFactBar + FactWeight);
        // Two headlines naming one forum and a meeting ("G20 leaders gather at Doral" / "G20 summit opens in Miami as
        // tariffs loom") over texts that share a fifth of their words report one summit: the index looks back a week, and
        // a forum meets once in it (its ministers meet days before the leaders, so a ministers' meeting is kept apart).
        // Naming one host as well, a tenth of the words shared will do ("Philippines opens 49th ASEAN Summit …" / "Anwar: ASEAN
        // must speed up on defence as leaders meet in Philippines").
        else if (similarity >= (a.HeadlinesNameSameHost(b) ? FigureFloor : TitleWithFactBar) && a.NamesMeeting && b.NamesMeeting && a.HeadlinesNameSameForum(b)
                 && a.IsMinisterialHeadline == b.IsMinisterialHeadline)
            score = Math.Max(score, TitleWithFactBar + FactWeight);
        // One government's budget of one year, named by both headlines (the speech, its live blog, news copies and headlines
        // naming a duty change of it: see StoryFingerprint.HeadlinesNameSameBudget), when each is about its duties (a trade
        // headline, a lede measure, a live blog, or the budget document's own headline): a budget is read once.
        if (a.HeadlinesNameSameBudget(b) && a.AboutTheBudgetsDuties && b.AboutTheBudgetsDuties)
            score = Math.Max(score, TitleWithFactBar + FactWeight);
        // a budget's duty line under a headline naming no budget, beside the budget's item: StoryBudgetLine.cs
        if (a.BudgetLineOf(b)) score = Math.Max(score, TitleWithFactBar + FactWeight);
        // A headline alone telling a forum's meeting from a member's side ("Japan PM arrives in Vietnam for APEC summit") beside
        // an item on that meeting (the host's article, a wire, the communiqué): see StoryFingerprint.HeadlineAtForumMeetingOf.
        if (a.HeadlineAtForumMeetingOf(b)) score = Math.Max(score, TitleWithFactBar + FactWeight);
        // One forum's meeting, by its edition or its host city, named by both items in any words ("40th AU Summit opens in Addis
        // Ababa" / "Conclusion of the 40th Ordinary Session of the AU Assembly"): see StoryFingerprint.SameForumOccasion.
        if (similarity >= MeetingFloor && a.SameForumOccasion(b)) score = Math.Max(score, TitleWithFactBar + FactWeight);
        if (similarity >= MeetingFloor && a.SameBilateralEvent(b)) score = Math.Max(score, TitleWithFactBar + FactWeight); // one pair's visit or call: StoryBilateral.cs
        // a headline alone in the outlet's language, its home's decision at the rate it states: StoryForeignCopy.cs
        if (a.ForeignHeadlineCopyOf(b) || b.ForeignHeadlineCopyOf(a)) score = Math.Max(score, TitleWithFactBar + FactWeight);
        // one ruling's computed margin or amount stated by two items with text, in any language: StoryRulingFigure.cs
        if (a.StatesRulingFigureOf(b)) score = Math.Max(score, TitleWithFactBar + FactWeight);
        var shorter = Math.Min(a.WordCount, b.WordCount);
        // Distinctive figures (rates with decimals, quotas, amounts) are one decision's fingerprint, and outlets copy them
        // however they reword the rest ("13.5 percent … tapering to 10.5 percent" / "13.5% in the first year, 12%, then
        // 10.5%"): two of them shared, or the one a headline states (with a word of the headline's topic), make two items
        // that share some words one story even when the extractor read no measure from either. One figure in the body
        // is background ("the 27.5% it charged on cars before the deal").
        if (SharedFiguresConfirm(a, b, similarity, shorter)) score = Math.Max(score, TitleWithFactBar + FactWeight);
        // A decision's schedule of rates, stated in both ledes, is copied by every outlet however it rewords the rest ("goods
        // from Bangladesh will be subject to a reciprocal tariff of 18%, … Sri Lanka … 15%, … Myanmar … 25%" / "cutting the rate
        // on Bangladesh to 18% from 20% and on Sri Lanka to 15% …; Myanmar's … falls to 25%"): two of them, under headlines
        // sharing a word of their topic ("pork", "Asia"), join items that share a tenth of their words when nothing disagrees.
        else if (similarity >= FigureFloor && !a.HeadlineOffTopic && !b.HeadlineOffTopic && SharedRatesConfirm(a, b))
            score = Math.Max(score, TitleWithFactBar + FactWeight);
        // A lede stating one rate and nothing else is that rate's news: the other item's lede stating it too, under headlines
        // about a trade measure and sharing a word of their topic, is a copy told in other words ("New steel trade measure to protect UK steel industry …
        // steel imports above quota will face a tariff of 50%" / "UK to double steel tariffs to 50% as it follows EU lead"),
        // when nothing disagrees and the texts share a tenth of their words.
        else if (similarity >= FigureFloor && !a.HeadlineOffTopic && !b.HeadlineOffTopic && SoleRateConfirms(a, b))
            score = Math.Max(score, TitleWithFactBar + FactWeight);
        // A live blog's headline names the blog, not its entry: an entry stating a schedule of the other item's lede rates, three
        // or more of them ("Fifteen per cent is what Washington will now charge on Vietnamese goods, down from 20% … to 17% and
        // 16%" / "… cut tariffs on Vietnamese goods to 15% from 20% … a 17% tariff … will pay 16%"), under a trade headline,
        // is its story told in the blog, when nothing disagrees and the texts share a tenth of their words.
        else if (similarity >= FigureFloor && a.IsLiveHeadline != b.IsLiveHeadline && (a.IsLiveHeadline ? b : a).IsTradeHeadline
                 && a.SharedRates(b) >= LiveScheduleRates)
            score = Math.Max(score, TitleWithFactBar + FactWeight);
        // A headline alone is contained in its article; a trade headline must also share a word of its topic (not only a
        // country and "anti-dumping duty") with the article's headline, or a lede fact, to be its story.
        if (shorter >= MinHeadlineWords && shorter <= ShortWords)
        {
            // A shared fact confirms it, and so does a headline that names the article's measure without its rate (read
            // above: it made facts 1).
            var confirmed = facts > 0;
            // A four-word headline must be contained whole (or nearly: the containment is estimated from the signatures).
            if ((confirmed || a.HeadlinesShareATopicWord(b)) && (shorter >= MinShortWords || a.Containment(b) >= FullContainment))
                score = Math.Max(score, a.Containment(b) - ContainmentDiscount + (confirmed ? FactWeight : 0));
        }
        return score;
    }

    /// <summary>Below this text similarity (and this containment for a headline) shared figures say nothing: they confirm
    /// a rewrite, they do not make one.</summary>
    public const double FigureFloor = 0.1;

    /// <summary>Below this text similarity a headline naming the other's meeting says nothing: the items share no word of it
    /// beyond the leaders' names.</summary>
    public const double MeetingFloor = 0.05;

    public const double FigureContainment = 0.4;

    /// <summary>How many lede rates a live blog's entry must share with an item to be its story: a schedule, not the one or two
    /// rates every entry on a trade war recalls.</summary>
    public const int LiveScheduleRates = 3;

    private static bool SharedFiguresConfirm(StoryFingerprint a, StoryFingerprint b, double similarity, int shorter)
    {
        if (similarity < FigureFloor && !(shorter <= ShortWords && a.Containment(b) >= FigureContainment)) return false;
        return (a.SharedFigures(b) >= 2 && (a.HeadlinesRelated(b) || (!a.HeadlineOffTopic && !b.HeadlineOffTopic)))
            || ((a.HeadlineFigureIn(b) || b.HeadlineFigureIn(a)) && a.HeadlinesShareAWordOfTheirTopic(b));
    }

    private static bool SharedRatesConfirm(StoryFingerprint a, StoryFingerprint b)
    {
        if (a.Rates.Count < 2 || b.Rates.Count < 2) return false;
        // however many rates are shared, the headlines must share a word of their topic: ledes restate the rates a country's
        // goods face ("the 15% US tariff on Japanese goods, 25% on cars and 50% on steel") in every story about that country
        return a.SharedRates(b) >= 2 && a.HeadlinesShareAWordOfTheirTopic(b);
    }

    private static bool SoleRateConfirms(StoryFingerprint a, StoryFingerprint b) =>
        // both headlines about a trade measure: an output or market story's lede recalls the rate its industry pays
        // ("UK steel output falls to record low" … "while they wait for the 50% tariff on imports above quota")
        a.IsTradeHeadline && b.IsTradeHeadline
        && (a.Rates.Count == 1 || b.Rates.Count == 1) && a.SharedRates(b) >= 1 && a.HeadlinesShareAWordOfTheirTopic(b);

    /// <summary>The item's lede states a tariff measure.</summary>
    private static bool StatesMeasure(StoryFingerprint f)
    {
        foreach (var x in f.ParsedFacts) if (x.IsMeasure) return true;
        return false;
    }

    /// <summary>A lede measure of each item has the same rate (one rounding the other) between parties of which one
    /// names both or every origin, whichever the extractor read as the imposer, whatever it read as the product. A headline
    /// that states its measure's direction itself ("Trump slaps 34% tariff on Chinese goods" / "China slaps 34% tariff on all
    /// US goods") is read right: swapped parties there are a retaliation, two measures.</summary>
    private static bool MeasuresLooselyAgree(StoryFingerprint a, StoryFingerprint b) =>
        a.HeadlinesStateOppositeDirections(b)
            ? AnyPair(a, b, static (x, y) => x.Measure is var (ia, _, _) && y.Measure is var (ib, _, _) && ia == ib && StoryFingerprint.SameRateSameParties(x, y))
            : AnyPair(a, b, StoryFingerprint.SameRateSameParties);

    /// <summary>A lede tariff measure of one item agrees with one of the other's.</summary>
    private static bool SharedMeasure(StoryFingerprint a, StoryFingerprint b) => AnyPair(a, b, static (x, y) => x.IsMeasure && y.IsMeasure && x.Agrees(y));

    /// <summary>A lede tariff measure of one item agrees with one of the other's, both naming their goods.</summary>
    private static bool SharedNamedMeasure(StoryFingerprint a, StoryFingerprint b) =>
        AnyPair(a, b, static (x, y) => x.IsMeasure && y.IsMeasure && x.NamesProduct && y.NamesProduct && x.Agrees(y));

    /// <summary>A lede tariff measure of one item agrees with one of the other's, and names a partner or goods: an every-origin
    /// measure on goods in general ("m:PH>*:15#good") is what every one of its imposer's quotas and schedules states.</summary>
    private static bool SharedPartnerOrGoodsMeasure(StoryFingerprint a, StoryFingerprint b) =>
        AnyPair(a, b, static (x, y) => x.IsMeasure && y.IsMeasure && x.Agrees(y)
            && ((x.Measure?.Target is { } tx && tx != "*") || (y.Measure?.Target is { } ty && ty != "*") || (x.NamesProduct && y.NamesProduct)));

    /// <summary>Both ledes state a meeting of the same two or more participants.</summary>
    private static bool SharedMeeting(StoryFingerprint a, StoryFingerprint b) => AnyPair(a, b, static (x, y) => x.SameMeeting(y));

    /// <summary>One lede states a leader's visit and the other a meeting of that leader.</summary>
    private static bool SharedVisit(StoryFingerprint a, StoryFingerprint b) => AnyPair(a, b, static (x, y) => x.VisitWithin(y) || y.VisitWithin(x));

    /// <summary>A lede fact of <paramref name="a"/> and one of <paramref name="b"/> stand in <paramref name="relation"/>.</summary>
    private static bool AnyPair(StoryFingerprint a, StoryFingerprint b, Func<StoryFingerprint.ParsedFact, StoryFingerprint.ParsedFact, bool> relation)
    {
        foreach (var x in a.ParsedFacts)
            foreach (var y in b.ParsedFacts)
                if (relation(x, y)) return true;
        return false;
    }

    /// <summary>1 when the two items' lede facts share one, -1 when they state facts of one kind (measures, or events)
    /// and none agree, 0 otherwise: a measure says nothing about a meeting ("Carney meets EU leaders … as exporters
    /// contend with a 35% U.S. tariff" / "EU–Canada summit"). Events of other participants do disagree, a visit of one
    /// leader included ("Trump says he will visit China in April" is not the Busan meeting), except that leader's own
    /// meeting, which says nothing either way when both headlines or neither name a forum: the headlines' times then
    /// decide (<see cref="StoryFingerprint.HeadlinesNameOtherOccasion"/>: the visit announced is not the visit).</summary>
    private static int Facts(StoryFingerprint a, StoryFingerprint b)
    {
        if (a.Facts.Count == 0 || b.Facts.Count == 0) return 0;
        // A leader's visit (no host read) says nothing against a meeting of that leader, unless one headline puts the
        // meeting at a forum and the other does not ("Lula arrives in Tokyo on state visit" / "Ishiba meets Lula on sidelines of G20 summit").
        var visitsDisagree = a.NamesForum != b.NamesForum;
        var comparable = false;
        foreach (var x in a.ParsedFacts)
            foreach (var y in b.ParsedFacts)
            {
                if (x.Agrees(y)) return 1;
                // a bloc read as a visitor ("e:European Union") is no leader's visit: it says nothing either way
                comparable |= x.IsMeasure == y.IsMeasure && !x.IsLeaderless && !y.IsLeaderless && (visitsDisagree || (!x.VisitWithin(y) && !y.VisitWithin(x)))
                    && (!x.IsMeasure || SameParties(x, y) || !NamesPartiesOf(b, x) || !NamesPartiesOf(a, y));
            }
        return comparable ? -1 : 0;
    }

    /// <summary>Two measures are about the same parties, in either direction (session 20, extract33): only those, or measures of
    /// parties one item never names, can disagree. A schedule's other lines ("…; Thailand gets 18% and Cambodia 17%", US>TH, US>KH) say nothing against the wire's lede measure on
    /// another country (US>MY); a retaliation (US>CN / CN>US) and a misread direction stay comparable, as does a measure the extractor
    /// could not split into parties.</summary>
    private static bool SameParties(StoryFingerprint.ParsedFact x, StoryFingerprint.ParsedFact y) =>
        x.Measure is not var (ix, tx, _) || y.Measure is not var (iy, ty, _) || (ix == iy && tx == ty) || (ix == ty && tx == iy);

    /// <summary>The item names every party of the measure (its target "*" aside): a schedule's wire names Thailand and Cambodia beside
    /// its lede's Malaysia, so the live entry's US>TH is one of its measures, not another; "Japan deal caps US tariff on Japanese cars"
    /// never names the EU, so "EU deal caps US tariff on European cars" (US>EU) still disagrees with its US>JP, and Brazil's duty on
    /// Chinese tyres (BR>CN) with Argentina's (AR>CN).</summary>
    private static bool NamesPartiesOf(StoryFingerprint f, StoryFingerprint.ParsedFact x) =>
        x.Measure is var (i, t, _) && f.Entities.Contains(i) && (t == "*" || f.Entities.Contains(t));

    public Task AddAsync(string storyId, StoryFingerprint fingerprint, CancellationToken ct = default) => index.AddAsync(storyId, fingerprint, ct);

    public Task<IAsyncDisposable> LockCreationAsync(CancellationToken ct = default) => index.LockCreationAsync(ct);
}
