using Watcher.Core.Alerts;
using Watcher.Core.Delivery;
using Watcher.Core.State;
using Watcher.Core.Webhooks;

namespace Watcher.Core.Channels.Webhooks;

/// <summary>
/// The "webhook" channel: a signed CloudEvent POSTed to the subscription's endpoint, with the delivery id as the
/// stable webhook-id. 410 disables the endpoint; 429/503 retry no sooner than Retry-After; any other failure is
/// retried on the ledger's schedule, and an endpoint that has failed for <see cref="WebhookOptions.DisableAfter"/> is disabled.
/// </summary>
public sealed class WebhookChannel(IWebhookEndpointStore endpoints, WebhookEndpointCache cache, WebhookSender sender, WebhookDisabler disabler, WebhookOptions options, TimeProvider time)
    : IAlertChannel
{
    public string Name => ChannelNames.Webhook;

    public async Task SendAsync(Alert alert, Subscription subscription, string deliveryId, CancellationToken ct = default)
    {
        var endpoint = await cache.GetAsync(subscription.Target, ct)
            ?? throw new DeliveryException($"webhook endpoint '{subscription.Target}' does not exist", permanent: true);
        if (!endpoint.Enabled)
            throw new DeliveryException($"webhook endpoint '{endpoint.Id}' is disabled: {endpoint.DisabledReason}", permanent: true);

        var attempt = await sender.SendAsync(endpoint, deliveryId, WebhookPayload.For(alert), ct);
        if (attempt.Ok)
        {
            if (endpoint.FailingSince is not null) await TrySaveAsync(endpoint with { FailingSince = null }, ct);
            return;
        }
        if (attempt.Gone)
        {
            await disabler.DisableAsync(endpoint.Id, "the receiver answered 410 Gone", ct);
            throw new DeliveryException(attempt.Error!, permanent: true);
        }
        var now = time.GetUtcNow();
        var since = endpoint.FailingSince ?? now;
        if (now - since >= options.DisableAfter)
        {
            await disabler.DisableAsync(endpoint.Id, $"every delivery has failed since {since:u} (last: {attempt.Error})", ct);
            throw new DeliveryException(attempt.Error!, permanent: true);
        }
        if (endpoint.FailingSince is null) await TrySaveAsync(endpoint with { FailingSince = now }, ct);
        throw new DeliveryException(attempt.Error!, retryAfter: attempt.RetryAfter);
    }

    /// <summary>Failure bookkeeping is best effort: a concurrent change (another delivery, a rotation) wins.</summary>
    private async Task TrySaveAsync(WebhookEndpoint endpoint, CancellationToken ct)
    {
        try { await endpoints.SaveAsync(endpoint, ct); }
        catch (ConcurrencyException) { }
        cache.Evict(endpoint.Id);
    }
}
