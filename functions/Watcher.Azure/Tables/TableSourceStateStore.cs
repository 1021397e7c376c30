using Azure.Data.Tables;
using Watcher.Core.State;

namespace Watcher.Azure.Tables;

/// <summary>WatcherSources: PartitionKey = source id, RowKey = "state". One row per source.</summary>
public sealed class TableSourceStateStore(TableServiceClient service) : TableStore(service, TableNames.Sources), ISourceStateStore
{
    private const string StateRow = "state";

    public async Task<SourceState?> GetAsync(string sourceId, CancellationToken ct = default) =>
        await GetAsync(TableKeys.Escape(sourceId), StateRow, ct) is { } e ? Map(e) : null;

    public async Task<SourceState> SaveAsync(SourceState state, CancellationToken ct = default)
    {
        var entity = new TableEntity(TableKeys.Escape(state.SourceId), StateRow)
        {
            ["SourceId"] = state.SourceId,
            ["Url"] = state.Url,
            ["ConfiguredUrl"] = state.ConfiguredUrl,
            ["ETagHeader"] = state.ETag,
            ["LastModified"] = state.LastModified,
            ["Baselined"] = state.Baselined,
            ["FirstAttempt"] = state.FirstAttempt,
            ["LastPolled"] = state.LastPolled,
            ["LastSuccess"] = state.LastSuccess,
            ["NextPollNotBefore"] = state.NextPollNotBefore,
            ["ConsecutiveFailures"] = state.ConsecutiveFailures,
            ["LastError"] = state.LastError,
            ["BrokenAlerted"] = state.BrokenAlerted,
        };
        return state with { Version = await WriteAsync(entity, state.Version, ct) };
    }

    public async Task<IReadOnlyList<SourceState>> ListAsync(CancellationToken ct = default) =>
        (await QueryAsync(TableClient.CreateQueryFilter($"RowKey eq {StateRow}"), ct)).Select(Map).ToList();

    private static SourceState Map(TableEntity e) => new()
    {
        SourceId = e.GetString("SourceId") ?? TableKeys.Unescape(e.PartitionKey),
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
