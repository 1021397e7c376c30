namespace Watcher.Core.Bot;

/// <summary>
/// Where a conversation can be reached again (protocols.md §3 "Store per conversation"). Only stored from an
/// authenticated activity (or the unauthenticated local mode), so its serviceUrl is the channel's own.
/// </summary>
public sealed record ConversationReference
{
    /// <summary>The conversation id without a channel thread's ";messageid=" suffix.</summary>
    public required string ConversationId { get; init; }
    public required string ServiceUrl { get; init; }
    public string ChannelId { get; init; } = "msteams";
    public string? ConversationType { get; init; }
    public string? TenantId { get; init; }
    public string? BotId { get; init; }
    public string? BotName { get; init; }
    public string? UserId { get; init; }
    public string? UserAadObjectId { get; init; }
    public string? Name { get; init; }
    public string? LastActivityId { get; init; }
    public DateTimeOffset Updated { get; init; }

    public static string BaseId(string conversationId) =>
        conversationId.Split(";messageid=", 2, StringSplitOptions.None)[0];

    public static ConversationReference From(Activity a, DateTimeOffset now) => new()
    {
        ConversationId = BaseId(a.Conversation!.Id!),
        ServiceUrl = a.ServiceUrl!,
        ChannelId = a.ChannelId ?? "msteams",
        ConversationType = a.Conversation.ConversationType,
        TenantId = a.TenantId,
        BotId = a.Recipient?.Id,
        BotName = a.Recipient?.Name,
        UserId = a.From?.Id,
        UserAadObjectId = a.From?.AadObjectId,
        Name = a.Conversation.Name ?? a.From?.Name,
        LastActivityId = a.Id,
        Updated = now,
    };
}

/// <summary>"Don't show me this" for a while: a story, a source, or alerts similar to a story (same topics and source).</summary>
public sealed record Mute(string ConversationId, string Kind, string Value, DateTimeOffset Until, string? By = null)
{
    public const string Story = "story";
    public const string Source = "source";
    public const string Words = "words";
}

public sealed record Feedback(string ConversationId, string AlertId, bool Useful, string? UserId, DateTimeOffset At);

/// <summary>The bot's memory: conversation references, per-user read cursors, mutes and feedback.</summary>
public interface IConversationStore
{
    Task<ConversationReference?> GetAsync(string conversationId, CancellationToken ct = default);
    Task SaveAsync(ConversationReference reference, CancellationToken ct = default);
    /// <summary>True for exactly one caller per conversation: the one that should greet.</summary>
    Task<bool> TryMarkGreetedAsync(string conversationId, CancellationToken ct = default);
    Task<DateTimeOffset?> GetReadCursorAsync(string userKey, CancellationToken ct = default);
    Task SetReadCursorAsync(string userKey, DateTimeOffset at, CancellationToken ct = default);
    Task AddMuteAsync(Mute mute, CancellationToken ct = default);
    /// <summary>Mutes of this conversation still in force at <paramref name="now"/>.</summary>
    Task<IReadOnlyList<Mute>> MutesAsync(string conversationId, DateTimeOffset now, CancellationToken ct = default);
    Task AddFeedbackAsync(Feedback feedback, CancellationToken ct = default);
}

/// <summary>In memory, for unit tests and the benchmark; same semantics as the Table store.</summary>
public sealed class InMemoryConversationStore : IConversationStore
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, object> _rows = new();

    public Task<ConversationReference?> GetAsync(string conversationId, CancellationToken ct = default) =>
        Task.FromResult(_rows.GetValueOrDefault("ref\n" + conversationId) as ConversationReference);

    public Task SaveAsync(ConversationReference reference, CancellationToken ct = default)
    {
        _rows["ref\n" + reference.ConversationId] = reference;
        return Task.CompletedTask;
    }

    public Task<bool> TryMarkGreetedAsync(string conversationId, CancellationToken ct = default) =>
        Task.FromResult(_rows.TryAdd("greeted\n" + conversationId, true));

    public Task<DateTimeOffset?> GetReadCursorAsync(string userKey, CancellationToken ct = default) =>
        Task.FromResult(_rows.GetValueOrDefault("cursor\n" + userKey) as DateTimeOffset?);

    public Task SetReadCursorAsync(string userKey, DateTimeOffset at, CancellationToken ct = default)
    {
        _rows["cursor\n" + userKey] = at;
        return Task.CompletedTask;
    }

    public Task AddMuteAsync(Mute mute, CancellationToken ct = default)
    {
        _rows[$"mute\n{mute.ConversationId}\n{mute.Kind}\n{mute.Value}"] = mute;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Mute>> MutesAsync(string conversationId, DateTimeOffset now, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<Mute>>(_rows.Values.OfType<Mute>().Where(m => m.ConversationId == conversationId && m.Until > now).ToList());

    public Task AddFeedbackAsync(Feedback feedback, CancellationToken ct = default)
    {
        _rows[$"feedback\n{feedback.ConversationId}\n{feedback.AlertId}\n{feedback.UserId}"] = feedback;
        return Task.CompletedTask;
    }

    public IEnumerable<Feedback> Feedback => _rows.Values.OfType<Feedback>();
}
