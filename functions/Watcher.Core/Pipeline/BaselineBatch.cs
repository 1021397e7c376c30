using Watcher.Core.Sources;
using Watcher.Core.State;
using Watcher.Core.Stories;
using Watcher.Core.Tariffs;

namespace Watcher.Core.Pipeline;

/// <summary>
/// Write-behind for the silent first polls of one cycle (<see cref="PollCycle"/>). A source that has never finished a
/// poll alerts nothing on its first one, so nothing it writes has to be in storage before the next source is polled:
/// its story index rows, story rows, tariff and event rows, items and state are kept here and written by
/// <see cref="SourcePoller.FlushAsync"/> once the cycle's polls are done — the rows that many polls share a partition
/// with (index rows of one day, stories of one shard, tariffs of one imposer) in entity group transactions of up to
/// 100 instead of one request each (a 1,000-feed baseline: ~2,500 requests instead of ~16,500).
///
/// <para><b>What other polls of the cycle see.</b> A poll's stories join the batch's in-memory index when the poll ends
/// (as they joined the store's index before), and a story row kept here answers reads of it: a later poll of the cycle
/// whose item is a copy joins that story as a duplicate, exactly as if the first poll had written it. Stories of the
/// same id from several polls are merged here by the rule a lost write race follows
/// (<see cref="SourcePoller.MergeStory"/>), tariff rows by the tracker's (<see cref="TariffTracker.Merge"/>), events
/// keep their first sighting.</para>
///
/// <para><b>Crashes and races.</b> The flush writes the shared rows first — index rows, tariff and event rows and story
/// rows, the three tables side by side —, then per source its items and, last, its state (the state is what says
/// "baselined"). A crash anywhere before
/// a source's state leaves that source un-baselined: the next cycle polls it again as a silent baseline (it alerts
/// nothing, so no alert can be lost or sent twice; rows written already are overwritten or merged). Every conditional
/// write keeps its condition: a story or tariff row written meanwhile by another host makes that row's insert lose and
/// merge (as in a poll); an item head that exists after all (an earlier poll stopped between its items and its state)
/// or a state row another host wrote since the cycle listed it makes that one source's save lose
/// (<see cref="ConcurrencyException"/>), and the cycle polls that source again the ordinary way, from fresh reads.
/// Two hosts polling one new source both write its rows: the second's conditional item or state write loses, so one
/// baseline wins and the other is polled again (and finds it baselined).</para>
///
/// <para>Only the local host's cycle uses a batch; a poll of one source (the Functions fan-out) writes as it goes.</para>
/// </summary>
public sealed class BaselineBatch
{
    /// <summary>One deferred poll: what its save writes, after the shared rows.</summary>
    internal sealed record Poll(SourceDefinition Source, SourceState Saved, IReadOnlyList<ItemRecord> Items, IReadOnlyDictionary<string, ItemRecord> Known);

    private readonly Lock _gate = new();
    private readonly InMemoryStoryIndex _index = new();
    private readonly List<StoryCandidate> _indexRows = [];
    private readonly Dictionary<string, StoryRecord> _stories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TariffRecord> _tariffs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EventRecord> _events = new(StringComparer.Ordinal);
    private readonly List<Poll> _polls = [];
    private int _indexed;

    /// <summary>Deferred polls waiting for the flush.</summary>
    public int Polls
    {
        get { lock (_gate) return _polls.Count; }
    }

    /// <summary>
    /// The store's index as a poll of this cycle sees it: the store's stories and the batch's. A deferred poll's
    /// additions go to the batch; any other poll's go to the store, as before.
    /// </summary>
    internal IStoryIndex View(IStoryIndex store, bool deferred) => new BatchIndex(store, this, deferred);

    /// <summary>A story some deferred poll of the batch created or changed (its row not written yet), or null.</summary>
    internal StoryRecord? Story(string storyId)
    {
        lock (_gate) return _stories.GetValueOrDefault(storyId);
    }

    internal void Add(Poll poll, IEnumerable<StoryRecord> stories, TrackerUpdate tracked)
    {
        lock (_gate)
        {
            foreach (var story in stories)
                _stories[story.StoryId] = _stories.TryGetValue(story.StoryId, out var kept) ? SourcePoller.MergeStory(kept, story) : story;
            foreach (var tariff in tracked.Tariffs)
            {
                if (!_tariffs.TryGetValue(tariff.Key, out var kept)) _tariffs[tariff.Key] = tariff;
                else if (TariffTracker.Merge(kept, tariff) is { } merged) _tariffs[tariff.Key] = merged;
            }
            foreach (var e in tracked.Events) _events.TryAdd(e.Key, e);
            _polls.Add(poll);
        }
    }

    /// <summary>Everything kept so far, for the flush (the batch is not used after it).</summary>
    internal (List<StoryCandidate> Index, List<StoryRecord> Stories, TrackerUpdate Tracked, List<Poll> Polls) Contents()
    {
        lock (_gate)
            return ([.. _indexRows], [.. _stories.Values], new TrackerUpdate([], [.. _tariffs.Values], [.. _events.Values]), [.. _polls]);
    }

    /// <summary>
    /// For the flush, when the index keeps listings (<see cref="IStoryIndex.KeepsListings"/>): each new story of the batch
    /// (no stored version: its first save inserts its row) that has its own index row in the batch gets that row to
    /// stand for its first save's timeline copy — the row carries the story as it is saved now (the batch's merged
    /// row), so <see cref="IItemStore.RecentStoriesAsync"/> lists it from there and the save writes neither a timeline copy
    /// nor the story row (<see cref="IItemStore.GetStoryAsync(string, string?, CancellationToken)"/> reads the listing until
    /// the story's second save inserts its row; an insert that finds a row loses its race and merges, as any lost race).
    /// A story the store's index already knows (<paramref name="stored"/>: an id a stored story has) is not listed: its
    /// save inserts its row, which finds the stored one and merges. Replaces the candidates in <paramref name="indexRows"/>;
    /// returns the ids of the stories so listed.
    /// </summary>
    internal static HashSet<string> AttachListings(List<StoryCandidate> indexRows, IReadOnlyList<StoryRecord> stories, Func<string, bool>? stored = null)
    {
        var fresh = new Dictionary<string, StoryRecord>(StringComparer.Ordinal);
        foreach (var story in stories)
            if (story.Version is null && stored?.Invoke(story.StoryId) != true) fresh[story.StoryId] = story;
        var listed = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < indexRows.Count; i++)
        {
            var row = indexRows[i];
            if (row.Copy || !fresh.TryGetValue(row.StoryId, out var story) || !listed.Add(row.StoryId)) continue;
            indexRows[i] = row with { Listing = story };
        }
        return listed;
    }

    /// <summary>
    /// The items of listed stories, each naming where its story's listing is (<see cref="ItemRecord.StoryListing"/>), for
    /// the flush to write after the index rows: a listed story has no row of its own until its second save, and an item
    /// revised after the index's look-back days still finds it.
    /// </summary>
    internal static IReadOnlyList<ItemRecord> NameListings(IReadOnlyList<ItemRecord> items, IReadOnlySet<string> listed, IStoryIndex index) =>
        [.. items.Select(i => i.StoryListing is null && listed.Contains(i.StoryId) && index.ListingOf(i.StoryId) is { } at ? i with { StoryListing = at } : i)];

    private async Task AddIndexAsync(IReadOnlyList<StoryCandidate> stories, CancellationToken ct)
    {
        // A copy keeps its own entry (IStoryIndex.AddManyAsync sends it to AddCopyAsync): added as a story, it would replace
        // its story's own fingerprint in the batch's view.
        await ((IStoryIndex)_index).AddManyAsync(stories, ct);
        lock (_gate)
        {
            _indexRows.AddRange(stories);
            _indexed = _indexRows.Count;
        }
    }

    /// <summary>How many index rows the batch holds: a poll notes it before a lookup, to look again at the rows added since.</summary>
    internal int Indexed => Volatile.Read(ref _indexed);

    private readonly SemaphoreSlim _creation = new(1, 1);

    /// <summary>
    /// The creation lock of the cycle's silent first polls, in memory: an item whose lookup (made when the batch held
    /// <paramref name="seen"/> index rows) found no story looks again at the rows other polls added since, and if none
    /// of them is its story either, its own story joins the batch's index before the lock is released. Two sources
    /// meeting one story in the same cycle then agree on one story, whichever is polled first; without it, polls that
    /// overlapped each kept their own (the demo's baseline counted 8 or 9 new stories from one run to the next). The
    /// second look scores only the few rows added meanwhile, and the store is not read again: no deferred poll writes
    /// to it. Returns the story found, or null when <paramref name="story"/> was added as a new story: its row is kept
    /// at once (before its index row), so that a poll finding it reads it and joins it as a copy; the poll that claimed
    /// it merges its own row into it when it ends (<see cref="Add"/>).
    /// </summary>
    internal async Task<string?> ClaimAsync(StoryMatcher matcher, StoryFingerprint fingerprint, int seen, StoryRecord story, CancellationToken ct)
    {
        await _creation.WaitAsync(ct);
        try
        {
            List<StoryCandidate> added;
            lock (_gate) added = _indexRows.GetRange(seen, _indexRows.Count - seen);
            if (added.Count > 0 && matcher.FindAmong(fingerprint, added) is { } found) return found;
            lock (_gate) _stories[story.StoryId] = _stories.TryGetValue(story.StoryId, out var kept) ? SourcePoller.MergeStory(kept, story) : story;
            await AddIndexAsync([new StoryCandidate(story.StoryId, fingerprint)], ct);
            return null;
        }
        finally
        {
            _creation.Release();
        }
    }

    /// <summary>Lookups read the store's index and the batch's; additions go where the poll's writes go.</summary>
    private sealed class BatchIndex(IStoryIndex store, BaselineBatch batch, bool deferred) : IStoryIndex
    {
        public async Task<IReadOnlyList<StoryCandidate>> CandidatesAsync(StoryFingerprint fingerprint, CancellationToken ct = default, bool fresh = false)
        {
            var stored = await store.CandidatesAsync(fingerprint, ct, fresh);
            if (batch.Indexed == 0) return stored;
            var kept = await batch._index.CandidatesAsync(fingerprint, ct);
            if (kept.Count == 0) return stored;
            if (stored.Count == 0) return kept;
            var ids = stored.Select(c => c.StoryId).ToHashSet(StringComparer.Ordinal);
            return [.. stored, .. kept.Where(c => !ids.Contains(c.StoryId))];
        }

        public Task AddAsync(string storyId, StoryFingerprint fingerprint, CancellationToken ct = default) =>
            deferred ? batch.AddIndexAsync([new StoryCandidate(storyId, fingerprint)], ct) : store.AddAsync(storyId, fingerprint, ct);

        public Task AddCopyAsync(string storyId, StoryFingerprint fingerprint, CancellationToken ct = default) =>
            deferred ? batch.AddIndexAsync([new StoryCandidate(storyId, fingerprint) { Copy = true }], ct) : store.AddCopyAsync(storyId, fingerprint, ct);

        public Task AddManyAsync(IReadOnlyList<StoryCandidate> stories, CancellationToken ct = default) =>
            deferred ? batch.AddIndexAsync(stories, ct) : store.AddManyAsync(stories, ct);

        public Task<IAsyncDisposable> LockCreationAsync(CancellationToken ct = default) => store.LockCreationAsync(ct);
    }
}
