using Azure;
using Azure.Data.Tables;
using Watcher.Core.Stories;

namespace Watcher.Azure.Tables;

public sealed class StoryIndexOptions
{
    public const string Section = "Watcher:Stories";
    /// <summary>A copy published more than this many days after its story starts a new story.</summary>
    public int LookBackDays { get; set; } = 7;
    /// <summary>How stale this host's mirror of the index may be for a lookup that is not under the creation lock.</summary>
    public TimeSpan Refresh { get; set; } = TimeSpan.FromSeconds(10);
}

/// <summary>
/// WatcherStoryIndex: one row per story (and one per copy kept for it, see <see cref="IStoryIndex.AddCopyAsync"/>: its
/// row has the story's id and a "Copy" tag), PartitionKey = "d-" + the UTC day it was added (yyyyMMdd), RowKey = time and
/// story id (and copy tag), with the story's MinHash signature, headline and URL keys, headline words, countries, word count and facts
/// (everything its fingerprint's keys are computed from: LSH bands, headline, URL, headline bands, lede facts). Each host mirrors the last
/// <see cref="StoryIndexOptions.LookBackDays"/> days in memory and answers lookups from LSH buckets built there, so
/// a lookup costs no storage request and adding a story costs one insert (it used to be 34 queries and 34 upserts,
/// one partition per band key: 90% of the storage requests of a baseline poll). What other hosts added is read
/// when the mirror is older than <see cref="StoryIndexOptions.Refresh"/>, and always for a fresh lookup (the creation
/// lock): one query per day partition for the rows written since the last read.
/// </summary>
public sealed class TableStoryIndex(TableServiceClient service, StoryIndexOptions options, TimeProvider time)
    : TableStore(service, TableNames.StoryIndex), IStoryIndex
{
    public TableStoryIndex(TableServiceClient service) : this(service, new StoryIndexOptions(), TimeProvider.System) { }

    private readonly InMemoryStoryIndex _mirror = new();
    /// <summary>The entries the mirror holds (<see cref="StoryCandidate.EntryOf"/>), each with the time of its newest row this
    /// host wrote or read (<see cref="Prune"/>).</summary>
    private readonly Dictionary<string, Known> _known = new(StringComparer.Ordinal);

    private readonly record struct Known(long Ticks, string StoryId, string? CopyTag);

    /// <summary>The start of the look-back window (UTC ticks) the mirror was last pruned to.</summary>
    private long _prunedTo;
    /// <summary>The time (row key ticks) of each story's own row this host wrote or read (<see cref="ListingOf"/>); guarded by <see cref="_known"/>.</summary>
    private readonly Dictionary<string, string> _rowTimes = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _sync = new(1, 1);
    private DateTimeOffset? _syncedAt;
    /// <summary>The latest row time (a row key's ticks) seen or written; the next read asks for rows from a little before it.</summary>
    private long _newestTicks;

    /// <summary>
    /// Rows written out of order around a read, or by a host whose clock is a little behind, are caught by reading back
    /// this far before the newest row seen (re-reading a few rows costs nothing: they are already known).
    /// </summary>
    private static readonly TimeSpan Overlap = TimeSpan.FromSeconds(30);

    public async Task<IReadOnlyList<StoryCandidate>> CandidatesAsync(StoryFingerprint fingerprint, CancellationToken ct = default, bool fresh = false)
    {
        await SyncAsync(fresh && !_mirrorCurrent, ct);
        return await _mirror.CandidatesAsync(fingerprint, ct);
    }

    /// <summary>A candidate's <see cref="StoryCandidate.Listing"/> is written into its row (<see cref="TableItemStore.RecentStoriesAsync"/> reads it).</summary>
    public bool KeepsListings => true;

    /// <summary>
    /// The time of the story's own row (its key's first 19 digits; its partition is that time's day), as this host wrote or
    /// read it: <see cref="TableItemStore"/> reads a listed story's row from it (<see cref="ListingKey"/>).
    /// </summary>
    public string? ListingOf(string storyId)
    {
        lock (_known) return _rowTimes.GetValueOrDefault(storyId);
    }

    /// <summary>The index row a <see cref="ListingOf"/> token names for <paramref name="storyId"/>, or null if it is no such token.</summary>
    internal static (string PartitionKey, string RowKey)? ListingKey(string storyId, string listing) =>
        listing.Length == 19 && long.TryParse(listing, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var ticks)
            && ticks >= DateTimeOffset.MinValue.UtcTicks && ticks <= DateTimeOffset.MaxValue.UtcTicks
            ? (DayPartition(new DateTimeOffset(ticks, TimeSpan.Zero)), RowKey(new DateTimeOffset(ticks, TimeSpan.Zero), storyId, null))
            : null;

    /// <summary>Notes the time of a story's own row (a copy's row is not its listing).</summary>
    private void RowOf(string storyId, bool copy, string rowKey)
    {
        if (copy || rowKey.Length < 19) return;
        lock (_known) _rowTimes[storyId] = rowKey[..19];
    }

    public Task AddAsync(string storyId, StoryFingerprint fingerprint, CancellationToken ct = default) =>
        AddManyAsync([new StoryCandidate(storyId, fingerprint)], ct);

    public Task AddCopyAsync(string storyId, StoryFingerprint fingerprint, CancellationToken ct = default) =>
        AddManyAsync([new StoryCandidate(storyId, fingerprint) { Copy = true }], ct);

    /// <summary>One row each, in transactions of up to 100 (they share today's partition). A story's copies beyond
    /// <see cref="InMemoryStoryIndex.MaxCopies"/> are not written.</summary>
    public async Task AddManyAsync(IReadOnlyList<StoryCandidate> stories, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var copies = new Dictionary<string, int>(StringComparer.Ordinal);
        var distinct = stories.Select(s => (Entry: StoryCandidate.EntryOf(s.StoryId, CopyTag(s)), Story: s))
            .DistinctBy(s => s.Entry, StringComparer.Ordinal)
            .Where(s => !s.Story.Copy || (!Knows(s.Entry, 0) && Room(s.Story.StoryId))).ToList();
        if (distinct.Count == 0) return;
        await SubmitBatchedAsync(Table, distinct.Select(s => Row(now, s.Story)), TableTransactionActionType.UpsertReplace, ct);
        Saw(now.UtcTicks);
        foreach (var (_, story) in distinct) RowOf(story.StoryId, story.Copy, RowKey(now, story.StoryId, null));
        foreach (var (entry, story) in distinct) await RememberAsync(entry, story, now.UtcTicks, ct);

        // The story has room for one more copy, counting those the mirror knows and those of this batch.
        bool Room(string storyId)
        {
            var planned = copies.GetValueOrDefault(storyId);
            if (_mirror.CopiesOf(storyId) + planned >= InMemoryStoryIndex.MaxCopies) return false;
            copies[storyId] = planned + 1;
            return true;
        }
    }

    private static string? CopyTag(StoryCandidate story) => story.Copy ? story.Fingerprint.CopyTag : null;

    internal static TableEntity Row(DateTimeOffset now, StoryCandidate story)
    {
        var (fingerprint, copy) = (story.Fingerprint, CopyTag(story));
        // Only what differs from what a missing column reads as (SparseColumns): most stories have no facts, figures,
        // rates or parties and none of the headline flags. Leader is always written: absent means "a row from before it".
        var row = new TableEntity(DayPartition(now), RowKey(now, story.StoryId, copy))
        {
            ["StoryId"] = story.StoryId,
            ["Signature"] = fingerprint.SignatureBase64(),
            ["Leader"] = fingerprint.HeadlineNamesKnownLeader,
        };
        row.SetUnlessNull("Copy", copy);
        row.SetUnlessNull("TitleKey", fingerprint.TitleKey);
        row.SetUnlessNull("UrlKey", fingerprint.UrlKey);
        row.SetList("Facts", fingerprint.Facts);
        row.SetList("TitleWords", fingerprint.TitleWords);
        row.SetList("Entities", fingerprint.Entities);
        row.SetUnlessZero("Words", fingerprint.WordCount);
        row.SetList("Figures", fingerprint.Figures);
        row.SetList("Rates", fingerprint.Rates);
        row.SetFlag("Live", fingerprint.IsLiveHeadline);
        row.SetFlag("Corrects", fingerprint.StatesCorrection);
        row.SetFlag("TopRate", fingerprint.HeadlineStatesTopRate);
        row.SetUnlessNull("TitleMain", fingerprint.TitleMainWords);
        row.SetFlag("Ahead", fingerprint.HeadlineAnnouncesAhead);
        row.SetFlag("Call", fingerprint.HeadlineNamesCall);
        row.SetUnlessZero("Body", (int)fingerprint.LedeBody);
        row.SetUnlessNull("Edition", fingerprint.LedeEdition);
        row.SetList("Occasion", fingerprint.Occasion);
        row.SetUnlessNull("Bilateral", fingerprint.Bilateral);
        row.SetList("Homes", fingerprint.HomeCountries);
        row.SetList("LedeParties", fingerprint.LedeParties);
        // A silent baseline's new story: the row stands for its first save's timeline copy (the story's columns, as the
        // timeline row would hold them; no fingerprint column shares a name with them).
        if (story.Listing is { } listing && !story.Copy) TableItemStore.SetStoryColumns(row, listing);
        return row;
    }

    /// <summary>"{UTC ticks, 19 digits}|{story id}", and "|{copy tag}" for a copy: rows sort by the time they were added, so
    /// "what is new" is a key range.</summary>
    private static string RowKey(DateTimeOffset at, string storyId, string? copy) =>
        at.UtcTicks.ToString("D19", System.Globalization.CultureInfo.InvariantCulture) + "|" + TableKeys.Escape(storyId) + (copy is null ? string.Empty : "|" + copy);

    private void Saw(long ticks)
    {
        lock (_known)
            if (ticks > _newestTicks) _newestTicks = ticks;
    }

    /// <summary>Notes a row's time (its key's first 19 digits).</summary>
    private void Saw(TableEntity row)
    {
        if (TryTicks(row, out var ticks)) Saw(ticks);
    }

    /// <summary>Whether the mirror holds the entry; if so, a row of it at <paramref name="ticks"/> keeps it that much longer (<see cref="Prune"/>).</summary>
    private bool Knows(string entry, long ticks)
    {
        lock (_known)
        {
            ref var known = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(_known, entry);
            if (System.Runtime.CompilerServices.Unsafe.IsNullRef(ref known)) return false;
            if (ticks > known.Ticks) known = known with { Ticks = ticks };
            return true;
        }
    }

    /// <summary>Adds the row's story (or copy) to the mirror, unless it holds it: then the row only keeps it longer.</summary>
    private async Task RememberAsync(string entry, StoryCandidate story, long ticks, CancellationToken ct)
    {
        lock (_known)
        {
            if (Knows(entry, ticks)) return;
            _known.Add(entry, new Known(ticks, story.StoryId, CopyTag(story)));
        }
        if (story.Copy) await _mirror.AddCopyAsync(story.StoryId, story.Fingerprint, ct);
        else await _mirror.AddAsync(story.StoryId, story.Fingerprint, ct);
    }

    /// <summary>The mirror's name for a row (its story id, and its copy tag if it is a copy).</summary>
    private static string? EntryOf(TableEntity row) =>
        row.GetString("StoryId") is { } storyId ? StoryCandidate.EntryOf(storyId, row.GetString("Copy")) : null;

    /// <summary>First call: load the look-back window. Later: read what was added since, when stale or asked to.</summary>
    private async Task SyncAsync(bool fresh, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (!fresh && _syncedAt is { } at && now - at < options.Refresh) return;
        await _sync.WaitAsync(ct);
        try
        {
            now = time.GetUtcNow();
            if (!fresh && _syncedAt is { } at2 && now - at2 < options.Refresh) return;
            var first = _syncedAt is null;
            // Days from the window's start (first load) or from the day of the last read (later reads) to today, with a
            // margin for hosts whose clocks are a little off around midnight.
            var from = first ? WindowStart(now) : Min(_syncedAt!.Value, now - ClockMargin).UtcDateTime.Date;
            var to = (now + ClockMargin).UtcDateTime.Date;
            long newest;
            lock (_known) newest = _newestTicks;
            var since = first || newest == 0 ? null : Math.Max(0, newest - Overlap.Ticks).ToString("D19", System.Globalization.CultureInfo.InvariantCulture);
            for (var day = from; day <= to; day = day.AddDays(1))
            {
                var partition = DayPartition(new DateTimeOffset(day, TimeSpan.Zero));
                var filter = since is null
                    ? TableClient.CreateQueryFilter($"PartitionKey eq {partition}")
                    : TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {since}");
                // A later read asks for the ids first: most rows it gets are known (the overlap read again, this host's
                // own rows), and only from the first row of a story this host does not know are whole rows read.
                if (since is not null)
                {
                    string? fromRow = null;
                    foreach (var id in await QueryAsync(filter, ct, select: IdColumns))
                    {
                        Saw(id);
                        if (id.GetString("StoryId") is { } idStory) RowOf(idStory, id.GetString("Copy") is not null, id.RowKey);
                        if (EntryOf(id) is { } entry && !Knows(entry, TicksOf(id)) && (fromRow is null || string.CompareOrdinal(id.RowKey, fromRow) < 0)) fromRow = id.RowKey;
                    }
                    if (fromRow is null) continue;
                    filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {fromRow}");
                }
                // The fingerprint's columns only: a row that lists a baseline's new story also holds the story's columns
                // (title, sources, link: ~370 B), which the mirror never reads.
                foreach (var row in await QueryAsync(filter, ct, select: FingerprintColumns))
                {
                    Saw(row);
                    if (row.GetString("StoryId") is { } rowStory) RowOf(rowStory, row.GetString("Copy") is not null, row.RowKey);
                    // Rows read again (the overlap, this host's own rows) are known: only a new story's row is parsed.
                    if (EntryOf(row) is { } entry && TicksOf(row) is var ticks && !Knows(entry, ticks))
                        await RememberAsync(entry, new StoryCandidate(row.GetString("StoryId")!, Map(row)) { Copy = row.GetString("Copy") is not null }, ticks, ct);
                }
            }
            _syncedAt = now;
            Prune(now);
        }
        finally
        {
            _sync.Release();
        }
    }

    private static readonly TimeSpan ClockMargin = TimeSpan.FromMinutes(10);

    /// <summary>What this host holds: the mirror's entries and keys, and the stories it knows the listing row of (tests).</summary>
    internal (int Entries, int Keys, int Listings) Held
    {
        get
        {
            lock (_known) return (_mirror.Count, _mirror.KeyCount, _rowTimes.Count);
        }
    }

    /// <summary>A row's time (its key's first 19 digits); a key without one reads as never old.</summary>
    private static long TicksOf(TableEntity row) => TryTicks(row, out var ticks) ? ticks : long.MaxValue;

    /// <summary>A row's time: its key's first 19 digits, if they are one (the UTC ticks the key starts with).</summary>
    private static bool TryTicks(TableEntity row, out long ticks) =>
        long.TryParse(row.RowKey.AsSpan(0, Math.Min(19, row.RowKey.Length)), out ticks);

    /// <summary>The first day of the look-back window at <paramref name="now"/>: what a host starting now loads (<see cref="SyncAsync"/>)
    /// and what the mirror keeps (<see cref="Prune"/>).</summary>
    private DateTime WindowStart(DateTimeOffset now) => now.UtcDateTime.Date.AddDays(-(options.LookBackDays - 1));

    /// <summary>
    /// Once a day (the first read after midnight UTC): the entries whose newest row is from before the look-back window
    /// (the days a host starting now loads) leave the mirror, and the stories whose own row is that old leave
    /// <see cref="ListingOf"/>, so a long-running host holds <see cref="StoryIndexOptions.LookBackDays"/> days of stories,
    /// not every story since it started, and finds what a new host would. <see cref="ListingOf"/> then answers null for an
    /// old story, as a new host's does: <see cref="TableItemStore.GetStoryAsync(string, string?, CancellationToken)"/> reads
    /// its row, else scans the index for its listing (an item of a listed story names its listing itself), and a baseline
    /// flush that adds a row for its id may list it anew (<see cref="Watcher.Core.Pipeline.BaselineBatch"/>). Under the
    /// entries' lock, so an entry a concurrent add keeps (<see cref="Knows"/>) or adds again is not taken out of the mirror after it.
    /// </summary>
    private void Prune(DateTimeOffset now)
    {
        var start = WindowStart(now).Ticks;
        if (start <= _prunedTo) return;
        _prunedTo = start;
        var startKey = start.ToString("D19", System.Globalization.CultureInfo.InvariantCulture);
        lock (_known)
        {
            foreach (var (entry, known) in _known)
            {
                if (known.Ticks >= start) continue;
                _known.Remove(entry);
                _mirror.Remove(known.StoryId, known.CopyTag);
            }
            foreach (var (storyId, rowTime) in _rowTimes)
                if (string.CompareOrdinal(rowTime, startKey) < 0) _rowTimes.Remove(storyId);
        }
    }

    /// <summary>What a refresh reads of every row first: which story it is, and its key (its time).</summary>
    private static readonly string[] IdColumns = ["RowKey", "StoryId", "Copy"];

    /// <summary>What a whole-row read asks for: the id columns and every column <see cref="Map"/> reads (a column a row
    /// lacks comes back empty, and reads as a missing column does). Not the listed story's columns (<see cref="Row"/>).</summary>
    internal static readonly string[] FingerprintColumns =
    [
        .. IdColumns, "Signature", "Leader", "TitleKey", "UrlKey", "Facts", "TitleWords", "Entities", "Words", "Figures", "Rates", "Live",
        "Corrects", "TopRate", "TitleMain", "Ahead", "Call", "Body", "Edition", "Occasion", "Bilateral", "Homes", "LedeParties",
    ];

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    internal static string DayPartition(DateTimeOffset at) => "d-" + at.UtcDateTime.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The creation lock's row: PartitionKey "lock" (no fingerprint key starts so), RowKey "create".</summary>
    private const string LockPartition = "lock", LockRow = "create";

    /// <summary>A holder that died keeps the lock at most this long.</summary>
    internal static readonly TimeSpan LockLease = TimeSpan.FromSeconds(30);

    /// <summary>Waiting longer than this for the lock fails the poll (nothing recorded yet; the next cycle retries).</summary>
    internal static readonly TimeSpan LockWait = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The longest this host keeps the storage lease while handing it from one of its pollers to the next: hosts
    /// creating stories at the same time take turns at least this often.
    /// </summary>
    internal static readonly TimeSpan LocalHandOver = TimeSpan.FromSeconds(2);

    /// <summary>This host's pollers queue here first, so only one of them at a time asks storage for the lease.</summary>
    private readonly SemaphoreSlim _local = new(1, 1);
    /// <summary>Pollers of this host waiting for the lock (a release hands the lease to them instead of to storage).</summary>
    private int _waiting;
    /// <summary>The storage lease this host holds between holders (null: not held).</summary>
    private Lease? _lease;

    private sealed record Lease(ETag ETag, DateTimeOffset Until, DateTimeOffset Since);

    /// <summary>
    /// One holder at a time per host, and one host at a time across hosts (a lease row in storage, see
    /// <see cref="LeaseAsync"/>). While pollers of this host queue for the lock, a holder's release hands the lease
    /// straight to the next one, without giving it back to storage and taking it again (three requests per story
    /// otherwise, in series, with every new story of a cycle waiting in line), for at most
    /// <see cref="LocalHandOver"/> and only while the lease has most of its time left.
    /// </summary>
    public async Task<IAsyncDisposable> LockCreationAsync(CancellationToken ct = default)
    {
        Interlocked.Increment(ref _waiting);
        try
        {
            await _local.WaitAsync(ct);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
        try
        {
            if (_lease is { } kept && kept.Until - DateTimeOffset.UtcNow > LockLease / 2) return new CreationLock(this);
            if (_lease is not null) await ReleaseLeaseAsync();
            _lease = await LeaseAsync(ct);
            _mirrorCurrent = true;
            return new CreationLock(this);
        }
        catch
        {
            _local.Release();
            throw;
        }
    }

    /// <summary>This host, as the lock row names its holders.</summary>
    private readonly string _host = Guid.NewGuid().ToString("N");

    /// <summary>
    /// Set while this host holds the lease: the mirror was brought up to date when the lease was taken, and no other
    /// host can create a story until it is given back, so a fresh lookup answers from the mirror.
    /// </summary>
    private volatile bool _mirrorCurrent;

    /// <summary>
    /// The lock row stays: a free row has an empty Owner (or a lease that ran out) and names its last holder. Taking it is
    /// a read and an ETag-checked update (an insert the first time); giving it back is an update that frees it. Taken,
    /// the mirror is brought up to date unless this host was the last holder (every hold leaves the mirror current,
    /// and other hosts create stories only under the lock).
    /// </summary>
    private async Task<Lease> LeaseAsync(CancellationToken ct)
    {
        var deadline = DateTimeOffset.UtcNow + LockWait;
        for (var attempt = 0; ; attempt++)
        {
            var since = DateTimeOffset.UtcNow;
            var row = new TableEntity(LockPartition, LockRow) { ["Owner"] = _host, ["LastHolder"] = _host, ["Until"] = since + LockLease };
            try
            {
                var held = await Table.GetEntityIfExistsAsync<TableEntity>(LockPartition, LockRow, cancellationToken: ct);
                if (!held.HasValue)
                {
                    var added = await Table.AddEntityAsync(row, ct);
                    return await SyncedAsync(new Lease(added.Headers.ETag ?? ETag.All, since + LockLease, since), lastHolder: null, ct);
                }
                var current = held.Value!;
                var free = string.IsNullOrEmpty(current.GetString("Owner")) || current.GetDateTimeOffset("Until") < DateTimeOffset.UtcNow;
                if (free)
                {
                    var taken = await Table.UpdateEntityAsync(row, current.ETag, TableUpdateMode.Replace, ct);
                    return await SyncedAsync(new Lease(taken.Headers.ETag ?? ETag.All, since + LockLease, since), current.GetString("LastHolder"), ct);
                }
            }
            catch (RequestFailedException lost) when (lost.Status is 404 or 409 or 412)
            {
                // Another host took it (or freed and removed it) between our read and our write: look again.
            }
            if (DateTimeOffset.UtcNow > deadline) throw new TimeoutException($"the story creation lock was not free within {LockWait.TotalSeconds:0} s");
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(2, 4 + 4 * Math.Min(attempt, 10))), ct);
        }
    }

    private async Task<Lease> SyncedAsync(Lease lease, string? lastHolder, CancellationToken ct)
    {
        try
        {
            if (lastHolder != _host || _syncedAt is null) await SyncAsync(fresh: true, ct);
            return lease;
        }
        catch
        {
            _lease = lease;
            await ReleaseLeaseAsync();
            throw;
        }
    }

    /// <summary>Frees the lease row (with our ETag: a lease that ran out and was taken over is the new holder's to free).</summary>
    private async Task ReleaseLeaseAsync()
    {
        var lease = _lease;
        _lease = null;
        _mirrorCurrent = false;
        if (lease is null) return;
        try
        {
            await Table.UpdateEntityAsync(new TableEntity(LockPartition, LockRow)
            {
                ["Owner"] = string.Empty, ["LastHolder"] = _host, ["Until"] = DateTimeOffset.UnixEpoch,
            }, lease.ETag, TableUpdateMode.Replace);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Our lease ran out and someone else holds the lock now: theirs to release.
        }
    }

    /// <summary>One holder's turn: its release keeps the lease for a waiting poller of this host, or gives it back.</summary>
    private sealed class CreationLock(TableStoryIndex index) : IAsyncDisposable
    {
        private int _released;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0) return;
            try
            {
                var lease = index._lease;
                var handOver = lease is not null && Volatile.Read(ref index._waiting) > 0
                    && DateTimeOffset.UtcNow - lease.Since < LocalHandOver && lease.Until - DateTimeOffset.UtcNow > LockLease / 2;
                if (!handOver) await index.ReleaseLeaseAsync();
            }
            finally
            {
                index._local.Release();
            }
        }
    }

    internal static StoryFingerprint Map(TableEntity row) =>
        new(StoryFingerprint.ParseSignature(row.GetString("Signature") ?? string.Empty), row.GetString("TitleKey"), row.GetString("UrlKey"))
        {
            Facts = FromJson<List<string>>(row.GetString("Facts"), []),
            TitleWords = FromJson<List<string>>(row.GetString("TitleWords"), []),
            Entities = FromJson<List<string>>(row.GetString("Entities"), []),
            WordCount = row.GetInt32("Words") ?? 0,
            Figures = FromJson<List<string>>(row.GetString("Figures"), []),
            Rates = FromJson<List<string>>(row.GetString("Rates"), []),
            IsLiveHeadline = row.GetBoolean("Live") ?? false,
            // null on a row written before the leader bit was kept: it reads as it did then
            HeadlineNamesKnownLeader = row.GetBoolean("Leader"),
            StatesCorrection = row.GetBoolean("Corrects") ?? false,
            HeadlineStatesTopRate = row.GetBoolean("TopRate") ?? false,
            TitleMainWords = row.GetInt32("TitleMain"),
            HeadlineAnnouncesAhead = row.GetBoolean("Ahead") ?? false,
            HeadlineNamesCall = row.GetBoolean("Call") ?? false,
            LedeBody = row.GetInt32("Body") is int body && Enum.IsDefined(typeof(StoryFingerprint.Body), body) ? (StoryFingerprint.Body)body : StoryFingerprint.Body.None,
            LedeEdition = row.GetString("Edition"),
            // none on a row written before it was kept: it joins nothing by a forum's occasion
            Occasion = FromJson<List<string>>(row.GetString("Occasion"), []),
            // none on a row written before it was kept: it joins nothing by a pair's visit or call
            Bilateral = row.GetString("Bilateral"),
            // none on a row written before they were kept: its home is unknown, which never disagrees
            HomeCountries = FromJson<List<string>>(row.GetString("Homes"), []),
            LedeParties = FromJson<List<string>>(row.GetString("LedeParties"), []),
        };
}
