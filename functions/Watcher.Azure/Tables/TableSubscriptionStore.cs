using Azure.Data.Tables;
using Watcher.Core.State;

namespace Watcher.Azure.Tables;

/// <summary>WatcherSubscriptions: PartitionKey = channel, RowKey = subscription id.</summary>
public sealed class TableSubscriptionStore(TableServiceClient service) : TableStore(service, TableNames.Subscriptions), ISubscriptionStore
{
    public async Task<IReadOnlyList<Subscription>> ListAsync(CancellationToken ct = default) =>
        (await QueryAsync(string.Empty, ct)).Select(Map).OrderBy(s => s.Id, StringComparer.Ordinal).ToList();

    public Task UpsertAsync(Subscription s, CancellationToken ct = default) =>
        Table.UpsertEntityAsync(new TableEntity(TableKeys.Escape(s.Channel), TableKeys.Escape(s.Id))
        {
            ["Id"] = s.Id,
            ["Channel"] = s.Channel,
            ["Target"] = s.Target,
            ["DisplayName"] = s.DisplayName,
            ["Topics"] = ToJson(s.Topics),
            ["Query"] = s.Query,
            ["Digest"] = s.Digest,
            ["Enabled"] = s.Enabled,
            ["Cadence"] = s.Cadence,
            ["InstantKinds"] = s.InstantKinds is null ? null : ToJson(s.InstantKinds),
            ["TimeZone"] = s.TimeZone,
            ["SendHour"] = s.SendHour,
            ["SendDay"] = s.SendDay?.ToString(),
            ["QuietFrom"] = s.QuietFrom,
            ["QuietTo"] = s.QuietTo,
            ["BurstLimit"] = s.BurstLimit,
            ["BurstMinutes"] = s.BurstMinutes,
        }, TableUpdateMode.Replace, ct);

    public async Task DeleteAsync(string id, CancellationToken ct = default)
    {
        foreach (var row in await QueryAsync(TableClient.CreateQueryFilter($"RowKey eq {TableKeys.Escape(id)}"), ct))
            await Table.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, ct);
    }

    private static Subscription Map(TableEntity e) => new()
    {
        Id = e.GetString("Id") ?? TableKeys.Unescape(e.RowKey),
        Channel = e.GetString("Channel") ?? TableKeys.Unescape(e.PartitionKey),
        Target = e.GetString("Target") ?? string.Empty,
        DisplayName = e.GetString("DisplayName"),
        Topics = FromJson<List<string>>(e.GetString("Topics"), []),
        Query = e.GetString("Query"),
        Digest = e.GetString("Digest"),
        Enabled = e.GetBoolean("Enabled") ?? true,
        Cadence = e.GetString("Cadence"),
        InstantKinds = e.GetString("InstantKinds") is { } kinds ? FromJson<List<string>>(kinds, []) : null,
        TimeZone = e.GetString("TimeZone"),
        SendHour = e.GetInt32("SendHour"),
        SendDay = Enum.TryParse<DayOfWeek>(e.GetString("SendDay"), out var day) ? day : null,
        QuietFrom = e.GetInt32("QuietFrom"),
        QuietTo = e.GetInt32("QuietTo"),
        BurstLimit = e.GetInt32("BurstLimit"),
        BurstMinutes = e.GetInt32("BurstMinutes"),
    };
}
