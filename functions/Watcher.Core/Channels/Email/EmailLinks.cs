using Watcher.Core.State;

namespace Watcher.Core.Channels.Email;

/// <summary>The per-subscriber links every e-mail carries: one-click unsubscribe (RFC 8058) and manage preferences.</summary>
public sealed class EmailLinks(EmailOptions options, UnsubscribeTokens tokens)
{
    private string Base => options.BaseUrl.TrimEnd('/');

    public string Token(Subscription s) => tokens.Create(s.Id);

    public string Unsubscribe(Subscription s) => $"{Base}/api/unsubscribe?token={Uri.EscapeDataString(Token(s))}";

    public string Preferences(Subscription s) => $"{Base}/api/preferences?token={Uri.EscapeDataString(Token(s))}";

    /// <summary>List-Unsubscribe with an HTTPS (or local HTTP) URI and List-Unsubscribe-Post for one-click, per RFC 8058.</summary>
    public IReadOnlyDictionary<string, string> Headers(Subscription s) => new Dictionary<string, string>
    {
        ["List-Unsubscribe"] = $"<{Unsubscribe(s)}>",
        ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
    };
}
