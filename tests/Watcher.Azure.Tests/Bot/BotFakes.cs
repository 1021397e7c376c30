using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Watcher.Azure.Tests.Bot;

/// <summary>
/// A local stand-in for login.botframework.com and the token endpoint: OpenID metadata, a JWKS whose keys carry
/// endorsements, and client-credentials tokens. It signs Connector-style tokens for tests.
/// </summary>
public sealed class OpenIdServer : IAsyncDisposable
{
    public const string AppId = "app-1";
    public const string Issuer = "https://api.botframework.com";
    private readonly ConcurrentDictionary<string, (RsaSecurityKey Key, string[] Endorsements)> _keys = new();
    private LocalHttpServer _server = null!;

    public Uri BaseUrl => _server.BaseUrl;
    public string MetadataUrl => BaseUrl + "v1/.well-known/openidconfiguration";
    public int MetadataFetches;
    public int TokenRequests;
    public string? LastTokenForm;

    public static async Task<OpenIdServer> StartAsync()
    {
        var s = new OpenIdServer();
        s.AddKey("key-1", "msteams");
        s._server = await LocalHttpServer.StartAsync(s.HandleAsync);
        return s;
    }

    public RsaSecurityKey AddKey(string kid, params string[] endorsements)
    {
        var key = new RsaSecurityKey(RSA.Create(2048)) { KeyId = kid };
        _keys[kid] = (key, endorsements);
        return key;
    }

    private async Task HandleAsync(HttpContext ctx)
    {
        var path = ctx.Request.Path.Value ?? string.Empty;
        if (path.EndsWith("openidconfiguration", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref MetadataFetches);
            await ctx.Response.WriteAsJsonAsync(new { issuer = Issuer, jwks_uri = BaseUrl + "v1/.well-known/keys", id_token_signing_alg_values_supported = new[] { "RS256" } });
        }
        else if (path.EndsWith("/keys", StringComparison.Ordinal))
        {
            var keys = new JsonArray();
            foreach (var (kid, (key, endorsements)) in _keys)
            {
                var p = key.Rsa.ExportParameters(false);
                keys.Add(new JsonObject
                {
                    ["kty"] = "RSA", ["use"] = "sig", ["kid"] = kid, ["n"] = Base64UrlEncoder.Encode(p.Modulus), ["e"] = Base64UrlEncoder.Encode(p.Exponent),
                    ["endorsements"] = new JsonArray(endorsements.Select(e => (JsonNode)e).ToArray()),
                });
            }
            ctx.Response.ContentType = "application/json";
            await ctx.Response.WriteAsync(new JsonObject { ["keys"] = keys }.ToJsonString());
        }
        else if (path.Contains("/token", StringComparison.Ordinal) && ctx.Request.Method == "POST")
        {
            Interlocked.Increment(ref TokenRequests);
            var form = await ctx.Request.ReadFormAsync();
            LastTokenForm = string.Join("&", form.Select(f => $"{f.Key}={f.Value}"));
            await ctx.Response.WriteAsJsonAsync(new { token_type = "Bearer", expires_in = 3600, access_token = "outbound-token-" + TokenRequests });
        }
        else ctx.Response.StatusCode = 404;
    }

    /// <summary>A Connector-style token; every part can be made wrong.</summary>
    public string Token(string serviceUrl, string kid = "key-1", string issuer = Issuer, string audience = AppId, DateTime? expires = null,
        string alg = SecurityAlgorithms.RsaSha256, RsaSecurityKey? signWith = null)
    {
        var exp = expires ?? DateTime.UtcNow.AddMinutes(30);
        var key = signWith ?? _keys[kid].Key;
        var signingKey = new RsaSecurityKey(key.Rsa) { KeyId = kid };
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = exp.AddHours(-1),
            NotBefore = exp.AddHours(-1),
            Expires = exp,
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl), new Claim("appid", "connector")]),
            SigningCredentials = new SigningCredentials(signingKey, alg),
        });
    }

    /// <summary>An unsigned token (alg "none") that is otherwise perfect.</summary>
    public static string Unsigned(string serviceUrl, string kid = "key-1")
    {
        static string B64(object o) => Base64UrlEncoder.Encode(JsonSerializer.SerializeToUtf8Bytes(o));
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return B64(new { alg = "none", typ = "JWT", kid }) + "." + B64(new { iss = Issuer, aud = AppId, nbf = now - 60, exp = now + 1800, serviceurl = serviceUrl }) + ".";
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}

/// <summary>A fake Bot Connector that records every request and answers from a script (then 201 with an id).</summary>
public sealed class FakeConnector : IAsyncDisposable
{
    public sealed record Request(string Method, string Path, string? Authorization, JsonObject Body);

    private readonly ConcurrentQueue<(int Status, string? RetryAfter, string? Code)> _script = new();
    private LocalHttpServer _server = null!;

    public ConcurrentQueue<Request> Requests { get; } = new();
    public string ServiceUrl => _server.BaseUrl.ToString();

    public static async Task<FakeConnector> StartAsync()
    {
        var c = new FakeConnector();
        c._server = await LocalHttpServer.StartAsync(c.HandleAsync);
        return c;
    }

    public void Then(int status, string? retryAfter = null, string? code = null) => _script.Enqueue((status, retryAfter, code));

    private async Task HandleAsync(HttpContext ctx)
    {
        using var reader = new StreamReader(ctx.Request.Body, Encoding.UTF8);
        var body = JsonNode.Parse(await reader.ReadToEndAsync()) as JsonObject ?? new JsonObject();
        Requests.Enqueue(new Request(ctx.Request.Method, Uri.UnescapeDataString(ctx.Request.Path.Value ?? string.Empty), ctx.Request.Headers.Authorization.FirstOrDefault(), body));
        if (_script.TryDequeue(out var next))
        {
            ctx.Response.StatusCode = next.Status;
            if (next.RetryAfter is not null) ctx.Response.Headers.RetryAfter = next.RetryAfter;
            await ctx.Response.WriteAsJsonAsync(new { error = new { code = next.Code ?? "Scripted", message = "scripted failure" } });
            return;
        }
        ctx.Response.StatusCode = 201;
        await ctx.Response.WriteAsJsonAsync(new { id = ctx.Request.Path.Value!.EndsWith("/v3/conversations", StringComparison.Ordinal) ? "a:created-1" : "reply-" + Requests.Count });
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
