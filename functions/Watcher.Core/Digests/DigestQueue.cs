using System.Collections.Concurrent;
using Watcher.Core.State;

namespace Watcher.Core.Digests;

public enum DigestEntryState { Queued, Sent, Digested }

/// <summary>
/// One alert in a subscriber's e-mail queue. <see cref="DigestEntryState.Queued"/>: waiting for a digest (or a
/// quiet-hours or burst summary); <see cref="DigestEntryState.Digested"/>: claimed by the digest named in DigestId;
/// <see cref="DigestEntryState.Sent"/>: an instant e-mail, kept only to count bursts.
/// </summary>
public sealed record DigestEntry
{
    public required string SubscriptionId { get; init; }
    /// <summary>The instant delivery's id (unique per subscriber and alert), so a retried delivery adds nothing.</summary>
    public required string EntryId { get; init; }
    public string AlertJson { get; init; } = string.Empty;
    public DigestEntryState State { get; init; }
    public HoldReason Reason { get; init; }
    public DateTimeOffset Added { get; init; }
    public string? DigestId { get; init; }
    public string? Version { get; init; }
}

public interface IDigestQueue
{
    /// <summary>Adds the entry unless one with the same id exists (a claimed entry is never reset); true when added.</summary>
    Task<bool> TryAddAsync(DigestEntry entry, CancellationToken ct = default);
    /// <summary>Every entry of one subscriber, oldest first.</summary>
    Task<IReadOnlyList<DigestEntry>> ListAsync(string subscriptionId, CancellationToken ct = default);
    /// <summary>Replaces the entry, guarded by its version.</summary>
    Task<DigestEntry> UpdateAsync(DigestEntry entry, CancellationToken ct = default);
    Task DeleteAsync(DigestEntry entry, CancellationToken ct = default);
}

/// <summary>The queue in memory, with the Table store's rules (insert-if-absent, versions checked on replace).</summary>
public sealed class InMemoryDigestQueue : IDigestQueue
{
    private readonly ConcurrentDictionary<(string, string), DigestEntry> _entries = new();
    private long _version;

    public Task<bool> TryAddAsync(DigestEntry entry, CancellationToken ct = default) =>
        Task.FromResult(_entries.TryAdd((entry.SubscriptionId, entry.EntryId), entry with { Version = Next() }));

    public Task<IReadOnlyList<DigestEntry>> ListAsync(string subscriptionId, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<DigestEntry>>(_entries.Values.Where(e => e.SubscriptionId == subscriptionId)
            .OrderBy(e => e.Added).ThenBy(e => e.EntryId, StringComparer.Ordinal).ToList());

    public Task<DigestEntry> UpdateAsync(DigestEntry entry, CancellationToken ct = default)
    {
        lock (_entries)
        {
            var key = (entry.SubscriptionId, entry.EntryId);
            if (!_entries.TryGetValue(key, out var current) || current.Version != entry.Version)
                throw new ConcurrencyException($"digest entry '{entry.EntryId}' was changed by someone else");
            var stored = entry with { Version = Next() };
            _entries[key] = stored;
            return Task.FromResult(stored);
        }
    }

    public Task DeleteAsync(DigestEntry entry, CancellationToken ct = default)
    {
        _entries.TryRemove((entry.SubscriptionId, entry.EntryId), out _);
        return Task.CompletedTask;
    }

    private string Next() => Interlocked.Increment(ref _version).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
