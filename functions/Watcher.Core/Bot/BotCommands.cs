using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Watcher.Core.Api;
using Watcher.Core.Delivery;
using Watcher.Core.Detection;
using Watcher.Core.Feeds;
using Watcher.Core.Sources;
using Watcher.Core.State;

namespace Watcher.Core.Bot;

/// <summary>Answers one parsed command from stored stories, subscriptions and mutes. Every answer cites its links.</summary>
public sealed class BotCommands(IItemStore items, ISubscriptionStore subscriptions, IConversationStore conversations,
    ISourceStateStore sourceStates, SourceCatalog catalog, WatcherApi api, Tariffs.TariffApi tariffs, TimeProvider time)
{
    public const string HelpText =
        "Here is what I can do (plain words work too, e.g. *what's new on canola tariffs?*):\n\n" +
        "- `latest [topic or words]` — the newest stories\n" +
        "- `search <words>` — stories from the last 90 days\n" +
        "- `tariffs [country]` — tariff news as a card\n" +
        "- `what's new` — what appeared since your last check\n" +
        "- `subscribe <topic or words>` / `unsubscribe <topic or words|all>` — alerts in this conversation\n" +
        "- `digest daily 8:00 America/Toronto` (or `weekdays 7:30`, `weekly 9:00`) — instead of one message per alert, one card at that time " +
        "with the stories this conversation's subscriptions caught (tariff changes still come at once); `digest off` — back to instant alerts\n" +
        "- `mute <source or story id or words> for <duration>` — e.g. `mute source gc-finance for 24h`\n" +
        "- `sources` — what I watch · `status` — how I am doing";

    private static readonly TimeSpan LatestWindow = TimeSpan.FromDays(30);

    public async Task<JsonObject> AnswerAsync(BotCommand command, Activity activity, CancellationToken ct = default)
    {
        var conversationId = ConversationReference.BaseId(activity.Conversation!.Id!);
        return command.Verb switch
        {
            BotVerb.Latest => Replies.Text(await LatestAsync(command.Argument, LatestWindow, 5, "Latest", ct)),
            BotVerb.Search when command.Argument is null => Replies.Text("Search for what? e.g. `search canola`"),
            BotVerb.Search => Replies.Text(await LatestAsync(command.Argument, TimeSpan.FromDays(90), 10, "Search", ct)),
            BotVerb.Tariffs => await TariffsAsync(command.Argument, ct),
            BotVerb.SinceLastCheck => Replies.Text(await SinceLastCheckAsync(activity, ct)),
            BotVerb.Subscribe => Replies.Text(await SubscribeAsync(command.Argument, activity, conversationId, ct)),
            BotVerb.Unsubscribe => Replies.Text(await UnsubscribeAsync(command.Argument, conversationId, ct)),
            BotVerb.Digest => Replies.Text(await DigestAsync(command.Argument, conversationId, ct)),
            BotVerb.Mute => Replies.Text(await MuteAsync(command, activity, conversationId, ct)),
            BotVerb.Sources => Replies.Text(await SourcesAsync(ct)),
            BotVerb.Status => Replies.Text(await StatusAsync(conversationId, ct)),
            _ => Replies.Text(command.Understood ? HelpText : "Sorry, I didn't catch that. " + HelpText),
        };
    }

    private async Task<List<StoryRecord>> FindAsync(string? words, TimeSpan window, int top, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var stories = await items.RecentStoriesAsync(now - window, 5000, ct);
        var topic = words is null ? null : catalog.Topics.Keys.FirstOrDefault(t => string.Equals(t, words, StringComparison.OrdinalIgnoreCase));
        var query = new StoryQuery(topic is null ? words : null);
        return stories.Where(s => topic is null ? query.Matches(s) : s.Topics.Contains(topic, StringComparer.OrdinalIgnoreCase)).Take(top).ToList();
    }

    private async Task<string> LatestAsync(string? words, TimeSpan window, int top, string heading, CancellationToken ct)
    {
        var found = await FindAsync(words, window, top, ct);
        var about = words is null ? string.Empty : $" on *{words}*";
        if (found.Count == 0)
            return $"Nothing stored{about} in the last {window.TotalDays:0} days." + (words is null ? string.Empty : " Try other words, or `subscribe " + words + "` to hear when something appears.");
        return $"**{heading}{about}**\n\n" + List(found);
    }

    private string List(IEnumerable<StoryRecord> stories)
    {
        var sb = new StringBuilder();
        var n = 0;
        foreach (var s in stories)
        {
            n++;
            var title = Escape(s.Title);
            sb.Append(CultureInfo.InvariantCulture, $"{n}. ").Append(s.Link is null ? title : $"[{title}]({s.Link})");
            sb.Append(CultureInfo.InvariantCulture, $" — {string.Join(", ", s.Sources.Take(3))}{(s.Sources.Count > 3 ? $" +{s.Sources.Count - 3}" : string.Empty)}");
            sb.Append(CultureInfo.InvariantCulture, $" · {Ago(s.LastUpdated)}");
            if (s.Revision > 1) sb.Append(" · updated");
            sb.Append('\n');
        }
        return sb.ToString().TrimEnd();
    }

    /// <summary>The tariff tracker's current measures (for a country, as imposer or target), else tariff stories.</summary>
    private async Task<JsonObject> TariffsAsync(string? country, CancellationToken ct)
    {
        var code = country is null ? null : StoryQuery.CountryCode(country);
        if (country is not null && code is null)
            return Replies.Text($"I don't know the country '{country}'. Use a name or an ISO code, e.g. `tariffs china` or `tariffs CN`.");
        var measures = code is null
            ? await tariffs.ListAsync(null, null, ct)
            : (await tariffs.ListAsync(code, null, ct)).Concat(await tariffs.ListAsync(null, code, ct)).DistinctBy(m => (m.Imposer, m.Target, m.Product)).OrderByDescending(m => m.LastChanged).ToList();
        var title = country is null ? "Tariff tracker" : $"Tariff tracker: {country}";
        var body = new JsonArray { Block(title, ("size", "Large"), ("weight", "Bolder")) };
        string? newest;
        if (measures.Count > 0)
        {
            body.Add(Block($"{measures.Count} measure(s), most recently changed first", ("isSubtle", true), ("spacing", "None")));
            foreach (var m in measures.Take(10))
            {
                var rate = m.Rate is { } r ? (m.RateUnit == "percent" ? $"{r:0.##}%" : $"{r:0.##} {m.RateUnit}") : "rate not stated";
                var headline = $"{m.Imposer} → {m.Target} · {m.Name} · {rate} · {m.Status}";
                body.Add(new JsonObject
                {
                    ["type"] = "Container", ["separator"] = true,
                    ["items"] = new JsonArray
                    {
                        Block(m.Link is null ? headline : $"[{headline}]({m.Link})", ("weight", "Bolder")),
                        Block($"{m.Action}{(m.Date is null ? string.Empty : " " + m.Date)} · changed {Ago(m.LastChanged)}" + (m.History.Count > 0 ? $" · {m.History.Count} earlier version(s)" : string.Empty), ("isSubtle", true), ("spacing", "None")),
                        Block("“" + Channels.Teams.AlertCard.Trim(m.Evidence, 300) + "”", ("spacing", "None")),
                    },
                });
            }
            newest = measures.FirstOrDefault(m => m.Link is not null)?.Link;
        }
        else
        {
            // The tracker has nothing yet (or nothing for this country): the tariff stories themselves.
            var stories = (await items.RecentStoriesAsync(time.GetUtcNow() - TimeSpan.FromDays(90), 5000, ct))
                .Where(s => s.Topics.Contains("tariffs", StringComparer.OrdinalIgnoreCase) && new StoryQuery(country).Matches(s)).Take(8).ToList();
            body.Add(Block($"No measures tracked{(country is null ? string.Empty : " for " + country)} yet; {stories.Count} tariff stories in the last 90 days", ("isSubtle", true), ("spacing", "None")));
            foreach (var s in stories)
                body.Add(new JsonObject
                {
                    ["type"] = "Container", ["separator"] = true,
                    ["items"] = new JsonArray
                    {
                        Block(s.Link is null ? s.Title : $"[{s.Title}]({s.Link})", ("weight", "Bolder")),
                        Block($"{string.Join(", ", s.Sources.Take(3))} · {s.Sources.Count} source(s) · {Ago(s.LastUpdated)}", ("isSubtle", true), ("spacing", "None")),
                    },
                });
            newest = stories.FirstOrDefault(s => s.Link is not null)?.Link;
        }
        var card = new JsonObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json", ["type"] = "AdaptiveCard", ["version"] = Channels.Teams.AlertCard.BotVersion, ["body"] = body,
        };
        if (newest is not null)
            card["actions"] = new JsonArray { new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = "Open newest", ["url"] = newest } };
        return Replies.Card(card, title);
    }

    private static JsonObject Block(string text, params (string Key, JsonNode? Value)[] props)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        foreach (var (k, v) in props) block[k] = v;
        return block;
    }

    private async Task<string> SinceLastCheckAsync(Activity activity, CancellationToken ct)
    {
        var userKey = activity.From?.AadObjectId ?? activity.From?.Id ?? "anonymous";
        var now = time.GetUtcNow();
        var cursor = await conversations.GetReadCursorAsync(userKey, ct);
        var since = cursor ?? now - TimeSpan.FromDays(1);
        var found = (await items.RecentStoriesAsync(since, 5000, ct)).Where(s => s.LastUpdated > since).Take(10).ToList();
        await conversations.SetReadCursorAsync(userKey, now, ct);
        var when = cursor is null ? "in the last 24 hours (your first check)" : $"since your last check {Ago(since)}";
        return found.Count == 0 ? $"Nothing new {when}." : $"**New or updated {when}**\n\n" + List(found);
    }

    private async Task<string> SubscribeAsync(string? what, Activity activity, string conversationId, CancellationToken ct)
    {
        if (what is null) return "Subscribe to what? Topics: " + string.Join(", ", catalog.Topics.Keys.Select(t => $"`{t}`")) + ", or any words, e.g. `subscribe canola`.";
        var topic = catalog.Topics.Keys.FirstOrDefault(t => string.Equals(t, what, StringComparison.OrdinalIgnoreCase));
        var subscription = new Subscription
        {
            Id = SubscriptionId(conversationId, what),
            Channel = ChannelNames.Teams,
            Target = conversationId,
            DisplayName = activity.Conversation?.Name ?? activity.From?.Name,
            Topics = topic is null ? [] : [topic],
            Query = topic is null ? what : null,
        };
        var all = await subscriptions.ListAsync(ct);
        // A new subscription joins the conversation's digest, if it has one (the digest is per conversation).
        var existing = all.FirstOrDefault(s => s.Id == subscription.Id)
            ?? all.Where(s => s.Channel == ChannelNames.Teams && s.Target == conversationId && s.Digest is not null).OrderBy(s => s.Id, StringComparer.Ordinal).FirstOrDefault();
        await subscriptions.UpsertAsync(existing is null ? subscription : subscription with { Digest = existing.Digest, Cadence = existing.Cadence, SendHour = existing.SendHour, TimeZone = existing.TimeZone }, ct);
        var how = existing?.Digest is { } digest && Digests.Cadences.Setting.Parse(digest) is { } setting ? $" in this conversation's digest ({When(setting)})" : string.Empty;
        return topic is null
            ? $"Subscribed: this conversation will get an alert{how} when a new or changed story mentions *{what}*."
            : $"Subscribed: this conversation will get an alert{how} for every new or changed *{topic}* story.";
    }

    private async Task<string> UnsubscribeAsync(string? what, string conversationId, CancellationToken ct)
    {
        var mine = await MineAsync(conversationId, ct);
        var gone = string.Equals(what, "all", StringComparison.OrdinalIgnoreCase) || what is "everything"
            ? mine
            : mine.Where(s => s.Id == SubscriptionId(conversationId, what ?? string.Empty)).ToList();
        foreach (var s in gone) await subscriptions.DeleteAsync(s.Id, ct);
        if (gone.Count > 0) return $"Unsubscribed from {string.Join(", ", gone.Select(Describe))}.";
        return mine.Count == 0 ? "This conversation has no subscriptions." : $"No subscription to *{what}* here. This conversation follows: {string.Join(", ", mine.Select(Describe))}.";
    }

    private async Task<string> DigestAsync(string? setting, string conversationId, CancellationToken ct)
    {
        var mine = await MineAsync(conversationId, ct);
        if (mine.Count == 0) return "Subscribe to something first (e.g. `subscribe tariffs`); the digest collects this conversation's subscriptions.";
        if (string.IsNullOrEmpty(setting)) return "When? e.g. `digest daily 8:00 America/Toronto`, or `digest off`.";
        if (setting is "off" or "stop" or "none" or "cancel")
        {
            foreach (var s in mine) await subscriptions.UpsertAsync(s with { Digest = null, Cadence = null, SendHour = null }, ct);
            return "Digest off: alerts arrive as they happen again. Anything already waiting for the digest comes as one card within about a quarter of an hour.";
        }
        if (!DigestPreference.TryParse(setting, out var digest, out var error)) return error;
        // Subscription.Digest is what the digest job reads when the explicit Cadence/SendHour/TimeZone are not set.
        foreach (var s in mine) await subscriptions.UpsertAsync(s with { Digest = digest.ToString(), Cadence = null, SendHour = null, TimeZone = null }, ct);
        var when = When(Digests.Cadences.Setting.Parse(digest.ToString())!);
        return $"Digest set: {digest}, for {string.Join(", ", mine.Select(Describe))}. From now on this conversation gets one card {when} " +
            "listing the new and updated stories, instead of a message per alert. Tariff changes still arrive at once. `digest off` goes back to instant alerts.";
    }

    /// <summary>"every day at 08:00 America/Toronto", "Monday to Friday at 07:30 UTC", "every Monday at 09:00 …".</summary>
    private static string When(Digests.Cadences.Setting s)
    {
        var at = $"at {s.Hour:00}:{s.Minute:00} {s.Zone}";
        return s.Weekdays ? $"Monday to Friday {at}" : s.Cadence == Digests.Cadences.Weekly ? $"every Monday {at}" : $"every day {at}";
    }

    private async Task<string> MuteAsync(BotCommand command, Activity activity, string conversationId, CancellationToken ct)
    {
        if (command.Argument is null) return "Mute what? e.g. `mute source gc-finance for 24h` or `mute story <id> for 2 days`.";
        var duration = command.Duration ?? TimeSpan.FromHours(24);
        var arg = command.Argument;
        var (kind, value) = arg.Split(' ', 2) switch
        {
            ["source", var v] => (Mute.Source, ResolveSource(v) ?? v),
            ["story", var v] => (Mute.Story, v),
            _ when ResolveSource(arg) is { } id => (Mute.Source, id),
            _ when StoryKeys.LooksLikeStoryId(arg) && await items.GetStoryAsync(arg, ct) is not null => (Mute.Story, arg),
            _ => (Mute.Words, arg),
        };
        var until = time.GetUtcNow() + duration;
        await conversations.AddMuteAsync(new Mute(conversationId, kind, value, until, activity.From?.Name ?? activity.From?.Id), ct);
        var what = kind == Mute.Words ? $"alerts mentioning *{value}*" : $"{kind} `{value}`";
        return $"Muted {what} in this conversation for {Human(duration)} (until {until.UtcDateTime:yyyy-MM-dd HH:mm} UTC).";
    }

    private string? ResolveSource(string nameOrId) =>
        catalog.Sources.FirstOrDefault(s => string.Equals(s.Id, nameOrId, StringComparison.OrdinalIgnoreCase)
                                            || string.Equals(s.DisplayName, nameOrId, StringComparison.OrdinalIgnoreCase))?.Id;

    private async Task<string> SourcesAsync(CancellationToken ct)
    {
        var states = (await sourceStates.ListAsync(ct)).ToDictionary(s => s.SourceId);
        var sb = new StringBuilder($"**{catalog.Sources.Count} sources**\n\n");
        foreach (var s in catalog.Sources)
        {
            var state = states.GetValueOrDefault(s.Id);
            var health = state switch
            {
                null => "not polled yet",
                { ConsecutiveFailures: > 0 } => $"failing ({state.ConsecutiveFailures}× — {state.LastError})",
                { LastSuccess: { } ok } => $"ok, {Ago(ok)}",
                _ => "ok",
            };
            sb.Append(CultureInfo.InvariantCulture, $"- [{Escape(s.DisplayName)}]({s.Url}) `{s.Id}` — {health}\n");
        }
        return sb.ToString().TrimEnd();
    }

    private async Task<string> StatusAsync(string conversationId, CancellationToken ct)
    {
        var health = await api.HealthAsync(lastCycle: null, ct: ct);
        var mine = await MineAsync(conversationId, ct);
        var mutes = await conversations.MutesAsync(conversationId, time.GetUtcNow(), ct);
        var sb = new StringBuilder($"**Status: {health.Status}** — {health.Sources} sources polled, {health.Failing.Count} failing.\n\n");
        foreach (var f in health.Failing.Take(5)) sb.Append(CultureInfo.InvariantCulture, $"- `{f.Id}`: {f.ConsecutiveFailures}× — {f.LastError}\n");
        sb.Append(mine.Count == 0 ? "This conversation has no subscriptions." : $"Subscriptions here: {string.Join(", ", mine.Select(Describe))}.");
        if (mutes.Count > 0) sb.Append(CultureInfo.InvariantCulture, $"\n\nMuted: {string.Join(", ", mutes.Select(m => $"{m.Kind} `{m.Value}` until {m.Until.UtcDateTime:MM-dd HH:mm} UTC"))}.");
        return sb.ToString();
    }

    private async Task<List<Subscription>> MineAsync(string conversationId, CancellationToken ct) =>
        (await subscriptions.ListAsync(ct)).Where(s => s.Channel == ChannelNames.Teams && s.Target == conversationId).ToList();

    public static string SubscriptionId(string conversationId, string what) =>
        "teams-" + ItemIdentity.Hash(conversationId + "\n" + what.Trim().ToLowerInvariant());

    private static string Describe(Subscription s) =>
        (s.Query is not null ? $"*{s.Query}*" : s.Topics.Count == 0 ? "everything" : string.Join("+", s.Topics)) + (s.Digest is not null ? $" (digest {s.Digest})" : s.Cadence is null or "instant" ? string.Empty : $" ({s.Cadence} digest at {s.SendHour ?? 8:00}:00 {s.TimeZone ?? "UTC"})");

    private string Ago(DateTimeOffset t)
    {
        var d = time.GetUtcNow() - t;
        return d.TotalMinutes < 1 ? "just now" : d.TotalHours < 1 ? $"{(int)d.TotalMinutes} min ago" : d.TotalDays < 1 ? $"{(int)d.TotalHours} h ago" : $"{(int)d.TotalDays} d ago";
    }

    private static string Human(TimeSpan d) =>
        d.TotalDays >= 1 && d.TotalDays % 1 == 0 ? $"{d.TotalDays:0} day(s)" : d.TotalHours >= 1 && d.TotalHours % 1 == 0 ? $"{d.TotalHours:0} h" : $"{d.TotalMinutes:0} min";

    /// <summary>Markdown link text: brackets would end the link early.</summary>
    private static string Escape(string s) => s.Replace("[", "(", StringComparison.Ordinal).Replace("]", ")", StringComparison.Ordinal);
}
