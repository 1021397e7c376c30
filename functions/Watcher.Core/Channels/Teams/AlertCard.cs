using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Watcher.Core.Alerts;

namespace Watcher.Core.Channels.Teams;

/// <summary>How much of an alert a card carries: a 413 or the 28 KB Workflows limit steps it down.</summary>
public enum CardDetail { Full, Reduced, Minimal }

/// <summary>
/// Adaptive Cards for alerts: 1.5 for the bot (with Action.Execute buttons that fall back to Action.Submit),
/// 1.4 without bot actions for Workflows URLs. Text goes in TextBlocks, never as markup.
/// </summary>
public static partial class AlertCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string BotVersion = "1.5";
    public const string WorkflowVersion = "1.4";
    /// <summary>Workflows ("Post to a channel when a webhook request is received") reject messages over 28 KB.</summary>
    public const int WorkflowMaxBytes = 28 * 1024;

    public static class Verbs
    {
        public const string MuteSimilar = "mute-similar";
        public const string MuteSource = "mute-source";
        public const string Useful = "useful";
        public const string NotUseful = "not-useful";
        public static readonly IReadOnlyList<string> All = [MuteSimilar, MuteSource, Useful, NotUseful];
    }

    /// <param name="deliveryId">When set, the card carries bot actions whose data names this delivery.</param>
    /// <param name="status">A line shown at the top after an action ("Muted … for 24 h").</param>
    public static JsonObject Build(Alert alert, string version = BotVersion, CardDetail detail = CardDetail.Full, string? deliveryId = null, string? status = null)
    {
        var body = new JsonArray();
        if (status is not null)
            body.Add(Text(status, ("color", "Accent"), ("weight", "Bolder")));
        body.Add(Text(Label(alert), ("size", "Small"), ("isSubtle", true)));
        body.Add(Text(alert.Title, ("size", "Large"), ("weight", "Bolder")));
        body.Add(Text(SourceLine(alert), ("spacing", "None"), ("isSubtle", true)));

        if (detail != CardDetail.Minimal)
        {
            var changes = detail == CardDetail.Full ? 6 : 2;
            if (alert.Changes.Count > 0)
            {
                body.Add(Text("What changed", ("weight", "Bolder")));
                foreach (var change in alert.Changes.Take(changes))
                    body.Add(Text(Trim(change, detail == CardDetail.Full ? 400 : 160), ("color", change.StartsWith('+') ? "Good" : "Attention"), ("spacing", "None")));
                if (alert.Changes.Count > changes)
                    body.Add(Text($"… and {alert.Changes.Count - changes} more changed lines", ("isSubtle", true), ("spacing", "None")));
            }
            if (alert.Summary.Length > 0)
                body.Add(Text(Trim(alert.Summary, detail == CardDetail.Full ? 500 : 200)));
            if (alert.Matches.Count > 0)
            {
                body.Add(Text("Why it matched", ("weight", "Bolder")));
                var facts = new JsonArray();
                foreach (var m in alert.Matches)
                    facts.Add(Fact(m.Topic, string.Join(", ", m.Terms) + (detail == CardDetail.Full && m.Snippet.Length > 0 ? " — “" + Trim(m.Snippet, 200) + "”" : string.Empty)));
                body.Add(new JsonObject { ["type"] = "FactSet", ["facts"] = facts });
            }
            body.Add(new JsonObject { ["type"] = "FactSet", ["facts"] = Facts(alert) });
        }

        var actions = new JsonArray();
        if (Channels.Email.EmailHtml.SafeUrl(alert.Link) is { } link) actions.Add(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = "Open", ["url"] = link });
        if (deliveryId is not null)
        {
            actions.Add(Execute(Verbs.MuteSimilar, "Mute similar for 24 h", alert, deliveryId));
            actions.Add(Execute(Verbs.MuteSource, "Mute source", alert, deliveryId));
            actions.Add(Execute(Verbs.Useful, "Useful", alert, deliveryId));
            actions.Add(Execute(Verbs.NotUseful, "Not useful", alert, deliveryId));
        }
        return new JsonObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["type"] = "AdaptiveCard",
            ["version"] = version,
            ["body"] = body,
            ["actions"] = actions,
        };
    }

    /// <summary>A Bot Framework message activity carrying the card (what the bot and the outbox send).</summary>
    public static JsonObject Activity(Alert alert, string version = BotVersion, CardDetail detail = CardDetail.Full, string? deliveryId = null) => new()
    {
        ["type"] = "message",
        ["summary"] = Unlinked(alert.Title),
        ["attachments"] = new JsonArray { Attachment(Build(alert, version, detail, deliveryId)) },
    };

    public static JsonObject Attachment(JsonObject card) => new() { ["contentType"] = ContentType, ["content"] = card };

    /// <summary>
    /// The Workflows message (version 1.4, no bot actions), at the most detail that stays under 28 KB; the
    /// headline itself is cut if even the minimal card is too big.
    /// </summary>
    public static JsonObject WorkflowMessage(Alert alert)
    {
        foreach (var detail in Enum.GetValues<CardDetail>())
        {
            var message = WorkflowEnvelope(Build(alert, WorkflowVersion, detail));
            if (Size(message) <= WorkflowMaxBytes) return message;
        }
        var cut = alert with { Title = Trim(alert.Title, 1000), SourceName = Trim(alert.SourceName ?? alert.SourceId, 200), Link = alert.Link is { Length: > 2000 } ? null : alert.Link };
        return WorkflowEnvelope(Build(cut, WorkflowVersion, CardDetail.Minimal));
    }

    private static JsonObject WorkflowEnvelope(JsonObject card) => new()
    {
        ["type"] = "message",
        ["attachments"] = new JsonArray { new JsonObject { ["contentType"] = ContentType, ["contentUrl"] = null, ["content"] = card } },
    };

    /// <summary>UTF-8 bytes of the serialised JSON.</summary>
    public static int Size(JsonNode node) => Encoding.UTF8.GetByteCount(node.ToJsonString(JsonOptions));

    public static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static JsonObject Execute(string verb, string title, Alert alert, string deliveryId)
    {
        JsonObject Data() => new()
        {
            ["verb"] = verb, ["deliveryId"] = deliveryId, ["alertId"] = alert.Id, ["storyId"] = alert.StoryId, ["sourceId"] = alert.SourceId,
        };
        return new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = title,
            ["verb"] = verb,
            ["data"] = Data(),
            // Clients without Universal Actions send a message whose value is this data.
            ["fallback"] = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = Data() },
        };
    }

    private static JsonArray Facts(Alert alert)
    {
        var facts = new JsonArray();
        if (alert.Published is { } p) facts.Add(Fact("Published", p.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)));
        facts.Add(Fact("Detected", alert.Detected.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)));
        if (alert.Revision > 1) facts.Add(Fact("Revision", alert.Revision.ToString(CultureInfo.InvariantCulture)));
        return facts;
    }

    private static JsonObject Fact(string title, string value) => new() { ["title"] = Unlinked(title), ["value"] = Unlinked(value) };

    private static JsonObject Text(string text, params (string Key, JsonNode? Value)[] props)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = Unlinked(text), ["wrap"] = true };
        foreach (var (k, v) in props) block[k] = v;
        return block;
    }

    private static string SourceLine(Alert alert)
    {
        var name = alert.SourceName ?? alert.SourceId;
        return alert.SourceCount > 1 ? $"{name} · {alert.SourceCount} sources" : $"{name} · 1 source";
    }

    private static string Label(Alert alert) =>
        Channels.Email.EmailComposer.KindLabel(alert.Kind) + (alert.Matches.Count > 0 ? " · " + string.Join(", ", alert.Topics) : string.Empty);

    /// <summary>
    /// TextBlocks render a markdown subset that includes links: feed text written as "[Reset your password](https://…)"
    /// would become a link the card never meant to carry. It is shown as "Reset your password (https://…)" instead.
    /// </summary>
    internal static string Unlinked(string text)
    {
        // Repeated: "[[a](b)](c)" becomes "[a (b)](c)" after one pass, itself a link. Each pass removes a "](".
        while (text.Contains("](", StringComparison.Ordinal) && MarkdownLink().IsMatch(text)) text = MarkdownLink().Replace(text, "$1 ($2)");
        return text;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\[([^\]\n]*)\]\(([^)\n]*)\)", System.Text.RegularExpressions.RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial System.Text.RegularExpressions.Regex MarkdownLink();

    internal static string Trim(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
