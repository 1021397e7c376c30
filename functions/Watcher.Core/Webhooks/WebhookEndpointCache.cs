using System.Collections.Concurrent;
using Watcher.Core.Channels.Webhooks;
using Watcher.Core.State;

namespace Watcher.Core.Webhooks;

/// <summary>
/// Endpoints read for delivery, kept for <see cref="WebhookOptions.EndpointCacheTtl"/> so a burst of deliveries does
/// not read the same row once per send. Changes made in this process (register, rotate, disable, delete) evict the
/// entry at once; changes made by another instance are seen within the TTL.
/// </summary>
public sealed class WebhookEndpointCache(IWebhookEndpointStore store, WebhookOptions options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, (WebhookEndpoint? Endpoint, DateTimeOffset Read)> _entries = new(StringComparer.Ordinal);

    public async Task<WebhookEndpoint?> GetAsync(string id, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        if (_entries.TryGetValue(id, out var entry) && now - entry.Read < options.EndpointCacheTtl) return entry.Endpoint;
        var endpoint = await store.GetAsync(id, ct);
        _entries[id] = (endpoint, now);
        return endpoint;
    }

    public void Evict(string id) => _entries.TryRemove(id, out _);
}
