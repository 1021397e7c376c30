namespace Watcher.Core.Stories;

/// <summary>
/// One poll's view of the story index: stories the poll adds without the creation lock (items that alert nobody: a
/// silent baseline, no topic matched) are kept here, seen by the poll's later items at once, and written together at
/// the end (<see cref="FlushAsync"/>, one batch per 100 on Table Storage) instead of one request each. Stories added
/// under the lock go to the index at once (<see cref="AddNowAsync"/>): other pollers must see them before it is released.
/// </summary>
public sealed class PollStoryIndex(IStoryIndex index) : IStoryIndex
{
    private readonly InMemoryStoryIndex _pending = new();
    private readonly List<StoryCandidate> _added = [];

    public int Pending => _added.Count;

    public async Task<IReadOnlyList<StoryCandidate>> CandidatesAsync(StoryFingerprint fingerprint, CancellationToken ct = default, bool fresh = false)
    {
        var stored = await index.CandidatesAsync(fingerprint, ct, fresh);
        if (_added.Count == 0) return stored;
        var mine = await _pending.CandidatesAsync(fingerprint, ct);
        if (mine.Count == 0) return stored;
        // A story stored and given a copy in this poll is found by both fingerprints; one found twice is scored once.
        // This poll's few are looked for among the stored ones one by one (a set of 256 fingerprints per lookup cost more).
        var known = mine.Count > 16 ? stored.Select(c => c.Fingerprint).ToHashSet(ReferenceEqualityComparer.Instance) : null;
        var extra = new List<StoryCandidate>(mine.Count);
        foreach (var candidate in mine)
            if (!(known?.Contains(candidate.Fingerprint) ?? Holds(stored, candidate.Fingerprint))) extra.Add(candidate);
        return extra.Count == 0 ? stored : [.. stored, .. extra];
    }

    private static bool Holds(IReadOnlyList<StoryCandidate> candidates, StoryFingerprint fingerprint)
    {
        foreach (var candidate in candidates)
            if (ReferenceEquals(candidate.Fingerprint, fingerprint)) return true;
        return false;
    }

    /// <summary>Kept for this poll; written by <see cref="FlushAsync"/>.</summary>
    public async Task AddAsync(string storyId, StoryFingerprint fingerprint, CancellationToken ct = default)
    {
        await _pending.AddAsync(storyId, fingerprint, ct);
        _added.Add(new StoryCandidate(storyId, fingerprint));
    }

    /// <summary>Kept for this poll like a new story; written by <see cref="FlushAsync"/>.</summary>
    public async Task AddCopyAsync(string storyId, StoryFingerprint fingerprint, CancellationToken ct = default)
    {
        await _pending.AddCopyAsync(storyId, fingerprint, ct);
        _added.Add(new StoryCandidate(storyId, fingerprint) { Copy = true });
    }

    public Task AddNowAsync(string storyId, StoryFingerprint fingerprint, CancellationToken ct = default) => index.AddAsync(storyId, fingerprint, ct);

    public Task<IAsyncDisposable> LockCreationAsync(CancellationToken ct = default) => index.LockCreationAsync(ct);

    public async Task FlushAsync(CancellationToken ct = default)
    {
        if (_added.Count == 0) return;
        await index.AddManyAsync(_added, ct);
        _added.Clear();
    }
}
