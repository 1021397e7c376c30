using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Watcher.Azure.Bot;
using Watcher.Core.Alerts;
using Watcher.Core.Bot;
using Watcher.Core.Delivery;
using Watcher.Core.Matching;
using Watcher.Core.State;

namespace Watcher.Azure.Tests.Bot;

/// <summary>The real "teams" and "teams-workflow" channels against a fake Connector / Workflows endpoint on loopback.</summary>
public sealed class TeamsChannelTests : IAsyncLifetime
{
    private OpenIdServer _openId = null!;
    private FakeConnector _connector = null!;
    private readonly InMemoryConversationStore _conversations = new();
    private readonly HttpClient _http = new();
    private BotOptions _options = null!;

    public async Task InitializeAsync()
    {
        _openId = await OpenIdServer.StartAsync();
        _connector = await FakeConnector.StartAsync();
        _options = new BotOptions
        {
            AppId = OpenIdServer.AppId, AppPassword = "not-a-real-secret", TenantId = "tenant-1", AllowPrivateAddresses = true,
            TokenEndpoint = _openId.BaseUrl + "{tenant}/oauth2/v2.0/token", DefaultServiceUrl = _connector.ServiceUrl,
        };
        await _conversations.SaveAsync(new ConversationReference { ConversationId = "a:conv-1", ServiceUrl = _connector.ServiceUrl, TenantId = "tenant-1" });
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _openId.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private TeamsBotChannel Channel(BotOptions? options = null)
    {
        var o = options ?? _options;
        var policy = new EndpointPolicy(o);
        var connector = new ConnectorClient(_http, o, policy, new BotTokenProvider(_http, o, policy, TimeProvider.System), TimeProvider.System, NullLogger<ConnectorClient>.Instance);
        return new TeamsBotChannel(o, _conversations, connector, new Watcher.Core.Digests.InMemoryDigestQueue(), TimeProvider.System, NullLogger<TeamsBotChannel>.Instance);
    }

    private static Alert Alert(int changes = 10) => new()
    {
        Id = "al-1", Kind = AlertKinds.UpdatedStory, Title = "China raises levy on Canadian canola to 100%", Link = "https://example.org/canola",
        StoryId = "s-1", Revision = 2, SourceId = "wire", SourceName = "Wire", SourceCount = 2, Summary = "Beijing raised the levy.",
        Matches = [new TopicMatch("tariffs", ["levy"], "raised the levy")],
        Changes = Enumerable.Range(0, changes).Select(i => $"+ line {i}").ToList(), Detected = DateTimeOffset.UtcNow,
    };

    private static Subscription Sub(string target = "a:conv-1") =>
        new() { Id = "sub-1", Channel = ChannelNames.Teams, Target = target };

    [Fact]
    public async Task Proactive_card_survives_a_429_with_Retry_After_and_a_413_by_trimming()
    {
        _connector.Then(429, retryAfter: "1", code: "Throttled");
        _connector.Then(413, code: "MessageSizeTooBig");

        await Channel().SendAsync(Alert(), Sub(), "d-1");

        var requests = _connector.Requests.ToList();
        Assert.Equal(3, requests.Count);
        Assert.All(requests, r => Assert.Equal("/v3/conversations/a:conv-1/activities", r.Path));
        Assert.All(requests, r => Assert.Equal("Bearer outbound-token-1", r.Authorization));
        Assert.Equal(1, _openId.TokenRequests); // one token for all three attempts
        var full = requests[1].Body.ToJsonString();
        var trimmed = requests[2].Body.ToJsonString();
        Assert.True(trimmed.Length < full.Length, "the card after a 413 is smaller");
        Assert.Contains("line 5", full);
        Assert.DoesNotContain("line 5", trimmed);
        var card = requests[2].Body["attachments"]![0]!["content"]!;
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        Assert.Contains("Action.Execute", card.ToJsonString());
        Assert.Contains("d-1", card.ToJsonString());
    }

    [Fact]
    public async Task A_long_Retry_After_goes_back_to_the_ledger_as_a_transient_failure()
    {
        _connector.Then(429, retryAfter: "120");
        var ex = await Assert.ThrowsAsync<DeliveryException>(() => Channel().SendAsync(Alert(), Sub(), "d-1"));
        Assert.False(ex.Permanent);
        Assert.Equal(TimeSpan.FromSeconds(120), ex.RetryAfter);
        Assert.Single(_connector.Requests);
    }

    [Theory]
    [InlineData(403, "ConversationBlockedByUser")]
    [InlineData(404, "ConversationNotFound")]
    public async Task A_blocked_or_gone_conversation_fails_permanently(int status, string code)
    {
        _connector.Then(status, code: code);
        var ex = await Assert.ThrowsAsync<DeliveryException>(() => Channel().SendAsync(Alert(), Sub(), "d-1"));
        Assert.True(ex.Permanent);
        Assert.Contains(code, ex.Message);
    }

    [Fact]
    public async Task A_serviceUrl_not_on_the_allow_list_never_gets_a_token()
    {
        await _conversations.SaveAsync(new ConversationReference { ConversationId = "a:evil", ServiceUrl = "https://evil.example.com/" });
        var ex = await Assert.ThrowsAsync<DeliveryException>(() => Channel().SendAsync(Alert(), Sub("a:evil"), "d-1"));
        Assert.True(ex.Permanent);
        Assert.Contains("ServiceUrlHosts", ex.Message);
        Assert.Equal(0, _openId.TokenRequests);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task Loopback_serviceUrl_is_refused_when_private_addresses_are_off()
    {
        var strict = new BotOptions { AppId = _options.AppId, AppPassword = "x", TenantId = "tenant-1", TokenEndpoint = _options.TokenEndpoint };
        var ex = await Assert.ThrowsAsync<DeliveryException>(() => Channel(strict).SendAsync(Alert(), Sub(), "d-1"));
        Assert.True(ex.Permanent);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task Muted_source_story_or_words_are_skipped_without_sending_and_other_conversations_still_get_it()
    {
        await _conversations.AddMuteAsync(new Mute("a:conv-1", Mute.Source, "wire", DateTimeOffset.UtcNow.AddHours(1)));
        await Channel().SendAsync(Alert(), Sub(), "d-1");
        await _conversations.SaveAsync(new ConversationReference { ConversationId = "a:conv-2", ServiceUrl = _connector.ServiceUrl });
        await _conversations.AddMuteAsync(new Mute("a:conv-2", Mute.Words, "canola", DateTimeOffset.UtcNow.AddHours(1)));
        await Channel().SendAsync(Alert(), Sub("a:conv-2"), "d-2");
        Assert.Empty(_connector.Requests);

        await _conversations.SaveAsync(new ConversationReference { ConversationId = "a:conv-3", ServiceUrl = _connector.ServiceUrl });
        await _conversations.AddMuteAsync(new Mute("a:conv-3", Mute.Story, "s-1", DateTimeOffset.UtcNow.AddHours(-1))); // expired
        await Channel().SendAsync(Alert(), Sub("a:conv-3"), "d-3");
        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task A_conversation_the_bot_never_saw_is_a_permanent_failure()
    {
        var ex = await Assert.ThrowsAsync<DeliveryException>(() => Channel().SendAsync(Alert(), Sub("a:unknown"), "d-1"));
        Assert.True(ex.Permanent);
    }

    [Fact]
    public async Task A_user_id_target_creates_the_1_to_1_conversation_then_sends()
    {
        await Channel().SendAsync(Alert(), Sub("29:user-9"), "d-1");
        var requests = _connector.Requests.ToList();
        Assert.Equal("/v3/conversations", requests[0].Path);
        Assert.Equal("29:user-9", requests[0].Body["members"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("tenant-1", requests[0].Body["channelData"]!["tenant"]!["id"]!.GetValue<string>());
        Assert.Equal("/v3/conversations/a:created-1/activities", requests[1].Path);
    }

    [Fact]
    public async Task Workflow_channel_posts_a_1_4_card_to_the_named_url_and_never_reveals_it()
    {
        var secretUrl = _connector.ServiceUrl + "workflows/abc?sig=SECRET";
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Watcher:Teams:Workflows:trade-desk"] = secretUrl }).Build();
        var channel = new TeamsWorkflowChannel(_http, config, _options, new Watcher.Core.Digests.InMemoryDigestQueue(), TimeProvider.System, NullLogger<TeamsWorkflowChannel>.Instance);
        var sub = new Subscription { Id = "w-1", Channel = ChannelNames.TeamsWorkflow, Target = "trade-desk" };

        await channel.SendAsync(Alert(), sub, "d-1");
        var request = Assert.Single(_connector.Requests);
        Assert.Equal("/workflows/abc", request.Path);
        Assert.Null(request.Authorization);
        Assert.Equal("1.4", request.Body["attachments"]![0]!["content"]!["version"]!.GetValue<string>());

        _connector.Then(500);
        var failed = await Assert.ThrowsAsync<DeliveryException>(() => channel.SendAsync(Alert(), sub, "d-2"));
        Assert.False(failed.Permanent);
        Assert.DoesNotContain("SECRET", failed.Message);
        var missing = await Assert.ThrowsAsync<DeliveryException>(() => channel.SendAsync(Alert(), sub with { Target = "nope" }, "d-3"));
        Assert.True(missing.Permanent);
    }
}
