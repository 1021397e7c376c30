using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace Watcher.Azure.Bot;

/// <summary>
/// The Bot Connector's signing keys: OpenID metadata → jwks_uri → keys with their channel endorsements
/// (protocols.md §2). Cached; refreshed when a day old, and at most once a minute when a token names an unknown kid.
/// </summary>
public sealed class OpenIdKeys(HttpClient http, BotOptions options, EndpointPolicy policy, TimeProvider time, ILogger<OpenIdKeys> logger)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(24);
    public static readonly TimeSpan UnknownKidCooldown = TimeSpan.FromMinutes(1);

    public sealed record Snapshot(IReadOnlyDictionary<string, JsonWebKey> Keys, IReadOnlyDictionary<string, IReadOnlyList<string>> Endorsements, DateTimeOffset Fetched);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private Snapshot? _current;

    public int Fetches { get; private set; }

    /// <summary>The key for <paramref name="kid"/> and its endorsements, refreshing as the rules above allow; null when unknown.</summary>
    public async Task<(JsonWebKey Key, IReadOnlyList<string> Endorsements)?> FindAsync(string kid, CancellationToken ct)
    {
        var snapshot = await CurrentAsync(ct);
        if (!snapshot.Keys.ContainsKey(kid) && time.GetUtcNow() - snapshot.Fetched >= UnknownKidCooldown)
            snapshot = await RefreshAsync(snapshot, ct);
        return snapshot.Keys.TryGetValue(kid, out var key)
            ? (key, snapshot.Endorsements.GetValueOrDefault(kid) ?? [])
            : null;
    }

    private async Task<Snapshot> CurrentAsync(CancellationToken ct)
    {
        var s = _current;
        return s is not null && time.GetUtcNow() - s.Fetched < MaxAge ? s : await RefreshAsync(s, ct);
    }

    private async Task<Snapshot> RefreshAsync(Snapshot? seen, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (!ReferenceEquals(_current, seen) && _current is not null) return _current; // someone else refreshed
            var metadata = await GetJsonAsync(options.OpenIdMetadataUrl, ct);
            var jwksUri = metadata.RootElement.TryGetProperty("jwks_uri", out var j) ? j.GetString() : null;
            if (jwksUri is null) throw new InvalidDataException("OpenID metadata has no jwks_uri");
            using var jwks = await GetJsonAsync(jwksUri, ct);
            var keys = new Dictionary<string, JsonWebKey>(StringComparer.Ordinal);
            var endorsements = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (var k in jwks.RootElement.GetProperty("keys").EnumerateArray())
            {
                var key = new JsonWebKey(k.GetRawText());
                if (string.IsNullOrEmpty(key.Kid)) continue;
                keys[key.Kid] = key;
                endorsements[key.Kid] = k.TryGetProperty("endorsements", out var e) && e.ValueKind == JsonValueKind.Array
                    ? e.EnumerateArray().Select(x => x.GetString() ?? string.Empty).ToList()
                    : [];
            }
            metadata.Dispose();
            Fetches++;
            logger.LogInformation("Bot Connector signing keys refreshed: {Count} keys", keys.Count);
            return _current = new Snapshot(keys, endorsements, time.GetUtcNow());
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<JsonDocument> GetJsonAsync(string url, CancellationToken ct)
    {
        var uri = new Uri(url);
        if (!policy.IsAllowedIdentityEndpoint(uri)) throw new InvalidOperationException($"{uri.Scheme}://{uri.Host} is not an allowed identity endpoint (https, or loopback with Watcher:Net:AllowPrivateAddresses)");
        using var response = await http.GetAsync(uri, ct);
        response.EnsureSuccessStatusCode();
        return await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct);
    }
}
