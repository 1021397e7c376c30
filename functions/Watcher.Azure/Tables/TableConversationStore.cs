using Azure;
using Azure.Data.Tables;
using Watcher.Core.Bot;

namespace Watcher.Azure.Tables;

/// <summary>
/// WatcherConversations, one table for the bot's memory, partitioned by what a row is:
/// "ref" / conversation id (the reference), "greeted" / conversation id (insert-once), "cursor" / user key,
/// "mute|{conversation}" / "{kind}|{value}", "feedback|{conversation}" / "{alert}|{user}".
/// </summary>
public sealed class TableConversationStore(TableServiceClient service) : TableStore(service, TableNames.Conversations), IConversationStore
{
    public async Task<ConversationReference?> GetAsync(string conversationId, CancellationToken ct = default)
    {
        var e = await GetAsync("ref", TableKeys.Escape(conversationId), ct);
        return e is null ? null : FromJson<ConversationReference?>(e.GetString("Json"), null);
    }

    public Task SaveAsync(ConversationReference reference, CancellationToken ct = default) =>
        Table.UpsertEntityAsync(new TableEntity("ref", TableKeys.Escape(reference.ConversationId))
        {
            ["Json"] = ToJson(reference),
            ["ServiceUrl"] = reference.ServiceUrl,
            ["TenantId"] = reference.TenantId,
        }, TableUpdateMode.Replace, ct);

    public async Task<bool> TryMarkGreetedAsync(string conversationId, CancellationToken ct = default)
    {
        try
        {
            await Table.AddEntityAsync(new TableEntity("greeted", TableKeys.Escape(conversationId)), ct);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public async Task<DateTimeOffset?> GetReadCursorAsync(string userKey, CancellationToken ct = default) =>
        (await GetAsync("cursor", TableKeys.Escape(userKey), ct))?.GetDateTimeOffset("At");

    public Task SetReadCursorAsync(string userKey, DateTimeOffset at, CancellationToken ct = default) =>
        Table.UpsertEntityAsync(new TableEntity("cursor", TableKeys.Escape(userKey)) { ["At"] = at }, TableUpdateMode.Replace, ct);

    public Task AddMuteAsync(Mute mute, CancellationToken ct = default) =>
        Table.UpsertEntityAsync(new TableEntity(MutePartition(mute.ConversationId), TableKeys.Escape($"{mute.Kind}|{mute.Value}"))
        {
            ["Kind"] = mute.Kind,
            ["Value"] = mute.Value,
            ["Until"] = mute.Until,
            ["By"] = mute.By,
        }, TableUpdateMode.Replace, ct);

    public async Task<IReadOnlyList<Mute>> MutesAsync(string conversationId, DateTimeOffset now, CancellationToken ct = default)
    {
        var rows = await QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {MutePartition(conversationId)} and Until gt {now}"), ct);
        return rows.Select(e => new Mute(conversationId, e.GetString("Kind") ?? Mute.Words, e.GetString("Value") ?? string.Empty,
            e.GetDateTimeOffset("Until") ?? now, e.GetString("By"))).ToList();
    }

    public Task AddFeedbackAsync(Feedback feedback, CancellationToken ct = default) =>
        Table.UpsertEntityAsync(new TableEntity(TableKeys.Escape("feedback|" + feedback.ConversationId), TableKeys.Escape($"{feedback.AlertId}|{feedback.UserId}"))
        {
            ["AlertId"] = feedback.AlertId,
            ["Useful"] = feedback.Useful,
            ["UserId"] = feedback.UserId,
            ["At"] = feedback.At,
        }, TableUpdateMode.Replace, ct);

    private static string MutePartition(string conversationId) => TableKeys.Escape("mute|" + conversationId);
}
