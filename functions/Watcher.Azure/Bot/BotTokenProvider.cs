using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Watcher.Azure.Bot;

/// <summary>
/// Outbound tokens for the Connector (protocols.md §3): client credentials against the tenant's token endpoint
/// (SingleTenant, the default; MultiTenant uses botframework.com), or the managed identity endpoint
/// (UserAssignedMsi). Cached until five minutes before expiry.
/// </summary>
public sealed class BotTokenProvider(HttpClient http, BotOptions options, EndpointPolicy policy, TimeProvider time)
{
    private static readonly TimeSpan RefreshEarly = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string Token, DateTimeOffset Expires)? _cached;

    public int Requests { get; private set; }

    public async Task<string> GetTokenAsync(CancellationToken ct = default)
    {
        if (_cached is { } c && c.Expires - RefreshEarly > time.GetUtcNow()) return c.Token;
        await _gate.WaitAsync(ct);
        try
        {
            if (_cached is { } again && again.Expires - RefreshEarly > time.GetUtcNow()) return again.Token;
            var fresh = options.IsManagedIdentity ? await ManagedIdentityAsync(ct) : await ClientCredentialsAsync(ct);
            _cached = fresh;
            return fresh.Token;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<(string Token, DateTimeOffset Expires)> ClientCredentialsAsync(CancellationToken ct)
    {
        var tenant = string.Equals(options.AppType, "MultiTenant", StringComparison.OrdinalIgnoreCase) ? "botframework.com"
            : options.TenantId ?? throw new InvalidOperationException("Watcher:Bot:TenantId is required for a SingleTenant bot");
        var uri = new Uri(options.TokenEndpoint.Replace("{tenant}", Uri.EscapeDataString(tenant), StringComparison.Ordinal));
        if (!policy.IsAllowedIdentityEndpoint(uri)) throw new InvalidOperationException($"token endpoint {uri.Scheme}://{uri.Host} is not allowed (https, or loopback with Watcher:Net:AllowPrivateAddresses)");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = options.AppId!,
            ["client_secret"] = options.AppPassword ?? string.Empty,
            ["scope"] = BotOptions.Scope,
        });
        Requests++;
        using var response = await http.PostAsync(uri, form, ct);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"token endpoint answered {(int)response.StatusCode}", null, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        var token = doc.RootElement.GetProperty("access_token").GetString() ?? throw new InvalidDataException("token response has no access_token");
        var seconds = doc.RootElement.TryGetProperty("expires_in", out var e) ? (e.ValueKind == JsonValueKind.Number ? e.GetInt32() : int.Parse(e.GetString()!, CultureInfo.InvariantCulture)) : 3600;
        return (token, time.GetUtcNow().AddSeconds(seconds));
    }

    private async Task<(string Token, DateTimeOffset Expires)> ManagedIdentityAsync(CancellationToken ct)
    {
        var endpoint = options.ManagedIdentityEndpoint ?? Environment.GetEnvironmentVariable("IDENTITY_ENDPOINT")
            ?? throw new InvalidOperationException("UserAssignedMsi needs IDENTITY_ENDPOINT (App Service / Functions) or Watcher:Bot:ManagedIdentityEndpoint");
        var uri = new Uri($"{endpoint}?resource={Uri.EscapeDataString("https://api.botframework.com")}&api-version=2019-08-01&client_id={Uri.EscapeDataString(options.AppId!)}");
        if (!policy.IsAllowedIdentityEndpoint(uri) && !uri.IsLoopback) throw new InvalidOperationException("managed identity endpoint is not allowed");
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Add("X-IDENTITY-HEADER", Environment.GetEnvironmentVariable("IDENTITY_HEADER") ?? string.Empty);
        Requests++;
        using var response = await http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        var token = body.GetProperty("access_token").GetString() ?? throw new InvalidDataException("managed identity returned no access_token");
        var expires = body.TryGetProperty("expires_on", out var on) && long.TryParse(on.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var unix)
            ? DateTimeOffset.FromUnixTimeSeconds(unix) : time.GetUtcNow().AddHours(1);
        return (token, expires);
    }
}
