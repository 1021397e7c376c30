namespace Watcher.Core.State;

/// <summary>
/// The subscription list for delivery, kept for <see cref="Ttl"/> so a burst of deliveries does not read the whole
/// table once per send. <see cref="ListAsync"/> always reads through (recording alerts needs every subscriber) and
/// refreshes the snapshot; <see cref="FindAsync"/> answers from it, and reads again for an id it does not hold (a
/// subscription added elsewhere is never missed). Changes made through this store drop the snapshot at once;
/// a subscription changed or deleted by another instance is seen within the TTL.
/// </summary>
public sealed class CachedSubscriptionStore(ISubscriptionStore inner, TimeProvider time, TimeSpan ttl) : ISubscriptionStore
{
    public static readonly TimeSpan DefaultTtl = TimeSpan.FromSeconds(5);

    private volatile Snapshot? _snapshot;
    private long _generation;

    private sealed record Snapshot(IReadOnlyDictionary<string, Subscription> ById, DateTimeOffset Read);

    public TimeSpan Ttl => ttl;

    public async Task<IReadOnlyList<Subscription>> ListAsync(CancellationToken ct = default)
    {
        var generation = Interlocked.Read(ref _generation);
        var read = time.GetUtcNow();
        var list = await inner.ListAsync(ct);
        var snapshot = new Snapshot(list.GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal), read);
        // A read that overlapped a change made here may predate it: keep it only if nothing changed meanwhile.
        if (Interlocked.Read(ref _generation) == generation) _snapshot = snapshot;
        return list;
    }

    public async Task<Subscription?> FindAsync(string id, CancellationToken ct = default)
    {
        if (_snapshot is { } s && time.GetUtcNow() - s.Read < ttl && s.ById.TryGetValue(id, out var hit)) return hit;
        return (await ListAsync(ct)).FirstOrDefault(x => x.Id == id);
    }

    public async Task UpsertAsync(Subscription subscription, CancellationToken ct = default)
    {
        Invalidate();
        try { await inner.UpsertAsync(subscription, ct); }
        finally { Invalidate(); }
    }

    public async Task DeleteAsync(string id, CancellationToken ct = default)
    {
        Invalidate();
        try { await inner.DeleteAsync(id, ct); }
        finally { Invalidate(); }
    }

    private void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _snapshot = null;
    }
}
