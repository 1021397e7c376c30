using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Watcher.Core.Bot;

namespace Watcher.Azure.Bot;

/// <summary>The outcome of checking a request: 200 to go on, 401 for a missing or invalid token, 403 for an unendorsed key.</summary>
public readonly record struct AuthResult(int Status, string? Reason)
{
    public static readonly AuthResult Ok = new(200, null);
    public bool Succeeded => Status == 200;
}

/// <summary>
/// Validates the Bot Connector's JWT against an activity (protocols.md §2): RS256/384/512 signature from the
/// published keys, issuer https://api.botframework.com, audience = AppId, lifetime with 5 minutes' skew, the key
/// endorsed for the activity's channelId, and the serviceurl claim equal to activity.serviceUrl.
/// </summary>
public sealed class BotAuthenticator(BotOptions options, OpenIdKeys keys, ILogger<BotAuthenticator> logger)
{
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    /// <summary>Cheap pre-check before the body is read: is there a bearer token at all?</summary>
    public static string? BearerToken(string? authorization) =>
        authorization is not null && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && authorization.Length > 7
            ? authorization[7..].Trim()
            : null;

    public async Task<AuthResult> AuthenticateAsync(string? authorization, Activity activity, CancellationToken ct)
    {
        var raw = BearerToken(authorization);
        if (raw is null) return Fail(401, "no bearer token");
        JsonWebToken token;
        try
        {
            token = _handler.ReadJsonWebToken(raw);
        }
        catch (ArgumentException)
        {
            return Fail(401, "malformed token");
        }
        if (!Algorithms.Contains(token.Alg)) return Fail(401, $"algorithm '{token.Alg}' is not allowed");
        if (string.IsNullOrEmpty(token.Kid)) return Fail(401, "token names no key (kid)");

        (JsonWebKey Key, IReadOnlyList<string> Endorsements)? found;
        try
        {
            found = await keys.FindAsync(token.Kid, ct);
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidDataException or System.Text.Json.JsonException or InvalidOperationException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            logger.LogError("Cannot load the Bot Connector signing keys: {Error}", ex.Message);
            return Fail(401, "signing keys unavailable");
        }
        if (found is not { } signer) return Fail(401, "unknown signing key");

        var result = await _handler.ValidateTokenAsync(raw, new TokenValidationParameters
        {
            ValidIssuer = BotOptions.Issuer,
            ValidAudience = options.AppId,
            IssuerSigningKey = signer.Key,
            ValidAlgorithms = Algorithms,
            ClockSkew = ClockSkew,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ValidateIssuerSigningKey = true,
        });
        if (!result.IsValid) return Fail(401, result.Exception?.GetType().Name ?? "invalid token");

        if (!signer.Endorsements.Contains(activity.ChannelId ?? string.Empty, StringComparer.OrdinalIgnoreCase))
            return Fail(403, $"signing key is not endorsed for channel '{activity.ChannelId}'");
        var serviceUrl = token.TryGetClaim("serviceurl", out var claim) ? claim.Value : null;
        if (serviceUrl is null || !string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
            return Fail(401, "serviceurl claim does not match the activity");
        return AuthResult.Ok;
    }

    private AuthResult Fail(int status, string reason)
    {
        logger.LogWarning("Rejected bot activity ({Status}): {Reason}", status, reason);
        return new AuthResult(status, reason);
    }
}
