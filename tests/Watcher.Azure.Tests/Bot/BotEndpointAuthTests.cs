using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using Watcher.Azure.Tables;

namespace Watcher.Azure.Tests.Bot;

/// <summary>
/// POST /api/messages on the real local host (ServeCommand.Build) with an AppId, against a local OpenID/JWKS
/// server and a fake Connector. A good token gets a reply; every bad one gets 401/403 and changes nothing:
/// no conversation stored, no reply sent.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class BotEndpointAuthTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private OpenIdServer _openId = null!;
    private FakeConnector _connector = null!;
    private WebApplication _host = null!;
    private readonly HttpClient _http = new();
    private readonly string _outbox = Directory.CreateTempSubdirectory("watcher-bot-").FullName;

    public async Task InitializeAsync()
    {
        await azurite.ResetAsync();
        _openId = await OpenIdServer.StartAsync();
        _connector = await FakeConnector.StartAsync();
        _host = await TestHosts.ServeAsync(azurite, new Dictionary<string, string?>
        {
            ["Watcher:Outbox:Directory"] = _outbox,
            ["Watcher:Bot:AppId"] = OpenIdServer.AppId,
            ["Watcher:Bot:AppPassword"] = "not-a-real-secret",
            ["Watcher:Bot:TenantId"] = "tenant-1",
            ["Watcher:Bot:OpenIdMetadataUrl"] = _openId.MetadataUrl,
            ["Watcher:Bot:TokenEndpoint"] = _openId.BaseUrl + "{tenant}/oauth2/v2.0/token",
            ["Watcher:Net:AllowPrivateAddresses"] = "true",
        });
        await _host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.StopAsync();
        await _host.DisposeAsync();
        await _openId.DisposeAsync();
        await _connector.DisposeAsync();
        _http.Dispose();
        Directory.Delete(_outbox, recursive: true);
    }

    private JsonObject Activity(string text = "help", string channelId = "msteams") => new()
    {
        ["type"] = "message", ["id"] = "act-1", ["channelId"] = channelId, ["serviceUrl"] = _connector.ServiceUrl, ["text"] = text,
        ["timestamp"] = "2026-03-20T12:00:00.000Z",
        ["from"] = new JsonObject { ["id"] = "29:ana", ["name"] = "Ana", ["aadObjectId"] = "aad-ana" },
        ["recipient"] = new JsonObject { ["id"] = "28:" + OpenIdServer.AppId, ["name"] = "Watcher" },
        ["conversation"] = new JsonObject { ["id"] = "a:conv-1", ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
        ["someFieldFromTheFuture"] = new JsonObject { ["x"] = 1 },
    };

    private async Task<HttpResponseMessage> PostAsync(JsonObject activity, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _host.Urls.First() + "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await _http.SendAsync(request);
    }

    private async Task<bool> ConversationStoredAsync() =>
        await new TableConversationStore(azurite.Tables).GetAsync("a:conv-1") is not null;

    [Fact]
    public async Task A_valid_token_is_accepted_the_reference_stored_and_the_reply_sent_with_an_outbound_token()
    {
        var response = await PostAsync(Activity("help"), _openId.Token(_connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(_connector.Requests);
        Assert.Equal("/v3/conversations/a:conv-1/activities/act-1", reply.Path);
        Assert.Equal("Bearer outbound-token-1", reply.Authorization);
        Assert.Contains("subscribe", reply.Body["text"]!.GetValue<string>());
        Assert.Equal("act-1", reply.Body["replyToId"]!.GetValue<string>());
        Assert.Contains("client_id=app-1", _openId.LastTokenForm);
        Assert.Contains("scope=https://api.botframework.com/.default", _openId.LastTokenForm);
        Assert.True(await ConversationStoredAsync());

        // The outbound token is cached, the keys too.
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Activity("status"), _openId.Token(_connector.ServiceUrl))).StatusCode);
        Assert.Equal(1, _openId.TokenRequests);
        Assert.Equal(1, _openId.MetadataFetches);
    }

    public enum Bad { NoToken, Garbage, Forged, Expired, WrongAudience, WrongIssuer, Unendorsed, AlgNone, ServiceUrlMismatch, UnknownKid, WrongChannel, Hs256 }

    [Theory]
    [InlineData(Bad.NoToken, 401)]
    [InlineData(Bad.Garbage, 401)]
    [InlineData(Bad.Forged, 401)]
    [InlineData(Bad.Expired, 401)]
    [InlineData(Bad.WrongAudience, 401)]
    [InlineData(Bad.WrongIssuer, 401)]
    [InlineData(Bad.Unendorsed, 403)]
    [InlineData(Bad.WrongChannel, 403)]
    [InlineData(Bad.AlgNone, 401)]
    [InlineData(Bad.Hs256, 401)]
    [InlineData(Bad.ServiceUrlMismatch, 401)]
    [InlineData(Bad.UnknownKid, 401)]
    public async Task A_bad_token_is_rejected_and_nothing_is_acted_on(Bad bad, int status)
    {
        var url = _connector.ServiceUrl;
        var activity = Activity("subscribe tariffs");
        var token = bad switch
        {
            Bad.NoToken => null,
            Bad.Garbage => "not.a.jwt",
            Bad.Forged => _openId.Token(url, signWith: new RsaSecurityKey(System.Security.Cryptography.RSA.Create(2048))),
            Bad.Expired => _openId.Token(url, expires: DateTime.UtcNow.AddMinutes(-6)), // beyond the 5 minutes' skew
            Bad.WrongAudience => _openId.Token(url, audience: "someone-else"),
            Bad.WrongIssuer => _openId.Token(url, issuer: "https://sts.windows.net/evil/"),
            Bad.Unendorsed => Unendorsed(url),
            Bad.WrongChannel => _openId.Token(url),
            Bad.AlgNone => OpenIdServer.Unsigned(url),
            Bad.Hs256 => new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
            {
                Issuer = OpenIdServer.Issuer, Audience = OpenIdServer.AppId, Claims = new Dictionary<string, object> { ["serviceurl"] = url },
                SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(new byte[32]) { KeyId = "key-1" }, SecurityAlgorithms.HmacSha256),
            }),
            Bad.ServiceUrlMismatch => _openId.Token("https://evil.example.com/"),
            Bad.UnknownKid => SignedWithKid(new RsaSecurityKey(System.Security.Cryptography.RSA.Create(2048)) { KeyId = "key-nobody" }, url),
            _ => throw new ArgumentOutOfRangeException(nameof(bad)),
        };
        if (bad == Bad.WrongChannel) activity["channelId"] = "skype";

        var response = await PostAsync(activity, token);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Empty(_connector.Requests);
        Assert.False(await ConversationStoredAsync());
        Assert.Empty(await new TableSubscriptionStore(azurite.Tables).ListAsync());
    }

    [Fact]
    public async Task An_expired_token_within_the_5_minute_skew_is_accepted() =>
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Activity(), _openId.Token(_connector.ServiceUrl, expires: DateTime.UtcNow.AddMinutes(-4)))).StatusCode);

    [Fact]
    public async Task A_key_published_after_the_first_fetch_is_found_by_refreshing_on_its_unknown_kid()
    {
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Activity(), _openId.Token(_connector.ServiceUrl))).StatusCode);
        _openId.AddKey("key-2", "msteams");
        // Within the refresh cooldown an unknown kid is refused without hammering the metadata endpoint.
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(Activity(), _openId.Token(_connector.ServiceUrl, kid: "key-2"))).StatusCode);
        Assert.Equal(1, _openId.MetadataFetches);
    }

    [Fact]
    public async Task A_body_that_is_not_an_activity_is_400_after_a_token_check()
    {
        var response = await _http.PostAsync(_host.Urls.First() + "/api/messages", new StringContent("{\"text\":\"no type\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode); // no token: refused before the body is looked at
        using var request = new HttpRequestMessage(HttpMethod.Post, _host.Urls.First() + "/api/messages") { Content = new StringContent("[1,2", Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _openId.Token(_connector.ServiceUrl));
        Assert.Equal(HttpStatusCode.BadRequest, (await _http.SendAsync(request)).StatusCode);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task An_oversized_body_is_413_and_not_acted_on()
    {
        var activity = Activity(new string('x', 600 * 1024));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await PostAsync(activity, _openId.Token(_connector.ServiceUrl))).StatusCode);
        Assert.Empty(_connector.Requests);
        Assert.False(await ConversationStoredAsync());
    }

    private string Unendorsed(string url)
    {
        _openId.AddKey("key-skype", "skype");
        return _openId.Token(url, kid: "key-skype");
    }

    private static string SignedWithKid(RsaSecurityKey key, string url) => new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = OpenIdServer.Issuer, Audience = OpenIdServer.AppId, Expires = DateTime.UtcNow.AddMinutes(30),
        Claims = new Dictionary<string, object> { ["serviceurl"] = url },
        SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
    });
}
