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
    public const string StoryIndex = "WatcherStoryIndex";
    public const string Tariffs = "WatcherTariffs";
    public const string Events = "WatcherEvents";
    /// <summary>Index of the deliveries that are not final, for the sweep.</summary>
    public const string DeliveryDue = "WatcherDeliveryDue";
    /// <summary>Stories by time (a partition per UTC day, newest first), for /api/items and retention.</summary>
    public const string StoryTimeline = "WatcherStoryTimeline";

    public const string DigestQueue = "WatcherDigestQueue";

    public const string Conversations = "WatcherConversations";

    public static readonly IReadOnlyList<string> All = [Sources, Items, Stories, Subscriptions, Deliveries, Webhooks, StoryIndex, Tariffs, Events, DeliveryDue, StoryTimeline, DigestQueue, Conversations];
}

/// <summary>Shared Table Storage plumbing: optimistic writes mapped to <see cref="ConcurrencyException"/>, paging, JSON columns.</summary>
public abstract class TableStore(TableServiceClient service, string tableName)
{
    protected TableClient Table { get; } = service.GetTableClient(tableName);

    protected static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>How every store writes a JSON column (SparseColumns' lists too, so old and new rows read alike).</summary>
    protected internal static string ToJson<T>(T value) => JsonSerializer.Serialize(value, Json);

    protected static T FromJson<T>(string? json, T fallback) =>
        string.IsNullOrEmpty(json) ? fallback : JsonSerializer.Deserialize<T>(json, Json) ?? fallback;

    /// <summary>Insert when <paramref name="version"/> is null, else replace if the ETag still matches.</summary>
    protected Task<string> WriteAsync(TableEntity entity, string? version, CancellationToken ct) => WriteAsync(Table, entity, version, ct);

    protected internal static async Task<string> WriteAsync(TableClient table, TableEntity entity, string? version, CancellationToken ct)
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

    /// <summary>Deletes the row whatever its ETag, if there is one: true when a row was deleted, false when none was there.</summary>
    protected Task<bool> DeleteIfPresentAsync(string partitionKey, string rowKey, CancellationToken ct) => DeleteIfPresentAsync(Table, partitionKey, rowKey, ct);

    /// <summary>
    /// Deletes the row whatever its ETag, if there is one, on any table: true when a row was deleted, false when none was
    /// there (retired already, deleted by another host). The SDK answers a missing row's 404 without throwing (the response
    /// says it); a 404 thrown by another client version is read the same way. Other failures throw.
    /// </summary>
    protected internal static async Task<bool> DeleteIfPresentAsync(TableClient table, string partitionKey, string rowKey, CancellationToken ct)
    {
        try
        {
            return (await table.DeleteEntityAsync(partitionKey, rowKey, ETag.All, ct)).Status != 404;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return false;
        }
    }

    /// <summary>Follows continuation tokens to the end (or <paramref name="max"/> rows).</summary>
    protected Task<List<TableEntity>> QueryAsync(string filter, CancellationToken ct, int max = int.MaxValue, IEnumerable<string>? select = null) =>
        QueryAsync(Table, filter, ct, max, select);

    /// <summary>Follows continuation tokens to the end (or <paramref name="max"/> rows), on any table.</summary>
    protected internal static async Task<List<TableEntity>> QueryAsync(TableClient table, string filter, CancellationToken ct, int max = int.MaxValue, IEnumerable<string>? select = null)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, maxPerPage: Math.Min(max, 1000), select: select, cancellationToken: ct))
        {
            rows.Add(row);
            if (rows.Count >= max) break;
        }
        return rows;
    }

    /// <summary>Upserts entities in transactions of at most 100, one partition each.</summary>
    protected Task UpsertBatchedAsync(IReadOnlyList<TableEntity> entities, CancellationToken ct) =>
        SubmitBatchedAsync(Table, entities, TableTransactionActionType.UpsertReplace, ct);

    /// <summary>
    /// Entity group transactions: grouped by partition, at most 100 actions (the service's limit) each, up to
    /// <see cref="TransactionsInFlight"/> of them on their way at once, so that this host builds the next request while
    /// the service answers the last. A partition that names one row twice keeps its transactions in order, one at a time
    /// (a later write of the row must land last); transactions of distinct rows commute. On a failure the first error
    /// is thrown once the transactions already sent have answered; none is started after it.
    /// </summary>
    protected internal static async Task<int> SubmitBatchedAsync(TableClient table, IEnumerable<ITableEntity> entities, TableTransactionActionType action, CancellationToken ct)
    {
        var lanes = new List<ITableEntity[][]>();
        foreach (var partition in entities.GroupBy(e => e.PartitionKey, StringComparer.Ordinal))
        {
            var chunks = partition.Chunk(MaxBatch).ToArray();
            var rows = new HashSet<string>(StringComparer.Ordinal);
            if (chunks.Length > 1 && partition.All(e => rows.Add(e.RowKey))) lanes.AddRange(chunks.Select(c => new[] { c }));
            else lanes.Add(chunks);
        }
        var transactions = 0;
        await Parallel.ForEachAsync(lanes, new ParallelOptions { MaxDegreeOfParallelism = TransactionsInFlight, CancellationToken = ct }, async (lane, token) =>
        {
            foreach (var chunk in lane)
            {
                if (action == TableTransactionActionType.Delete) await DeleteChunkAsync(table, chunk, token);
                else await table.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(action, e)), token);
                Interlocked.Increment(ref transactions);
            }
        });
        return transactions;
    }

    /// <summary>
    /// Deletes one transaction's rows. A row already gone (another host's retention run, a duplicate timer fire) fails the
    /// whole transaction with 404 and names the action; that row is dropped and the rest sent again, so a delete of what is
    /// not there is no error here either (as in <see cref="DeleteIfPresentAsync(TableClient, string, string, CancellationToken)"/>).
    /// </summary>
    private static async Task DeleteChunkAsync(TableClient table, ITableEntity[] chunk, CancellationToken ct)
    {
        var rows = chunk.ToList();
        while (rows.Count > 0)
        {
            try
            {
                await table.SubmitTransactionAsync(rows.Select(e => new TableTransactionAction(TableTransactionActionType.Delete, e, ETag.All)), ct);
                return;
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 404 && ex.FailedTransactionActionIndex is int gone && gone < rows.Count)
            {
                rows.RemoveAt(gone);
            }
        }
    }

    /// <summary>Transactions <see cref="SubmitBatchedAsync"/> keeps on their way at once.</summary>
    public const int TransactionsInFlight = 4;

    public const int MaxBatch = 100;

    protected static DateTimeOffset? Time(TableEntity e, string name) => e.GetDateTimeOffset(name);
}
