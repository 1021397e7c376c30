using System.Net;
using System.Text;
using Watcher.Core.Alerts;

namespace Watcher.Core.Channels.Email;

/// <summary>
/// The HTML e-mail template: table layout with inline styles (what mail clients render), one 600px card that
/// narrows on phones. Everything that came from a feed is HTML-encoded, and only http(s) links become hrefs, so no
/// script, form, style or remote content from a feed can reach the message.
/// </summary>
internal static class EmailHtml
{
    public static string E(string? s) => WebUtility.HtmlEncode(s ?? string.Empty);

    /// <summary>An absolute http(s) URL, or null (javascript:, data:, relative and malformed links are dropped).</summary>
    public static string? SafeUrl(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttps || u.Scheme == Uri.UriSchemeHttp) ? u.AbsoluteUri : null;

    private const string Muted = "#57606a";

    public static void Open(StringBuilder sb, string title, string preheader)
    {
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">");
        sb.Append("<meta name=\"color-scheme\" content=\"light\"><title>").Append(E(title)).Append("</title>\n");
        sb.Append("<style>@media (max-width:620px){.card{padding:16px!important;border-radius:0!important}.outer{padding:0!important}h1{font-size:19px!important}}</style></head>\n");
        sb.Append("<body style=\"margin:0;padding:0;background:#f4f5f7;font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;color:#1f2328\">\n");
        sb.Append("<div style=\"display:none;max-height:0;overflow:hidden\">").Append(E(preheader)).Append("</div>\n");
        sb.Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#f4f5f7\"><tr><td class=\"outer\" align=\"center\" style=\"padding:20px 8px\">\n");
        sb.Append("<table role=\"presentation\" class=\"card\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"max-width:600px;background:#ffffff;border-radius:8px;padding:24px\"><tr><td>\n");
    }

    public static void Header(StringBuilder sb, string eyebrow, string headline, string? meta)
    {
        sb.Append("<p style=\"margin:0 0 6px;font-size:12px;letter-spacing:.04em;color:").Append(Muted).Append(";text-transform:uppercase\">").Append(E(eyebrow)).Append("</p>\n");
        sb.Append("<h1 style=\"margin:0 0 6px;font-size:22px;line-height:1.3\">").Append(E(headline)).Append("</h1>\n");
        if (meta is not null) sb.Append("<p style=\"margin:0 0 8px;font-size:13px;color:").Append(Muted).Append("\">").Append(E(meta)).Append("</p>\n");
    }

    public static void TopicHeading(StringBuilder sb, string topic, int stories)
    {
        sb.Append("<h2 style=\"margin:24px 0 4px;padding-bottom:6px;border-bottom:2px solid #0b57d0;font-size:16px;color:#0b57d0\">")
          .Append(E(TopicLabel(topic))).Append(" <span style=\"font-weight:normal;color:").Append(Muted).Append(";font-size:13px\">· ")
          .Append(stories).Append(stories == 1 ? " story" : " stories").Append("</span></h2>\n");
    }

    public static void Story(StringBuilder sb, EmailStory s, bool lead)
    {
        sb.Append("<div style=\"padding:14px 0;border-bottom:1px solid #e5e7eb\">\n");
        var (badge, color) = Badge(s);
        sb.Append("<p style=\"margin:0 0 4px;font-size:11px;font-weight:bold;letter-spacing:.05em;color:").Append(color).Append("\">").Append(E(badge)).Append("</p>\n");
        sb.Append(lead ? "<h1 style=\"margin:0 0 6px;font-size:21px;line-height:1.3\">" : "<h3 style=\"margin:0 0 4px;font-size:17px;line-height:1.35\">");
        if (SafeUrl(s.Link) is { } href) sb.Append("<a href=\"").Append(E(href)).Append("\" style=\"color:#0b57d0;text-decoration:none\">").Append(E(s.Title)).Append("</a>");
        else sb.Append(E(s.Title));
        sb.Append(lead ? "</h1>\n" : "</h3>\n");
        sb.Append("<p style=\"margin:0 0 8px;font-size:13px;color:").Append(Muted).Append("\">").Append(E(s.SourceName));
        if (s.SourceCount > 1) sb.Append(" · reported by ").Append(s.SourceCount).Append(" sources");
        sb.Append("</p>\n");
        if (s.Changes.Count > 0) Changes(sb, s.Changes);
        if (s.Tariffs.Count > 0) TariffTable(sb, s.Tariffs);
        if (s.Summary.Length > 0)
            sb.Append("<p style=\"margin:0;font-size:15px;line-height:1.5\">").Append(E(Clip(s.Summary, lead ? 600 : 280))).Append("</p>\n");
        sb.Append("</div>\n");
    }

    private static void Changes(StringBuilder sb, IReadOnlyList<string> changes)
    {
        sb.Append("<div style=\"margin:0 0 10px;padding:8px 12px;background:#fff8c5;border-radius:6px;font-size:14px\"><strong>What changed</strong>\n<ul style=\"margin:4px 0 0;padding-left:18px\">\n");
        foreach (var c in changes.Take(8))
        {
            var added = c.StartsWith('+');
            sb.Append("<li style=\"color:").Append(added ? "#1a7f37" : "#cf222e").Append(added ? "\">" : ";text-decoration:line-through\">")
              .Append(E(c.TrimStart('+', '-', ' '))).Append("</li>\n");
        }
        if (changes.Count > 8) sb.Append("<li style=\"color:").Append(Muted).Append("\">and ").Append(changes.Count - 8).Append(" more lines</li>\n");
        sb.Append("</ul></div>\n");
    }

    /// <summary>The tariff table, from plain rows (imposer, target, products, before, after, effective).</summary>
    public static void TariffTable(StringBuilder sb, IReadOnlyList<TariffRow> rows)
    {
        const string th = "<th align=\"left\" style=\"padding:4px 8px;border-bottom:1px solid #d0d7de;font-size:12px;color:#57606a\">";
        const string td = "<td style=\"padding:4px 8px;border-bottom:1px solid #eaeef2;font-size:13px\">";
        sb.Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"margin:0 0 10px;border-collapse:collapse\">\n<tr>")
          .Append(th).Append("Who → whom</th>").Append(th).Append("Products</th>").Append(th).Append("Was</th>").Append(th).Append("Now</th>").Append(th).Append("From</th></tr>\n");
        foreach (var r in rows)
        {
            sb.Append("<tr>").Append(td).Append(E(r.Imposer)).Append(" → ").Append(E(r.Target)).Append("</td>")
              .Append(td).Append(E(r.Products)).Append("</td>")
              .Append(td).Append(E(r.Before ?? "—")).Append("</td>")
              .Append(td).Append("<strong>").Append(E(r.After)).Append("</strong></td>")
              .Append(td).Append(E(r.Effective ?? "—")).Append("</td></tr>\n");
        }
        sb.Append("</table>\n");
    }

    public static void Footer(StringBuilder sb, string why, string? preferencesUrl, string? unsubscribeUrl)
    {
        sb.Append("<p style=\"margin:24px 0 0;font-size:12px;line-height:1.5;color:").Append(Muted).Append("\">").Append(E(why));
        if (preferencesUrl is not null) sb.Append("<br><a href=\"").Append(E(preferencesUrl)).Append("\" style=\"color:").Append(Muted).Append("\">Manage preferences</a>");
        if (unsubscribeUrl is not null) sb.Append(" · <a href=\"").Append(E(unsubscribeUrl)).Append("\" style=\"color:").Append(Muted).Append("\">Unsubscribe</a>");
        sb.Append("</p>\n");
    }

    public static void Close(StringBuilder sb) => sb.Append("</td></tr></table>\n</td></tr></table>\n</body></html>\n");

    public static (string Text, string Color) Badge(EmailStory s) => s.Kind switch
    {
        AlertKinds.UpdatedStory => (s.Revision > 0 ? $"UPDATED · REVISION {s.Revision + 1}" : "UPDATED", "#9a6700"),
        AlertKinds.TariffChanged => ("TARIFF CHANGED", "#cf222e"),
        AlertKinds.EventAnnounced => ("EVENT ANNOUNCED", "#8250df"),
        AlertKinds.SourceBroken => ("SOURCE FAILING", "#cf222e"),
        AlertKinds.SourceRecovered => ("SOURCE BACK", "#1a7f37"),
        _ => (s.Changes.Count > 0 ? "NEW · UPDATED SINCE" : "NEW", "#1a7f37"),
    };

    public static string TopicLabel(string topic) => topic switch
    {
        DigestContent.OtherTopic => "Other news",
        DigestContent.SourcesTopic => "Sources",
        _ => topic.Length == 0 ? topic : char.ToUpperInvariant(topic[0]) + topic[1..],
    };

    public static string Clip(string s, int max)
    {
        if (s.Length <= max) return s;
        var cut = s.LastIndexOf(' ', max - 1);
        return s[..(cut > max / 2 ? cut : max - 1)] + "…";
    }
}
