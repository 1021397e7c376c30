using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Watcher.Core.Alerts;
using Watcher.Core.Bot;
using Watcher.Core.Channels.Teams;
using Watcher.Core.Delivery;
using Watcher.Core.Digests;
using Watcher.Core.State;

namespace Watcher.Azure.Bot;

/// <summary>
/// "teams-workflow": posts the alert card (1.4, under 28 KB) to a Teams Workflows webhook URL. The subscription's
/// Target is the URL's name under Watcher:Teams:Workflows; the URL itself carries a signature and is a secret,
/// so it lives only in configuration and never appears in tables, logs or errors. Held alerts (digest cadence, quiet
/// hours, burst) wait in the digest queue; a digest row is posted as one <see cref="DigestCard"/> (1.4).
/// </summary>
public sealed class TeamsWorkflowChannel(HttpClient http, IConfiguration configuration, BotOptions options, IDigestQueue queue, TimeProvider time, ILogger<TeamsWorkflowChannel> logger) : IAlertChannel
{
    private readonly DigestHold _hold = new(queue, time);
    public const string Section = "Watcher:Teams:Workflows";
    private readonly SendRateLimiter _limiter = new(time, (4, TimeSpan.FromSeconds(1)));

    public string Name => ChannelNames.TeamsWorkflow;

    public async Task SendAsync(Alert alert, Subscription subscription, string deliveryId, CancellationToken ct = default)
    {
        var url = configuration[$"{Section}:{subscription.Target}"];
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
            throw new DeliveryException($"no Workflows URL named '{subscription.Target}' in {Section}", permanent: true);
        if (uri.Scheme != Uri.UriSchemeHttps && !(uri.IsLoopback && options.AllowPrivateAddresses))
            throw new DeliveryException($"Workflows URL '{subscription.Target}' is not https", permanent: true);

        if (alert.Kind == DigestDescriptor.Kind)
        {
            var digest = DigestDescriptor.FromAlert(alert);
            var (entries, alerts) = await _hold.EntriesAsync(digest, subscription, ct);
            if (alerts.Count > 0) await PostAsync(uri, DigestCard.WorkflowMessage(DigestCardRequest.For(subscription, digest, alerts)), subscription, deliveryId, ct);
            await _hold.MarkDigestedAsync(entries, deliveryId, ct);
            return;
        }
        if (await _hold.TryHoldAsync(alert, subscription, deliveryId, ct)) return;
        await PostAsync(uri, AlertCard.WorkflowMessage(alert), subscription, deliveryId, ct);
        await _hold.SentAsync(subscription, deliveryId, ct);
    }

    private async Task PostAsync(Uri uri, System.Text.Json.Nodes.JsonObject message, Subscription subscription, string deliveryId, CancellationToken ct)
    {
        var wait = _limiter.Reserve(subscription.Target);
        if (wait > TimeSpan.Zero) await Task.Delay(wait, time, ct);
        var body = message.ToJsonString(AlertCard.JsonOptions);
        using var response = await http.PostAsync(uri, new StringContent(body, Encoding.UTF8, "application/json"), ct);
        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode) return;
        logger.LogWarning("Workflows URL {Name} answered {Status} for delivery {DeliveryId}", subscription.Target, status, deliveryId);
        var retryAfter = response.Headers.RetryAfter?.Delta;
        var transient = status is 408 or 429 or 500 or 502 or 503 or 504;
        throw new DeliveryException($"Workflows URL '{subscription.Target}' answered {status}", permanent: !transient, retryAfter: retryAfter);
    }
}
