using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Watcher.Core.Channels.Email;

namespace Watcher.Cli.LocalHost;

/// <summary>
/// One-click unsubscribe (RFC 8058: POST /api/unsubscribe?token=…) and the preferences page. No function key: the
/// signed token is the credential, and it can only unsubscribe the subscription it names. GET never changes anything
/// (link scanners follow links); it shows a page whose button POSTs.
/// </summary>
public static class EmailRoutes
{
    public static void MapEmailRoutes(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/unsubscribe", async (EmailPreferences prefs, string? token, CancellationToken ct) =>
            Unsubscribed(await prefs.UnsubscribeAsync(token, ct)));
        app.MapGet("/api/unsubscribe", (string? token, EmailPreferences prefs, CancellationToken ct) => PreferencesAsync(prefs, token, ct));
        app.MapGet("/api/preferences", (string? token, EmailPreferences prefs, CancellationToken ct) => PreferencesAsync(prefs, token, ct));
    }

    public static IResult Unsubscribed(UnsubscribeOutcome outcome) => outcome switch
    {
        UnsubscribeOutcome.InvalidToken => Html(EmailPreferences.MessagePage("Link not valid", "This unsubscribe link is not valid. Use the link from a recent Watcher e-mail."), StatusCodes.Status400BadRequest),
        _ => Html(EmailPreferences.MessagePage("Unsubscribed", "You will get no more e-mail from this Watcher subscription.")),
    };

    private static async Task<IResult> PreferencesAsync(EmailPreferences prefs, string? token, CancellationToken ct) =>
        await prefs.FindAsync(token, ct) is { } sub
            ? Html(EmailPreferences.PreferencesPage(sub, token!))
            : Html(EmailPreferences.MessagePage("Link not valid", "This link is not valid, or the subscription no longer exists."), StatusCodes.Status404NotFound);

    private static IResult Html(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
}
