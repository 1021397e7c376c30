using Azure;
using Azure.Data.Tables;
using Watcher.Core.State;

namespace Watcher.Azure.Tables;

/// <summary>
/// WatcherDeliveries: PartitionKey = delivery id, RowKey = "delivery". The deterministic id makes the insert the
/// idempotency check: a second insert of the same delivery answers 409 and is ignored.
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
    private const string Row = "delivery";
    private const string DuePartition = "due";
    private readonly TableClient _due = service.GetTableClient(TableNames.DeliveryDue);
    private const string LogPrefix = "log|";

    public async Task<bool> TryAddAsync(DeliveryRecord record, CancellationToken ct = default)
    {
        var indexed = await TryInsertIndexAsync(record, ct);
        try
        {
            await Table.AddEntityAsync(ToEntity(record), ct);
            await Table.UpsertEntityAsync(new TableEntity(LogPrefix + TableKeys.Escape(record.SubscriptionId),
                TableKeys.InvertedTicks(record.Created) + "|" + TableKeys.Escape(record.Id)) { ["DeliveryId"] = record.Id }, TableUpdateMode.Replace, ct);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // The delivery was recorded before (a re-detection after a crash, a duplicate poll). An index row this
            // call inserted describes nothing new: take it back (the existing row keeps its own, if it is not final).
            if (indexed) await DeleteIndexAsync(record.Id, ETag.All, ct);
            return false;
        }
    }

    public async Task<DeliveryRecord?> GetAsync(string id, CancellationToken ct = default) =>
        await GetAsync(TableKeys.Escape(id), Row, ct) is { } e ? Map(e) : null;

    public async Task<DeliveryRecord> UpdateAsync(DeliveryRecord record, CancellationToken ct = default)
    {
        var version = record.Version ?? throw new ArgumentException("an update needs the row's version");
        var final = IsFinal(record.Status);
        if (!final) await UpsertIndexAsync(record.Id, record.NextAttempt, ct);
        string etag;
        try
        {
            etag = await WriteAsync(ToEntity(record), version, ct);
        }
        catch (ConcurrencyException)
        {
            // Someone else's write won: make the index describe the row as it now is, then report the lost race.
            await ResyncIndexAsync(record.Id, ct);
            throw;
        }
        if (final) await DeleteIndexAsync(record.Id, ETag.All, ct);
        return record with { Version = etag };
    }

    public async Task<IReadOnlyList<DeliveryRecord>> DueAsync(DateTimeOffset now, int top, CancellationToken ct = default)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {DuePartition} and NextAttempt le {now}");
        var candidates = (await QueryAsync(_due, filter, ct)).OrderBy(e => e.GetDateTimeOffset("NextAttempt")).ToList();
        var due = new List<DeliveryRecord>();
        foreach (var index in candidates)
        {
            if (due.Count >= top) break;
            var id = TableKeys.Unescape(index.RowKey);
            var record = await GetAsync(id, ct);
            if (record is null || IsFinal(record.Status))
                await DeleteIndexAsync(id, index.ETag, ct); // stale: the delivery finished after a crash, or never got recorded
            else if (record.NextAttempt <= now)
                due.Add(record);
            else
                await RepairIndexAsync(index, record.NextAttempt, ct); // early (a lost race): point it at the row's real time
        }
        return due;
    }

    private static bool IsFinal(DeliveryStatus status) => status is DeliveryStatus.Delivered or DeliveryStatus.Dead;

    private static TableEntity IndexEntity(string id, DateTimeOffset nextAttempt) =>
        new(DuePartition, TableKeys.Escape(id)) { ["NextAttempt"] = nextAttempt };

    private async Task<bool> TryInsertIndexAsync(DeliveryRecord record, CancellationToken ct)
    {
        try
        {
            await _due.AddEntityAsync(IndexEntity(record.Id, record.NextAttempt), ct);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    private Task UpsertIndexAsync(string id, DateTimeOffset nextAttempt, CancellationToken ct) =>
        _due.UpsertEntityAsync(IndexEntity(id, nextAttempt), TableUpdateMode.Replace, ct);

    private async Task RepairIndexAsync(TableEntity index, DateTimeOffset nextAttempt, CancellationToken ct)
    {
        try
        {
            await _due.UpdateEntityAsync(IndexEntity(TableKeys.Unescape(index.RowKey), nextAttempt), index.ETag, TableUpdateMode.Replace, ct);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Changed meanwhile by the writer that owns the row: its value wins.
        }
    }

    private async Task DeleteIndexAsync(string id, ETag etag, CancellationToken ct)
    {
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

    private static TableEntity ToEntity(DeliveryRecord d) => new(TableKeys.Escape(d.Id), Row)
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
        Id = e.GetString("Id") ?? TableKeys.Unescape(e.PartitionKey),
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
        Version = e.ETag.ToString(),
    };
}
