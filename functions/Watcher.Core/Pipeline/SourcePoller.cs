using Microsoft.Extensions.Logging;
using Watcher.Core.Alerts;
using Watcher.Core.Delivery;
using Watcher.Core.Detection;
using Watcher.Core.Feeds;
using Watcher.Core.Fetching;
using Watcher.Core.Matching;
using Watcher.Core.Reading;
using Watcher.Core.Sources;
using Watcher.Core.State;
using Watcher.Core.Stories;
using Watcher.Core.Tariffs;
using Watcher.Core.Facts;

namespace Watcher.Core.Pipeline;

public enum ItemChangeKind { New, Updated, Duplicate }

public sealed record ItemChange(string Source, string Id, string? Link, string? Title, ItemChangeKind Change);

/// <summary>What one poll of one source found and did.</summary>
public sealed record SourcePollResult
{
    public required string SourceId { get; init; }
    public required FetchStatus Fetch { get; init; }
    public bool Baseline { get; init; }
    public int Items { get; init; }
    public IReadOnlyList<ItemChange> Changes { get; init; } = [];
    public IReadOnlyList<Alert> Alerts { get; init; } = [];
    /// <summary>Ledger rows this poll added; the host sends them (inline or through the alert queue).</summary>
    public IReadOnlyList<string> DeliveryIds { get; init; } = [];
    public string? Error { get; init; }
}

public sealed class PollOptions
{
    public const string Section = "Watcher:Poll";
    /// <summary>Consecutive failures before a "source broken" alert.</summary>
    public int BrokenAfterFailures { get; set; } = 3;
    /// <summary>
    /// An unchanged item's LastSeen is rewritten at most this often, so retention (which goes by LastSeen) never
    /// drops an item a feed still lists, while an unchanged poll still writes nothing on most cycles.
    /// </summary>
    public TimeSpan RefreshLastSeenAfter { get; set; } = TimeSpan.FromDays(7);
    /// <summary>
    /// The local cycle answers before the rows of its silent first polls are written (<see cref="PollCycle.WrittenAsync"/>):
    /// the flush runs behind the report, and the next cycle waits for it before it polls. Off by default (session 35, perf44).
    /// </summary>
    public bool WriteBaselineBehind { get; set; }
}

/// <summary>
/// One source, one poll: fetch → parse → match → detect changes → compose alerts → record deliveries.
/// Ledger rows are written before item state, so a crash in between re-detects the same alerts (same ids) and
/// never loses them; a second run of the same poll finds nothing new.
/// </summary>
public sealed class SourcePoller(
    FeedFetcher fetcher,
    ISourceStateStore sourceStates,
    IItemStore itemStore,
    ITopicMatcher matcher,
    DeliveryDispatcher dispatcher,
    PollOptions options,
    TimeProvider time,
    ILogger<SourcePoller> logger,
    IStoryIndex? storyIndex = null,
    ITariffStore? tariffStore = null)
{
    private readonly TariffTracker? _tracker = tariffStore is null ? null : new TariffTracker(tariffStore, time);


    /// <summary>
    /// Each source's state as this host last read or wrote it. A poll of a source that was healthy then asks the
    /// server first, with those validators, and a 304 ends the poll without a storage request; anything else reads the
    /// stored state before doing more (another host may have polled it since: a stale validator costs a full fetch,
    /// never a wrong diff, since items are diffed against storage).
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, SourceState> _lastKnown = new(StringComparer.Ordinal);

    /// <summary>
    /// States read by one list query for the first polls of a cycle (<see cref="RememberAsync"/>), each used once
    /// instead of a point read; null = the source had no state row when listed.
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, SourceState?> _listed = new(StringComparer.Ordinal);

    /// <summary>How many sources this host knows nothing of before a cycle lists every state instead of reading them one by one.</summary>
    public const int ListThreshold = 20;

    /// <summary>
    /// Before a cycle: when this host has not seen many of <paramref name="sources"/> yet (its first cycle, say), their
    /// states come from one list query (a page per 1,000 sources) instead of a point read each. A state listed here may be
    /// stale by the time its source is polled; the poll's state write is conditional on it, so another host's poll in
    /// between makes the write lose its race, and the cycle polls that source again from a fresh read.
    /// </summary>
    public async Task RememberAsync(IReadOnlyList<SourceDefinition> sources, CancellationToken ct = default)
    {
        var unknown = sources.Where(s => !_lastKnown.ContainsKey(s.Id)).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        if (unknown.Count < ListThreshold) return;
        var stored = (await sourceStates.ListAsync(ct)).ToDictionary(s => s.SourceId, StringComparer.Ordinal);
        foreach (var id in unknown) _listed[id] = stored.GetValueOrDefault(id);
    }

    public Task<SourcePollResult> PollAsync(SourceDefinition source, CancellationToken ct = default) => PollAsync(source, null, ct);

    /// <param name="batch">
    /// The cycle's write-behind: a silent first poll (see <see cref="Deferrable"/>) keeps its writes there for
    /// <see cref="FlushAsync"/> instead of writing them; any other poll writes as it goes and sees the batch's stories.
    /// </param>
    public async Task<SourcePollResult> PollAsync(SourceDefinition source, BaselineBatch? batch, CancellationToken ct = default)
    {
        var started = Telemetry.WatcherMetrics.Start();
        var result = await PollOnceAsync(source, batch, ct);
        Telemetry.WatcherMetrics.Record(result, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        return result;
    }

    /// <summary>One poll, not recorded in the poll metrics (<see cref="PollAsync(SourceDefinition, BaselineBatch?, CancellationToken)"/>
    /// records it; the host's warm-up, <see cref="SignalWarmup"/>, calls this over stores of its own).</summary>
    internal async Task<SourcePollResult> PollOnceAsync(SourceDefinition source, BaselineBatch? batch, CancellationToken ct)
    {
        FetchResult? asked = null;
        if (_lastKnown.TryGetValue(source.Id, out var remembered) && Healthy(remembered, source))
        {
            asked = await fetcher.FetchAsync(Request(remembered, source), ct);
            if (asked.Status == FetchStatus.NotModified)
                return new SourcePollResult { SourceId = source.Id, Fetch = FetchStatus.NotModified };
        }

        var wasListed = _listed.TryRemove(source.Id, out var listed);
        // A source the cycle's list found no state row for has never finished a poll: its items are not read either.
        var unwritten = wasListed && listed is null;
        var state = (wasListed ? listed : await sourceStates.GetAsync(source.Id, ct))
            ?? new SourceState { SourceId = source.Id, Url = source.Url, ConfiguredUrl = source.Url };
        // A new URL in sources.json starts over; a URL the source moved to by a permanent redirect is kept.
        if ((state.ConfiguredUrl ?? state.Url) != source.Url) state = state with { Url = source.Url, ETag = null, LastModified = null };
        state = state with { ConfiguredUrl = source.Url };
        _lastKnown[source.Id] = state;

        var fetch = asked ?? await fetcher.FetchAsync(Request(state, source), ct);
        if (fetch.Status == FetchStatus.NotModified)
            return new SourcePollResult { SourceId = source.Id, Fetch = FetchStatus.NotModified };
        if (fetch.Status == FetchStatus.Failed)
            return await FailAsync(source, state, fetch.Error ?? "fetch failed", fetch.RetryAfter, ct);

        FeedDocument feed;
        try
        {
            (feed, fetch) = await SourceReader.ReadAsync(source, fetch, fetcher, ct);
        }
        catch (FeedParseException ex)
        {
            return await FailAsync(source, state, "parse: " + ex.Message, null, ct);
        }

        var now = time.GetUtcNow();
        var known = await itemStore.GetItemsAsync(source.Id, ct, firstPoll: !state.Baselined, unwritten: unwritten);
        // Some stored items did not read back: an item not recognised alerts only if published after the last success.
        var alerting = known is IPartialItems { Partial: true } && state.Baselined
            ? state with { Baselined = false, FirstAttempt = state.LastSuccess ?? state.LastPolled }
            : state;
        var alerts = new List<Alert>();
        var changes = new List<ItemChange>();
        var itemWrites = new List<ItemRecord>();
        var storyWrites = new Dictionary<string, StoryRecord>();
        var facts = new List<(ExtractResult, FactSource)>();
        var deferred = batch is not null && Deferrable(state);
        var index = storyIndex is null ? null : new PollStoryIndex(batch?.View(storyIndex, deferred) ?? storyIndex);
        var stories = index is null ? null : new StoryMatcher(index);
        // A silent first poll's items are pure CPU work (fingerprints, lookups, extraction); the cycle fetches many sources
        // at once, but more of them fingerprinting at once than there are cores only costs more CPU (caches, GC).
        using var working = deferred ? await CpuGate.EnterAsync(ct) : null;

        foreach (var entry in feed.Items)
        {
            var text = Compose(entry);
            var hash = ItemIdentity.Hash(TextNormalizer.Normalize(text));
            var stored = ItemRecord.Clip(text);
            var matches = matcher.Match(entry.Title ?? string.Empty, entry.PlainText, source.Topics);
            var topics = matches.Select(m => m.Topic).ToList();

            if (known.TryGetValue(entry.Id, out var previous))
            {
                if (previous.ContentHash == hash || previous.SeenHashes.Contains(hash))
                {
                    if (now - previous.LastSeen >= options.RefreshLastSeenAfter) itemWrites.Add(previous with { LastSeen = now });
                    continue;
                }
                var seen = Remember(previous.SeenHashes, previous.ContentHash);
                // Compared as stored: an edit past the stored part (ItemRecord.Clip) is no change to what was stored.
                var verdict = ChangeClassifier.Compare(previous.Text, stored);
                if (!verdict.Material)
                {
                    itemWrites.Add(previous with { ContentHash = hash, SeenHashes = seen, LastSeen = now });
                    continue;
                }
                var story = storyWrites.GetValueOrDefault(previous.StoryId) ?? await ReadStoryAsync(previous.StoryId, batch, ct, previous.StoryListing);
                var revision = (story?.Revision ?? previous.Revision) + 1;
                if (story is not null) storyWrites[story.StoryId] = story with { Revision = revision, LastUpdated = now, Title = entry.Title ?? story.Title };
                itemWrites.Add(previous with { ContentHash = hash, SeenHashes = seen, Text = stored, Title = entry.Title, Link = entry.Link, Topics = topics, LastSeen = now, Revision = revision });
                changes.Add(new(source.Id, entry.Id, entry.Link, entry.Title, ItemChangeKind.Updated));
                if (_tracker is not null && matches.Count > 0) facts.Add((Facts(text, matches, source.Country), new(source.Id, source.DisplayName, previous.StoryId, entry.Link, entry.Title ?? entry.Id)));
                if (state.Baselined && matches.Count > 0)
                    alerts.Add(MakeAlert(AlertKinds.UpdatedStory, source, entry, previous.StoryId, revision, story?.Sources.Count ?? 1, matches, verdict.Diff, now));
                continue;
            }

            // Copies of one story (other headline, other wording, other source) join the story they match.
            // one reading of the item's text for its facts and (an outlet without a country: the same text and country) its fingerprint
            var reading = new TariffExtractor.ItemReading(MatchBudget.Head(text), source.Country);
            var fingerprint = stories is null ? null : Fingerprint(entry.Title, entry.PlainText, entry.Link, source.Country, reading: reading);
            var indexedBefore = deferred ? batch!.Indexed : 0;
            StoryRecord NewStory(string id) => new()
            {
                StoryId = id, Title = entry.Title ?? entry.Link ?? entry.Id, Link = entry.Link, Sources = [source.Id],
                Topics = topics, FirstSeen = now, LastUpdated = now, FirstItem = $"{source.Id}/{entry.Id}",
            };
            var found = fingerprint is null ? null : await stories!.FindAsync(fingerprint, ct);
            // An item that would alert and found no story looks again under the creation lock, so sources meeting one
            // breaking story in this same cycle agree on one story id: the first creates it, the rest join it (or, if
            // they get there before its story row is saved, record the same alert id, which the ledger keeps once).
            // The lock is held for that second look and the new story's index row only.
            var indexed = false;
            if (found is null && fingerprint is not null && deferred)
            {
                // A silent first poll: the same, against the other first polls of the cycle (BaselineBatch.ClaimAsync).
                found = await batch!.ClaimAsync(stories!, fingerprint, indexedBefore, NewStory(StoryKeys.NewStoryId(entry.Title, entry.Link, entry.Id)), ct);
                indexed = found is null;
            }
            else if (found is null && fingerprint is not null && Alerting(alerting, entry) && matches.Count > 0)
            {
                await using (await stories!.LockCreationAsync(ct))
                {
                    found = await stories.FindAsync(fingerprint, ct, fresh: true);
                    if (found is null)
                    {
                        await index!.AddNowAsync(StoryKeys.NewStoryId(entry.Title, entry.Link, entry.Id), fingerprint, ct);
                        indexed = true;
                    }
                }
            }
            var storyId = found ?? StoryKeys.NewStoryId(entry.Title, entry.Link, entry.Id);
            // A story the index does not know is not read: its row is new (after a crash it may exist; the insert then
            // loses its race and merges, and the alert id is the one recorded before the crash).
            var existing = storyWrites.GetValueOrDefault(storyId) ?? (found is null && stories is not null ? null : await ReadStoryAsync(storyId, batch, ct));
            var firstItemKey = $"{source.Id}/{entry.Id}";
            var isOwnStory = existing is not null && existing.FirstItem == firstItemKey;
            itemWrites.Add(new ItemRecord
            {
                SourceId = source.Id, ItemId = entry.Id, Title = entry.Title, Link = entry.Link, StoryId = storyId,
                ContentHash = hash, Text = stored, Topics = topics, Published = entry.Published ?? entry.Updated,
                FirstSeen = now, LastSeen = now, Revision = existing?.Revision ?? 0,
            });

            if (existing is not null && !isOwnStory)
            {
                if (fingerprint is not null) await stories!.AddCopyAsync(storyId, fingerprint, ct);
                var sources = existing.Sources.Contains(source.Id) ? existing.Sources : [.. existing.Sources, source.Id];
                storyWrites[storyId] = existing with { Sources = sources, LastUpdated = now };
                changes.Add(new(source.Id, entry.Id, entry.Link, entry.Title, ItemChangeKind.Duplicate));
                continue;
            }

            if (fingerprint is not null && existing is null && !indexed) await index!.AddAsync(storyId, fingerprint, ct);
            storyWrites[storyId] = existing ?? NewStory(storyId);
            changes.Add(new(source.Id, entry.Id, entry.Link, entry.Title, ItemChangeKind.New));
            if (_tracker is not null && matches.Count > 0) facts.Add((Facts(reading, matches), new(source.Id, source.DisplayName, storyId, entry.Link, entry.Title ?? entry.Id)));
            if (Alerting(alerting, entry) && matches.Count > 0)
                alerts.Add(MakeAlert(AlertKinds.NewStory, source, entry, storyId, 0, 1, matches, [], now));
        }

        working?.Dispose();

        if (state.BrokenAlerted)
            alerts.Add(SourceAlert(AlertKinds.SourceRecovered, source, state, $"{source.DisplayName} is back", "The source answered normally again.", now));

        // Outbox first: the ledger rows exist before the state that says "seen".
        // Tariff tracker: changed rates and new meetings become alerts; its rows are written after the ledger, like item state.
        var tracked = _tracker is null || facts.Count == 0 ? TrackerUpdate.None : await _tracker.PlanAsync(facts, ct, recordOnly: !state.Baselined);
        if (state.Baselined) alerts.AddRange(Fold(tracked.Alerts, alerts));

        // The index rows of the stories this poll started without the lock, in one go, before anything refers to them.
        if (index is not null) await index.FlushAsync(ct);
        var succeeded = state with
        {
            ETag = fetch.ETag, LastModified = fetch.LastModified, Baselined = true, LastPolled = now, LastSuccess = now,
            ConsecutiveFailures = 0, LastError = null, BrokenAlerted = false, FirstAttempt = null,
            Url = fetch.MovedTo?.AbsoluteUri ?? state.Url,
        };
        if (deferred)
        {
            // Silent (no alert can come of it): the rest is written with the cycle's other first polls.
            batch!.Add(new BaselineBatch.Poll(source, succeeded, itemWrites, known), storyWrites.Values, tracked);
            return Polled(source, feed, changes, alerts, [], baseline: true, " (baseline, written with the cycle)");
        }
        var deliveryIds = await dispatcher.RecordAsync(alerts, ct);
        if (_tracker is not null) await _tracker.CommitAsync(tracked, ct);
        await SaveStoriesAsync([.. storyWrites.Values], ct);
        if (itemWrites.Count > 0) await itemStore.SaveItemsAsync(source.Id, itemWrites, ct, known);
        _lastKnown[source.Id] = await sourceStates.SaveAsync(succeeded, ct);
        return Polled(source, feed, changes, alerts, deliveryIds, baseline: !state.Baselined, state.Baselined ? string.Empty : " (baseline)");
    }

    private SourcePollResult Polled(SourceDefinition source, FeedDocument feed, List<ItemChange> changes, List<Alert> alerts, IReadOnlyList<string> deliveryIds, bool baseline, string note)
    {
        logger.LogInformation("Polled {SourceId}: {Items} items, {New} new, {Updated} updated, {Duplicates} duplicates, {Alerts} alerts{Baseline}",
            source.Id, feed.Items.Count, changes.Count(c => c.Change == ItemChangeKind.New), changes.Count(c => c.Change == ItemChangeKind.Updated),
            changes.Count(c => c.Change == ItemChangeKind.Duplicate), alerts.Count, note);
        return new SourcePollResult
        {
            SourceId = source.Id, Fetch = FetchStatus.Fetched, Baseline = baseline, Items = feed.Items.Count,
            Changes = changes, Alerts = alerts, DeliveryIds = deliveryIds, Error = feed.Bozo ? feed.BozoReason : null,
        };
    }

    /// <summary>How many silent first polls work through their items at once (<see cref="PollOnceAsync"/>).</summary>
    private static readonly Gate CpuGate = new(Environment.ProcessorCount);

    /// <summary>A semaphore whose slot is given back by disposing it (once, however often disposed).</summary>
    private sealed class Gate(int slots)
    {
        private readonly SemaphoreSlim _slots = new(slots, slots);

        public async Task<IDisposable> EnterAsync(CancellationToken ct)
        {
            await _slots.WaitAsync(ct);
            return new Slot(_slots);
        }

        private sealed class Slot(SemaphoreSlim slots) : IDisposable
        {
            private int _released;

            public void Dispose()
            {
                if (Interlocked.Exchange(ref _released, 1) == 0) slots.Release();
            }
        }
    }

    /// <summary>
    /// A poll that can alert nothing: the source has never finished a poll, none failed before this one (an item
    /// published after a failed first attempt alerts) and no "broken" alert is out (its recovery alerts).
    /// </summary>
    internal static bool Deferrable(SourceState state) => !state.Baselined && state.FirstAttempt is null && !state.BrokenAlerted;

    /// <summary>A story as the batch or the store has it; a story written only as its listing is read from there (where the
    /// item names it, else where the index knows it).</summary>
    private async Task<StoryRecord?> ReadStoryAsync(string storyId, BaselineBatch? batch, CancellationToken ct, string? listing = null) =>
        batch?.Story(storyId) ?? await itemStore.GetStoryAsync(storyId, listing ?? storyIndex?.ListingOf(storyId), ct);

    /// <summary>
    /// Writes what <paramref name="batch"/>'s deferred polls kept, in a poll's order (index rows, tariff and event rows,
    /// story rows; then per source its items and its state), the shared rows all at once so that rows of one partition
    /// share transactions. Returns the sources whose rows were not all written, with why: a
    /// <see cref="ConcurrencyException"/> (another poll wrote the source's items or state) means "poll it again".
    /// </summary>
    public async Task<IReadOnlyDictionary<string, Exception>> FlushAsync(BaselineBatch batch, int parallelism = 16, CancellationToken ct = default)
    {
        var (indexRows, stories, tracked, polls) = batch.Contents();
        var listed = storyIndex?.KeepsListings == true ? BaselineBatch.AttachListings(indexRows, stories, id => storyIndex.ListingOf(id) is not null) : null;
        var failed = new System.Collections.Concurrent.ConcurrentDictionary<string, Exception>(StringComparer.Ordinal);
        if (polls.Count == 0) return failed;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        long indexMs = 0, tariffMs = 0, storyMs = 0;
        try
        {
            // Three tables, written side by side: nothing of one is read before the flush ends (the polls are done) and a
            // crash before the states leaves every source of the batch un-baselined, whichever of them got written.
            await Task.WhenAll(
                Timed(async () => { if (storyIndex is not null && indexRows.Count > 0) await storyIndex.AddManyAsync(indexRows, ct); }, ms => indexMs = ms),
                Timed(async () => { if (_tracker is not null) await _tracker.CommitAsync(tracked, ct); }, ms => tariffMs = ms),
                Timed(() => SaveStoriesAsync(stories, ct, listed), ms => storyMs = ms));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Writing the rows of {Polls} first polls failed; they are polled again next cycle", polls.Count);
            foreach (var poll in polls) failed[poll.Source.Id] = ex;
            return failed;
        }
        var sharedMs = clock.ElapsedMilliseconds;
        // A listed story has no row until it grows: its items name where its listing is (written now), so a later poll reads it.
        if (listed is { Count: > 0 }) polls = [.. polls.Select(p => p with { Items = BaselineBatch.NameListings(p.Items, listed, storyIndex!) })];
        // Each source's items, then the states of the sources whose items are written, together (a store batches them):
        // a source is still baselined only by its state, written after its items.
        await Parallel.ForEachAsync(polls, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = ct }, async (poll, token) =>
        {
            try
            {
                if (poll.Items.Count > 0) await itemStore.SaveItemsAsync(poll.Source.Id, poll.Items, token, poll.Known);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failed[poll.Source.Id] = ex;
            }
        });
        var written = polls.Where(p => !failed.ContainsKey(p.Source.Id)).Select(p => p.Saved).ToList();
        try
        {
            foreach (var (saved, error) in await sourceStates.SaveManyAsync(written, ct))
            {
                if (error is null) _lastKnown[saved.SourceId] = saved;
                else failed[saved.SourceId] = error;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Storage could not be reached: whichever states got written, every source is polled again (as baselined or not).
            foreach (var state in written) failed[state.SourceId] = ex;
        }
        logger.LogInformation("Flushed {Polls} first polls in {Ms} ms: {IndexRows} index rows {IndexMs} ms, {Tariffs} tariff and {Events} event rows {TariffMs} ms, {Stories} stories {StoryMs} ms (side by side), then items and states {ItemMs} ms",
            polls.Count, clock.ElapsedMilliseconds, indexRows.Count, indexMs, tracked.Tariffs.Count, tracked.Events.Count, tariffMs, stories.Count, storyMs,
            clock.ElapsedMilliseconds - sharedMs);
        return failed;

        static async Task Timed(Func<Task> write, Action<long> took)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            await write();
            took((long)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    private async Task<SourcePollResult> FailAsync(SourceDefinition source, SourceState state, string error, TimeSpan? retryAfter, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var failures = state.ConsecutiveFailures + 1;
        var alerts = new List<Alert>();
        var broken = failures >= options.BrokenAfterFailures;
        if (broken && !state.BrokenAlerted)
            alerts.Add(SourceAlert(AlertKinds.SourceBroken, source, state with { ConsecutiveFailures = failures }, $"{source.DisplayName} is failing",
                $"{failures} polls in a row failed. Last error: {error}", now));
        var deliveryIds = await dispatcher.RecordAsync(alerts, ct);
        _lastKnown[source.Id] = await sourceStates.SaveAsync(state with
        {
            ConsecutiveFailures = failures, LastError = error, LastPolled = now, BrokenAlerted = state.BrokenAlerted || broken,
            FirstAttempt = state.FirstAttempt ?? (state.Baselined ? null : now),
            NextPollNotBefore = FetchBackoff.NextPoll(now, failures, retryAfter),
        }, ct);
        logger.LogWarning("Poll of {SourceId} failed ({Failures} in a row): {Error}", source.Id, failures, error);
        return new SourcePollResult { SourceId = source.Id, Fetch = FetchStatus.Failed, Error = error, Alerts = alerts, DeliveryIds = deliveryIds };
    }

    private static FetchRequest Request(SourceState state, SourceDefinition source) =>
        new(new Uri(state.Url ?? source.Url), state.ETag, state.LastModified);

    /// <summary>A state whose validators a poll may use before reading storage: baselined, same URL, nothing failing.</summary>
    private static bool Healthy(SourceState state, SourceDefinition source) =>
        state.Baselined && state.ConfiguredUrl == source.Url && state.ConsecutiveFailures == 0 && !state.BrokenAlerted
        && (state.ETag is not null || state.LastModified is not null);

    /// <summary>Saves story rows together; a row that lost its race is merged and saved again (<see cref="SaveStoryAsync"/>).</summary>
    private async Task SaveStoriesAsync(IReadOnlyList<StoryRecord> stories, CancellationToken ct, IReadOnlySet<string>? listed = null)
    {
        var lost = await itemStore.SaveStoriesAsync(stories, ct, listed);
        await Task.WhenAll(lost.Select(story => SaveStoryAsync(story, ct, lostOnce: true)));
    }

    /// <summary>Attempts at one story write before the poll gives up (and the cycle polls the source again).</summary>
    internal const int StoryWriteAttempts = 10;

    /// <summary>
    /// Saves what this poll did to a story. Sources reporting one story in the same cycle write the same row; a lost
    /// ETag race re-reads the row and merges this poll's change into it (sources and topics united, the later update
    /// and the higher revision kept), instead of failing the whole poll: a poll that failed before its first success
    /// would otherwise make the next success its baseline, and that baseline's new stories are, by definition, silent.
    /// </summary>
    private async Task SaveStoryAsync(StoryRecord story, CancellationToken ct, bool lostOnce = false)
    {
        for (var attempt = lostOnce ? 2 : 1; ; attempt++)
        {
            if (attempt > 1)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 * attempt)), ct);
                var current = await itemStore.GetStoryAsync(story.StoryId, ct);
                story = current is null ? story with { Version = null } : MergeStory(current, story);
            }
            try
            {
                await itemStore.SaveStoryAsync(story, ct);
                return;
            }
            catch (ConcurrencyException) when (attempt < StoryWriteAttempts)
            {
                // Lost a race: merge into what is there now, and try again.
            }
        }
    }

    internal static StoryRecord MergeStory(StoryRecord current, StoryRecord mine) => current with
    {
        Sources = [.. current.Sources.Union(mine.Sources, StringComparer.Ordinal)],
        Topics = [.. current.Topics.Union(mine.Topics, StringComparer.Ordinal)],
        LastUpdated = current.LastUpdated > mine.LastUpdated ? current.LastUpdated : mine.LastUpdated,
        Revision = Math.Max(current.Revision, mine.Revision),
        Title = mine.Revision > current.Revision ? mine.Title : current.Title,
    };

    /// <summary>
    /// A fact change found in a story that alerts in this same poll becomes that story alert's first change line, and
    /// the tracker alert is marked as folded into it (see <see cref="Alert.FoldedInto"/>).
    /// </summary>
    internal static List<Alert> Fold(IReadOnlyList<Alert> trackerAlerts, List<Alert> storyAlerts)
    {
        var facts = new List<Alert>(trackerAlerts.Count);
        foreach (var fact in trackerAlerts)
        {
            var host = fact.StoryId is null ? -1 : storyAlerts.FindIndex(a => a.StoryId == fact.StoryId && a.Kind is AlertKinds.NewStory or AlertKinds.UpdatedStory);
            if (host < 0)
            {
                facts.Add(fact);
                continue;
            }
            var line = "+ " + (fact.Kind == AlertKinds.EventAnnounced ? "Event announced: " + fact.Title : fact.Title);
            storyAlerts[host] = storyAlerts[host] with { Changes = [line, .. storyAlerts[host].Changes] };
            facts.Add(fact with { FoldedInto = storyAlerts[host].Id });
        }
        return facts;
    }

    /// <summary>
    /// A new item alerts once the source is baselined; on a baseline poll that follows failed attempts, an item
    /// published after the first attempt alerts too (undated items stay silent, like the rest of a baseline).
    /// </summary>
    internal static bool Alerting(SourceState state, FeedEntry entry) =>
        state.Baselined || state.FirstAttempt is { } first && (entry.Published ?? entry.Updated) > first;

    private static IReadOnlyList<string> Remember(IReadOnlyList<string> seen, string hash) =>
        [.. seen.Where(h => h != hash).TakeLast(ItemRecord.MaxSeenHashes - 1), hash];

    /// <summary>
    /// The item's story fingerprint within the regex budget (<see cref="MatchBudget"/>): the fingerprint reads the text with
    /// some fifty patterns (editions, rates, headline actions), and a match that runs out of time — a blow-up on hostile
    /// text, or a thread starved on a loaded host — must not fail the source's poll, which would fail again every cycle on
    /// the same item. Tried twice; then the fingerprint of the headline and link alone (the item still joins a story told
    /// under the same headline); then none (the item is its own story, and alerts as one).
    /// </summary>
    /// <param name="reading">The poll's reading of the item's text, shared with its facts (<see cref="StoryFingerprint.Of(string?, string?, string?, string?, TariffExtractor.ItemReading?)"/>).</param>
    internal static StoryFingerprint? Fingerprint(string? title, string? text, string? link, string? sourceCountry,
        Func<string?, string?, string?, string?, StoryFingerprint>? of = null, TariffExtractor.ItemReading? reading = null)
    {
        of ??= (t, x, l, c) => StoryFingerprint.Of(t, x, l, c, reading);
        return MatchBudget.OrElse<StoryFingerprint?>(() => of(title, text, link, sourceCountry), null)
            ?? MatchBudget.OrElse<StoryFingerprint?>(() => of(title, null, link, sourceCountry), null);
    }

    /// <summary>The item's measures and events, within the extractors' budget (<see cref="MatchBudget"/>: the item's head; none on a blow-up).</summary>
    /// <param name="sourceCountry">The source's country (sources.json <c>country</c>): the last-resort imposer of a domestic measure.</param>
    internal static ExtractResult Facts(string text, IReadOnlyList<TopicMatch> matches, string? sourceCountry = null) =>
        FactExtractor.Extract(MatchBudget.Head(text), matches.Select(m => m.Topic).ToList(), sourceCountry);

    /// <summary>The item's measures and events from the poll's reading of its head (<see cref="Facts(string, IReadOnlyList{TopicMatch}, string?)"/>).</summary>
    internal static ExtractResult Facts(TariffExtractor.ItemReading reading, IReadOnlyList<TopicMatch> matches) =>
        FactExtractor.Extract(reading, matches.Select(m => m.Topic).ToList());

    private static string Compose(FeedEntry entry)
    {
        return StoryFingerprint.ItemText(entry.Title, entry.PlainText);
    }

    private static Alert MakeAlert(string kind, SourceDefinition source, FeedEntry entry, string storyId, int revision, int sourceCount,
        IReadOnlyList<TopicMatch> matches, IReadOnlyList<string> diff, DateTimeOffset now) => new()
    {
        Id = $"{storyId}-r{revision}",
        Kind = kind,
        Title = entry.Title ?? entry.Link ?? entry.Id,
        Link = entry.Link,
        StoryId = storyId,
        Revision = revision,
        SourceId = source.Id,
        SourceName = source.DisplayName,
        SourceCount = sourceCount,
        Summary = Truncate(entry.PlainText, 600),
        Matches = matches,
        Changes = diff,
        Published = entry.Published ?? entry.Updated,
        Detected = now,
    };

    private static Alert SourceAlert(string kind, SourceDefinition source, SourceState state, string title, string summary, DateTimeOffset now) => new()
    {
        Id = $"{kind}-{source.Id}-{(state.LastSuccess ?? DateTimeOffset.UnixEpoch).ToUnixTimeSeconds()}",
        Kind = kind,
        Title = title,
        Link = source.Url,
        SourceId = source.Id,
        SourceName = source.DisplayName,
        Summary = summary,
        Detected = now,
    };

    internal static string Truncate(string text, int max)
    {
        if (text.Length <= max) return text;
        var cut = text.LastIndexOf(' ', max - 1);
        return text[..(cut > 0 ? cut : max)] + "…";
    }
}
