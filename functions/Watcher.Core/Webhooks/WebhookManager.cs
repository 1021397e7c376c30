using Watcher.Core.Alerts;
using Watcher.Core.Channels.Webhooks;
using Watcher.Core.Delivery;
using Watcher.Core.Sources;
using Watcher.Core.State;

namespace Watcher.Core.Webhooks;

/// <summary>
/// The webhook management API (CONTRACTS.md §2), shared by the Function app and the local host. An endpoint is a
/// <see cref="WebhookEndpoint"/> plus one <see cref="Subscription"/> (channel "webhook", target = endpoint id)
/// holding its topics, so the delivery ledger treats it like any other subscriber.
/// </summary>
public sealed class WebhookManager(
    IWebhookEndpointStore endpoints, WebhookEndpointCache cache, ISubscriptionStore subscriptions, IDeliveryLedger ledger, IDeliveryLog log,
    DeliveryDispatcher dispatcher, WebhookSender sender, WebhookUrlPolicy urls, SourceCatalog catalog, WebhookOptions options, TimeProvider time)
{
    public sealed record Registration(string Id, string Secret, string Url, IReadOnlyList<string> Topics);

    public sealed record EndpointView(string Id, string Url, IReadOnlyList<string> Topics, bool Enabled, string? DisabledReason,
        DateTimeOffset? FailingSince, DateTimeOffset Created, DateTimeOffset? PreviousSecretExpires);

    public sealed record PingResult(bool Ok, int? Status, string? Error, bool Reenabled);

    public sealed record Rotation(string Id, string Secret, DateTimeOffset PreviousSecretExpires);

    public sealed record DeliveryView(string Id, string AlertId, string? Type, string Status, int Attempts, DateTimeOffset Created,
        DateTimeOffset? NextAttempt, DateTimeOffset? Delivered, string? LastError);

    public sealed record ReplayResult(string Id, string Outcome, string? LastError);

    public static string SubscriptionId(string endpointId) => "webhook-" + endpointId;

    /// <summary>Validates the URL and topics, sends a signed ping, and stores the endpoint only if the receiver accepted it.</summary>
    public async Task<Registration> RegisterAsync(string? url, IReadOnlyList<string>? topics, CancellationToken ct = default)
    {
        var uri = await urls.ValidateAsync(url, ct);
        var wanted = (topics ?? []).Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var unknown = wanted.Where(t => !catalog.Topics.ContainsKey(t)).ToList();
        if (unknown.Count > 0)
            throw new WebhookApiException(400, $"unknown topic(s) {string.Join(", ", unknown)}; known: {string.Join(", ", catalog.Topics.Keys.Order(StringComparer.Ordinal))}");

        var endpoint = new WebhookEndpoint
        {
            Id = "wh-" + Guid.NewGuid().ToString("N")[..16],
            Url = uri.AbsoluteUri,
            Secrets = [WebhookSigner.NewSecret()],
            Topics = wanted,
            Created = time.GetUtcNow(),
        };
        var ping = await SendPingAsync(endpoint, ct);
        if (!ping.Ok)
            throw new WebhookApiException(422, $"the verification ping to {WebhookDisabler.Display(endpoint.Url)} failed: {ping.Error}. Nothing was registered.");
        await endpoints.SaveAsync(endpoint, ct);
        await subscriptions.UpsertAsync(new Subscription
        {
            Id = SubscriptionId(endpoint.Id), Channel = ChannelNames.Webhook, Target = endpoint.Id, Topics = wanted,
            DisplayName = WebhookDisabler.Display(endpoint.Url),
        }, ct);
        return new Registration(endpoint.Id, endpoint.Secrets[0], endpoint.Url, wanted);
    }

    public async Task<IReadOnlyList<EndpointView>> ListAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        return (await endpoints.ListAsync(ct)).OrderBy(e => e.Created).Select(e => View(e, now)).ToList();
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken ct = default)
    {
        if (await endpoints.GetAsync(id, ct) is null) return false;
        await subscriptions.DeleteAsync(SubscriptionId(id), ct);
        await endpoints.DeleteAsync(id, ct);
        cache.Evict(id);
        return true;
    }

    /// <summary>Sends a signed ping now. A disabled endpoint that answers 2xx is enabled again.</summary>
    public async Task<PingResult> PingAsync(string id, CancellationToken ct = default)
    {
        var endpoint = await Get(id, ct);
        var attempt = await SendPingAsync(endpoint, ct);
        if (!attempt.Ok || endpoint.Enabled) return new PingResult(attempt.Ok, attempt.Status, attempt.Error, false);
        await endpoints.SaveAsync(endpoint with { Enabled = true, DisabledReason = null, FailingSince = null }, ct);
        cache.Evict(id);
        if ((await subscriptions.ListAsync(ct)).FirstOrDefault(s => s.Id == SubscriptionId(id)) is { } sub)
            await subscriptions.UpsertAsync(sub with { Enabled = true }, ct);
        return new PingResult(true, attempt.Status, null, true);
    }

    /// <summary>A new secret, signed with first; the previous one is signed with too until the overlap ends.</summary>
    public async Task<Rotation> RotateSecretAsync(string id, CancellationToken ct = default)
    {
        var endpoint = await Get(id, ct);
        var secret = WebhookSigner.NewSecret();
        var expires = time.GetUtcNow() + options.RotationOverlap;
        await endpoints.SaveAsync(endpoint with { Secrets = [secret, endpoint.Secrets[0]], PreviousSecretsExpire = expires }, ct);
        cache.Evict(id);
        return new Rotation(id, secret, expires);
    }

    /// <summary>The endpoint's deliveries, newest first, from the ledger.</summary>
    public async Task<IReadOnlyList<DeliveryView>> DeliveriesAsync(string id, int? top, CancellationToken ct = default)
    {
        await Get(id, ct);
        var records = await log.ForSubscriptionAsync(SubscriptionId(id), Math.Clamp(top ?? 50, 1, 500), ct);
        return records.Select(d => new DeliveryView(d.Id, d.AlertId, AlertType(d.AlertJson), d.Status.ToString().ToLowerInvariant(), d.Attempts,
            d.Created, d.Status is DeliveryStatus.Pending or DeliveryStatus.Failed ? d.NextAttempt : null, d.Delivered, d.LastError)).ToList();
    }

    /// <summary>Sends a delivery again now, with the same id (webhook-id), whatever its state; it gets a fresh retry schedule.</summary>
    public async Task<ReplayResult> ReplayAsync(string deliveryId, CancellationToken ct = default)
    {
        var record = await ledger.GetAsync(deliveryId, ct) ?? throw new WebhookApiException(404, $"delivery '{deliveryId}' does not exist");
        try
        {
            await ledger.UpdateAsync(record with { Status = DeliveryStatus.Pending, Attempts = 0, NextAttempt = time.GetUtcNow(), Delivered = null }, ct);
        }
        catch (ConcurrencyException)
        {
            throw new WebhookApiException(409, $"delivery '{deliveryId}' is being sent right now; try again in a moment");
        }
        var result = await dispatcher.DeliverAsync(deliveryId, ct);
        var after = await ledger.GetAsync(deliveryId, ct);
        return new ReplayResult(deliveryId, result.Outcome.ToString().ToLowerInvariant(), after?.LastError);
    }

    private async Task<WebhookAttempt> SendPingAsync(WebhookEndpoint endpoint, CancellationToken ct)
    {
        var pingId = "ping-" + Guid.NewGuid().ToString("N");
        return await sender.SendAsync(endpoint, pingId, WebhookEventTypes.PingEvent(pingId, endpoint.Id, time.GetUtcNow()), ct);
    }

    private async Task<WebhookEndpoint> Get(string id, CancellationToken ct) =>
        await endpoints.GetAsync(id, ct) ?? throw new WebhookApiException(404, $"webhook '{id}' does not exist");

    private static EndpointView View(WebhookEndpoint e, DateTimeOffset now) => new(e.Id, e.Url, e.Topics, e.Enabled, e.DisabledReason, e.FailingSince, e.Created,
        e.PreviousSecretsExpire is { } until && until > now && e.Secrets.Count > 1 ? until : null);

    private static string? AlertType(string json)
    {
        try { return AlertCloudEvent.TypePrefix + Alert.FromJson(json).Kind; }
        catch (System.Text.Json.JsonException) { return null; }
    }
}
