using Azure.Data.Tables;
using Watcher.Core.State;

namespace Watcher.Azure.Tables;

/// <summary>WatcherWebhooks: PartitionKey = "endpoint", RowKey = endpoint id. Secrets are stored as JSON (Key Vault in Azure holds the storage identity, not these).</summary>
public sealed class TableWebhookEndpointStore(TableServiceClient service) : TableStore(service, TableNames.Webhooks), IWebhookEndpointStore
{
    private const string Partition = "endpoint";

    public async Task<WebhookEndpoint?> GetAsync(string id, CancellationToken ct = default) =>
        await GetAsync(Partition, TableKeys.Escape(id), ct) is { } e ? Map(e) : null;

    public async Task<IReadOnlyList<WebhookEndpoint>> ListAsync(CancellationToken ct = default) =>
        (await QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), ct)).Select(Map).ToList();

    public async Task<WebhookEndpoint> SaveAsync(WebhookEndpoint w, CancellationToken ct = default)
    {
        var entity = new TableEntity(Partition, TableKeys.Escape(w.Id))
        {
            ["Id"] = w.Id,
            ["Url"] = w.Url,
            ["Secrets"] = ToJson(w.Secrets),
            ["PreviousSecretsExpire"] = w.PreviousSecretsExpire,
            ["Topics"] = ToJson(w.Topics),
            ["Enabled"] = w.Enabled,
            ["DisabledReason"] = w.DisabledReason,
            ["FailingSince"] = w.FailingSince,
            ["Created"] = w.Created,
        };
        return w with { Version = await WriteAsync(entity, w.Version, ct) };
    }

    /// <summary>An endpoint deleted already (another request, another host) is no error.</summary>
    public Task DeleteAsync(string id, CancellationToken ct = default) => DeleteIfPresentAsync(Partition, TableKeys.Escape(id), ct);

    private static WebhookEndpoint Map(TableEntity e) => new()
    {
        Id = e.GetString("Id") ?? TableKeys.Unescape(e.RowKey),
        Url = e.GetString("Url") ?? string.Empty,
        Secrets = FromJson<List<string>>(e.GetString("Secrets"), []),
        PreviousSecretsExpire = Time(e, "PreviousSecretsExpire"),
        Topics = FromJson<List<string>>(e.GetString("Topics"), []),
        Enabled = e.GetBoolean("Enabled") ?? true,
        DisabledReason = e.GetString("DisabledReason"),
        FailingSince = Time(e, "FailingSince"),
        Created = Time(e, "Created") ?? DateTimeOffset.MinValue,
        Version = e.ETag.ToString(),
    };
}
