using Azure;
using Azure.Data.Tables;
using Watcher.Core.State;

namespace Watcher.Azure.Tables;

/// <summary>
/// WatcherSources: one row per source, PartitionKey = <c>states-N</c> (one of <see cref="Shards"/>, from the source id),
/// RowKey = source id, so that a cycle's first polls write their states in a few transactions (<see cref="SaveManyAsync"/>)
/// instead of a request each. Rows of the earlier schema (PartitionKey = source id, RowKey = <c>state</c>) are still read:
/// a point read that misses the new row reads the old one (and the new one again if both miss), a list prefers the new row of a source over its old one, and
/// the first save of a state read from an old row inserts the new row (an insert: a second host migrating the same row
/// loses its race, as with any stale state), then deletes the old row (after the insert, so that a read always finds one
/// of them). A list deletes any old row it finds shadowed by a new one (a delete that failed), and once every old row it
/// finds is shadowed, this process's point reads skip the fallback and its lists read the <c>states-</c> partitions only.
/// Old and new hosts must not run side by side (docs/storage.md): each guards only its own row.
/// </summary>
public sealed class TableSourceStateStore(TableServiceClient service) : TableStore(service, TableNames.Sources), ISourceStateStore
{
    private const string LegacyRow = "state";

    /// <summary>Marks the <see cref="SourceState.Version"/> of a state read from an old-schema row.</summary>
    private const string LegacyVersion = "legacy:";

    /// <summary>Partitions the state rows are spread over (few: a baseline's states share transactions).</summary>
    public const int Shards = 4;

    /// <summary>
    /// Set once a list found no old-schema row that no new row shadows: point reads then skip the fallback read, and lists
    /// read the state partitions only.
    /// </summary>
    private volatile bool _noLegacyRows;

    /// <summary>The state partitions (<c>states-0</c> …): '.' is the character after '-'.</summary>
    private static readonly string StateRows = TableClient.CreateQueryFilter($"PartitionKey ge {"states-"} and PartitionKey lt {"states."}");

    /// <summary>The state partitions and the old schema's state rows.</summary>
    private static readonly string StateAndLegacyRows = TableClient.CreateQueryFilter($"(PartitionKey ge {"states-"} and PartitionKey lt {"states."}) or RowKey eq {LegacyRow}");

    internal static string Partition(string sourceId) => TableKeys.Shard("states-", sourceId, Shards);

    public async Task<SourceState?> GetAsync(string sourceId, CancellationToken ct = default)
    {
        var key = TableKeys.Escape(sourceId);
        if (await GetAsync(Partition(sourceId), key, ct) is { } row) return Map(row);
        if (_noLegacyRows) return null;
        if (await GetAsync(key, LegacyRow, ct) is { } legacy) return Map(legacy) with { Version = LegacyVersion + legacy.ETag };
        // Neither: a new source, or one another host migrated between the two reads (its new row is written before its old
        // row is deleted, so a second look at the new row finds it). Only a source's first poll gets here, and only while
        // the fallback is on.
        return await GetAsync(Partition(sourceId), key, ct) is { } migrated ? Map(migrated) : null;
    }

    public async Task<SourceState> SaveAsync(SourceState state, CancellationToken ct = default)
    {
        var saved = state with { Version = await WriteAsync(Entity(state), NewRowVersion(state.Version), ct) };
        if (IsLegacy(state.Version)) await DeleteLegacyRowAsync(state.SourceId, ct);
        return saved;
    }

    /// <summary>
    /// Deletes a source's old-schema row once its new row is written (whatever it holds: the new row shadows it). A delete
    /// that fails leaves it shadowed, for the next list to delete; the save stands.
    /// </summary>
    private async Task DeleteLegacyRowAsync(string sourceId, CancellationToken ct)
    {
        try { await DeleteIfPresentAsync(TableKeys.Escape(sourceId), LegacyRow, ct); }
        catch (Exception ex) when (ex is not OperationCanceledException) { }
    }

    /// <summary>
    /// Saves states in transactions of one partition each (up to 100 rows); a transaction the service refuses (a lost race,
    /// a row it will not take) is retried row by row, so each state gets its own answer: the saved state, or why not (a
    /// <see cref="ConcurrencyException"/> when another poll wrote it since it was read). Any other failure of a transaction
    /// (throttling past the retries, storage unreachable) answers that transaction's rows only: the others stand.
    /// </summary>
    public async Task<IReadOnlyList<(SourceState State, Exception? Error)>> SaveManyAsync(IReadOnlyList<SourceState> states, CancellationToken ct = default)
    {
        var answers = new (SourceState, Exception?)[states.Count];
        var chunks = Enumerable.Range(0, states.Count).GroupBy(i => Partition(states[i].SourceId), StringComparer.Ordinal)
            .SelectMany(p => p.Chunk(MaxBatch)).ToList();
        await Parallel.ForEachAsync(chunks, new ParallelOptions { MaxDegreeOfParallelism = TransactionsInFlight, CancellationToken = ct }, async (chunk, token) =>
        {
            Response<IReadOnlyList<Response>> response;
            try
            {
                response = await Table.SubmitTransactionAsync(chunk.Select(i => Action(states[i])), token);
            }
            catch (RequestFailedException ex) when (ex.Status is 400 or 404 or 409 or 412 or 413)
            {
                // One row lost its race (or is one the service refuses) and the transaction wrote none: each row on its own
                // says which.
                foreach (var i in chunk)
                {
                    try { answers[i] = (await SaveAsync(states[i], token), null); }
                    catch (Exception one) when (one is not OperationCanceledException) { answers[i] = (states[i], one); }
                }
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                foreach (var i in chunk) answers[i] = (states[i], ex);
                return;
            }
            for (var k = 0; k < chunk.Length; k++)
                answers[chunk[k]] = response.Value[k].Headers.ETag?.ToString() is { } etag
                    ? (states[chunk[k]] with { Version = etag }, null)
                    : (states[chunk[k]], new InvalidOperationException("Table service returned no ETag"));
            foreach (var i in chunk)
                if (IsLegacy(states[i].Version)) await DeleteLegacyRowAsync(states[i].SourceId, token);
        });
        return answers;
    }

    public async Task<IReadOnlyList<SourceState>> ListAsync(CancellationToken ct = default)
    {
        // State rows only (the table may hold other rows): the state partitions, and the old schema's rows until none is
        // left unshadowed. A source's new row wins over its old one.
        var rows = await QueryAsync(_noLegacyRows ? StateRows : StateAndLegacyRows, ct);
        var states = new Dictionary<string, SourceState>(StringComparer.Ordinal);
        var legacy = new List<SourceState>();
        foreach (var row in rows)
        {
            var state = Map(row);
            if (IsNewRow(row, state.SourceId)) states[state.SourceId] = state;
            else legacy.Add(state with { Version = LegacyVersion + row.ETag });
        }
        var shadowed = legacy.Where(old => states.ContainsKey(old.SourceId)).ToList();
        foreach (var old in legacy) states.TryAdd(old.SourceId, old);
        if (shadowed.Count == legacy.Count) _noLegacyRows = true;
        foreach (var old in shadowed) await DeleteLegacyRowAsync(old.SourceId, ct);
        return [.. states.Values.OrderBy(s => s.SourceId, StringComparer.Ordinal)];
    }

    private static bool IsNewRow(TableEntity row, string sourceId) =>
        row.PartitionKey == Partition(sourceId) && row.RowKey == TableKeys.Escape(sourceId);

    private static bool IsLegacy(string? version) => version is not null && version.StartsWith(LegacyVersion, StringComparison.Ordinal);

    /// <summary>The version to write the new row with: none (an insert) for a state read from an old row.</summary>
    private static string? NewRowVersion(string? version) => IsLegacy(version) ? null : version;

    private static TableTransactionAction Action(SourceState state) => NewRowVersion(state.Version) is { } version
        ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, Entity(state), new ETag(version))
        : new TableTransactionAction(TableTransactionActionType.Add, Entity(state));

    private static TableEntity Entity(SourceState state)
    {
        // Null properties are left out: the row is replaced whole, so an absent property reads back as null.
        var entity = new TableEntity(Partition(state.SourceId), TableKeys.Escape(state.SourceId)) { ["SourceId"] = state.SourceId };
        if (state.Url is not null) entity["Url"] = state.Url;
        if (state.ConfiguredUrl is not null) entity["ConfiguredUrl"] = state.ConfiguredUrl;
        if (state.ETag is not null) entity["ETagHeader"] = state.ETag;
        if (state.LastModified is not null) entity["LastModified"] = state.LastModified;
        entity["Baselined"] = state.Baselined;
        if (state.FirstAttempt is not null) entity["FirstAttempt"] = state.FirstAttempt;
        if (state.LastPolled is not null) entity["LastPolled"] = state.LastPolled;
        if (state.LastSuccess is not null) entity["LastSuccess"] = state.LastSuccess;
        if (state.NextPollNotBefore is not null) entity["NextPollNotBefore"] = state.NextPollNotBefore;
        if (state.ConsecutiveFailures != 0) entity["ConsecutiveFailures"] = state.ConsecutiveFailures;
        if (state.LastError is not null) entity["LastError"] = state.LastError;
        if (state.BrokenAlerted) entity["BrokenAlerted"] = true;
        return entity;
    }

    private static SourceState Map(TableEntity e) => new()
    {
        SourceId = e.GetString("SourceId") ?? TableKeys.Unescape(e.RowKey == LegacyRow ? e.PartitionKey : e.RowKey),
        Url = e.GetString("Url"),
        ConfiguredUrl = e.GetString("ConfiguredUrl"),
        ETag = e.GetString("ETagHeader"),
        LastModified = e.GetString("LastModified"),
        Baselined = e.GetBoolean("Baselined") ?? false,
        FirstAttempt = Time(e, "FirstAttempt"),
        LastPolled = Time(e, "LastPolled"),
        LastSuccess = Time(e, "LastSuccess"),
        NextPollNotBefore = Time(e, "NextPollNotBefore"),
        ConsecutiveFailures = e.GetInt32("ConsecutiveFailures") ?? 0,
        LastError = e.GetString("LastError"),
        BrokenAlerted = e.GetBoolean("BrokenAlerted") ?? false,
        Version = e.ETag.ToString(),
    };
}
