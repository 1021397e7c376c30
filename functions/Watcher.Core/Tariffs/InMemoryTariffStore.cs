using System.Collections.Concurrent;
using Watcher.Core.State;

namespace Watcher.Core.Tariffs;

/// <summary>The tracker in memory, with the Table store's concurrency rules (for tests and one-off runs).</summary>
public sealed class InMemoryTariffStore : ITariffStore
{
    private readonly ConcurrentDictionary<string, TariffRecord> _tariffs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, EventRecord> _events = new(StringComparer.Ordinal);
    private long _version;

    public Task<TariffRecord?> GetAsync(string imposer, string target, string product, CancellationToken ct = default) =>
        Task.FromResult(_tariffs.GetValueOrDefault(TariffRecord.TariffKey(imposer, target, product)));

    public Task<TariffRecord> SaveAsync(TariffRecord record, CancellationToken ct = default)
    {
        lock (_tariffs)
        {
            var current = _tariffs.GetValueOrDefault(record.Key);
            if (current?.Version != record.Version)
                throw new ConcurrencyException($"tariff '{record.Key}' was changed by someone else");
            var stored = record with { CarriedFrom = null, Version = Interlocked.Increment(ref _version).ToString(System.Globalization.CultureInfo.InvariantCulture) };
            _tariffs[record.Key] = stored;
            return Task.FromResult(stored);
        }
    }

    public Task RetireAsync(string imposer, string target, string product, CancellationToken ct = default)
    {
        lock (_tariffs) _tariffs.TryRemove(TariffRecord.TariffKey(imposer, target, product), out _);
        return Task.CompletedTask;
    }

    public Task<bool> MayHoldAsync(string imposer, string target, string product, CancellationToken ct = default) =>
        Task.FromResult(_tariffs.ContainsKey(TariffRecord.TariffKey(imposer, target, product)));

    public Task<IReadOnlyList<TariffRecord>> ListAsync(string? imposer = null, string? target = null, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<TariffRecord>>(_tariffs.Values
            .Where(t => (imposer is null || t.Imposer == imposer) && (target is null || t.Target == target))
            .OrderByDescending(t => t.LastChanged).ThenBy(t => t.Key, StringComparer.Ordinal).ToList());

    public Task<EventRecord?> GetEventAsync(string key, CancellationToken ct = default) => Task.FromResult(_events.GetValueOrDefault(key));

    public Task<bool> TryAddEventAsync(EventRecord record, CancellationToken ct = default) => Task.FromResult(_events.TryAdd(record.Key, record));
}
