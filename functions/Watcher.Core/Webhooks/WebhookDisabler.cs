using Microsoft.Extensions.Logging;
using Watcher.Core.Alerts;
using Watcher.Core.Delivery;
using Watcher.Core.Feeds;
using Watcher.Core.State;

namespace Watcher.Core.Webhooks;

/// <summary>
/// Turns an endpoint off (410 Gone, or failing for <c>Watcher:Webhooks:DisableAfter</c>) and tells its owners: the
/// endpoint and its subscription are disabled with a readable reason (GET /api/webhooks shows it), an error is
/// logged, and a <c>webhook.disabled</c> notice is written to the ledger for every e-mail and Teams subscriber who
/// follows all topics or the "webhooks" topic (the sweep delivers it). A successful ping re-enables the endpoint.
/// </summary>
public sealed class WebhookDisabler(
    IWebhookEndpointStore endpoints, WebhookEndpointCache cache, ISubscriptionStore subscriptions, IDeliveryLedger ledger, TimeProvider time, ILogger<WebhookDisabler> logger)
{
    public const string NoticeKind = "webhook.disabled";
    public const string NoticeTopic = "webhooks";

    public async Task DisableAsync(string endpointId, string reason, CancellationToken ct = default)
    {
        cache.Evict(endpointId);
        var endpoint = await endpoints.GetAsync(endpointId, ct);
        if (endpoint is null || !endpoint.Enabled) return;
        var now = time.GetUtcNow();
        try
        {
            await endpoints.SaveAsync(endpoint with { Enabled = false, DisabledReason = reason }, ct);
            cache.Evict(endpointId);
        }
        catch (ConcurrencyException)
        {
            return; // someone else changed it at the same moment (another worker disabling it, or its owner); theirs stands
        }
        var subs = await subscriptions.ListAsync(ct);
        foreach (var sub in subs.Where(s => s.Channel == ChannelNames.Webhook && s.Target == endpointId && s.Enabled))
            await subscriptions.UpsertAsync(sub with { Enabled = false }, ct);
        logger.LogError("Webhook endpoint {EndpointId} ({Url}) disabled: {Reason}", endpointId, Display(endpoint.Url), reason);

        var notice = new Alert
        {
            Id = "webhook-disabled-" + ItemIdentity.Hash($"{endpointId}\n{now:O}"),
            Kind = NoticeKind,
            Title = $"Webhook disabled: {Display(endpoint.Url)}",
            Summary = $"Watcher stopped delivering to webhook {endpointId} ({Display(endpoint.Url)}): {reason}. " +
                      $"Fix the receiver, then POST /api/webhooks/{endpointId}/ping to re-enable it and replay what it missed.",
            SourceId = "webhooks",
            SourceName = "Watcher webhooks",
            Detected = now,
        };
        var json = notice.ToJson();
        foreach (var sub in subs.Where(s => s.Enabled && s.Channel != ChannelNames.Webhook && s.Wants([NoticeTopic])))
        {
            await ledger.TryAddAsync(new DeliveryRecord
            {
                Id = DeliveryDispatcher.DeliveryId(sub.Id, notice.Id, sub.Channel),
                SubscriptionId = sub.Id, Channel = sub.Channel, AlertId = notice.Id, AlertJson = json, Created = now, NextAttempt = now,
            }, ct);
        }
    }

    /// <summary>The URL without query or fragment (which may carry a token), for logs and notices.</summary>
    public static string Display(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Path) : "(invalid URL)";
}
