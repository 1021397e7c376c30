using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Watcher.Core.Channels.Email;

namespace Watcher.Functions;

/// <summary>
/// POST /api/unsubscribe?token=… (RFC 8058 one-click) and GET /api/unsubscribe, /api/preferences (a page whose
/// button POSTs). Anonymous: the signed token is the credential.
/// </summary>
public sealed class Unsubscribe(EmailPreferences prefs)
{
    [Function(nameof(Unsubscribe))]
    public async Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "unsubscribe")] HttpRequest request, CancellationToken ct) =>
        await prefs.UnsubscribeAsync(request.Query["token"].FirstOrDefault(), ct) == UnsubscribeOutcome.InvalidToken
            ? Page(EmailPreferences.MessagePage("Link not valid", "This unsubscribe link is not valid. Use the link from a recent Watcher e-mail."), 400)
            : Page(EmailPreferences.MessagePage("Unsubscribed", "You will get no more e-mail from this Watcher subscription."), 200);

    [Function("UnsubscribePage")]
    public Task<IActionResult> Page([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "unsubscribe")] HttpRequest request, CancellationToken ct) =>
        Preferences(request, ct);

    [Function("Preferences")]
    public async Task<IActionResult> Preferences([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "preferences")] HttpRequest request, CancellationToken ct)
    {
        var token = request.Query["token"].FirstOrDefault();
        return await prefs.FindAsync(token, ct) is { } sub
            ? Page(EmailPreferences.PreferencesPage(sub, token!), 200)
            : Page(EmailPreferences.MessagePage("Link not valid", "This link is not valid, or the subscription no longer exists."), 404);
    }

    private static ContentResult Page(string html, int status) => new() { Content = html, ContentType = "text/html; charset=utf-8", StatusCode = status };
}
