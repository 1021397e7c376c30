using Azure;
using Azure.Data.Tables;
using Watcher.Core.State;

namespace Watcher.Azure.Tables;

/// <summary>
/// WatcherDeliveries: PartitionKey = delivery id, RowKey = "delivery". The deterministic id makes the insert the
/// idempotency check: a second insert of the same delivery answers 409 and is ignored.
/// The per-subscription log is an index in the same table: PartitionKey = "log|" + subscription id, RowKey =
/// inverted creation ticks + "|" + delivery id (newest first), written once after the delivery row is added. Index
/// rows carry no Status, so <see cref="DueAsync"/> never sees them.
/// </summary>
public sealed class TableDeliveryLedger(TableServiceClient service) : TableStore(service, TableNames.Deliveries), IDeliveryLedger, IDeliveryLog
{
    private const string Row = "delivery";
    private const string LogPrefix = "log|";

    public async Task<bool> TryAddAsync(DeliveryRecord record, CancellationToken ct = default)
    {
        try
        {
            await Table.AddEntityAsync(ToEntity(record), ct);
            await Table.UpsertEntityAsync(new TableEntity(LogPrefix + TableKeys.Escape(record.SubscriptionId),
                TableKeys.InvertedTicks(record.Created) + "|" + TableKeys.Escape(record.Id)) { ["DeliveryId"] = record.Id }, TableUpdateMode.Replace, ct);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public async Task<DeliveryRecord?> GetAsync(string id, CancellationToken ct = default) =>
        await GetAsync(TableKeys.Escape(id), Row, ct) is { } e ? Map(e) : null;

    public async Task<DeliveryRecord> UpdateAsync(DeliveryRecord record, CancellationToken ct = default) =>
        record with { Version = await WriteAsync(ToEntity(record), record.Version ?? throw new ArgumentException("an update needs the row's version"), ct) };

    public async Task<IReadOnlyList<DeliveryRecord>> DueAsync(DateTimeOffset now, int top, CancellationToken ct = default)
    {
        var pending = nameof(DeliveryStatus.Pending);
        var failed = nameof(DeliveryStatus.Failed);
        var filter = TableClient.CreateQueryFilter($"(Status eq {pending} or Status eq {failed}) and NextAttempt le {now}");
        return (await QueryAsync(filter, ct, top)).Select(Map).OrderBy(d => d.NextAttempt).ToList();
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
