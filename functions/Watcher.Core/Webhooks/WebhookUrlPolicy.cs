using System.Net.Sockets;
using Watcher.Core.Channels.Webhooks;
using Watcher.Core.Fetching;

namespace Watcher.Core.Webhooks;

/// <summary>
/// Which URLs may be registered: absolute https (http only in local development), no credentials in the URL, and a
/// host that resolves only to public addresses (no loopback, private, link-local or cloud metadata targets) unless
/// Watcher:Net:AllowPrivateAddresses is set (the classification is <see cref="AddressGuard"/>'s, shared with the feed
/// fetcher). The delivery client connects through the same guard, so every connection is checked again.
/// </summary>
public sealed class WebhookUrlPolicy(WebhookOptions options)
{
    public async Task<Uri> ValidateAsync(string? url, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(url)) throw new WebhookApiException(400, "url is required");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            throw new WebhookApiException(400, $"url '{url}' is not an absolute http(s) URL");
        if (uri.Scheme == "http" && !options.AllowPrivateAddresses)
            throw new WebhookApiException(400, "url must use https (plain http is allowed only with Watcher:Net:AllowPrivateAddresses=true, for local development)");
        if (!string.IsNullOrEmpty(uri.UserInfo)) throw new WebhookApiException(400, "url must not contain credentials; the signature authenticates Watcher");
        if (!string.IsNullOrEmpty(uri.Fragment)) throw new WebhookApiException(400, "url must not contain a fragment");

        System.Net.IPAddress[] addresses;
        try
        {
            addresses = System.Net.IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var literal)
                ? [literal]
                : await System.Net.Dns.GetHostAddressesAsync(uri.IdnHost, ct);
        }
        catch (SocketException ex)
        {
            throw new WebhookApiException(400, $"url host '{uri.Host}' does not resolve: {ex.Message}");
        }
        if (addresses.Length == 0) throw new WebhookApiException(400, $"url host '{uri.Host}' resolves to no address");
        if (!options.AllowPrivateAddresses && !addresses.All(AddressGuard.IsPublic))
            throw new WebhookApiException(400, $"url refused: {uri.Host} resolves to {string.Join(", ", addresses.Select(a => a.ToString()))}, which is not a public address " +
                "(loopback, private and link-local targets are allowed only with Watcher:Net:AllowPrivateAddresses=true, for local development)");
        return uri;
    }
}

/// <summary>A management request that cannot be done, with the HTTP status and message the caller gets.</summary>
public sealed class WebhookApiException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;
}
