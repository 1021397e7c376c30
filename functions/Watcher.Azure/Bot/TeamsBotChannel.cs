using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Watcher.Core.Alerts;
using Watcher.Core.Bot;
using Watcher.Core.Channels.Teams;
using Watcher.Core.Delivery;
using Watcher.Core.Digests;
using Watcher.Core.State;

namespace Watcher.Azure.Bot;

/// <summary>
/// The real "teams" channel: a proactive Adaptive Card (1.5) to the conversation a subscription names
/// (Subscription.Target = conversation id, or a "29:" user id for a new 1:1 chat), within Teams' per-thread and
/// per-tenant rate limits, skipping what the conversation muted. A 413 steps the card down to less detail.
/// An alert the subscription's cadence holds (digest, quiet hours, burst) goes to the digest queue instead and counts
/// as delivered; a digest row (<see cref="DigestDescriptor"/>) is sent as one <see cref="DigestCard"/>.
/// </summary>
public sealed class TeamsBotChannel(BotOptions options, IConversationStore conversations, ConnectorClient connector, IDigestQueue queue, TimeProvider time, ILogger<TeamsBotChannel> logger) : IAlertChannel
{
    private readonly DigestHold _hold = new(queue, time);
    private readonly SendRateLimiter _perThread = new(time, SendRateLimiter.PerThread);
    private readonly SendRateLimiter _perTenant = new(time, SendRateLimiter.PerTenant);

    public string Name => ChannelNames.Teams;

    public async Task SendAsync(Alert alert, Subscription subscription, string deliveryId, CancellationToken ct = default)
    {
        var reference = await ResolveAsync(subscription.Target, ct);
        if (alert.Kind == DigestDescriptor.Kind)
        {
            await SendDigestAsync(DigestDescriptor.FromAlert(alert), subscription, reference, deliveryId, ct);
            return;
        }
        if (await MutedAsync(alert, reference.ConversationId, ct) is { } why)
        {
            logger.LogInformation("Delivery {DeliveryId} skipped: {Reason}", deliveryId, why);
            return;
        }
        if (await _hold.TryHoldAsync(alert, subscription, deliveryId, ct))
        {
            logger.LogDebug("Alert {AlertId} for {Conversation} held for a digest", alert.Id, reference.ConversationId);
            return;
        }

        await WaitForTurnAsync(reference, ct);
        var detail = CardDetail.Full;
        JsonObject? Smaller(JsonObject _) =>
            detail == CardDetail.Minimal ? null : AlertCard.Activity(alert, AlertCard.BotVersion, ++detail, deliveryId);
        await SendActivityAsync(reference, AlertCard.Activity(alert, AlertCard.BotVersion, detail, deliveryId), Smaller, ct);
        await _hold.SentAsync(subscription, deliveryId, ct);
    }

    /// <summary>The digest's held alerts, less what the conversation muted since, as one card (stepped down on a 413).</summary>
    private async Task SendDigestAsync(DigestDescriptor digest, Subscription subscription, ConversationReference reference, string deliveryId, CancellationToken ct)
    {
        var (entries, all) = await _hold.EntriesAsync(digest, subscription, ct);
        var alerts = new List<Alert>();
        foreach (var a in all)
            if (await MutedAsync(a, reference.ConversationId, ct) is null) alerts.Add(a);
        if (alerts.Count == 0)
        {
            logger.LogInformation("Digest {DeliveryId} for {Conversation} has nothing left to show (muted or gone); nothing sent", deliveryId, reference.ConversationId);
            await _hold.MarkDigestedAsync(entries, deliveryId, ct);
            return;
        }
        var request = DigestCardRequest.For(subscription, digest, alerts, TeamsDigests.MoreHint);
        var detail = CardDetail.Full;
        JsonObject? Smaller(JsonObject _) => detail == CardDetail.Minimal ? null : DigestCard.Activity(request, AlertCard.BotVersion, ++detail);
        await WaitForTurnAsync(reference, ct);
        await SendActivityAsync(reference, DigestCard.Activity(request, AlertCard.BotVersion, detail), Smaller, ct);
        await _hold.MarkDigestedAsync(entries, deliveryId, ct);
    }

    private async Task WaitForTurnAsync(ConversationReference reference, CancellationToken ct)
    {
        var wait = Max(_perThread.Reserve(reference.ConversationId), _perTenant.Reserve(reference.TenantId ?? "-"));
        if (wait > ConnectorClient.MaxInlineWait) throw new DeliveryException("Teams rate limit for this conversation", permanent: false, retryAfter: wait);
        if (wait > TimeSpan.Zero) await Task.Delay(wait, time, ct);
    }

    private async Task SendActivityAsync(ConversationReference reference, JsonObject activity, Func<JsonObject, JsonObject?> smaller, CancellationToken ct)
    {
        try
        {
            await connector.SendAsync(reference.ServiceUrl, reference.ConversationId, null, activity, smaller, ct);
        }
        catch (ConnectorException ex)
        {
            throw new DeliveryException(ex.Message, ex.Permanent, ex.RetryAfter, ex);
        }
    }

    private async Task<ConversationReference> ResolveAsync(string target, CancellationToken ct)
    {
        if (await conversations.GetAsync(target, ct) is { } known) return known;
        if (!target.StartsWith("29:", StringComparison.Ordinal))
            throw new DeliveryException("no stored conversation for this subscription (the bot was never installed there)", permanent: true);
        // A user id: open (or reopen) the 1:1 chat, then remember it under the user id.
        var tenant = options.TenantId ?? throw new DeliveryException("a 1:1 proactive message needs Watcher:Bot:TenantId", permanent: true);
        try
        {
            var id = await connector.CreateConversationAsync(options.DefaultServiceUrl, "28:" + options.AppId, target, tenant, ct);
            var reference = new ConversationReference
            {
                ConversationId = id, ServiceUrl = options.DefaultServiceUrl, ConversationType = "personal", TenantId = tenant, UserId = target, Updated = time.GetUtcNow(),
            };
            await conversations.SaveAsync(reference, ct);
            await conversations.SaveAsync(reference with { ConversationId = target }, ct);
            return reference;
        }
        catch (ConnectorException ex)
        {
            throw new DeliveryException(ex.Message, ex.Permanent, ex.RetryAfter, ex);
        }
    }

    private async Task<string?> MutedAsync(Alert alert, string conversationId, CancellationToken ct)
    {
        foreach (var m in await conversations.MutesAsync(conversationId, time.GetUtcNow(), ct))
        {
            if (m.Kind == Mute.Story && m.Value == alert.StoryId) return "story muted";
            if (m.Kind == Mute.Source && string.Equals(m.Value, alert.SourceId, StringComparison.OrdinalIgnoreCase)) return "source muted";
            if (m.Kind == Mute.Words && new StoryQuery(m.Value).Matches(alert.Title, alert.Topics)) return "words muted";
        }
        return null;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
