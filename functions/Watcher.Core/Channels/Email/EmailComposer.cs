using System.Text;
using Watcher.Core.Alerts;
using Watcher.Core.Digests;
using Watcher.Core.State;

namespace Watcher.Core.Channels.Email;

/// <summary>An e-mail ready for any transport (SendGrid, SMTP, an .eml file).</summary>
public sealed record EmailMessage
{
    public required string To { get; init; }
    public string? ToName { get; init; }
    public required string Subject { get; init; }
    public required string Text { get; init; }
    public required string Html { get; init; }
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<string> Categories { get; init; } = [];
    public IReadOnlyDictionary<string, string> CustomArgs { get; init; } = new Dictionary<string, string>();
}

public sealed class EmailOptions
{
    public const string Section = "Watcher:Email";
    public string From { get; set; } = "watcher@localhost";
    public string FromName { get; set; } = "Watcher";
    /// <summary>Public base URL of the app, for unsubscribe and preference links.</summary>
    public string BaseUrl { get; set; } = "http://127.0.0.1:7071";
    /// <summary>HMAC key for unsubscribe tokens; when empty, one is derived from the storage connection string.</summary>
    public string? SigningKey { get; set; }
}

/// <summary>Turns one alert into a short multipart e-mail whose subject says what happened. All feed text is HTML-encoded.</summary>
public static class EmailComposer
{
    public static EmailMessage InstantAlert(Alert alert, Subscription subscription, string deliveryId, EmailLinks? links = null)
    {
        var subject = OneLine(alert.Kind switch
        {
            AlertKinds.UpdatedStory => $"Updated: {alert.Title}",
            // The tracker's own titles already say "Tariff changed: …"; a story-titled change gets the prefix.
            AlertKinds.TariffChanged when alert.Title.StartsWith("Tariff change", StringComparison.OrdinalIgnoreCase) => alert.Title,
            AlertKinds.TariffChanged => $"Tariff change: {alert.Title}",
            AlertKinds.SourceBroken => $"Source failing: {alert.SourceName}",
            AlertKinds.SourceRecovered => $"Source back: {alert.SourceName}",
            _ => $"{TopicLabel(alert)}: {alert.Title}",
        }, 140);
        var story = EmailStory.From(alert);
        var unsubscribe = links?.Unsubscribe(subscription);
        var preferences = links?.Preferences(subscription);

        var html = new StringBuilder(4096);
        EmailHtml.Open(html, subject, EmailHtml.Clip(alert.Summary, 120));
        html.Append("<p style=\"margin:0 0 6px;font-size:12px;letter-spacing:.04em;color:#57606a;text-transform:uppercase\">Watcher · ")
            .Append(EmailHtml.E(string.Join(", ", story.Topics.Select(EmailHtml.TopicLabel).DefaultIfEmpty("Alert")))).Append("</p>\n");
        EmailHtml.Story(html, story, lead: true);
        EmailHtml.Footer(html, WhyText(subscription), preferences, unsubscribe);
        EmailHtml.Close(html);

        var text = new StringBuilder();
        EmailText.Story(text, story);
        EmailText.Footer(text, WhyText(subscription), preferences, unsubscribe);

        return new EmailMessage
        {
            To = subscription.Target,
            ToName = subscription.DisplayName,
            Subject = subject,
            Text = text.ToString(),
            Html = html.ToString(),
            Headers = Headers(deliveryId, subscription, links),
            Categories = ["watcher", "alert", alert.Kind],
            CustomArgs = new Dictionary<string, string> { ["delivery_id"] = deliveryId, ["subscription_id"] = subscription.Id, ["alert_id"] = alert.Id },
        };
    }

    internal static Dictionary<string, string> Headers(string deliveryId, Subscription subscription, EmailLinks? links)
    {
        var headers = new Dictionary<string, string> { ["X-Watcher-Delivery"] = deliveryId };
        if (links is not null) foreach (var (k, v) in links.Headers(subscription)) headers[k] = v;
        return headers;
    }

    internal static string WhyText(Subscription s)
    {
        var what = s.Topics.Count == 0 ? "all topics" : string.Join(", ", s.Topics.Select(EmailHtml.TopicLabel));
        if (!string.IsNullOrWhiteSpace(s.Query)) what += $" matching “{s.Query}”";
        var cadence = Cadences.Of(s) switch
        {
            Cadences.Hourly => "an hourly digest",
            Cadences.Daily => $"a {(Cadences.WeekdaysOnly(s) ? "weekday" : "daily")} digest at {Cadences.Hour(s):00}:{Cadences.Minute(s):00} ({Cadences.ZoneId(s) ?? "UTC"})",
            Cadences.Weekly => $"a weekly digest on {s.SendDay ?? DayOfWeek.Monday}s at {Cadences.Hour(s):00}:{Cadences.Minute(s):00} ({Cadences.ZoneId(s) ?? "UTC"})",
            _ => "instant alerts",
        };
        return $"You get {cadence} from Watcher for {what}.";
    }

    private static string TopicLabel(Alert alert) =>
        alert.Matches.Count == 0 ? "News" : string.Join(", ", alert.Topics.Select(EmailHtml.TopicLabel));

    internal static string KindLabel(string kind) => kind switch
    {
        AlertKinds.NewStory => "New story",
        AlertKinds.UpdatedStory => "Story updated",
        AlertKinds.TariffChanged => "Tariff changed",
        AlertKinds.EventAnnounced => "Event announced",
        AlertKinds.SourceBroken => "Source failing",
        AlertKinds.SourceRecovered => "Source recovered",
        _ => kind,
    };

    internal static string OneLine(string s, int max)
    {
        var flat = string.Join(' ', s.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return flat.Length <= max ? flat : flat[..(max - 1)] + "…";
    }
}
