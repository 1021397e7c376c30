using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Watcher.Core.Alerts;
using Watcher.Core.Bot;
using Watcher.Core.Channels.Teams;
using Watcher.Core.Delivery;
using Watcher.Core.State;

namespace Watcher.Azure.Bot;

/// <summary>
/// The real "teams" channel: a proactive Adaptive Card (1.5) to the conversation a subscription names
/// (Subscription.Target = conversation id, or a "29:" user id for a new 1:1 chat), within Teams' per-thread and
/// per-tenant rate limits, skipping what the conversation muted. A 413 steps the card down to less detail.
/// </summary>
public sealed class TeamsBotChannel(BotOptions options, IConversationStore conversations, ConnectorClient connector, TimeProvider time, ILogger<TeamsBotChannel> logger) : IAlertChannel
{
    private readonly SendRateLimiter _perThread = new(time, SendRateLimiter.PerThread);
    private readonly SendRateLimiter _perTenant = new(time, SendRateLimiter.PerTenant);

    public string Name => ChannelNames.Teams;

    public async Task SendAsync(Alert alert, Subscription subscription, string deliveryId, CancellationToken ct = default)
    {
        var reference = await ResolveAsync(subscription.Target, ct);
        if (await MutedAsync(alert, reference.ConversationId, ct) is { } why)
        {
            logger.LogInformation("Delivery {DeliveryId} skipped: {Reason}", deliveryId, why);
            return;
        }
        if (subscription.Query is { } q && !new StoryQuery(q).Matches(alert.Title + " " + alert.Summary, alert.Topics))
        {
            logger.LogInformation("Delivery {DeliveryId} skipped: the alert does not mention the subscription's words", deliveryId);
            return;
        }

        var wait = Max(_perThread.Reserve(reference.ConversationId), _perTenant.Reserve(reference.TenantId ?? "-"));
        if (wait > ConnectorClient.MaxInlineWait) throw new DeliveryException("Teams rate limit for this conversation", permanent: false, retryAfter: wait);
        if (wait > TimeSpan.Zero) await Task.Delay(wait, time, ct);

        var detail = CardDetail.Full;
        JsonObject? Smaller(JsonObject _) =>
            detail == CardDetail.Minimal ? null : AlertCard.Activity(alert, AlertCard.BotVersion, ++detail, deliveryId);
        try
        {
            await connector.SendAsync(reference.ServiceUrl, reference.ConversationId, null, AlertCard.Activity(alert, AlertCard.BotVersion, detail, deliveryId), Smaller, ct);
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
