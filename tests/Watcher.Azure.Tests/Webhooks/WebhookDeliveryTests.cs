using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Watcher.Core;
using Watcher.Core.Alerts;
using Watcher.Core.Channels.Webhooks;
using Watcher.Core.Delivery;
using Watcher.Core.Matching;
using Watcher.Core.State;
using Watcher.Core.Webhooks;

namespace Watcher.Azure.Tests.Webhooks;

/// <summary>
/// The real webhook channel and management service against receivers on 127.0.0.1, with time driven by a fake
/// clock through the delivery ledger's sweep. Every request a receiver gets is verified with the `standardwebhooks`
/// and `cloudevents` npm libraries.
/// </summary>
public sealed class WebhookDeliveryTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 20, 0, 0, TimeSpan.Zero));
    private readonly InMemoryStores _stores = new();
    private WebhookReceiver _receiver = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _receiver = await WebhookReceiver.StartAsync(_time.GetUtcNow);
        _services = Build(allowPrivate: true);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    private ServiceProvider Build(bool allowPrivate, string timeout = "00:00:15")
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Watcher:Net:AllowPrivateAddresses"] = allowPrivate ? "true" : "false",
            ["Watcher:Webhooks:Timeout"] = timeout,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(_time);
        services.AddSingleton<IDeliveryLedger>(_stores).AddSingleton<ISubscriptionStore>(_stores).AddSingleton<IWebhookEndpointStore>(_stores)
            .AddSingleton<IItemStore>(_stores).AddSingleton<ISourceStateStore>(_stores);
        services.AddWatcherCore(config);
        services.AddWatcherWebhooks(config);
        return services.BuildServiceProvider();
    }

    private WebhookManager Manager => _services.GetRequiredService<WebhookManager>();
    private DeliveryDispatcher Dispatcher => _services.GetRequiredService<DeliveryDispatcher>();
    private IDeliveryLedger Ledger => _stores;
    private IWebhookEndpointStore Endpoints => _stores;

    private static Alert NewStory(string id = "a-1") => new()
    {
        Id = id, Kind = AlertKinds.NewStory, Title = "Canada imposes 100% tariff on Chinese EVs", SourceId = "wire", StoryId = "s-" + id,
        Link = "https://example.com/ev", Summary = "Ottawa announced a 100% surtax.", Detected = new DateTimeOffset(2026, 11, 28, 19, 59, 0, TimeSpan.Zero),
        Matches = [new TopicMatch("tariffs", ["tariff"], "100% tariff")],
    };

    private async Task<(WebhookManager.Registration Hook, string DeliveryId)> RegisterAndRecordAsync(Alert? alert = null)
    {
        var hook = await Manager.RegisterAsync(_receiver.Url.AbsoluteUri, ["tariffs"]);
        var ids = await Dispatcher.RecordAsync([alert ?? NewStory()]);
        return (hook, Assert.Single(ids));
    }

    private static async Task AssertAllVerifyAsync(IEnumerable<ReceivedWebhook> requests, string secret)
    {
        var list = requests.ToList();
        var results = await WebhookReceiver.VerifyAsync(list, secret);
        Assert.Equal(list.Count, results.Count);
        Assert.All(results, r => Assert.StartsWith("ok ", r));
    }

    [Fact]
    public async Task Registration_pings_with_a_signed_cloudevent_and_returns_a_whsec_secret()
    {
        var hook = await Manager.RegisterAsync(_receiver.Url.AbsoluteUri, ["tariffs"]);

        Assert.Matches("^whsec_[A-Za-z0-9+/]+={0,2}$", hook.Secret);
        Assert.InRange(Convert.FromBase64String(hook.Secret["whsec_".Length..]).Length, 24, 64);
        var ping = Assert.Single(_receiver.Received);
        Assert.True(ping.IsPing);
        Assert.Equal(["ok io.watcher.ping " + ping.Id], await WebhookReceiver.VerifyAsync([ping], hook.Secret));
        var sub = Assert.Single(await ((ISubscriptionStore)_stores).ListAsync());
        Assert.Equal((ChannelNames.Webhook, hook.Id), (sub.Channel, sub.Target));
        Assert.Equal(["tariffs"], sub.Topics);
    }

    [Fact]
    public async Task A_receiver_down_for_several_attempts_then_up_gets_the_event_exactly_once()
    {
        _receiver.Respond = (n, _) => Task.FromResult(n <= 3 ? 500 : 200);
        var (hook, id) = await RegisterAndRecordAsync();

        Assert.Equal(DeliveryOutcome.Failed, (await Dispatcher.DeliverAsync(id)).Outcome);   // attempt 1, immediately
        var first = (await Ledger.GetAsync(id))!;
        Assert.InRange(first.NextAttempt - _time.GetUtcNow(), TimeSpan.FromSeconds(4.5), TimeSpan.FromSeconds(5.5)); // then 5 s ± jitter

        var delivered = 0;
        for (var sweep = 0; sweep < 12; sweep++)
        {
            _time.Advance(TimeSpan.FromHours(1));
            delivered += (await Dispatcher.SweepAsync()).Count(r => r.Outcome == DeliveryOutcome.Delivered);
        }

        Assert.Equal(1, delivered);
        var attempts = _receiver.Deliveries;
        Assert.Equal([500, 500, 500, 200], attempts.Select(a => a.Answered));
        Assert.All(attempts, a => Assert.Equal(id, a.Id));                                     // one webhook-id across retries
        Assert.Equal(1, attempts.Count(a => a.Answered is >= 200 and < 300));
        var record = (await Ledger.GetAsync(id))!;
        Assert.Equal((DeliveryStatus.Delivered, 4), (record.Status, record.Attempts));
        Assert.Null((await Endpoints.GetAsync(hook.Id))!.FailingSince);                        // the failure run is over
        await AssertAllVerifyAsync(attempts, hook.Secret);
    }

    [Fact]
    public async Task Gone_disables_the_endpoint_and_tells_the_other_subscribers()
    {
        await ((ISubscriptionStore)_stores).UpsertAsync(new Subscription { Id = "ops", Channel = ChannelNames.Email, Target = "ops@example.com" });
        _receiver.Respond = (_, _) => Task.FromResult(410);
        var hook = await Manager.RegisterAsync(_receiver.Url.AbsoluteUri, []);
        var ids = await Dispatcher.RecordAsync([NewStory()]);
        var webhookDelivery = ids.Single(i => Ledger.GetAsync(i).Result!.Channel == ChannelNames.Webhook);

        Assert.Equal(DeliveryOutcome.Dead, (await Dispatcher.DeliverAsync(webhookDelivery)).Outcome);

        var endpoint = (await Endpoints.GetAsync(hook.Id))!;
        Assert.False(endpoint.Enabled);
        Assert.Contains("410", endpoint.DisabledReason);
        Assert.DoesNotContain("t0k3n", endpoint.DisabledReason);
        var notice = _stores.AllDeliveries.Single(d => d.AlertJson.Contains(WebhookDisabler.NoticeKind, StringComparison.Ordinal));
        Assert.Equal(("ops", ChannelNames.Email), (notice.SubscriptionId, notice.Channel));
        Assert.DoesNotContain("t0k3n", notice.AlertJson);                                         // the URL's query is not repeated
        var later = await Dispatcher.RecordAsync([NewStory("a-2")]);
        Assert.DoesNotContain(later, i => Ledger.GetAsync(i).Result!.Channel == ChannelNames.Webhook);
        Assert.Single(_receiver.Deliveries);                                                      // nothing more was sent
        var health = await _services.GetRequiredService<Watcher.Core.Api.WatcherApi>().HealthAsync(null);
        var listed = Assert.Single(health.Webhooks!);                                             // and /api/health lists it
        Assert.Equal((hook.Id, false), (listed.Id, listed.Enabled));
        Assert.DoesNotContain("t0k3n", listed.Url);

        _receiver.Respond = (_, _) => Task.FromResult(204);
        var ping = await Manager.PingAsync(hook.Id);                                               // a good ping re-enables it
        Assert.True(ping.Reenabled);
        Assert.True((await Endpoints.GetAsync(hook.Id))!.Enabled);
    }

    [Fact]
    public async Task An_endpoint_failing_for_days_is_disabled()
    {
        _receiver.Respond = (_, _) => Task.FromResult(503);
        var (hook, id) = await RegisterAndRecordAsync();
        await Dispatcher.DeliverAsync(id);
        for (var i = 0; i < 6 && (await Endpoints.GetAsync(hook.Id))!.Enabled; i++)
        {
            _time.Advance(TimeSpan.FromHours(25));
            await Dispatcher.SweepAsync();
        }
        var endpoint = (await Endpoints.GetAsync(hook.Id))!;
        Assert.False(endpoint.Enabled);
        Assert.Contains("every delivery has failed since", endpoint.DisabledReason);
        Assert.Equal(DeliveryStatus.Dead, (await Ledger.GetAsync(id))!.Status);
    }

    [Fact]
    public async Task Another_instance_disabling_an_endpoint_is_seen_within_the_cache_ttl()
    {
        var (hook, id) = await RegisterAndRecordAsync();
        Assert.Equal(DeliveryOutcome.Delivered, (await Dispatcher.DeliverAsync(id)).Outcome);   // endpoint now cached
        var stored = (await Endpoints.GetAsync(hook.Id))!;
        await Endpoints.SaveAsync(stored with { Enabled = false, DisabledReason = "turned off elsewhere" });  // as another instance would

        _time.Advance(TimeSpan.FromSeconds(6));                                                  // past the 5 s TTL
        var next = Assert.Single(await Dispatcher.RecordAsync([NewStory("a-2")]));

        Assert.Equal(DeliveryOutcome.Dead, (await Dispatcher.DeliverAsync(next)).Outcome);
        Assert.Contains("turned off elsewhere", (await Ledger.GetAsync(next))!.LastError);
        Assert.Single(_receiver.Deliveries);
    }

    [Fact]
    public async Task A_slow_receiver_times_out()
    {
        await _services.DisposeAsync();
        _services = Build(allowPrivate: true, timeout: "00:00:01");
        _receiver.Respond = async (_, ctx) => { await Task.Delay(TimeSpan.FromSeconds(5), ctx.RequestAborted); return 200; };
        var (_, id) = await RegisterAndRecordAsync();

        var started = DateTime.UtcNow;
        Assert.Equal(DeliveryOutcome.Failed, (await Dispatcher.DeliverAsync(id)).Outcome);

        Assert.InRange(DateTime.UtcNow - started, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(4));
        Assert.Equal("receiver did not answer within 1 s", (await Ledger.GetAsync(id))!.LastError);
    }

    [Fact]
    public async Task A_redirect_is_a_failure_and_is_not_followed()
    {
        await using var elsewhere = await LocalHttpServer.StartAsync(ctx => { ctx.Response.StatusCode = 204; return Task.CompletedTask; });
        _receiver.Respond = (_, ctx) => { ctx.Response.Headers.Location = elsewhere.BaseUrl.AbsoluteUri; return Task.FromResult(307); };
        var (_, id) = await RegisterAndRecordAsync();

        Assert.Equal(DeliveryOutcome.Failed, (await Dispatcher.DeliverAsync(id)).Outcome);

        Assert.Equal(0, elsewhere.Requests);
        Assert.StartsWith("receiver answered 307 (redirect to", (await Ledger.GetAsync(id))!.LastError);
    }

    [Theory]
    [InlineData(429, "120", 120)]
    [InlineData(503, "7", 7)]
    [InlineData(503, null, 5)]  // no Retry-After: the schedule (5 s after the first attempt)
    public async Task Throttling_honours_retry_after(int status, string? retryAfter, int expectedSeconds)
    {
        _receiver.Respond = (_, ctx) => { if (retryAfter is not null) ctx.Response.Headers.RetryAfter = retryAfter; return Task.FromResult(status); };
        var (_, id) = await RegisterAndRecordAsync();

        await Dispatcher.DeliverAsync(id);

        var wait = (await Ledger.GetAsync(id))!.NextAttempt - _time.GetUtcNow();
        Assert.InRange(wait.TotalSeconds, expectedSeconds * 0.89, expectedSeconds * 1.11);
    }

    [Theory]
    [InlineData("http://{loopback}/hook", "must use https")]
    [InlineData("https://{loopback}/hook", "not a public address")]
    [InlineData("https://localhost:{port}/hook", "not a public address")]
    [InlineData("https://169.254.169.254/latest/meta-data", "not a public address")]
    [InlineData("https://10.1.2.3/hook", "not a public address")]
    [InlineData("https://[::1]/hook", "not a public address")]
    [InlineData("https://user:pw@example.com/hook", "credentials")]
    [InlineData("ftp://example.com/hook", "not an absolute http(s) URL")]
    [InlineData("", "url is required")]
    public async Task Private_or_invalid_targets_are_refused_at_registration(string url, string error)
    {
        await _services.DisposeAsync();
        _services = Build(allowPrivate: false);
        var target = url.Replace("{loopback}", _receiver.Url.Authority).Replace("{port}", _receiver.Url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var ex = await Assert.ThrowsAsync<WebhookApiException>(() => Manager.RegisterAsync(target, []));

        Assert.Equal(400, ex.Status);
        Assert.Contains(error, ex.Message);
        Assert.Empty(_receiver.Received);                     // no request reached the target
        Assert.Empty(await Endpoints.ListAsync());            // and nothing was stored
    }

    [Fact]
    public async Task A_failed_ping_refuses_the_registration()
    {
        _receiver.FailPings = true;

        var ex = await Assert.ThrowsAsync<WebhookApiException>(() => Manager.RegisterAsync(_receiver.Url.AbsoluteUri, []));

        Assert.Equal(422, ex.Status);
        Assert.Contains("receiver answered 500", ex.Message);
        Assert.Empty(await Endpoints.ListAsync());
    }

    [Fact]
    public async Task Rotation_signs_with_both_secrets_during_the_overlap_then_only_the_new_one()
    {
        var (hook, id) = await RegisterAndRecordAsync();
        var rotation = await Manager.RotateSecretAsync(hook.Id);
        Assert.Equal(_time.GetUtcNow() + TimeSpan.FromHours(24), rotation.PreviousSecretExpires);

        await Dispatcher.DeliverAsync(id);
        var during = Assert.Single(_receiver.Deliveries);
        Assert.Equal(2, during.Headers["webhook-signature"].Split(' ').Length);
        await AssertAllVerifyAsync([during], hook.Secret);        // old secret verifies
        await AssertAllVerifyAsync([during], rotation.Secret);    // and so does the new one

        _time.Advance(TimeSpan.FromHours(25));
        var next = Assert.Single(await Dispatcher.RecordAsync([NewStory("a-2")]));
        await Dispatcher.DeliverAsync(next);
        var after = _receiver.Deliveries.Last();
        Assert.Single(after.Headers["webhook-signature"].Split(' '));
        await AssertAllVerifyAsync([after], rotation.Secret);
        Assert.StartsWith("error: ", Assert.Single(await WebhookReceiver.VerifyAsync([after], hook.Secret)));
    }

    [Fact]
    public async Task Replay_resends_with_the_same_webhook_id()
    {
        var (hook, id) = await RegisterAndRecordAsync();
        await Dispatcher.DeliverAsync(id);

        _time.Advance(TimeSpan.FromMinutes(30));
        var replay = await Manager.ReplayAsync(id);

        Assert.Equal("delivered", replay.Outcome);
        Assert.Equal([id, id], _receiver.Deliveries.Select(d => d.Id));
        await AssertAllVerifyAsync(_receiver.Deliveries, hook.Secret);
        var log = await Manager.DeliveriesAsync(hook.Id, null);
        Assert.Equal(("delivered", WebhookEventTypes.NewStory), (Assert.Single(log).Status, log[0].Type));
        Assert.Equal(404, (await Assert.ThrowsAsync<WebhookApiException>(() => Manager.ReplayAsync("d-nope"))).Status);
    }

    [Fact]
    public async Task Every_alert_kind_is_a_valid_cloudevent_with_its_documented_type()
    {
        var hook = await Manager.RegisterAsync(_receiver.Url.AbsoluteUri, []);
        string[] kinds = [AlertKinds.NewStory, AlertKinds.UpdatedStory, AlertKinds.TariffChanged, AlertKinds.EventAnnounced, AlertKinds.SourceBroken, AlertKinds.SourceRecovered];
        foreach (var id in await Dispatcher.RecordAsync(kinds.Select((k, i) => NewStory("k-" + i) with { Kind = k }).ToList()))
            Assert.Equal(DeliveryOutcome.Delivered, (await Dispatcher.DeliverAsync(id)).Outcome);

        var results = await WebhookReceiver.VerifyAsync(_receiver.Deliveries, hook.Secret);
        Assert.Equal(kinds.Select(k => "io.watcher." + k).Order(), results.Select(r => r.Split(' ')[1]).Order());
        Assert.All(results, r => Assert.StartsWith("ok ", r));
        Assert.All(_receiver.Deliveries, d => Assert.Equal("application/cloudevents+json", d.Headers["content-type"]));
    }
}
