using System.Net;
using System.Net.Sockets;

namespace Watcher.Core.Net;

/// <summary>
/// Which addresses an outbound request may reach (the SSRF guard for webhook targets). Loopback, private (RFC 1918,
/// ULA), link-local (169.254.0.0/16 with the cloud metadata address, fe80::/10), carrier-grade NAT, multicast,
/// reserved and unspecified addresses are not public, also when wrapped in IPv4-mapped IPv6.
/// NOTE: the ingest branch has an equivalent guard (Core/Fetching/AddressGuard); the two are meant to be unified.
/// </summary>
public static class AddressClassifier
{
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) return IsPublic(address.MapToIPv4());
        var b = address.GetAddressBytes();
        if (address.AddressFamily == AddressFamily.InterNetwork)
            return !(b[0] is 0 or 10 or 127 or >= 224
                     || b[0] == 100 && (b[1] & 0xC0) == 64
                     || b[0] == 169 && b[1] == 254
                     || b[0] == 172 && (b[1] & 0xF0) == 16
                     || b[0] == 192 && b[1] == 168
                     || b[0] == 192 && b[1] == 0 && b[2] is 0 or 2
                     || b[0] == 198 && (b[1] & 0xFE) == 18);
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return false;
        if ((b[0] & 0xFE) == 0xFC) return false;                          // fc00::/7 unique local
        if (b[0] == 0xFE && (b[1] & 0xC0) is 0x80 or 0xC0) return false;  // link-local, site-local
        return (b[0] & 0xE0) == 0x20;                                     // only 2000::/3 is global unicast
    }

    /// <summary>Resolves <paramref name="host"/> (or parses it as a literal address).</summary>
    public static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct) =>
        IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);

    public static string Refusal(string host, IEnumerable<IPAddress> addresses) =>
        $"refused: {host} resolves to {string.Join(", ", addresses)}, which is not a public address " +
        "(loopback, private and link-local targets are allowed only with Watcher:Net:AllowPrivateAddresses=true, for local development)";

    /// <summary>
    /// A <see cref="SocketsHttpHandler.ConnectCallback"/> that checks the addresses it connects to, so a DNS answer
    /// that changes between registration and delivery (rebinding) cannot reach a private address.
    /// </summary>
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> GuardedConnect(bool allowPrivate) =>
        async (context, ct) =>
        {
            var host = context.DnsEndPoint.Host;
            var addresses = await ResolveAsync(host, ct);
            var allowed = allowPrivate ? addresses : addresses.Where(IsPublic).ToArray();
            if (allowed.Length == 0) throw new HttpRequestException(HttpRequestError.ConnectionError, Refusal(host, addresses));
            Exception? last = null;
            foreach (var address in allowed)
            {
                var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), ct);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch (SocketException ex)
                {
                    socket.Dispose();
                    last = ex;
                }
            }
            throw new HttpRequestException(HttpRequestError.ConnectionError, $"could not connect to {host}: {last?.Message}", last);
        };
}
