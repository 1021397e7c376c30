using System.Text.Json.Nodes;
using Watcher.Core.Alerts;
using Watcher.Core.Channels.Teams;
using Watcher.Core.State;

namespace Watcher.Core.Bot;

/// <summary>
/// The alert card's buttons: Action.Execute invokes (answered with a refreshed card, protocols.md §4) and the
/// Action.Submit fallback (a message whose value is the same data, answered with a text).
/// </summary>
public sealed class CardActions(IConversationStore conversations, IDeliveryLedger ledger, TimeProvider time)
{
    public static readonly TimeSpan SimilarMute = TimeSpan.FromHours(24);
    public static readonly TimeSpan SourceMute = TimeSpan.FromDays(7);

    public async Task<InvokeResponse> HandleExecuteAsync(Activity activity, CancellationToken ct = default)
    {
        var action = activity.Value.At("action") as JsonObject;
        var data = action.At("data") as JsonObject ?? new JsonObject();
        var verb = action.At("verb").AsString() ?? data.At("verb").AsString();
        var (ok, message) = await ApplyAsync(verb, data, activity, ct);
        if (!ok) return Answer(400, "application/vnd.microsoft.error", new JsonObject { ["code"] = "BadRequest", ["message"] = message });
        return Answer(200, AlertCard.ContentType, await RefreshedCardAsync(data, message, ct));
    }

    public async Task<string> HandleSubmitAsync(Activity activity, JsonObject value, CancellationToken ct = default)
    {
        var (_, message) = await ApplyAsync(value.At("verb").AsString(), value, activity, ct);
        return message;
    }

    private async Task<(bool Ok, string Message)> ApplyAsync(string? verb, JsonObject data, Activity activity, CancellationToken ct)
    {
        var conversationId = ConversationReference.BaseId(activity.Conversation!.Id!);
        var storyId = Str(data, "storyId");
        var sourceId = Str(data, "sourceId");
        var alertId = Str(data, "alertId") ?? Str(data, "deliveryId");
        var by = activity.From?.Name ?? activity.From?.Id;
        var now = time.GetUtcNow();
        switch (verb)
        {
            case AlertCard.Verbs.MuteSimilar when storyId is not null:
                await conversations.AddMuteAsync(new Mute(conversationId, Mute.Story, storyId, now + SimilarMute, by), ct);
                return (true, $"Muted this story and its updates here for 24 h{ByLine(by)}.");
            case AlertCard.Verbs.MuteSource when sourceId is not null:
                await conversations.AddMuteAsync(new Mute(conversationId, Mute.Source, sourceId, now + SourceMute, by), ct);
                return (true, $"Muted source {sourceId} here for 7 days{ByLine(by)}.");
            case AlertCard.Verbs.Useful or AlertCard.Verbs.NotUseful when alertId is not null:
                await conversations.AddFeedbackAsync(new Feedback(conversationId, alertId, verb == AlertCard.Verbs.Useful, activity.From?.AadObjectId ?? activity.From?.Id, now), ct);
                return (true, verb == AlertCard.Verbs.Useful ? $"Marked useful{ByLine(by)}. Thanks!" : $"Marked not useful{ByLine(by)}. Thanks, noted.");
            default:
                return (false, $"Unknown or incomplete card action '{verb}'.");
        }
    }

    private async Task<JsonObject> RefreshedCardAsync(JsonObject data, string status, CancellationToken ct)
    {
        var deliveryId = Str(data, "deliveryId");
        var record = deliveryId is null ? null : await ledger.GetAsync(deliveryId, ct);
        if (record is not null)
            return AlertCard.Build(Alert.FromJson(record.AlertJson), AlertCard.BotVersion, CardDetail.Full, deliveryId, status);
        return new JsonObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json", ["type"] = "AdaptiveCard", ["version"] = AlertCard.BotVersion,
            ["body"] = new JsonArray { new JsonObject { ["type"] = "TextBlock", ["text"] = status, ["wrap"] = true } },
        };
    }

    private static InvokeResponse Answer(int statusCode, string type, JsonNode value) =>
        new(200, new JsonObject { ["statusCode"] = statusCode, ["type"] = type, ["value"] = value });

    private static string? Str(JsonObject data, string name) => data.At(name).AsString() is { Length: > 0 } s ? s : null;

    private static string ByLine(string? by) => by is null ? string.Empty : $" (by {by})";
}
