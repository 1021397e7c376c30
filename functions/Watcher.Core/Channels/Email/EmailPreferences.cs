using System.Text;
using Watcher.Core.Digests;
using Watcher.Core.State;

namespace Watcher.Core.Channels.Email;

public enum UnsubscribeOutcome { InvalidToken, Unsubscribed, AlreadyUnsubscribed }

/// <summary>
/// The unsubscribe and preferences routes' logic (both hosts call it). The signed token is the only credential:
/// it names one subscription, so these routes need no function key.
/// </summary>
public sealed class EmailPreferences(ISubscriptionStore subscriptions, UnsubscribeTokens tokens)
{
    public async Task<Subscription?> FindAsync(string? token, CancellationToken ct = default)
    {
        if (tokens.Verify(token) is not { } id) return null;
        return (await subscriptions.ListAsync(ct)).FirstOrDefault(s => s.Id == id);
    }

    /// <summary>Disables the subscription the token names. A valid token for a deleted subscription is already unsubscribed.</summary>
    public async Task<UnsubscribeOutcome> UnsubscribeAsync(string? token, CancellationToken ct = default)
    {
        if (tokens.Verify(token) is not { } id) return UnsubscribeOutcome.InvalidToken;
        var sub = (await subscriptions.ListAsync(ct)).FirstOrDefault(s => s.Id == id);
        if (sub is null || !sub.Enabled) return UnsubscribeOutcome.AlreadyUnsubscribed;
        await subscriptions.UpsertAsync(sub with { Enabled = false }, ct);
        return UnsubscribeOutcome.Unsubscribed;
    }

    /// <summary>A small page: the subscription's settings and a button that POSTs the one-click unsubscribe.</summary>
    public static string PreferencesPage(Subscription s, string token)
    {
        var e = EmailHtml.E;
        var rows = new (string, string)[]
        {
            ("E-mail", s.Target),
            ("Topics", s.Topics.Count == 0 ? "all" : string.Join(", ", s.Topics)),
            ("Query", s.Query ?? "—"),
            ("Cadence", Cadences.Of(s)),
            ("Time zone", s.TimeZone ?? "UTC"),
            ("Send hour", $"{s.SendHour ?? Cadences.DefaultSendHour:00}:00"),
            ("Quiet hours", s.QuietFrom is { } f && s.QuietTo is { } t ? $"{f:00}:00–{t:00}:00" : "none"),
            ("Status", s.Enabled ? "subscribed" : "unsubscribed"),
        };
        var body = new StringBuilder("<table>");
        foreach (var (k, v) in rows) body.Append("<tr><th align=\"left\">").Append(e(k)).Append("</th><td>").Append(e(v)).Append("</td></tr>");
        body.Append("</table>");
        if (s.Enabled)
            body.Append("<form method=\"post\" action=\"unsubscribe?token=").Append(e(Uri.EscapeDataString(token)))
                .Append("\"><input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\"><button type=\"submit\">Unsubscribe</button></form>");
        body.Append("<p>To change topics or cadence, reply to any Watcher e-mail or ask your Watcher administrator.</p>");
        return Page("Your Watcher e-mail", body.ToString());
    }

    public static string MessagePage(string title, string message) => Page(title, "<p>" + EmailHtml.E(message) + "</p>");

    private static string Page(string title, string bodyHtml) =>
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>" +
        EmailHtml.E(title) + "</title><style>body{font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;max-width:560px;margin:40px auto;padding:0 16px;color:#1f2328}" +
        "th,td{padding:4px 12px 4px 0}button{margin-top:16px;padding:8px 16px}</style></head><body><h1>" + EmailHtml.E(title) + "</h1>" + bodyHtml + "</body></html>";
}
