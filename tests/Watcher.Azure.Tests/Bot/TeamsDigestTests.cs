using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Watcher.Azure.Tables;
using Watcher.Azure.Tests.Email;
using Watcher.Cli.LocalHost;
using Watcher.Core.Alerts;
using Watcher.Core.Bot;
using Watcher.Core.Delivery;
using Watcher.Core.Digests;
using Watcher.Core.State;

namespace Watcher.Azure.Tests.Bot;

/// <summary>
/// Teams digests through the local host's own registrations: Table Storage on Azurite (ledger, digest queue,
/// conversations), the real TeamsBotChannel and TeamsWorkflowChannel against the fake Bot Connector, a fake clock.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TeamsDigestTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Room = "19:room@thread.tacv2";
    // 04:00 UTC = 23:00 the evening before in Toronto; the digest is due at 08:00 Toronto = 13:00 UTC.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 4, 0, 0, TimeSpan.Zero));
    private static readonly DateTimeOffset DueUtc = new(2026, 11, 28, 13, 0, 20, TimeSpan.Zero);
    private readonly string _outbox = Path.Combine(Path.GetTempPath(), "watcher-teams-digest-" + Guid.NewGuid().ToString("N"));
    private OpenIdServer _openId = null!;
    private FakeConnector _connector = null!;
    private IHost _host = null!;

    private T Get<T>() where T : notnull => _host.Services.GetRequiredService<T>();

    public async Task InitializeAsync()
    {
        await azurite.ResetAsync();
        _openId = await OpenIdServer.StartAsync();
        _connector = await FakeConnector.StartAsync();
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddWatcherConfiguration(new Dictionary<string, string?>
        {
            ["Watcher:Storage:ConnectionString"] = azurite.ConnectionString,
            ["Watcher:Outbox:Directory"] = _outbox,
            ["Watcher:Bot:AppId"] = OpenIdServer.AppId,
            ["Watcher:Bot:AppPassword"] = "not-a-real-secret",
            ["Watcher:Bot:TenantId"] = "tenant-1",
            ["Watcher:Bot:OpenIdMetadataUrl"] = _openId.MetadataUrl,
            ["Watcher:Bot:TokenEndpoint"] = _openId.BaseUrl + "{tenant}/oauth2/v2.0/token",
            ["Watcher:Net:AllowPrivateAddresses"] = "true",
            ["Watcher:Teams:Workflows:trade-desk"] = _connector.ServiceUrl + "workflows/trade-desk?sig=SECRET",
        });
        builder.Services.AddSingleton<TimeProvider>(_time);
        builder.AddWatcherServices(LogLevel.Warning);
        _host = builder.Build();
        await Get<TableStorageInitializer>().EnsureCreatedAsync();
        await Get<IConversationStore>().SaveAsync(new ConversationReference { ConversationId = Room, ServiceUrl = _connector.ServiceUrl, TenantId = "tenant-1" });
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _openId.DisposeAsync();
        await _connector.DisposeAsync();
        if (Directory.Exists(_outbox)) Directory.Delete(_outbox, recursive: true);
    }

    private static Subscription Sub(string id, string topic, string channel = ChannelNames.Teams, string target = Room) =>
        new() { Id = id, Channel = channel, Target = target, Topics = [topic], Digest = "daily 08:00 America/Toronto" };

    private static readonly Alert[] DayOfNews =
    [
        EmailTestData.Alert("s-evs", "Canada imposes 100% tariff on Chinese EVs"),
        EmailTestData.Alert("s-apec", "Carney and Xi meet at APEC summit", "summits"),
        EmailTestData.Alert("s-g7", "G7 ministers meet in Ottawa", "summits"),
    ];

    /// <summary>Records alerts as the poller does and delivers them at once, as the local cycle and queue trigger do.</summary>
    private async Task<IReadOnlyList<DeliveryResult>> RecordAndDeliverAsync(params Alert[] alerts)
    {
        var dispatcher = Get<DeliveryDispatcher>();
        var results = new List<DeliveryResult>();
        foreach (var id in await dispatcher.RecordAsync(alerts)) results.Add(await dispatcher.DeliverAsync(id));
        return results;
    }

    private List<FakeConnector.Request> Activities => _connector.Requests.Where(r => r.Path.EndsWith("/activities", StringComparison.Ordinal)).ToList();

    private static JsonNode Card(FakeConnector.Request request) => request.Body["attachments"]![0]!["content"]!;

    [Fact]
    public async Task A_conversations_daily_digest_holds_the_days_alerts_and_sends_one_card_once_at_the_due_time()
    {
        // Two subscriptions of one conversation (the bot makes one per topic): one digest card for both.
        await Get<ISubscriptionStore>().UpsertAsync(Sub("t-tariffs", "tariffs"));
        await Get<ISubscriptionStore>().UpsertAsync(Sub("t-summits", "summits"));

        var held = await RecordAndDeliverAsync(DayOfNews);
        Assert.Equal(3, held.Count);
        Assert.All(held, r => Assert.Equal(DeliveryOutcome.Delivered, r.Outcome)); // "delivered" into the digest queue
        _time.Advance(TimeSpan.FromHours(3));
        await RecordAndDeliverAsync(EmailTestData.Alert("s-wto", "WTO panel rules on canola duties"));
        Assert.Empty(_connector.Requests); // nothing sent instantly, not even a token request
        Assert.Equal(0, _openId.TokenRequests);

        var runner = Get<DigestRunner>();
        Assert.Equal(0, (await runner.RunAsync()).DigestsRecorded); // 07:00 UTC: not due yet
        Assert.Empty(_connector.Requests);

        _time.SetUtcNow(DueUtc);
        var first = await runner.RunAsync();
        var second = await runner.RunAsync(); // the timer fires twice in one period
        Assert.Equal((1, 1, 0), (first.DigestsRecorded, first.Delivered, first.Failed));
        Assert.Equal((0, 0), (second.DigestsRecorded, second.Delivered));
        Assert.Empty(await Get<DeliveryDispatcher>().SweepAsync());

        var sent = Assert.Single(_connector.Requests);
        Assert.Equal($"/v3/conversations/{Room}/activities", sent.Path);
        Assert.Equal("Bearer outbound-token-1", sent.Authorization);
        var card = Card(sent);
        Assert.Equal(("AdaptiveCard", "1.5"), (card["type"]!.GetValue<string>(), card["version"]!.GetValue<string>()));
        Assert.Equal("Daily digest — 4 stories, 8:00 America/Toronto", card["body"]![0]!["text"]!.GetValue<string>());
        var text = card.ToJsonString();
        foreach (var title in DayOfNews.Select(a => a.Title).Append("WTO panel rules on canola duties")) Assert.Contains(title, text);

        // The digest is one ledger row, owned by the conversation's first subscription, named by the period.
        var id = DeliveryDispatcher.DeliveryId("t-summits", DigestDescriptor.PeriodKey(new DateTimeOffset(2026, 11, 28, 13, 0, 0, TimeSpan.Zero)), ChannelNames.Teams);
        var row = await Get<IDeliveryLedger>().GetAsync(id);
        Assert.Equal((DeliveryStatus.Delivered, ChannelNames.Teams, 1), (row!.Status, row.Channel, row.Attempts));

        // Tomorrow's digest starts empty: nothing is sent again.
        _time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, (await runner.RunAsync()).DigestsRecorded);
        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task A_tariff_change_still_goes_out_at_once_as_an_alert_card()
    {
        await Get<ISubscriptionStore>().UpsertAsync(Sub("t-tariffs", "tariffs"));
        var results = await RecordAndDeliverAsync(EmailTestData.Alert("s-canola", "China: canola tariff 100%", kind: AlertKinds.TariffChanged));
        Assert.Equal(DeliveryOutcome.Delivered, Assert.Single(results).Outcome);
        var card = Card(Assert.Single(Activities));
        Assert.Contains("Action.Execute", card.ToJsonString()); // the instant alert card, with its buttons
        _time.SetUtcNow(DueUtc);
        Assert.Equal(0, (await Get<DigestRunner>().RunAsync()).DigestsRecorded);
    }

    [Fact]
    public async Task A_failing_connector_leaves_the_digest_pending_and_the_sweep_sends_it_later_once()
    {
        await Get<ISubscriptionStore>().UpsertAsync(Sub("t-tariffs", "tariffs"));
        await RecordAndDeliverAsync(DayOfNews);
        _time.SetUtcNow(DueUtc);
        _connector.Then(503, retryAfter: "60", code: "ServiceUnavailable");

        var run = await Get<DigestRunner>().RunAsync();
        Assert.Equal((1, 0, 1), (run.DigestsRecorded, run.Delivered, run.Failed));
        var id = DeliveryDispatcher.DeliveryId("t-tariffs", DigestDescriptor.PeriodKey(DueUtc.AddSeconds(-20)), ChannelNames.Teams);
        var row = (await Get<IDeliveryLedger>().GetAsync(id))!;
        Assert.Equal(DeliveryStatus.Failed, row.Status);
        Assert.Contains("503", row.LastError);
        Assert.Equal(0, (await Get<DigestRunner>().RunAsync()).Delivered); // a second fire does not resend before it is due

        _time.Advance(TimeSpan.FromMinutes(2));
        Assert.Contains(await Get<DeliveryDispatcher>().SweepAsync(), r => r.Outcome == DeliveryOutcome.Delivered);
        Assert.Empty(await Get<DeliveryDispatcher>().SweepAsync());
        var requests = Activities;
        Assert.Equal(2, requests.Count); // the refused one and the one that got through
        Assert.Equal(requests[0].Body.ToJsonString(), requests[1].Body.ToJsonString());
        Assert.Equal("Daily digest — 1 story, 8:00 America/Toronto", Card(requests[1])["body"]![0]!["text"]!.GetValue<string>());
        Assert.Equal(DeliveryStatus.Delivered, (await Get<IDeliveryLedger>().GetAsync(id))!.Status);
    }

    [Fact]
    public async Task Digest_off_sends_new_alerts_at_once_and_what_was_waiting_comes_with_the_next_run()
    {
        await Get<ISubscriptionStore>().UpsertAsync(Sub("t-summits", "summits"));
        await RecordAndDeliverAsync(DayOfNews);
        Assert.Empty(_connector.Requests);

        var sub = (await Get<ISubscriptionStore>().FindAsync("t-summits"))!;
        await Get<ISubscriptionStore>().UpsertAsync(sub with { Digest = null }); // what `digest off` writes
        await RecordAndDeliverAsync(EmailTestData.Alert("s-g20", "G20 leaders gather in Johannesburg", "summits"));
        Assert.Contains("G20 leaders", Card(Assert.Single(Activities)).ToJsonString()); // instant again

        _time.Advance(TimeSpan.FromMinutes(10)); // the next flush boundary (instant subscribers: every 10 minutes)
        var run = await Get<DigestRunner>().RunAsync();
        Assert.Equal((1, 1), (run.DigestsRecorded, run.Delivered));
        var flushed = Card(Activities[1]);
        Assert.Equal("Held for your digest — 2 stories", flushed["body"]![0]!["text"]!.GetValue<string>());
        Assert.Contains("Carney and Xi", flushed.ToJsonString());
        Assert.Equal(0, (await Get<DigestRunner>().RunAsync()).DigestsRecorded);
        Assert.Equal(2, Activities.Count);
    }

    [Theory]
    [InlineData("APEC", 1)]   // one of the two waiting stories muted during the day: the card shows the other
    [InlineData("meet", 0)]   // both muted: no card at all, and the digest row is still done
    public async Task A_mute_added_during_the_day_takes_its_stories_out_of_the_digest(string words, int shown)
    {
        await Get<ISubscriptionStore>().UpsertAsync(Sub("t-summits", "summits"));
        await RecordAndDeliverAsync(DayOfNews);
        await Get<IConversationStore>().AddMuteAsync(new Mute(Room, Mute.Words, words, DueUtc.AddDays(1)));

        _time.SetUtcNow(DueUtc);
        Assert.Equal(1, (await Get<DigestRunner>().RunAsync()).Delivered);
        Assert.Equal(0, (await Get<DigestRunner>().RunAsync()).Delivered);
        if (shown == 0)
        {
            Assert.Empty(_connector.Requests);
            return;
        }
        var card = Card(Assert.Single(Activities));
        Assert.Equal("Daily digest — 1 story, 8:00 America/Toronto", card["body"]![0]!["text"]!.GetValue<string>());
        Assert.DoesNotContain("APEC", card.ToJsonString());
    }

    [Fact]
    public async Task A_workflow_channel_gets_its_digest_as_one_1_4_card_and_the_url_stays_secret()
    {
        await Get<ISubscriptionStore>().UpsertAsync(Sub("w-desk", "summits", ChannelNames.TeamsWorkflow, "trade-desk"));
        await RecordAndDeliverAsync(DayOfNews);
        Assert.Empty(_connector.Requests);

        _time.SetUtcNow(DueUtc);
        Assert.Equal(1, (await Get<DigestRunner>().RunAsync()).Delivered);
        Assert.Equal(0, (await Get<DigestRunner>().RunAsync()).Delivered);
        var post = Assert.Single(_connector.Requests);
        Assert.Equal("/workflows/trade-desk", post.Path);
        var card = Card(post);
        Assert.Equal("1.4", card["version"]!.GetValue<string>());
        Assert.Equal("Daily digest — 2 stories, 8:00 America/Toronto", card["body"]![0]!["text"]!.GetValue<string>());
        var rows = await Get<IDeliveryLedger>().DueAsync(DueUtc.AddDays(30), 100);
        Assert.Empty(rows);
    }
}
