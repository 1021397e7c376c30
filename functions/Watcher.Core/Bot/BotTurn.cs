using System.Text.Json.Nodes;

namespace Watcher.Core.Bot;

/// <summary>What handling one activity produced: messages to send back to the conversation, and for an invoke the HTTP answer.</summary>
public sealed record BotTurn(IReadOnlyList<JsonObject> Replies, InvokeResponse? Invoke = null)
{
    public static readonly BotTurn Nothing = new([]);
}

/// <summary>The body of an invoke's HTTP 200 answer ({statusCode,type,value}, protocols.md §4) or a bare status.</summary>
public sealed record InvokeResponse(int Status, JsonObject? Body = null);

public static class Replies
{
    public static JsonObject Text(string markdown) => new() { ["type"] = "message", ["text"] = markdown, ["textFormat"] = "markdown" };

    public static JsonObject Card(JsonObject card, string? summary = null) => new()
    {
        ["type"] = "message",
        ["summary"] = summary,
        ["attachments"] = new JsonArray { Channels.Teams.AlertCard.Attachment(card) },
    };
}
