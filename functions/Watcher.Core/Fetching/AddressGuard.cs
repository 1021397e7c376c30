using System.Net;
using System.Net.Sockets;

namespace Watcher.Core.Fetching;

/// <summary>
/// The SSRF guard: which IP addresses an outbound request may connect to. Loopback, private (RFC 1918, ULA),
/// link-local (169.254.0.0/16, cloud metadata included, and fe80::/10), carrier-grade NAT, multicast, reserved,
/// documentation and unspecified addresses are refused, also when wrapped in IPv4-mapped, NAT64 or 6to4 IPv6.
/// </summary>
public static class AddressGuard
{
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) return IsPublic(address.MapToIPv4());
        if (address.AddressFamily == AddressFamily.InterNetwork) return IsPublicV4(address.GetAddressBytes());
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return false;
        var b = address.GetAddressBytes();
        if (address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.IPv6Loopback)) return false;
        if ((b[0] & 0xFE) == 0xFC) return false;                        // fc00::/7 unique local
        if (b[0] == 0xFE && (b[1] & 0xC0) is 0x80 or 0xC0) return false; // fe80::/10 link-local, fec0::/10 site-local
        if (b[0] == 0xFF) return false;                                  // multicast
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8) return false; // 2001:db8::/32 documentation
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x00 && b[3] == 0x00) return false; // 2001::/32 Teredo
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B) return IsPublicV4(b[12..16]); // 64:ff9b::/96 NAT64
        if (b[0] == 0x20 && b[1] == 0x02) return IsPublicV4(b[2..6]);    // 2002::/16 6to4
        if (b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0) return false; // ::/96 (IPv4-compatible, deprecated)
        return (b[0] & 0xE0) == 0x20;                                    // only 2000::/3 is global unicast
    }

    private static bool IsPublicV4(byte[] b) => !(
        b[0] is 0 or 10 or 127 or >= 224 ||                     // this network, private, loopback, multicast and reserved
        b[0] == 100 && (b[1] & 0xC0) == 64 ||                   // 100.64.0.0/10 carrier-grade NAT
        b[0] == 169 && b[1] == 254 ||                           // link-local, cloud metadata
        b[0] == 172 && (b[1] & 0xF0) == 16 ||                   // 172.16.0.0/12
        b[0] == 192 && b[1] == 168 ||                           // 192.168.0.0/16
        b[0] == 192 && b[1] == 0 && b[2] is 0 or 2 ||           // IETF protocol assignments, TEST-NET-1
        b[0] == 192 && b[1] == 88 && b[2] == 99 ||              // 6to4 relay anycast
        b[0] == 198 && (b[1] & 0xFE) == 18 ||                   // 198.18.0.0/15 benchmarking
        b[0] == 198 && b[1] == 51 && b[2] == 100 ||             // TEST-NET-2
        b[0] == 203 && b[1] == 0 && b[2] == 113);               // TEST-NET-3

    /// <summary>
    /// A <see cref="SocketsHttpHandler.ConnectCallback"/> that resolves the host itself, refuses non-public addresses
    /// (unless <paramref name="allowPrivate"/>) and connects to exactly the address it checked, so a DNS answer that
    /// changes between check and connect (rebinding) cannot slip through.
    /// </summary>
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> ConnectCallback(bool allowPrivate) =>
        async (context, ct) =>
        {
            var host = context.DnsEndPoint.Host;
            var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
                ? [literal]
                : await Dns.GetHostAddressesAsync(host, ct);
            var allowed = allowPrivate ? addresses : addresses.Where(IsPublic).ToArray();
            if (allowed.Length == 0)
                throw new HttpRequestException(HttpRequestError.ConnectionError,
                    $"refused to connect to {host}: it resolves to {(addresses.Length == 0 ? "no address" : string.Join(", ", addresses.Select(a => a.ToString())))}, which is not a public address (set Watcher:Net:AllowPrivateAddresses for local development)");
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

    /// <summary>The primary handler every outbound Watcher client should use: guarded connect, decompression, no proxy, no auto-redirect.</summary>
    public static SocketsHttpHandler CreateHandler(bool allowPrivate, bool followRedirects = false) => new()
    {
        ConnectCallback = ConnectCallback(allowPrivate),
        UseProxy = false,
        AutomaticDecompression = DecompressionMethods.All,
        AllowAutoRedirect = followRedirects,
        MaxAutomaticRedirections = 5,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(10),
        MaxResponseHeadersLength = 64,
    };
}
