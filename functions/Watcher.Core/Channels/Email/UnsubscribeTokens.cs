using System.Security.Cryptography;
using System.Text;

namespace Watcher.Core.Channels.Email;

/// <summary>
/// Signed one-click unsubscribe tokens: base64url(subscription id) "." base64url(HMAC-SHA256(key, purpose + id)).
/// Anyone holding the link may unsubscribe that one subscription and nothing else; no state is stored.
/// </summary>
public sealed class UnsubscribeTokens
{
    private const string Purpose = "watcher-unsubscribe\n";
    private readonly byte[] _key;

    public UnsubscribeTokens(byte[] key)
    {
        if (key.Length < 16) throw new ArgumentException("the unsubscribe signing key needs at least 16 bytes", nameof(key));
        _key = key;
    }

    /// <summary>A key from configuration, or (when none is set) one derived from another secret the deployment already has.</summary>
    public static UnsubscribeTokens From(string? configuredKey, string fallbackSecret) =>
        new(string.IsNullOrEmpty(configuredKey)
            ? HMACSHA256.HashData(Encoding.UTF8.GetBytes("watcher-email-links"), Encoding.UTF8.GetBytes(fallbackSecret))
            : Encoding.UTF8.GetBytes(configuredKey));

    public string Create(string subscriptionId) =>
        Base64Url(Encoding.UTF8.GetBytes(subscriptionId)) + "." + Base64Url(Sign(subscriptionId));

    /// <summary>The subscription id the token was made for, or null when it is malformed or its signature is wrong.</summary>
    public string? Verify(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 2048) return null;
        var dot = token.IndexOf('.');
        if (dot <= 0) return null;
        try
        {
            var id = Encoding.UTF8.GetString(FromBase64Url(token[..dot]));
            var given = FromBase64Url(token[(dot + 1)..]);
            return CryptographicOperations.FixedTimeEquals(given, Sign(id)) ? id : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private byte[] Sign(string id) => HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(Purpose + id));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string s)
    {
        var b = s.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(b.PadRight(b.Length + (4 - b.Length % 4) % 4, '='));
    }
}
