using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;
using Watcher.Core.State;

namespace Watcher.Azure.Tables;

/// <summary>
/// WatcherDeliveries: PartitionKey = "shard|" + (first byte of SHA-256(delivery id) mod 4), RowKey = delivery id. The
/// deterministic id makes the insert the idempotency check: a second insert of the same delivery answers 409 and is
/// ignored. Four shared partitions let many rows be inserted, claimed and finished in one transaction each (ETag per
/// row, all or nothing). Rows written before the shards (PartitionKey = delivery id, RowKey = "delivery") are still
/// read, and updated where they are; their <see cref="DeliveryRecord.Version"/> says so.
/// WatcherDeliveryDue (the due index): PartitionKey = "due", RowKey = delivery id, NextAttempt, for every row that is
/// not final (pending or failed). The sweep reads that one small partition instead of the whole ledger.
/// Invariant: a non-final ledger row has an index row whose NextAttempt is no later than its own. Index rows are
/// written before the ledger row they describe and removed after it became final, so a crash leaves at worst a stale
/// index row, which <see cref="DueAsync"/> repairs or deletes; never a pending delivery the sweep cannot see.
/// The per-subscription log is an index in the same table: PartitionKey = "log|" + subscription id, RowKey =
/// inverted creation ticks + "|" + delivery id (newest first), written once after the delivery row is added. Index
/// rows carry no Status, so <see cref="DueAsync"/> never sees them.
/// </summary>
public sealed class TableDeliveryLedger(TableServiceClient service) : TableStore(service, TableNames.Deliveries), IDeliveryLedger, IDeliveryLog
{
    /// <summary>The row key of ledger rows written before the shards (PartitionKey = delivery id).</summary>
    private const string LegacyRow = "delivery";
    private const string LegacyVersion = "legacy|";
    private const string ShardPrefix = "shard|";
    private const int Shards = 4;
    private const string DuePartition = "due";
    private readonly TableClient _due = service.GetTableClient(TableNames.DeliveryDue);
    private const string LogPrefix = "log|";

    /// <summary>Transactions (or single writes) in flight at once.</summary>
    private const int WriteParallelism = 4;

    public static string ShardOf(string deliveryId) => TableKeys.Shard(ShardPrefix, deliveryId, Shards);

    private static bool IsLegacy(DeliveryRecord d) => d.Version?.StartsWith(LegacyVersion, StringComparison.Ordinal) == true;

    private static string ETagOf(DeliveryRecord d) =>
        (IsLegacy(d) ? d.Version![LegacyVersion.Length..] : d.Version) ?? throw new ArgumentException("a write needs the row's version");

    /// <summary>The record with the version a write returned, keeping where the row lives.</summary>
    private static DeliveryRecord Written(DeliveryRecord d, ETag? etag) =>
        d with { Version = (IsLegacy(d) ? LegacyVersion : string.Empty) + (etag?.ToString() ?? throw new InvalidOperationException("Table service returned no ETag")) };

    /// <summary>
    /// The ETag of each due-index row as this process last wrote or read it. Knowing it lets a finished delivery's
    /// index row be deleted later, in a batch, with If-Match: a row re-indexed meanwhile (a replay) answers 412 and
    /// stays. Only an optimisation: an id missing here is cleaned up at once, unconditionally, as before.
    /// </summary>
    private readonly ConcurrentDictionary<string, ETag> _indexVersions = new(StringComparer.Ordinal);
    private const int MaxIndexVersions = 100_000;
    private readonly List<(string Id, ETag ETag)> _finished = [];

    public async Task<bool> TryAddAsync(DeliveryRecord record, CancellationToken ct = default) =>
        (await AddManyAsync([record], ct)).Count == 1;

    /// <summary>
    /// Index rows first (one transaction per 100: they share the "due" partition), then the ledger rows (one
    /// transaction per shard and 100; one that meets a row recorded before did nothing, and its rows are inserted one
    /// by one, 409 = recorded before), then the log rows of the rows added (one transaction per subscriber and 100).
    /// A crash at any point leaves at worst index rows without a ledger row, which the sweep drops.
    /// </summary>
    public async Task<IReadOnlyList<DeliveryRecord>> AddManyAsync(IReadOnlyList<DeliveryRecord> records, CancellationToken ct = default)
    {
        if (records.Count == 0) return [];
        await InsertIndexAsync(records, ct);
        var added = new DeliveryRecord?[records.Count];
        await ForEachShardChunkAsync(records, r => false, async (chunk, token) =>
        {
            if (chunk.Length > 1)
                try
                {
                    var response = await Table.SubmitTransactionAsync(chunk.Select(i =>
                        new TableTransactionAction(TableTransactionActionType.Add, ToEntity(records[i]))), token);
                    for (var k = 0; k < chunk.Length; k++) added[chunk[k]] = Written(records[chunk[k]], response.Value[k].Headers.ETag);
                    return;
                }
                catch (RequestFailedException)
                {
                    // One of them was recorded before (409): the transaction did nothing; row by row below.
                }
            foreach (var i in chunk) added[i] = await TryInsertAsync(records[i], token);
        }, ct);
        var rows = added.OfType<DeliveryRecord>().ToList();
        await SubmitBatchedAsync(Table, rows.Select(LogEntity), TableTransactionActionType.UpsertReplace, ct);
        return rows;
    }

    private async Task<DeliveryRecord?> TryInsertAsync(DeliveryRecord record, CancellationToken ct)
    {
        try
        {
            var response = await Table.AddEntityAsync(ToEntity(record), ct);
            return Written(record, response.Headers.ETag);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Recorded before (a re-detection after a crash, a duplicate poll). The index row stays even if this call
            // inserted it: a concurrent recorder may have lost the index insert to us and won the ledger insert, and its
            // row needs that index row. If the delivery is already final, the sweep deletes the stale index row.
            return null;
        }
    }

    private static TableEntity LogEntity(DeliveryRecord record) =>
        new(LogPrefix + TableKeys.Escape(record.SubscriptionId), TableKeys.InvertedTicks(record.Created) + "|" + TableKeys.Escape(record.Id))
        {
            ["DeliveryId"] = record.Id,
        };

    public async Task<DeliveryRecord?> GetAsync(string id, CancellationToken ct = default) =>
        await GetAsync(ShardOf(id), TableKeys.Escape(id), ct) is { } e ? Map(e)
        : await GetAsync(TableKeys.Escape(id), LegacyRow, ct) is { } legacy ? Map(legacy) : null;

    /// <summary>
    /// Runs <paramref name="write"/> on the rows' indexes grouped by shard, at most 100 per call (one transaction's
    /// worth), a few calls at a time. Legacy rows (each its own partition) come one per call.
    /// </summary>
    private static Task ForEachShardChunkAsync(IReadOnlyList<DeliveryRecord> rows, Func<DeliveryRecord, bool> legacy, Func<int[], CancellationToken, Task> write, CancellationToken ct)
    {
        var chunks = Enumerable.Range(0, rows.Count).Where(i => !legacy(rows[i]))
            .GroupBy(i => ShardOf(rows[i].Id), StringComparer.Ordinal)
            .SelectMany(g => g.DistinctBy(i => rows[i].Id, StringComparer.Ordinal).Chunk(MaxBatch))
            .Concat(Enumerable.Range(0, rows.Count).Where(i => legacy(rows[i])).Select(i => new[] { i }))
            .ToList();
        // A row whose id repeats (not expected) goes alone, so no transaction names one row twice.
        var inChunks = chunks.SelectMany(c => c).ToHashSet();
        chunks.AddRange(Enumerable.Range(0, rows.Count).Where(i => !inChunks.Contains(i)).Select(i => new[] { i }));
        return Parallel.ForEachAsync(chunks, new ParallelOptions { MaxDegreeOfParallelism = WriteParallelism, CancellationToken = ct }, (c, t) => new ValueTask(write(c, t)));
    }

    /// <summary>
    /// Replaces many rows, each guarded by its version, a transaction per shard and 100; where a transaction fails
    /// (a row changed since it was read) it did nothing, and its rows are written one by one with <paramref name="one"/>.
    /// Returns each row as written, or null where its write lost the race.
    /// </summary>
    private async Task<IReadOnlyList<DeliveryRecord?>> ReplaceManyAsync(IReadOnlyList<DeliveryRecord> rows, Func<DeliveryRecord, CancellationToken, Task<DeliveryRecord>> one, CancellationToken ct)
    {
        var written = new DeliveryRecord?[rows.Count];
        await ForEachShardChunkAsync(rows, IsLegacy, async (chunk, token) =>
        {
            if (chunk.Length > 1)
                try
                {
                    var response = await Table.SubmitTransactionAsync(chunk.Select(i =>
                        new TableTransactionAction(TableTransactionActionType.UpdateReplace, ToEntity(rows[i]), new ETag(ETagOf(rows[i])))), token);
                    for (var k = 0; k < chunk.Length; k++) written[chunk[k]] = Written(rows[chunk[k]], response.Value[k].Headers.ETag);
                    return;
                }
                catch (RequestFailedException)
                {
                    // 412 or 404 on one row: the transaction did nothing; row by row below.
                }
            foreach (var i in chunk)
                try { written[i] = await one(rows[i], token); }
                catch (ConcurrencyException) { written[i] = null; }
        }, ct);
        return written;
    }

    /// <summary>Claims many due rows in transactions per shard (see <see cref="ClaimAsync"/>); null where a row changed since it was read.</summary>
    public Task<IReadOnlyList<DeliveryRecord?>> ClaimManyAsync(IReadOnlyList<DeliveryRecord> claims, CancellationToken ct = default) =>
        ReplaceManyAsync(claims, ClaimAsync, ct);

    /// <summary>Writes many final outcomes in transactions per shard (see <see cref="FinishAsync"/>); null where a row changed since it was claimed.</summary>
    public async Task<IReadOnlyList<DeliveryRecord?>> FinishManyAsync(IReadOnlyList<DeliveryRecord> finals, CancellationToken ct = default)
    {
        if (finals.Any(f => !IsFinal(f.Status))) throw new ArgumentException("FinishManyAsync takes final outcomes only");
        var written = await ReplaceManyAsync(finals, WriteLedgerAsync, ct);
        foreach (var row in written.OfType<DeliveryRecord>()) await QueueIndexRemovalAsync(row.Id, ct);
        return written;
    }

    public async Task<DeliveryRecord> UpdateAsync(DeliveryRecord record, CancellationToken ct = default)
    {
        var final = IsFinal(record.Status);
        if (!final) await UpsertIndexAsync(record.Id, record.NextAttempt, ct);
        var updated = await WriteLedgerAsync(record, ct);
        if (final) await DeleteIndexAsync(record.Id, ETag.All, ct);
        return updated;
    }

    /// <summary>The claim moves NextAttempt from due (no later than now) to the lease's end; the index row, no later than the old value, stays right as it is.</summary>
    public async Task<DeliveryRecord> ClaimAsync(DeliveryRecord claim, CancellationToken ct = default)
    {
        var etag = await WriteAsync(ToEntity(claim), ETagOf(claim), ct);
        return Written(claim, new ETag(etag));
    }

    /// <summary>
    /// A final outcome: the ledger row first, then its index row is queued for a batched, ETag-guarded delete
    /// (<see cref="FlushAsync"/>, or at once when 100 are queued). When this process does not know the index row's
    /// ETag, the row is deleted at once, as <see cref="UpdateAsync"/> does.
    /// </summary>
    public async Task<DeliveryRecord> FinishAsync(DeliveryRecord final, CancellationToken ct = default)
    {
        if (!IsFinal(final.Status)) return await UpdateAsync(final, ct);
        var updated = await WriteLedgerAsync(final, ct);
        await QueueIndexRemovalAsync(final.Id, ct);
        return updated;
    }

    private async Task QueueIndexRemovalAsync(string id, CancellationToken ct)
    {
        if (!_indexVersions.TryRemove(id, out var indexVersion))
        {
            await DeleteIndexAsync(id, ETag.All, ct);
            return;
        }
        bool full;
        lock (_finished)
        {
            _finished.Add((id, indexVersion));
            full = _finished.Count >= MaxBatch;
        }
        if (full) await FlushAsync(ct);
    }

    /// <summary>Deletes the queued index rows of finished deliveries: one transaction per 100; if one fails, row by row.</summary>
    public async Task FlushAsync(CancellationToken ct = default)
    {
        List<(string Id, ETag ETag)> batch;
        lock (_finished)
        {
            if (_finished.Count == 0) return;
            batch = [.. _finished];
            _finished.Clear();
        }
        foreach (var chunk in batch.Chunk(MaxBatch))
        {
            try
            {
                await _due.SubmitTransactionAsync(chunk.Select(f =>
                    new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(DuePartition, TableKeys.Escape(f.Id)), f.ETag)), ct);
            }
            catch (RequestFailedException)
            {
                // One row was re-indexed (412: a replay) or is gone (404): the transaction did nothing; go row by row.
                foreach (var (id, etag) in chunk) await DeleteIndexAsync(id, etag, ct);
            }
        }
    }

    private async Task<DeliveryRecord> WriteLedgerAsync(DeliveryRecord record, CancellationToken ct)
    {
        try
        {
            return Written(record, new ETag(await WriteAsync(ToEntity(record), ETagOf(record), ct)));
        }
        catch (ConcurrencyException)
        {
            // Someone else's write won: make the index describe the row as it now is, then report the lost race.
            await ResyncIndexAsync(record.Id, ct);
            throw;
        }
    }

    public async Task<IReadOnlyList<DeliveryRecord>> DueAsync(DateTimeOffset now, int top, CancellationToken ct = default)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {DuePartition} and NextAttempt le {now}");
        var candidates = (await QueryAsync(_due, filter, ct)).OrderBy(e => e.GetDateTimeOffset("NextAttempt")).ToList();
        var due = new List<DeliveryRecord>();
        // The ledger rows are read a few at a time (a backlog after an outage can be hundreds of rows); decided in order.
        foreach (var chunk in candidates.Chunk(ReadAhead))
        {
            var read = await Task.WhenAll(chunk.Select(index => GetAsync(TableKeys.Unescape(index.RowKey), ct)));
            for (var k = 0; k < chunk.Length && due.Count < top; k++)
                await DecideAsync(chunk[k], read[k], now, due, ct);
            if (due.Count >= top) break;
        }
        return due;
    }

    private const int ReadAhead = 16;

    private async Task DecideAsync(TableEntity index, DeliveryRecord? record, DateTimeOffset now, List<DeliveryRecord> due, CancellationToken ct)
    {
        var id = TableKeys.Unescape(index.RowKey);
        RememberIndex(id, index.ETag);
        if (record is null && now - (index.GetDateTimeOffset("NextAttempt") ?? now) < RecordGrace)
            return; // a recorder is between its two inserts: the ledger row is about to exist
        if (record is null || IsFinal(record.Status))
            await DeleteIndexAsync(id, index.ETag, ct); // stale: the delivery finished after a crash, or never got recorded
        else if (record.NextAttempt <= now)
            due.Add(record);
        else
            await RepairIndexAsync(index, record.NextAttempt, ct); // early (a lost race): point it at the row's real time
    }

    /// <summary>How long an index row may wait for its ledger row (written right after it) before the sweep drops it.</summary>
    private static readonly TimeSpan RecordGrace = TimeSpan.FromMinutes(10);

    private static bool IsFinal(DeliveryStatus status) => status is DeliveryStatus.Delivered or DeliveryStatus.Dead;

    private static TableEntity IndexEntity(string id, DateTimeOffset nextAttempt) =>
        new(DuePartition, TableKeys.Escape(id)) { ["NextAttempt"] = nextAttempt };

    private void RememberIndex(string id, ETag? etag)
    {
        if (etag is not { } e) return;
        if (_indexVersions.Count >= MaxIndexVersions) _indexVersions.Clear();
        _indexVersions[id] = e;
    }

    private static ETag? ETagOf(Response response) => response.Headers.ETag;

    /// <summary>Inserts the index rows of many deliveries, a transaction per 100; a chunk where one already exists goes row by row.</summary>
    private async Task InsertIndexAsync(IReadOnlyList<DeliveryRecord> records, CancellationToken ct)
    {
        foreach (var chunk in records.DistinctBy(r => r.Id, StringComparer.Ordinal).Chunk(MaxBatch))
        {
            if (chunk.Length == 1)
            {
                await TryInsertIndexAsync(chunk[0], ct);
                continue;
            }
            try
            {
                var response = await _due.SubmitTransactionAsync(chunk.Select(r =>
                    new TableTransactionAction(TableTransactionActionType.Add, IndexEntity(r.Id, r.NextAttempt))), ct);
                for (var i = 0; i < chunk.Length && i < response.Value.Count; i++) RememberIndex(chunk[i].Id, ETagOf(response.Value[i]));
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
                foreach (var record in chunk) await TryInsertIndexAsync(record, ct); // the transaction did nothing
            }
        }
    }

    private async Task TryInsertIndexAsync(DeliveryRecord record, CancellationToken ct)
    {
        try
        {
            RememberIndex(record.Id, ETagOf(await _due.AddEntityAsync(IndexEntity(record.Id, record.NextAttempt), ct)));
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Already indexed (recorded before, or a recorder racing us); an existing index row is never later than ours.
        }
    }

    private async Task UpsertIndexAsync(string id, DateTimeOffset nextAttempt, CancellationToken ct) =>
        RememberIndex(id, ETagOf(await _due.UpsertEntityAsync(IndexEntity(id, nextAttempt), TableUpdateMode.Replace, ct)));

    private async Task RepairIndexAsync(TableEntity index, DateTimeOffset nextAttempt, CancellationToken ct)
    {
        var id = TableKeys.Unescape(index.RowKey);
        try
        {
            RememberIndex(id, ETagOf(await _due.UpdateEntityAsync(IndexEntity(id, nextAttempt), index.ETag, TableUpdateMode.Replace, ct)));
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Changed meanwhile by the writer that owns the row: its value wins.
            _indexVersions.TryRemove(id, out _);
        }
    }

    private async Task DeleteIndexAsync(string id, ETag etag, CancellationToken ct)
    {
        _indexVersions.TryRemove(id, out _);
        try
        {
            await _due.DeleteEntityAsync(DuePartition, TableKeys.Escape(id), etag, ct);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Gone already, or re-indexed meanwhile (a retry was scheduled): keep the newer index row.
        }
    }

    private async Task ResyncIndexAsync(string id, CancellationToken ct)
    {
        var current = await GetAsync(id, ct);
        if (current is null || IsFinal(current.Status)) await DeleteIndexAsync(id, ETag.All, ct);
        else await UpsertIndexAsync(id, current.NextAttempt, ct);
    }

    public async Task<IReadOnlyList<DeliveryRecord>> ForSubscriptionAsync(string subscriptionId, int top, CancellationToken ct = default)
    {
        var partition = LogPrefix + TableKeys.Escape(subscriptionId);
        var index = await QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), ct, top, select: ["DeliveryId"]);
        var ids = index.Select(e => e.GetString("DeliveryId")).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var records = await Task.WhenAll(ids.Select(id => GetAsync(id, ct)));
        return records.OfType<DeliveryRecord>().ToList();
    }

    private static TableEntity ToEntity(DeliveryRecord d) => new(
        IsLegacy(d) ? TableKeys.Escape(d.Id) : ShardOf(d.Id), IsLegacy(d) ? LegacyRow : TableKeys.Escape(d.Id))
    {
        ["Id"] = d.Id,
        ["SubscriptionId"] = d.SubscriptionId,
        ["Channel"] = d.Channel,
        ["AlertId"] = d.AlertId,
        ["AlertJson"] = d.AlertJson,
        ["Status"] = d.Status.ToString(),
        ["Attempts"] = d.Attempts,
        ["Created"] = d.Created,
        ["NextAttempt"] = d.NextAttempt,
        ["Delivered"] = d.Delivered,
        ["LastError"] = d.LastError,
    };

    private static DeliveryRecord Map(TableEntity e) => new()
    {
        Id = e.GetString("Id") ?? TableKeys.Unescape(e.PartitionKey.StartsWith(ShardPrefix, StringComparison.Ordinal) ? e.RowKey : e.PartitionKey),
        SubscriptionId = e.GetString("SubscriptionId") ?? string.Empty,
        Channel = e.GetString("Channel") ?? string.Empty,
        AlertId = e.GetString("AlertId") ?? string.Empty,
        AlertJson = e.GetString("AlertJson") ?? "{}",
        Status = Enum.TryParse<DeliveryStatus>(e.GetString("Status"), out var s) ? s : DeliveryStatus.Pending,
        Attempts = e.GetInt32("Attempts") ?? 0,
        Created = Time(e, "Created") ?? DateTimeOffset.MinValue,
        NextAttempt = Time(e, "NextAttempt") ?? DateTimeOffset.MinValue,
        Delivered = Time(e, "Delivered"),
        LastError = e.GetString("LastError"),
        Version = (e.PartitionKey.StartsWith(ShardPrefix, StringComparison.Ordinal) ? string.Empty : LegacyVersion) + e.ETag,
    };
}
