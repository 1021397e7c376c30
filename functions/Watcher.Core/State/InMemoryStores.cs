using System.Collections.Concurrent;

namespace Watcher.Core.State;

/// <summary>
/// Stores held in memory, with the same concurrency rules as Table Storage (versions checked on replace,
/// insert-if-absent for the ledger). For unit tests and for `watcher parse`-style one-off runs.
/// </summary>
public sealed class InMemoryStores : ISourceStateStore, IItemStore, ISubscriptionStore, IDeliveryLedger, IWebhookEndpointStore, IDeliveryLog
{
    private readonly ConcurrentDictionary<string, WebhookEndpoint> _webhooks = new();
    private readonly ConcurrentDictionary<string, SourceState> _sources = new();
    private readonly ConcurrentDictionary<(string, string), ItemRecord> _items = new();
    private readonly ConcurrentDictionary<string, StoryRecord> _stories = new();
    private readonly ConcurrentDictionary<string, Subscription> _subscriptions = new();
    private readonly ConcurrentDictionary<string, DeliveryRecord> _deliveries = new();
    private long _version;

    private string NextVersion() => Interlocked.Increment(ref _version).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Counts every write, so tests can assert that an unchanged poll writes nothing.</summary>
    public int Writes;

    Task<SourceState?> ISourceStateStore.GetAsync(string sourceId, CancellationToken ct) =>
        Task.FromResult(_sources.GetValueOrDefault(sourceId));

    public Task<SourceState> SaveAsync(SourceState state, CancellationToken ct = default) =>
        Task.FromResult(Replace(_sources, state.SourceId, state, s => s.Version, (s, v) => s with { Version = v }));

    Task<IReadOnlyList<SourceState>> ISourceStateStore.ListAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<SourceState>>(_sources.Values.OrderBy(s => s.SourceId, StringComparer.Ordinal).ToList());

    public Task<IReadOnlyDictionary<string, ItemRecord>> GetItemsAsync(string sourceId, CancellationToken ct = default, bool firstPoll = false, bool unwritten = false) =>
        Task.FromResult<IReadOnlyDictionary<string, ItemRecord>>(
            _items.Where(kv => kv.Key.Item1 == sourceId).ToDictionary(kv => kv.Key.Item2, kv => kv.Value, StringComparer.Ordinal));

    public Task SaveItemsAsync(string sourceId, IReadOnlyList<ItemRecord> items, CancellationToken ct = default, IReadOnlyDictionary<string, ItemRecord>? known = null)
    {
        foreach (var item in items)
        {
            Interlocked.Increment(ref Writes);
            _items[(sourceId, item.ItemId)] = item with { Version = NextVersion() };
        }
        return Task.CompletedTask;
    }

    public Task<StoryRecord?> GetStoryAsync(string storyId, CancellationToken ct = default) =>
        Task.FromResult(_stories.GetValueOrDefault(storyId));

    public Task<StoryRecord> SaveStoryAsync(StoryRecord story, CancellationToken ct = default) =>
        Task.FromResult(Replace(_stories, story.StoryId, story, s => s.Version, (s, v) => s with { Version = v }));

    public Task<IReadOnlyList<StoryRecord>> RecentStoriesAsync(DateTimeOffset since, int top, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<StoryRecord>>(_stories.Values.Where(s => s.LastUpdated >= since)
            .OrderByDescending(s => s.LastUpdated).Take(top).ToList());

    Task<IReadOnlyList<Subscription>> ISubscriptionStore.ListAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Subscription>>(_subscriptions.Values.OrderBy(s => s.Id, StringComparer.Ordinal).ToList());

    public Task UpsertAsync(Subscription subscription, CancellationToken ct = default)
    {
        _subscriptions[subscription.Id] = subscription;
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string id, CancellationToken ct = default)
    {
        _subscriptions.TryRemove(id, out _);
        return Task.CompletedTask;
    }

    public Task<bool> TryAddAsync(DeliveryRecord record, CancellationToken ct = default)
    {
        Interlocked.Increment(ref Writes);
        return Task.FromResult(_deliveries.TryAdd(record.Id, record with { Version = NextVersion() }));
    }

    public Task<IReadOnlyList<DeliveryRecord>> AddManyAsync(IReadOnlyList<DeliveryRecord> records, CancellationToken ct = default)
    {
        var added = new List<DeliveryRecord>();
        foreach (var record in records)
        {
            Interlocked.Increment(ref Writes);
            var stored = record with { Version = NextVersion() };
            if (_deliveries.TryAdd(record.Id, stored)) added.Add(stored);
        }
        return Task.FromResult<IReadOnlyList<DeliveryRecord>>(added);
    }

    Task<DeliveryRecord?> IDeliveryLedger.GetAsync(string id, CancellationToken ct) => Task.FromResult(_deliveries.GetValueOrDefault(id));

    public Task<DeliveryRecord> UpdateAsync(DeliveryRecord record, CancellationToken ct = default) =>
        Task.FromResult(Replace(_deliveries, record.Id, record, d => d.Version, (d, v) => d with { Version = v }));

    public Task<IReadOnlyList<DeliveryRecord>> DueAsync(DateTimeOffset now, int top, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<DeliveryRecord>>(_deliveries.Values
            .Where(d => d.Status is DeliveryStatus.Pending or DeliveryStatus.Failed && d.NextAttempt <= now)
            .OrderBy(d => d.NextAttempt).Take(top).ToList());

    public Task<IReadOnlyList<DeliveryRecord>> ForSubscriptionAsync(string subscriptionId, int top, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<DeliveryRecord>>(_deliveries.Values.Where(d => d.SubscriptionId == subscriptionId)
            .OrderByDescending(d => d.Created).ThenBy(d => d.Id, StringComparer.Ordinal).Take(top).ToList());

    Task<WebhookEndpoint?> IWebhookEndpointStore.GetAsync(string id, CancellationToken ct) => Task.FromResult(_webhooks.GetValueOrDefault(id));

    Task<IReadOnlyList<WebhookEndpoint>> IWebhookEndpointStore.ListAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<WebhookEndpoint>>(_webhooks.Values.OrderBy(w => w.Id, StringComparer.Ordinal).ToList());

    public Task<WebhookEndpoint> SaveAsync(WebhookEndpoint endpoint, CancellationToken ct = default) =>
        Task.FromResult(Replace(_webhooks, endpoint.Id, endpoint, w => w.Version, (w, v) => w with { Version = v }));

    Task IWebhookEndpointStore.DeleteAsync(string id, CancellationToken ct)
    {
        _webhooks.TryRemove(id, out _);
        return Task.CompletedTask;
    }

    public IReadOnlyCollection<DeliveryRecord> AllDeliveries => _deliveries.Values.ToList();

    private T Replace<T>(ConcurrentDictionary<string, T> map, string key, T value, Func<T, string?> version, Func<T, string, T> withVersion)
        where T : class
    {
        lock (map)
        {
            Interlocked.Increment(ref Writes);
            var current = map.GetValueOrDefault(key);
            var expected = version(value);
            if (current is null && expected is not null || current is not null && version(current) != expected)
                throw new ConcurrencyException($"{typeof(T).Name} '{key}' was changed by someone else");
            var stored = withVersion(value, NextVersion());
            map[key] = stored;
            return stored;
        }
    }
}
