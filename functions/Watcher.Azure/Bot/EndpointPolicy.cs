using System.Net;

namespace Watcher.Azure.Bot;

/// <summary>
/// Which URLs the bot may call. Identity endpoints and the Connector must be https, except loopback over http
/// when Watcher:Net:AllowPrivateAddresses is on; a serviceUrl's host must also be on Watcher:Bot:ServiceUrlHosts
/// before a token is sent to it (a loopback serviceUrl is allowed without a token in unauthenticated local mode).
/// </summary>
public sealed class EndpointPolicy(BotOptions options)
{
    private readonly string[] _hosts = options.ServiceUrlHosts.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public bool IsAllowedIdentityEndpoint(Uri uri) => uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri) && options.AllowPrivateAddresses);

    /// <summary>Null when the serviceUrl may be called; else why not.</summary>
    public string? CheckServiceUrl(string? serviceUrl, bool withToken)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            return "serviceUrl is not an absolute http(s) URL";
        if (IsLoopback(uri))
            return options.AllowPrivateAddresses || !withToken ? null : "serviceUrl is a loopback address and Watcher:Net:AllowPrivateAddresses is off";
        if (uri.Scheme != Uri.UriSchemeHttps) return "serviceUrl is not https";
        return _hosts.Any(h => HostMatches(uri.Host, h)) ? null : $"serviceUrl host '{uri.Host}' is not in Watcher:Bot:ServiceUrlHosts";
    }

    public static bool HostMatches(string host, string pattern) =>
        pattern.StartsWith("*.", StringComparison.Ordinal)
            ? host.EndsWith(pattern[1..], StringComparison.OrdinalIgnoreCase) && host.Length > pattern.Length - 1
            : string.Equals(host, pattern, StringComparison.OrdinalIgnoreCase);

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
