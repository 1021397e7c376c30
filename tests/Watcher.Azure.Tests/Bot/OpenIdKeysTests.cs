using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Watcher.Azure.Bot;

namespace Watcher.Azure.Tests.Bot;

/// <summary>The signing-key cache against a local OpenID server: refreshed daily, and on an unknown kid (at most once a minute).</summary>
public sealed class OpenIdKeysTests : IAsyncLifetime
{
    private OpenIdServer _server = null!;
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private readonly HttpClient _http = new();

    public async Task InitializeAsync() => _server = await OpenIdServer.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    private OpenIdKeys Keys(bool allowPrivate = true)
    {
        var options = new BotOptions { OpenIdMetadataUrl = _server.MetadataUrl, AllowPrivateAddresses = allowPrivate };
        return new OpenIdKeys(_http, options, new EndpointPolicy(options), _time, NullLogger<OpenIdKeys>.Instance);
    }

    [Fact]
    public async Task Unknown_kid_refreshes_after_the_cooldown_and_age_refreshes_daily()
    {
        var keys = Keys();
        var first = await keys.FindAsync("key-1", default);
        Assert.Equal(["msteams"], first!.Value.Endorsements);
        Assert.Equal(1, _server.MetadataFetches);

        _server.AddKey("key-2", "msteams", "webchat");
        Assert.Null(await keys.FindAsync("key-2", default)); // inside the cooldown
        Assert.Equal(1, _server.MetadataFetches);

        _time.Advance(OpenIdKeys.UnknownKidCooldown);
        Assert.Equal(["msteams", "webchat"], (await keys.FindAsync("key-2", default))!.Value.Endorsements);
        Assert.Equal(2, _server.MetadataFetches);

        await keys.FindAsync("key-1", default);
        Assert.Equal(2, _server.MetadataFetches); // cached
        _time.Advance(OpenIdKeys.MaxAge);
        await keys.FindAsync("key-1", default);
        Assert.Equal(3, _server.MetadataFetches); // a day old: refreshed
    }

    [Fact]
    public async Task Plain_http_metadata_is_refused_unless_private_addresses_are_allowed()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => Keys(allowPrivate: false).FindAsync("key-1", default));
        Assert.Equal(0, _server.MetadataFetches);
    }
}
