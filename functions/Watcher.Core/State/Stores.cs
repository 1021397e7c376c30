namespace Watcher.Core.State;

/// <summary>Thrown when an optimistic-concurrency write lost a race (HTTP 412 in Table Storage).</summary>
public sealed class ConcurrencyException(string message) : Exception(message);

public interface ISourceStateStore
{
    Task<SourceState?> GetAsync(string sourceId, CancellationToken ct = default);
    /// <summary>Insert or replace, guarded by <see cref="SourceState.Version"/>.</summary>
    Task<SourceState> SaveAsync(SourceState state, CancellationToken ct = default);
    Task<IReadOnlyList<SourceState>> ListAsync(CancellationToken ct = default);

    /// <summary>
    /// Saves several states (a store may batch them), each as <see cref="SaveAsync"/> would: answers in the given order,
    /// each the saved state or why it was not saved (a <see cref="ConcurrencyException"/> for a lost race).
    /// </summary>
    async Task<IReadOnlyList<(SourceState State, Exception? Error)>> SaveManyAsync(IReadOnlyList<SourceState> states, CancellationToken ct = default)
    {
        var answers = new (SourceState, Exception?)[states.Count];
        for (var i = 0; i < states.Count; i++)
        {
            try { answers[i] = (await SaveAsync(states[i], ct), null); }
            catch (Exception ex) when (ex is not OperationCanceledException) { answers[i] = (states[i], ex); }
        }
        return answers;
    }
}

/// <summary>
/// What <see cref="IItemStore.GetItemsAsync"/> may return when some of a source's stored items could not be read back (a
/// damaged record, set aside by the store): an item the poll does not recognise may be one of them, so it alerts only if
/// published after the source's last successful poll, as a baseline after failed attempts does.
/// </summary>
public interface IPartialItems
{
    bool Partial { get; }
}

public interface IItemStore
{
    /// <param name="firstPoll">
    /// The source has no baseline yet: a store may then take a partition that shows no sign of a write as empty without
    /// reading it (at worst it misses rows an interrupted earlier version wrote, and the silent baseline writes them again).
    /// </param>
    /// <param name="unwritten">
    /// Besides, no poll of the source has finished (it had no state row when the cycle listed them): a store may take its
    /// items as none without any request, provided its save then refuses (<see cref="ConcurrencyException"/>) if items
    /// were written after all (a poll that stopped between its items and its state); the cycle then polls again, reading.
    /// </param>
    Task<IReadOnlyDictionary<string, ItemRecord>> GetItemsAsync(string sourceId, CancellationToken ct = default, bool firstPoll = false, bool unwritten = false);
    /// <summary>
    /// Upserts the items of one source, batched per partition. Given <paramref name="known"/> (the items this poll read
    /// with <see cref="GetItemsAsync"/>), a store may refuse with <see cref="ConcurrencyException"/> when another poll
    /// wrote the source's items since.
    /// </summary>
    Task SaveItemsAsync(string sourceId, IReadOnlyList<ItemRecord> items, CancellationToken ct = default, IReadOnlyDictionary<string, ItemRecord>? known = null);
    Task<StoryRecord?> GetStoryAsync(string storyId, CancellationToken ct = default);

    /// <summary>
    /// A story, given where it is listed if its row may not exist yet (<paramref name="listing"/>: an item's
    /// <see cref="ItemRecord.StoryListing"/>, or <see cref="Stories.IStoryIndex.ListingOf"/>). A store that writes a silent
    /// baseline's new story only as its listing (<see cref="SaveStoriesAsync"/>'s <c>listed</c>) answers from there when
    /// the story has no row, with no version: the story's next save inserts its row, and an insert that finds a row
    /// (another poll grew the story first) loses its race and merges. A store that writes every story row ignores it.
    /// </summary>
    Task<StoryRecord?> GetStoryAsync(string storyId, string? listing, CancellationToken ct) => GetStoryAsync(storyId, ct);
    Task<StoryRecord> SaveStoryAsync(StoryRecord story, CancellationToken ct = default);

    /// <summary>
    /// Saves several stories (a store may batch what they share); returns those that lost an ETag race, unsaved.
    /// <paramref name="listed"/>: new stories whose index row, written with the same content
    /// (<see cref="Watcher.Core.Stories.StoryCandidate.Listing"/>), lists them for <see cref="RecentStoriesAsync"/> and
    /// answers <see cref="GetStoryAsync(string, string?, CancellationToken)"/>, so a store that reads them from it writes
    /// neither a timeline copy nor a story row for their first save; a store that does not ignores it.
    /// </summary>
    async Task<IReadOnlyList<StoryRecord>> SaveStoriesAsync(IReadOnlyList<StoryRecord> stories, CancellationToken ct = default, IReadOnlySet<string>? listed = null)
    {
        var lost = new System.Collections.Concurrent.ConcurrentBag<StoryRecord>();
        await Task.WhenAll(stories.Select(async story =>
        {
            try { await SaveStoryAsync(story, ct); }
            catch (ConcurrencyException) { lost.Add(story); }
        }));
        return [.. lost];
    }
    /// <summary>Stories, newest first.</summary>
    Task<IReadOnlyList<StoryRecord>> RecentStoriesAsync(DateTimeOffset since, int top, CancellationToken ct = default);
}

public interface ISubscriptionStore
{
    Task<IReadOnlyList<Subscription>> ListAsync(CancellationToken ct = default);
    /// <summary>One subscription by id, or null. A cached store may answer from a snapshot a few seconds old.</summary>
    async Task<Subscription?> FindAsync(string id, CancellationToken ct = default) =>
        (await ListAsync(ct)).FirstOrDefault(s => s.Id == id);
    Task UpsertAsync(Subscription subscription, CancellationToken ct = default);
    Task DeleteAsync(string id, CancellationToken ct = default);
}

public interface IDeliveryLedger
{
    /// <summary>Adds the row unless one with the same id exists; true when this call added it.</summary>
    Task<bool> TryAddAsync(DeliveryRecord record, CancellationToken ct = default);
    Task<DeliveryRecord?> GetAsync(string id, CancellationToken ct = default);
    /// <summary>Replaces the row, guarded by its <see cref="DeliveryRecord.Version"/>.</summary>
    Task<DeliveryRecord> UpdateAsync(DeliveryRecord record, CancellationToken ct = default);
    /// <summary>Pending or failed rows whose next attempt is due.</summary>
    Task<IReadOnlyList<DeliveryRecord>> DueAsync(DateTimeOffset now, int top, CancellationToken ct = default);

    /// <summary>
    /// Adds the rows that do not exist yet; returns those this call added, in order. A returned row carries its
    /// <see cref="DeliveryRecord.Version"/> when the store knows it, so it can be claimed without reading it back.
    /// </summary>
    async Task<IReadOnlyList<DeliveryRecord>> AddManyAsync(IReadOnlyList<DeliveryRecord> records, CancellationToken ct = default)
    {
        var added = new List<DeliveryRecord>();
        foreach (var record in records)
            if (await TryAddAsync(record, ct)) added.Add(record with { Version = null });
        return added;
    }

    /// <summary>
    /// Claims a due row: the same write as <see cref="UpdateAsync"/> for a row whose NextAttempt was due and becomes
    /// later (the lease). A store with a due index needs no index write for it: the index is already no later.
    /// </summary>
    Task<DeliveryRecord> ClaimAsync(DeliveryRecord claim, CancellationToken ct = default) => UpdateAsync(claim, ct);

    /// <summary>
    /// Writes a final outcome (Delivered or Dead) like <see cref="UpdateAsync"/>, but may leave the index
    /// housekeeping that goes with it to <see cref="FlushAsync"/>, batched. Only ever a cleanup: a row it leaves
    /// behind describes a finished delivery, which the sweep drops.
    /// </summary>
    Task<DeliveryRecord> FinishAsync(DeliveryRecord final, CancellationToken ct = default) => UpdateAsync(final, ct);

    /// <summary>
    /// Claims many due rows (see <see cref="ClaimAsync"/>), in as few transactions as the store allows; each entry
    /// is the claimed row, or null where the row changed since it was read (the claim lost the race).
    /// </summary>
    async Task<IReadOnlyList<DeliveryRecord?>> ClaimManyAsync(IReadOnlyList<DeliveryRecord> claims, CancellationToken ct = default)
    {
        var claimed = new List<DeliveryRecord?>();
        foreach (var claim in claims)
            try { claimed.Add(await ClaimAsync(claim, ct)); }
            catch (ConcurrencyException) { claimed.Add(null); }
        return claimed;
    }

    /// <summary>Writes many final outcomes (see <see cref="FinishAsync"/>); null where the row changed since it was claimed.</summary>
    async Task<IReadOnlyList<DeliveryRecord?>> FinishManyAsync(IReadOnlyList<DeliveryRecord> finals, CancellationToken ct = default)
    {
        var finished = new List<DeliveryRecord?>();
        foreach (var final in finals)
            try { finished.Add(await FinishAsync(final, ct)); }
            catch (ConcurrencyException) { finished.Add(null); }
        return finished;
    }

    /// <summary>Does the housekeeping <see cref="FinishAsync"/> deferred.</summary>
    Task FlushAsync(CancellationToken ct = default) => Task.CompletedTask;
}

public interface IWebhookEndpointStore
{
    Task<WebhookEndpoint?> GetAsync(string id, CancellationToken ct = default);
    Task<IReadOnlyList<WebhookEndpoint>> ListAsync(CancellationToken ct = default);
    Task<WebhookEndpoint> SaveAsync(WebhookEndpoint endpoint, CancellationToken ct = default);
    Task DeleteAsync(string id, CancellationToken ct = default);
}
