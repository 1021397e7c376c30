using System.Text.Json.Nodes;
using Watcher.Core.Alerts;

namespace Watcher.Core.Channels.Teams;

/// <summary>Adaptive Cards for alerts: 1.5 for the bot, 1.4 for Workflows URLs. Text goes in TextBlocks, never as markup.</summary>
public static class AlertCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public static JsonObject Build(Alert alert, string version = "1.5")
    {
        var body = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = Label(alert), ["size"] = "Small", ["isSubtle"] = true, ["wrap"] = true },
            new JsonObject { ["type"] = "TextBlock", ["text"] = alert.Title, ["size"] = "Large", ["weight"] = "Bolder", ["wrap"] = true },
            new JsonObject
            {
                ["type"] = "TextBlock", ["spacing"] = "None", ["isSubtle"] = true, ["wrap"] = true,
                ["text"] = alert.SourceCount > 1 ? $"{alert.SourceName} · {alert.SourceCount} sources" : alert.SourceName ?? alert.SourceId,
            },
        };
        if (alert.Changes.Count > 0)
        {
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = "What changed", ["weight"] = "Bolder", ["wrap"] = true });
            foreach (var change in alert.Changes.Take(6))
                body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = change, ["wrap"] = true, ["color"] = change.StartsWith('+') ? "Good" : "Attention", ["spacing"] = "None" });
        }
        if (alert.Summary.Length > 0)
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = Trim(alert.Summary, 500), ["wrap"] = true });
        if (alert.Matches.Count > 0)
        {
            var facts = new JsonArray();
            foreach (var m in alert.Matches) facts.Add(new JsonObject { ["title"] = m.Topic, ["value"] = string.Join(", ", m.Terms) });
            body.Add(new JsonObject { ["type"] = "FactSet", ["facts"] = facts });
        }
        var actions = new JsonArray();
        if (alert.Link is not null) actions.Add(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = "Open", ["url"] = alert.Link });
        return new JsonObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["type"] = "AdaptiveCard",
            ["version"] = version,
            ["body"] = body,
            ["actions"] = actions,
        };
    }

    /// <summary>A Bot Framework message activity carrying the card.</summary>
    public static JsonObject Activity(Alert alert, string version = "1.5") => new()
    {
        ["type"] = "message",
        ["summary"] = alert.Title,
        ["attachments"] = new JsonArray { new JsonObject { ["contentType"] = ContentType, ["content"] = Build(alert, version) } },
    };

    private static string Label(Alert alert) =>
        Channels.Email.EmailComposer.KindLabel(alert.Kind) + (alert.Matches.Count > 0 ? " · " + string.Join(", ", alert.Topics) : string.Empty);

    private static string Trim(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
