using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Watcher.Core.Alerts;
using Watcher.Core.Api;
using Watcher.Core.Bot;
using Watcher.Core.Channels.Teams;
using Watcher.Core.Delivery;
using Watcher.Core.Sources;
using Watcher.Core.State;

namespace Watcher.Core.Tests.Bot;

/// <summary>The conversation logic against in-memory stores: what each activity stores and answers.</summary>
public class BotConversationTests
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-03-20T12:00:00Z"));
    private readonly InMemoryStores _stores = new();
    private readonly InMemoryConversationStore _conversations = new();
    private readonly Watcher.Core.Tariffs.InMemoryTariffStore _tariffs = new();
    private readonly BotConversation _bot;

    public BotConversationTests()
    {
        var catalog = new SourceCatalog(new SourcesFile { Sources = [new SourceDefinition { Id = "gc-finance", Url = "https://example.org/rss", Name = "Finance Canada" }] });
        var api = new WatcherApi(_stores, _stores, _time);
        var commands = new BotCommands(_stores, _stores, _conversations, _stores, catalog, api, new Watcher.Core.Tariffs.TariffApi(_tariffs), _time);
        _bot = new BotConversation(_conversations, commands, new CardActions(_conversations, _stores, _time), _time, NullLogger<BotConversation>.Instance);
        _stores.SaveStoryAsync(new StoryRecord { StoryId = "s-1", Title = "China slaps 100% tariff on Canadian canola oil", Link = "https://example.org/canola", Sources = ["gc-finance", "wire"], Topics = ["tariffs"], FirstSeen = _time.GetUtcNow().AddHours(-3), LastUpdated = _time.GetUtcNow().AddHours(-2), Revision = 1 }).Wait();
        _stores.SaveStoryAsync(new StoryRecord { StoryId = "s-2", Title = "Carney and Xi meet at APEC summit", Link = "https://example.org/apec", Sources = ["wire"], Topics = ["summits"], FirstSeen = _time.GetUtcNow().AddHours(-1), LastUpdated = _time.GetUtcNow().AddHours(-1), Revision = 1 }).Wait();
    }

    private static Activity Message(string text, string conversation = "a:personal-1") => new()
    {
        Type = "message", Id = "act-1", ChannelId = "msteams", ServiceUrl = "https://smba.trafficmanager.net/teams/", Text = text,
        From = new ChannelAccount { Id = "29:ana", Name = "Ana", AadObjectId = "aad-ana" }, Recipient = new ChannelAccount { Id = "28:bot", Name = "Watcher" },
        Conversation = new ConversationAccount { Id = conversation, ConversationType = "personal", TenantId = "t-1" },
    };

    private static Activity Typed(string type)
    {
        var a = Message("");
        a.Type = type;
        a.Text = null;
        return a;
    }

    private static string Text(BotTurn turn) => Assert.Single(turn.Replies)["text"]!.GetValue<string>();

    [Fact]
    public async Task Latest_answers_from_stored_stories_with_links()
    {
        var text = Text(await _bot.HandleAsync(Message("what's new on canola tariffs?")));
        Assert.Contains("[China slaps 100% tariff on Canadian canola oil](https://example.org/canola)", text);
        Assert.DoesNotContain("APEC", text);
        Assert.NotNull(await _conversations.GetAsync("a:personal-1")); // the reference is stored for proactive alerts
    }

    [Fact]
    public async Task Tariffs_for_a_country_is_a_card_from_the_tracker_else_from_stories()
    {
        JsonNode Card(BotTurn turn) => Assert.Single(turn.Replies)["attachments"]![0]!["content"]!;
        var fallback = Card(await _bot.HandleAsync(Message("tariffs china"))).ToJsonString(AlertCard.JsonOptions);
        Assert.Contains("No measures tracked for china yet", fallback);
        Assert.Contains("https://example.org/canola", fallback);

        await _tariffs.SaveAsync(new Watcher.Core.Tariffs.TariffRecord
        {
            Imposer = "CN", Target = "CA", Product = "canola oil", LastChanged = _time.GetUtcNow(),
            Current = new() { Rate = 100, Status = "in-force", Action = "imposed", Evidence = "China imposed a 100% tariff on Canadian canola oil.", Link = "https://example.org/canola" },
        });
        await _tariffs.SaveAsync(new Watcher.Core.Tariffs.TariffRecord
        {
            Imposer = "US", Target = "MX", Product = "goods", LastChanged = _time.GetUtcNow(),
            Current = new() { Rate = 25, Status = "threatened", Action = "threatened", Evidence = "A 25% tariff on Mexico." },
        });
        var tracked = Card(await _bot.HandleAsync(Message("what are the tariffs on Canada?"))).ToJsonString(AlertCard.JsonOptions);
        Assert.Contains("CN → CA · canola oil · 100% · in-force", tracked);
        Assert.DoesNotContain("MX", tracked);
        Assert.Contains("I don't know the country", Text(await _bot.HandleAsync(Message("tariffs narnia"))));
    }

    [Fact]
    public async Task Unknown_input_gets_help()
    {
        var text = Text(await _bot.HandleAsync(Message("purple elephants")));
        Assert.Contains("didn't catch that", text);
        Assert.Contains("subscribe", text);
    }

    [Fact]
    public async Task Subscribe_then_digest_then_unsubscribe_changes_this_conversations_subscription()
    {
        var channelThread = "19:abc@thread.tacv2;messageid=123";
        Assert.Contains("Subscribed", Text(await _bot.HandleAsync(Message("subscribe to canola", channelThread))));
        var sub = Assert.Single(await ((ISubscriptionStore)_stores).ListAsync());
        Assert.Equal((ChannelNames.Teams, "19:abc@thread.tacv2", "canola"), (sub.Channel, sub.Target, sub.Query));

        var set = Text(await _bot.HandleAsync(Message("digest daily 8:00 America/Toronto", channelThread)));
        Assert.Contains("Digest set", set);
        Assert.Contains("one card every day at 08:00 America/Toronto", set); // says what Teams will do
        Assert.Contains("Tariff changes still arrive at once", set);
        var digest = Assert.Single(await ((ISubscriptionStore)_stores).ListAsync());
        Assert.Equal("daily 08:00 America/Toronto", digest.Digest);
        Assert.Equal((Watcher.Core.Digests.Cadences.Daily, 8, "America/Toronto"), (Watcher.Core.Digests.Cadences.Of(digest), Watcher.Core.Digests.Cadences.Hour(digest), Watcher.Core.Digests.Cadences.ZoneId(digest)));

        // A later subscription joins the conversation's digest rather than sending instantly.
        Assert.Contains("in this conversation's digest (every day at 08:00 America/Toronto)", Text(await _bot.HandleAsync(Message("subscribe summits", channelThread))));
        Assert.All(await ((ISubscriptionStore)_stores).ListAsync(), s => Assert.Equal("daily 08:00 America/Toronto", s.Digest));

        Assert.Contains("alerts arrive as they happen again", Text(await _bot.HandleAsync(Message("digest off", channelThread))));
        Assert.All(await ((ISubscriptionStore)_stores).ListAsync(), s => Assert.Equal(Watcher.Core.Digests.Cadences.Instant, Watcher.Core.Digests.Cadences.Of(s)));

        Assert.Contains("Unsubscribed", Text(await _bot.HandleAsync(Message("unsubscribe all", channelThread))));
        Assert.Empty(await ((ISubscriptionStore)_stores).ListAsync());
    }

    [Fact]
    public async Task Since_last_check_moves_a_per_user_cursor()
    {
        Assert.Contains("canola", Text(await _bot.HandleAsync(Message("what's new"))));
        _time.Advance(TimeSpan.FromMinutes(5));
        Assert.Contains("Nothing new since your last check", Text(await _bot.HandleAsync(Message("what's new since my last check"))));
    }

    [Fact]
    public async Task Install_greets_once_even_when_both_events_arrive()
    {
        var update = Typed("conversationUpdate");
        update.MembersAdded = [new ChannelAccount { Id = "28:bot" }];
        var install = Typed("installationUpdate");
        install.Action = "add";
        Assert.Contains("Watcher", Text(await _bot.HandleAsync(update)));
        Assert.Empty((await _bot.HandleAsync(install)).Replies);
        Assert.Empty((await _bot.HandleAsync(update)).Replies);
    }

    [Fact]
    public async Task Execute_action_mutes_and_returns_a_refreshed_card()
    {
        var alert = new Alert { Id = "al-1", Kind = AlertKinds.NewStory, Title = "Canola tariff", StoryId = "s-1", SourceId = "gc-finance", Detected = _time.GetUtcNow() };
        await _stores.TryAddAsync(new DeliveryRecord { Id = "d-1", SubscriptionId = "x", Channel = "teams", AlertId = "al-1", AlertJson = alert.ToJson() });
        var invoke = Typed("invoke");
        invoke.Name = "adaptiveCard/action";
        invoke.Value = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "mute-similar", ["data"] = new JsonObject { ["deliveryId"] = "d-1", ["storyId"] = "s-1", ["sourceId"] = "gc-finance", ["alertId"] = "al-1" } } };

        var response = (await _bot.HandleAsync(invoke)).Invoke!;
        Assert.Equal(200, response.Status);
        Assert.Equal(200, response.Body!["statusCode"]!.GetValue<int>());
        Assert.Equal(AlertCard.ContentType, response.Body["type"]!.GetValue<string>());
        Assert.Contains("Muted this story", response.Body["value"]!.ToJsonString());
        Assert.Contains("Canola tariff", response.Body["value"]!.ToJsonString());
        var mute = Assert.Single(await _conversations.MutesAsync("a:personal-1", _time.GetUtcNow()));
        Assert.Equal((Mute.Story, "s-1"), (mute.Kind, mute.Value));
        Assert.Empty(await _conversations.MutesAsync("a:personal-1", _time.GetUtcNow().AddHours(25)));
    }

    [Fact]
    public async Task An_unknown_card_verb_is_a_400_error_value_and_changes_nothing()
    {
        var invoke = Typed("invoke");
        invoke.Name = "adaptiveCard/action";
        invoke.Value = new JsonObject { ["action"] = new JsonObject { ["verb"] = "delete-everything", ["data"] = new JsonObject() } };
        var response = (await _bot.HandleAsync(invoke)).Invoke!;
        Assert.Equal(400, response.Body!["statusCode"]!.GetValue<int>());
        Assert.Empty(await _conversations.MutesAsync("a:personal-1", _time.GetUtcNow()));
    }
}
