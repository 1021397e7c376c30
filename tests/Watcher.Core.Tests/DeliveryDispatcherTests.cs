using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Watcher.Core.Alerts;
using Watcher.Core.Delivery;
using Watcher.Core.State;

namespace Watcher.Core.Tests;

public class DeliveryDispatcherTests
{
    private readonly InMemoryStores _stores = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 11, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly RecordingChannel _email = new(ChannelNames.Email);

    private DeliveryDispatcher Dispatcher(params IAlertChannel[] channels) =>
        new(_stores, _stores, channels.Length > 0 ? channels : [_email], new DeliveryOptions { MaxAttempts = 3 }, _time, NullLogger<DeliveryDispatcher>.Instance);

    private static Alert Alert(string id = "s-1-r0", string topic = "tariffs") => new()
    {
        Id = id, Kind = AlertKinds.NewStory, Title = "China imposes 76% levy on canola", SourceId = "wire",
        Matches = [new(topic, ["levy"], "…levy…")],
    };

    [Fact]
    public async Task Records_one_row_per_interested_subscriber_and_never_twice()
    {
        await _stores.UpsertAsync(new Subscription { Id = "a", Channel = "email", Target = "a@example.com", Topics = ["tariffs"] });
        await _stores.UpsertAsync(new Subscription { Id = "b", Channel = "email", Target = "b@example.com", Topics = ["summits"] });
        await _stores.UpsertAsync(new Subscription { Id = "c", Channel = "email", Target = "c@example.com", Enabled = false });
        var dispatcher = Dispatcher();

        var first = await dispatcher.RecordAsync([Alert()]);
        var again = await dispatcher.RecordAsync([Alert()]);

        Assert.Equal([DeliveryDispatcher.DeliveryId("a", "s-1-r0", "email")], first);
        Assert.Empty(again);
    }

    [Fact]
    public async Task A_fact_folded_into_its_story_alert_reaches_people_once_and_webhooks_as_its_own_event()
    {
        await _stores.UpsertAsync(new Subscription { Id = "ana", Channel = ChannelNames.Email, Target = "ana@example.com", Topics = ["tariffs"] });
        await _stores.UpsertAsync(new Subscription { Id = "team", Channel = ChannelNames.Teams, Target = "19:team", Topics = ["tariffs"] });
        await _stores.UpsertAsync(new Subscription { Id = "erp", Channel = ChannelNames.Webhook, Target = "ep-1", Topics = ["tariffs"] });
        await _stores.UpsertAsync(new Subscription { Id = "bob", Channel = ChannelNames.Email, Target = "bob@example.com", Topics = ["tariffs"], Query = "steel" });
        var story = Alert("s-1-r2") with { Kind = AlertKinds.UpdatedStory, Changes = ["+ Tariff changed: China on Canada canola seed: 76% → 100%"] };
        var fact = Alert("tariff-1") with { Kind = AlertKinds.TariffChanged, Title = "Tariff changed: China on Canada canola seed: 76% → 100%", StoryId = "s-1", FoldedInto = "s-1-r2" };

        var ids = await Dispatcher().RecordAsync([story, fact]);

        Assert.Equal(
            new[] { ("ana", "s-1-r2"), ("team", "s-1-r2"), ("erp", "s-1-r2"), ("erp", "tariff-1") }.Select(x => DeliveryDispatcher.DeliveryId(x.Item1, x.Item2, Sub(x.Item1))).Order(),
            ids.Order());
        static string Sub(string id) => id switch { "ana" => ChannelNames.Email, "team" => ChannelNames.Teams, _ => ChannelNames.Webhook };
    }

    [Fact]
    public async Task A_transient_failure_is_retried_when_due_and_delivered_once()
    {
        await _stores.UpsertAsync(new Subscription { Id = "a", Channel = "email", Target = "a@example.com" });
        var dispatcher = Dispatcher();
        var id = (await dispatcher.RecordAsync([Alert()])).Single();
        _email.FailNext = new DeliveryException("SendGrid answered 429", retryAfter: TimeSpan.FromMinutes(1));

        Assert.Equal(DeliveryOutcome.Failed, (await dispatcher.DeliverAsync(id)).Outcome);
        Assert.Equal(DeliveryOutcome.NotDue, (await dispatcher.DeliverAsync(id)).Outcome); // Retry-After respected
        Assert.Empty(await dispatcher.SweepAsync());

        _time.Advance(TimeSpan.FromMinutes(1));
        var swept = await dispatcher.SweepAsync();
        Assert.Equal(DeliveryOutcome.Delivered, Assert.Single(swept).Outcome);
        Assert.Equal(DeliveryOutcome.AlreadyDelivered, (await dispatcher.DeliverAsync(id)).Outcome);
        Assert.Single(_email.Sent);
    }

    [Fact]
    public async Task A_permanent_failure_is_dead_lettered_and_attempts_are_capped()
    {
        await _stores.UpsertAsync(new Subscription { Id = "a", Channel = "email", Target = "a@example.com" });
        var dispatcher = Dispatcher();
        var ids = await dispatcher.RecordAsync([Alert("s-1-r0"), Alert("s-2-r0")]);

        _email.FailNext = new DeliveryException("400: to.email is invalid", permanent: true);
        Assert.Equal(DeliveryOutcome.Dead, (await dispatcher.DeliverAsync(ids[0])).Outcome);
        Assert.Equal(DeliveryOutcome.Dead, (await dispatcher.DeliverAsync(ids[0])).Outcome);

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            _email.FailNext = new DeliveryException("503");
            var outcome = (await dispatcher.DeliverAsync(ids[1])).Outcome;
            Assert.Equal(attempt < 3 ? DeliveryOutcome.Failed : DeliveryOutcome.Dead, outcome);
            _time.Advance(TimeSpan.FromDays(1));
        }
        Assert.Empty(_email.Sent);
        var dead = await ((IDeliveryLedger)_stores).GetAsync(ids[1]);
        Assert.Equal((DeliveryStatus.Dead, 3, "503"), (dead!.Status, dead.Attempts, dead.LastError));
    }

    [Fact]
    public async Task Two_workers_racing_for_one_delivery_send_it_once()
    {
        await _stores.UpsertAsync(new Subscription { Id = "a", Channel = "email", Target = "a@example.com" });
        var slow = new RecordingChannel(ChannelNames.Email) { Delay = TimeSpan.FromMilliseconds(200) };
        var dispatcher = Dispatcher(slow);
        var id = (await dispatcher.RecordAsync([Alert()])).Single();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => dispatcher.DeliverAsync(id))));

        Assert.Single(slow.Sent);
        Assert.Equal(1, outcomes.Count(o => o.Outcome == DeliveryOutcome.Delivered));
        Assert.All(outcomes.Where(o => o.Outcome != DeliveryOutcome.Delivered),
            o => Assert.Contains(o.Outcome, new[] { DeliveryOutcome.ClaimedElsewhere, DeliveryOutcome.NotDue, DeliveryOutcome.AlreadyDelivered }));
    }

    [Fact]
    public async Task A_delivery_for_a_channel_nobody_configured_is_dead_with_a_reason()
    {
        await _stores.UpsertAsync(new Subscription { Id = "t", Channel = "teams", Target = "a:1" });
        var dispatcher = Dispatcher();
        var id = (await dispatcher.RecordAsync([Alert()])).Single();
        Assert.Equal(DeliveryOutcome.Dead, (await dispatcher.DeliverAsync(id)).Outcome);
        Assert.Contains("no 'teams' channel", (await ((IDeliveryLedger)_stores).GetAsync(id))!.LastError);
    }

    [Fact]
    public void Backoff_follows_the_standard_webhooks_schedule_with_jitter()
    {
        Assert.InRange(DeliveryDispatcher.Backoff(1), TimeSpan.FromSeconds(4.5), TimeSpan.FromSeconds(5.5));
        Assert.InRange(DeliveryDispatcher.Backoff(2), TimeSpan.FromMinutes(4.5), TimeSpan.FromMinutes(5.5));
        Assert.InRange(DeliveryDispatcher.Backoff(9), TimeSpan.FromHours(21.6), TimeSpan.FromHours(26.4));
        Assert.InRange(DeliveryDispatcher.Backoff(50), TimeSpan.FromHours(21.6), TimeSpan.FromHours(26.4));
    }

    internal sealed class RecordingChannel(string name) : IAlertChannel
    {
        public string Name => name;
        public List<(string DeliveryId, Alert Alert)> Sent { get; } = [];
        public Exception? FailNext { get; set; }
        public TimeSpan Delay { get; init; }

        public async Task SendAsync(Alert alert, Subscription subscription, string deliveryId, CancellationToken ct = default)
        {
            if (Delay > TimeSpan.Zero) await Task.Delay(Delay, ct);
            if (FailNext is { } ex) { FailNext = null; throw ex; }
            lock (Sent) Sent.Add((deliveryId, alert));
        }
    }
}
