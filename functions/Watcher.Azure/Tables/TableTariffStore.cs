using Azure;
using Azure.Data.Tables;
using Watcher.Core.Facts;
using Watcher.Core.State;
using Watcher.Core.Tariffs;

namespace Watcher.Azure.Tables;

/// <summary>
/// WatcherTariffs: PartitionKey = imposer (ISO alpha-2, EU or *), RowKey = "target>product"; the current measure and its
/// history as JSON columns, written with ETags. WatcherEvents: PartitionKey = "event", RowKey = event key (type:participants),
/// inserted once. Rows of one imposer written by concurrent polls share transactions (<see cref="PartitionWriter"/>).
/// </summary>
public sealed class TableTariffStore(TableServiceClient service) : TableStore(service, TableNames.Tariffs), ITariffStore
{
    private const string EventPartition = "event";
    private const int MaxJsonChars = 30_000; // a string property holds 64 KiB; keep the history well inside it

    /// <summary>
    /// Observations as JSON without their null fields (no date, story or link): read back the same (a missing field
    /// deserialises to null), by this build and by the builds that wrote the nulls.
    /// </summary>
    private static readonly System.Text.Json.JsonSerializerOptions CompactJson =
        new(Json) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    private static string Compact<T>(T value) => System.Text.Json.JsonSerializer.Serialize(value, CompactJson);
    private readonly TableClient _events = service.GetTableClient(TableNames.Events);
    private readonly PartitionWriter _writer = new(service.GetTableClient(TableNames.Tariffs));

    public async Task<TariffRecord?> GetAsync(string imposer, string target, string product, CancellationToken ct = default) =>
        await GetAsync(TableKeys.Escape(imposer), RowKey(target, product), ct) is { } e ? Map(e) : null;

    public async Task<TariffRecord> SaveAsync(TariffRecord record, CancellationToken ct = default)
    {
        var history = record.History.ToList();
        var json = Compact(history);
        while (json.Length > MaxJsonChars && history.Count > 0)
        {
            history.RemoveAt(0);
            json = Compact(history);
        }
        var partition = TableKeys.Escape(record.Imposer);
        // Only what a reader would not assume (SparseColumns): no empty history, no null name, no null fields in the
        // observations' JSON, the imposer only when its key does not give it back.
        var entity = new TableEntity(partition, RowKey(record.Target, record.Product))
        {
            ["Target"] = record.Target,
            ["Product"] = record.Product,
            ["Status"] = record.Current.Status,
            ["Current"] = Compact(record.Current),
            ["FirstSeen"] = record.FirstSeen,
            ["LastChanged"] = record.LastChanged,
        };
        if (TableKeys.Unescape(partition) != record.Imposer) entity["Imposer"] = record.Imposer;
        entity.SetUnlessNull("Rate", record.Current.Rate);
        entity.SetUnlessNull("ProductName", record.Name);
        if (history.Count > 0) entity["History"] = json;
        return record with { History = history, CarriedFrom = null, Version = await _writer.WriteAsync(entity, record.Version, ct) };
    }

    /// <summary>A row retired already (another poll carried it) is no error.</summary>
    public Task RetireAsync(string imposer, string target, string product, CancellationToken ct = default) =>
        DeleteIfPresentAsync(TableKeys.Escape(imposer), RowKey(target, product), ct);

    /// <summary>
    /// Whether a row was stored under the key when this host first asked: one scan of the table's keys (PartitionKey and
    /// RowKey only, a page per 1,000 rows) per host, as <see cref="TableSourceStateStore"/> scans once for its old rows. The
    /// tracker asks only for products' keys of before the goods key changed, which nothing writes any more: a fresh table
    /// answers "no" for good after one empty query.
    /// </summary>
    public async Task<bool> MayHoldAsync(string imposer, string target, string product, CancellationToken ct = default) =>
        (_keys ?? await ScanKeysAsync(ct)).Contains(TableKeys.Escape(imposer) + "\n" + RowKey(target, product));

    private volatile HashSet<string>? _keys;
    private readonly SemaphoreSlim _scan = new(1, 1);

    private async Task<HashSet<string>> ScanKeysAsync(CancellationToken ct)
    {
        await _scan.WaitAsync(ct);
        try
        {
            return _keys ??= (await QueryAsync(string.Empty, ct, select: ["PartitionKey", "RowKey"]))
                .Select(e => e.PartitionKey + "\n" + e.RowKey).ToHashSet(StringComparer.Ordinal);
        }
        finally
        {
            _scan.Release();
        }
    }

    public async Task<IReadOnlyList<TariffRecord>> ListAsync(string? imposer = null, string? target = null, CancellationToken ct = default)
    {
        var filter = (imposer, target) switch
        {
            (not null, not null) => TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Escape(imposer)} and Target eq {target}"),
            (not null, null) => TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Escape(imposer)}"),
            (null, not null) => TableClient.CreateQueryFilter($"Target eq {target}"),
            _ => string.Empty,
        };
        var rows = await QueryAsync(filter, ct);
        return rows.Select(Map).OrderByDescending(t => t.LastChanged).ThenBy(t => t.Key, StringComparer.Ordinal).ToList();
    }

    public async Task<EventRecord?> GetEventAsync(string key, CancellationToken ct = default)
    {
        var response = await _events.GetEntityIfExistsAsync<TableEntity>(EventPartition, TableKeys.Escape(key), cancellationToken: ct);
        return response.HasValue ? MapEvent(response.Value!) : null;
    }

    public async Task<bool> TryAddEventAsync(EventRecord record, CancellationToken ct = default)
    {
        try
        {
            await _events.AddEntityAsync(new TableEntity(EventPartition, TableKeys.Escape(record.Key))
            {
                ["Key"] = record.Key,
                ["Event"] = ToJson(record.Event),
                ["SourceId"] = record.SourceId,
                ["StoryId"] = record.StoryId,
                ["Link"] = record.Link,
                ["FirstSeen"] = record.FirstSeen,
            }, ct);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    private static string RowKey(string target, string product) => TableKeys.Escape($"{target}>{product}");

    private static TariffRecord Map(TableEntity e) => new()
    {
        Imposer = e.GetString("Imposer") ?? TableKeys.Unescape(e.PartitionKey),
        Target = e.GetString("Target") ?? string.Empty,
        Product = e.GetString("Product") ?? string.Empty,
        Name = e.GetString("ProductName"),
        Current = FromJson<TariffObservation?>(e.GetString("Current"), null) ?? throw new InvalidDataException($"tariff row {e.PartitionKey}/{e.RowKey} has no current measure"),
        History = FromJson<List<TariffObservation>>(e.GetString("History"), []),
        FirstSeen = Time(e, "FirstSeen") ?? DateTimeOffset.MinValue,
        LastChanged = Time(e, "LastChanged") ?? DateTimeOffset.MinValue,
        Version = e.ETag.ToString(),
    };

    private static EventRecord MapEvent(TableEntity e) => new()
    {
        Key = e.GetString("Key") ?? TableKeys.Unescape(e.RowKey),
        Event = FromJson<DiplomaticEvent?>(e.GetString("Event"), null) ?? throw new InvalidDataException($"event row {e.RowKey} has no event"),
        SourceId = e.GetString("SourceId"),
        StoryId = e.GetString("StoryId"),
        Link = e.GetString("Link"),
        FirstSeen = Time(e, "FirstSeen") ?? DateTimeOffset.MinValue,
    };
}
