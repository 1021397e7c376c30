using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Watcher.Core.State;

namespace Watcher.Azure.Tables;

/// <summary>The table names, in one place (docs/storage.md describes each).</summary>
public static class TableNames
{
    public const string Sources = "WatcherSources";
    public const string Items = "WatcherItems";
    public const string Stories = "WatcherStories";
    public const string Subscriptions = "WatcherSubscriptions";
    public const string Deliveries = "WatcherDeliveries";
    public const string Webhooks = "WatcherWebhooks";
    public const string Conversations = "WatcherConversations";

    public static readonly IReadOnlyList<string> All = [Sources, Items, Stories, Subscriptions, Deliveries, Webhooks, Conversations];
}

/// <summary>Shared Table Storage plumbing: optimistic writes mapped to <see cref="ConcurrencyException"/>, paging, JSON columns.</summary>
public abstract class TableStore(TableServiceClient service, string tableName)
{
    protected TableClient Table { get; } = service.GetTableClient(tableName);

    protected static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    protected static string ToJson<T>(T value) => JsonSerializer.Serialize(value, Json);

    protected static T FromJson<T>(string? json, T fallback) =>
        string.IsNullOrEmpty(json) ? fallback : JsonSerializer.Deserialize<T>(json, Json) ?? fallback;

    /// <summary>Insert when <paramref name="version"/> is null, else replace if the ETag still matches.</summary>
    protected Task<string> WriteAsync(TableEntity entity, string? version, CancellationToken ct) => WriteAsync(Table, entity, version, ct);

    protected static async Task<string> WriteAsync(TableClient table, TableEntity entity, string? version, CancellationToken ct)
    {
        try
        {
            var response = version is null
                ? await table.AddEntityAsync(entity, ct)
                : await table.UpdateEntityAsync(entity, new ETag(version), TableUpdateMode.Replace, ct);
            return response.Headers.ETag?.ToString() ?? throw new InvalidOperationException("Table service returned no ETag");
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            throw new ConcurrencyException($"{table.Name}/{entity.PartitionKey}/{entity.RowKey} was changed by someone else ({ex.Status})");
        }
    }

    protected async Task<TableEntity?> GetAsync(string partitionKey, string rowKey, CancellationToken ct)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: ct);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>Follows continuation tokens to the end (or <paramref name="max"/> rows).</summary>
    protected async Task<List<TableEntity>> QueryAsync(string filter, CancellationToken ct, int max = int.MaxValue, IEnumerable<string>? select = null)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, maxPerPage: Math.Min(max, 1000), select: select, cancellationToken: ct))
        {
            rows.Add(row);
            if (rows.Count >= max) break;
        }
        return rows;
    }

    /// <summary>Upserts entities of one partition in transactions of at most 100.</summary>
    protected async Task UpsertBatchedAsync(IReadOnlyList<TableEntity> entities, CancellationToken ct)
    {
        foreach (var partition in entities.GroupBy(e => e.PartitionKey))
            foreach (var chunk in partition.Chunk(100))
                await Table.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), ct);
    }

    protected static DateTimeOffset? Time(TableEntity e, string name) => e.GetDateTimeOffset(name);
}
