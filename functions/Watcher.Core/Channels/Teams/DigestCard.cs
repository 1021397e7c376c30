using System.Globalization;
using System.Text.Json.Nodes;
using Watcher.Core.Alerts;
using Watcher.Core.Digests;
using Watcher.Core.State;

namespace Watcher.Core.Channels.Teams;

/// <summary>What one Teams digest card shows: the heading and the held alerts of one part.</summary>
public sealed record DigestCardRequest(string Heading, string Period, IReadOnlyList<Alert> Alerts, int Part = 1, int Parts = 1, string? MoreHint = null)
{
    /// <summary>The request for a digest ledger row of a subscriber whose held alerts are <paramref name="alerts"/>.</summary>
    public static DigestCardRequest For(Subscription s, DigestDescriptor d, IReadOnlyList<Alert> alerts, string? moreHint = null) =>
        new(DigestCard.Heading(s, d.Reason, d.Due, DigestCard.Stories(alerts).Count), DigestCard.Period(s, d.Due), alerts, d.Part, d.Parts, moreHint);
}

/// <summary>
/// A digest as ONE Adaptive Card: a heading ("Daily digest — 12 stories, 8:00 America/Toronto"), then per story its
/// title (an OpenUrl link only for http(s)), kind, source count and first "what changed" line. At most
/// <see cref="MaxStories"/> stories are shown ("… and N more"); the message is measured and stepped down (shorter
/// text, then fewer stories) until it is under Teams' 28 KB. Feed text goes in TextRuns/TextBlocks with markdown
/// links neutralised (<see cref="AlertCard.Unlinked"/>).
/// </summary>
public static class DigestCard
{
    public const int MaxStories = 20;
    /// <summary>Teams rejects messages (bot or Workflows) over about 28 KB.</summary>
    public const int MaxBytes = AlertCard.WorkflowMaxBytes;

    /// <summary>One story of a digest: several alerts of a story become one entry.</summary>
    public sealed record Story(string Title, string? Link, string Kind, int SourceCount, string SourceName, string? Change, DateTimeOffset Latest);

    /// <summary>Stories in the order a reader wants them: tariff changes first, then the most recent.</summary>
    public static IReadOnlyList<Story> Stories(IReadOnlyList<Alert> alerts) =>
        alerts.GroupBy(a => a.StoryId ?? a.Id, StringComparer.Ordinal)
            .Select(g =>
            {
                var newest = g.OrderByDescending(a => a.Detected).ThenByDescending(a => a.Revision).First();
                var kind = g.Any(a => a.Kind == AlertKinds.TariffChanged) ? "Tariff change"
                    : g.Any(a => a.Kind == AlertKinds.UpdatedStory) ? "Updated"
                    : g.All(a => a.Kind == AlertKinds.NewStory) ? "New" : Email.EmailComposer.KindLabel(newest.Kind);
                var change = g.OrderByDescending(a => a.Detected).SelectMany(a => a.Changes).FirstOrDefault(c => c.Trim().Length > 0);
                return new Story(newest.Title, newest.Link, kind, g.Max(a => a.SourceCount), newest.SourceName ?? newest.SourceId, change, newest.Detected);
            })
            .OrderBy(s => s.Kind == "Tariff change" ? 0 : 1).ThenByDescending(s => s.Latest).ToList();

    /// <summary>"Daily digest — 12 stories, 8:00 America/Toronto".</summary>
    public static string Heading(Subscription s, HoldReason reason, DateTimeOffset due, int stories)
    {
        var count = stories == 1 ? "1 story" : $"{stories} stories";
        var local = TimeZoneInfo.ConvertTime(due, CadencePlanner.Zone(s));
        var at = local.ToString("H:mm", CultureInfo.InvariantCulture) + " " + (Cadences.ZoneId(s) ?? "UTC");
        return reason switch
        {
            HoldReason.Quiet => $"While you were away — {count}",
            HoldReason.Burst => $"More alerts — {count}",
            _ when !Cadences.IsDigest(s) => $"Held for your digest — {count}",
            _ => Cadences.Of(s) switch
            {
                Cadences.Hourly => $"Hourly digest — {count}, {at}",
                Cadences.Weekly => $"Weekly digest — {count}, {local.DayOfWeek} {at}",
                _ when Cadences.WeekdaysOnly(s) => $"Weekday digest — {count}, {at}",
                _ => $"Daily digest — {count}, {at}",
            },
        };
    }

    /// <summary>The day (and, hourly, the hour) a digest covers, local: "Sun 29 Nov", "Sun 29 Nov 14:00".</summary>
    public static string Period(Subscription s, DateTimeOffset due)
    {
        var local = TimeZoneInfo.ConvertTime(due, CadencePlanner.Zone(s));
        var culture = CultureInfo.InvariantCulture;
        return Cadences.Of(s) == Cadences.Weekly ? "Week of " + local.AddDays(-7).ToString("d MMM", culture)
            : local.ToString(Cadences.Of(s) == Cadences.Daily ? "ddd d MMM" : "ddd d MMM HH:mm", culture);
    }

    /// <summary>The card at a given detail with at most <paramref name="maxStories"/> stories.</summary>
    public static JsonObject Build(DigestCardRequest request, string version = AlertCard.BotVersion, CardDetail detail = CardDetail.Full, int maxStories = MaxStories)
    {
        var stories = Stories(request.Alerts);
        var shown = Math.Clamp(maxStories, 1, MaxStories);
        var (titleMax, changeMax) = detail switch { CardDetail.Full => (300, 240), CardDetail.Reduced => (160, 0), _ => (100, 0) };

        var body = new JsonArray
        {
            Text(request.Heading, ("size", "Medium"), ("weight", "Bolder")),
            Text(request.Parts > 1 ? $"{request.Period} · part {request.Part} of {request.Parts}" : request.Period, ("isSubtle", true), ("spacing", "None"), ("size", "Small")),
        };
        foreach (var story in stories.Take(shown)) body.Add(StoryBlock(story, titleMax, changeMax));
        if (stories.Count > shown)
            body.Add(Text($"… and {stories.Count - shown} more " + (stories.Count - shown == 1 ? "story" : "stories") + (request.MoreHint is null ? string.Empty : ". " + request.MoreHint),
                ("isSubtle", true), ("separator", true)));
        return new JsonObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["type"] = "AdaptiveCard",
            ["version"] = version,
            ["body"] = body,
        };
    }

    /// <summary>The Bot Framework message activity (bot and outbox), under <see cref="MaxBytes"/>.</summary>
    public static JsonObject Activity(DigestCardRequest request, string version = AlertCard.BotVersion, CardDetail detail = CardDetail.Full) =>
        Fit(request, version, detail, card => new JsonObject
        {
            ["type"] = "message",
            ["summary"] = AlertCard.Unlinked(AlertCard.Trim(request.Heading, 200)),
            ["attachments"] = new JsonArray { AlertCard.Attachment(card) },
        });

    /// <summary>The Workflows message (card 1.4), under <see cref="MaxBytes"/>.</summary>
    public static JsonObject WorkflowMessage(DigestCardRequest request) =>
        Fit(request, AlertCard.WorkflowVersion, CardDetail.Full, card => new JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray { new JsonObject { ["contentType"] = AlertCard.ContentType, ["contentUrl"] = null, ["content"] = card } },
        });

    /// <summary>The most detail, then the most stories, whose whole message (measured as UTF-8 JSON) fits.</summary>
    private static JsonObject Fit(DigestCardRequest request, string version, CardDetail from, Func<JsonObject, JsonObject> envelope)
    {
        foreach (var detail in Enum.GetValues<CardDetail>().Where(d => d >= from))
        {
            var message = envelope(Build(request, version, detail));
            if (AlertCard.Size(message) <= MaxBytes) return message;
        }
        for (var shown = MaxStories - 1; shown > 1; shown--)
        {
            var message = envelope(Build(request, version, CardDetail.Minimal, shown));
            if (AlertCard.Size(message) <= MaxBytes) return message;
        }
        return envelope(Build(request, version, CardDetail.Minimal, 1));
    }

    private static JsonObject StoryBlock(Story story, int titleMax, int changeMax)
    {
        var run = new JsonObject { ["type"] = "TextRun", ["text"] = AlertCard.Unlinked(AlertCard.Trim(story.Title, titleMax)), ["weight"] = "Bolder" };
        if (Email.EmailHtml.SafeUrl(story.Link) is { } url) run["selectAction"] = new JsonObject { ["type"] = "Action.OpenUrl", ["url"] = url };
        var items = new JsonArray
        {
            new JsonObject { ["type"] = "RichTextBlock", ["inlines"] = new JsonArray { run } },
            Text($"{story.Kind} · {(story.SourceCount == 1 ? "1 source" : $"{story.SourceCount} sources")} · {AlertCard.Trim(story.SourceName, 80)}",
                ("isSubtle", true), ("spacing", "None"), ("size", "Small")),
        };
        if (changeMax > 0 && story.Change is { } change)
            items.Add(Text(AlertCard.Trim(change, changeMax), ("color", change.StartsWith('+') ? "Good" : change.StartsWith('-') ? "Attention" : "Default"), ("spacing", "None"), ("size", "Small")));
        return new JsonObject { ["type"] = "Container", ["separator"] = true, ["items"] = items };
    }

    private static JsonObject Text(string text, params (string Key, JsonNode? Value)[] props)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = AlertCard.Unlinked(text), ["wrap"] = true };
        foreach (var (k, v) in props) block[k] = v;
        return block;
    }
}

public static class TeamsDigests
{
    /// <summary>What a bot digest card says after "… and N more stories".</summary>
    public const string MoreHint = "Say `latest` or `what's new` to see them.";
}
