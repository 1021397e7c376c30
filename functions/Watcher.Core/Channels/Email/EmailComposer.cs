using System.Net;
using System.Text;
using Watcher.Core.Alerts;
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
}

/// <summary>Turns one alert into a short multipart e-mail whose subject says what happened. All feed text is HTML-encoded.</summary>
public static class EmailComposer
{
    public static EmailMessage InstantAlert(Alert alert, Subscription subscription, string deliveryId)
    {
        var subject = alert.Kind switch
        {
            AlertKinds.UpdatedStory => $"Updated: {alert.Title}",
            AlertKinds.SourceBroken => $"Source failing: {alert.SourceName}",
            AlertKinds.SourceRecovered => $"Source back: {alert.SourceName}",
            _ => $"{TopicLabel(alert)}: {alert.Title}",
        };
        return new EmailMessage
        {
            To = subscription.Target,
            ToName = subscription.DisplayName,
            Subject = OneLine(subject, 140),
            Text = Text(alert),
            Html = Html(alert),
            Headers = new Dictionary<string, string> { ["X-Watcher-Delivery"] = deliveryId },
            Categories = ["watcher", "alert", alert.Kind],
            CustomArgs = new Dictionary<string, string> { ["delivery_id"] = deliveryId, ["alert_id"] = alert.Id },
        };
    }

    private static string TopicLabel(Alert alert) =>
        alert.Matches.Count == 0 ? "News" : string.Join(", ", alert.Topics.Select(t => char.ToUpperInvariant(t[0]) + t[1..]));

    private static string Text(Alert alert)
    {
        var sb = new StringBuilder();
        sb.AppendLine(alert.Title).AppendLine();
        sb.AppendLine($"Source: {alert.SourceName}{(alert.SourceCount > 1 ? $" and {alert.SourceCount - 1} more" : string.Empty)}");
        if (alert.Link is not null) sb.AppendLine($"Link: {alert.Link}");
        foreach (var m in alert.Matches) sb.AppendLine($"Matched {m.Topic}: {string.Join(", ", m.Terms)}");
        if (alert.Changes.Count > 0)
        {
            sb.AppendLine().AppendLine("What changed:");
            foreach (var c in alert.Changes) sb.AppendLine(c);
        }
        if (alert.Summary.Length > 0) sb.AppendLine().AppendLine(alert.Summary);
        return sb.ToString();
    }

    private static string Html(Alert alert)
    {
        static string E(string? s) => WebUtility.HtmlEncode(s ?? string.Empty);
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">");
        sb.Append("<title>").Append(E(alert.Title)).Append("</title></head>");
        sb.Append("<body style=\"margin:0;padding:0;background:#f4f5f7;font-family:Segoe UI,Helvetica,Arial,sans-serif;color:#1f2328\">");
        sb.Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\" style=\"padding:16px\">");
        sb.Append("<table role=\"presentation\" width=\"100%\" style=\"max-width:600px;background:#ffffff;border-radius:8px;padding:20px\"><tr><td>");
        sb.Append("<p style=\"margin:0 0 8px;font-size:12px;color:#57606a;text-transform:uppercase\">").Append(E(KindLabel(alert.Kind))).Append("</p>");
        sb.Append("<h1 style=\"margin:0 0 12px;font-size:20px;line-height:1.3\">");
        if (alert.Link is not null) sb.Append("<a href=\"").Append(E(alert.Link)).Append("\" style=\"color:#0b57d0;text-decoration:none\">").Append(E(alert.Title)).Append("</a>");
        else sb.Append(E(alert.Title));
        sb.Append("</h1><p style=\"margin:0 0 12px;font-size:13px;color:#57606a\">").Append(E(alert.SourceName));
        if (alert.SourceCount > 1) sb.Append(" · ").Append(alert.SourceCount).Append(" sources");
        sb.Append("</p>");
        if (alert.Changes.Count > 0)
        {
            sb.Append("<div style=\"margin:0 0 12px;padding:8px 12px;background:#fff8c5;border-radius:6px;font-size:14px\"><strong>What changed</strong><ul style=\"margin:4px 0;padding-left:18px\">");
            foreach (var c in alert.Changes)
                sb.Append("<li style=\"color:").Append(c.StartsWith('+') ? "#1a7f37" : "#cf222e").Append("\">").Append(E(c)).Append("</li>");
            sb.Append("</ul></div>");
        }
        if (alert.Summary.Length > 0) sb.Append("<p style=\"margin:0 0 12px;font-size:15px;line-height:1.5\">").Append(E(alert.Summary)).Append("</p>");
        foreach (var m in alert.Matches)
            sb.Append("<p style=\"margin:0 0 4px;font-size:12px;color:#57606a\">Matched <strong>").Append(E(m.Topic)).Append("</strong>: ").Append(E(string.Join(", ", m.Terms))).Append("</p>");
        sb.Append("</td></tr></table></td></tr></table></body></html>");
        return sb.ToString();
    }

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

    private static string OneLine(string s, int max)
    {
        var flat = string.Join(' ', s.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return flat.Length <= max ? flat : flat[..(max - 1)] + "…";
    }
}
