using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Watcher.Core.Alerts;
using Watcher.Core.Channels.Email;
using Watcher.Core.Delivery;
using Watcher.Core.Digests;
using Watcher.Core.State;

namespace Watcher.Core.Tests.Email;

/// <summary>The e-mail channel, the digest queue and the digest timer over the real dispatcher and in-memory stores.</summary>
public class DigestRunnerTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 4, 0, 0, TimeSpan.Zero));
    private readonly InMemoryStores _stores = new();
    private readonly InMemoryDigestQueue _queue = new();
    private readonly RecordingTransport _transport = new();
    private readonly DeliveryDispatcher _dispatcher;
    private readonly DigestRunner _runner;

    public DigestRunnerTests()
    {
        var channel = new EmailChannel(_transport, _queue, EmailSamples.Links, _time, NullLogger<EmailChannel>.Instance);
        _dispatcher = new DeliveryDispatcher(_stores, _stores, [channel], new DeliveryOptions(), _time, NullLogger<DeliveryDispatcher>.Instance);
        _runner = new DigestRunner(_stores, _queue, _stores, _dispatcher, new DigestOptions { MaxAlertsPerEmail = 3 }, _time, NullLogger<DigestRunner>.Instance);
    }

    private async Task DeliverAsync(IEnumerable<Alert> alerts)
    {
        foreach (var id in await _dispatcher.RecordAsync(alerts.ToList())) await _dispatcher.DeliverAsync(id);
    }

    [Fact]
    public async Task A_daily_subscriber_gets_one_digest_even_when_the_timer_fires_twice()
    {
        await _stores.UpsertAsync(EmailSamples.Daily with { Topics = ["summits"] }); // daily at 07:00 Toronto = 12:00 UTC
        var news = EmailSamples.DayOfNews.Where(a => a.Topics.Contains("summits")).ToList();
        await DeliverAsync(news);
        Assert.Empty(_transport.Sent); // held for the digest
        Assert.Equal(2, (await _queue.ListAsync("sub-ana")).Count(e => e.State == DigestEntryState.Queued));

        _time.SetUtcNow(new DateTimeOffset(2026, 11, 28, 12, 0, 30, TimeSpan.Zero));
        var first = await _runner.RunAsync();
        var second = await _runner.RunAsync();
        Assert.Equal((1, 1), (first.DigestsRecorded, first.Delivered));
        Assert.Equal((0, 0), (second.DigestsRecorded, second.Delivered));
        var digest = Assert.Single(_transport.Sent);
        Assert.Contains("Carney and Xi meet", digest.Message.Html);
        Assert.Contains("G7 trade ministers", digest.Message.Html);
        Assert.Equal("Carney and Xi meet on the sidelines of APEC summit + 1 more · Daily digest, Sat 28 Nov", digest.Message.Subject);

        // Later alerts wait for tomorrow's digest; the sent ones never come back.
        await DeliverAsync([EmailSamples.Alert("s-late", AlertKinds.NewStory, "Leaders to meet again at G20 summit", "CBC News", "summits", 400)]);
        _time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, (await _runner.RunAsync()).DigestsRecorded);
        _time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, (await _runner.RunAsync()).Delivered);
        Assert.Equal(2, _transport.Sent.Count);
        Assert.DoesNotContain("Carney", _transport.Sent[1].Message.Html);
    }

    [Fact]
    public async Task High_priority_alerts_go_out_at_once_to_digest_subscribers()
    {
        await _stores.UpsertAsync(EmailSamples.Daily);
        await DeliverAsync(EmailSamples.DayOfNews);
        var sent = Assert.Single(_transport.Sent);
        Assert.StartsWith("Tariff change: China imposes 75.8%", sent.Message.Subject);
    }

    [Fact]
    public async Task Nothing_is_lost_while_the_transport_is_down_for_hours_and_nothing_is_sent_twice()
    {
        await _stores.UpsertAsync(EmailSamples.Daily with { Topics = ["summits"] });
        await DeliverAsync(EmailSamples.DayOfNews.Where(a => a.Topics.Contains("summits")));
        _time.SetUtcNow(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
        _transport.FailWith = new DeliveryException("SendGrid answered 503", permanent: false);

        var run = await _runner.RunAsync();
        Assert.Equal((1, 0, 1), (run.DigestsRecorded, run.Delivered, run.Failed));
        for (var hour = 0; hour < 6; hour++)
        {
            _time.Advance(TimeSpan.FromHours(1));
            await _dispatcher.SweepAsync();
            await _runner.RunAsync(); // the timer keeps firing: it records nothing new
        }
        var row = Assert.Single(_stores.AllDeliveries, d => d.AlertId.StartsWith("digest-", StringComparison.Ordinal));
        Assert.Equal(DeliveryStatus.Failed, row.Status); // still pending retry, not dropped
        Assert.Empty(_transport.Sent);

        _transport.FailWith = null;
        _time.Advance(TimeSpan.FromDays(1));
        await _dispatcher.SweepAsync();
        Assert.Single(_transport.Sent);
        Assert.Equal(DeliveryStatus.Delivered, _stores.AllDeliveries.Single(d => d.Id == row.Id).Status);
        await _dispatcher.SweepAsync();
        await _runner.RunAsync();
        Assert.Single(_transport.Sent);
    }

    [Fact]
    public async Task A_large_digest_is_split_into_parts_each_delivered_once()
    {
        await _stores.UpsertAsync(EmailSamples.Daily with { Topics = [] });
        var many = Enumerable.Range(0, 7).Select(i => EmailSamples.Alert($"s-{i}", AlertKinds.NewStory, $"Story number {i}", "Wire", "summits", i)).ToList();
        await DeliverAsync(many);
        _time.SetUtcNow(new DateTimeOffset(2026, 11, 28, 12, 5, 0, TimeSpan.Zero));
        await _runner.RunAsync();
        await _runner.RunAsync();
        Assert.Equal(3, _transport.Sent.Count); // 3 + 3 + 1 with MaxAlertsPerEmail = 3
        Assert.Equal(["part 1 of 3", "part 2 of 3", "part 3 of 3"], _transport.Sent.Select(s => s.Message.Subject[^12..^1]));
        Assert.Equal(7, _transport.Sent.Sum(s => int.Parse(s.Message.CustomArgs["stories"], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(3, _transport.Sent.Select(s => s.DeliveryId).Distinct().Count());
    }

    [Fact]
    public async Task A_burst_becomes_one_summary_after_the_window()
    {
        await _stores.UpsertAsync(EmailSamples.Instant with { BurstLimit = 2, BurstMinutes = 10 });
        var burst = Enumerable.Range(0, 5).Select(i => EmailSamples.Alert($"b-{i}", AlertKinds.NewStory, $"Burst story {i}", "Wire", "tariffs", i)).ToList();
        _time.SetUtcNow(new DateTimeOffset(2026, 11, 28, 10, 1, 0, TimeSpan.Zero));
        await DeliverAsync(burst);
        Assert.Equal(2, _transport.Sent.Count); // two at once, then held
        Assert.Equal(0, (await _runner.RunAsync()).DigestsRecorded); // held ones are not due before the window's end

        _time.SetUtcNow(new DateTimeOffset(2026, 11, 28, 10, 10, 0, TimeSpan.Zero));
        await _runner.RunAsync();
        Assert.Equal(3, _transport.Sent.Count);
        Assert.Contains("3 more stories in a busy spell", _transport.Sent[2].Message.Html);
        Assert.Equal(["watcher", "digest", "burst"], _transport.Sent[2].Message.Categories);
    }

    [Fact]
    public async Task Alerts_held_in_quiet_hours_follow_as_one_summary_when_they_end()
    {
        await _stores.UpsertAsync(EmailSamples.Instant with { TimeZone = "America/Toronto", QuietFrom = 22, QuietTo = 7 });
        _time.SetUtcNow(new DateTimeOffset(2026, 11, 28, 5, 0, 0, TimeSpan.Zero)); // 00:00 in Toronto
        await DeliverAsync(EmailSamples.DayOfNews.Take(3));
        Assert.Empty(_transport.Sent);
        Assert.Equal(0, (await _runner.RunAsync()).DigestsRecorded);
        _time.SetUtcNow(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero)); // 07:00
        await _runner.RunAsync();
        var summary = Assert.Single(_transport.Sent);
        Assert.Contains("While you were away", summary.Message.Subject);
    }

    [Fact]
    public async Task An_unsubscribed_subscriber_gets_no_digest()
    {
        await _stores.UpsertAsync(EmailSamples.Daily with { Topics = ["summits"] });
        await DeliverAsync(EmailSamples.DayOfNews.Where(a => a.Topics.Contains("summits")));
        await _stores.UpsertAsync(EmailSamples.Daily with { Topics = ["summits"], Enabled = false });
        _time.SetUtcNow(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
        Assert.Equal(0, (await _runner.RunAsync()).Subscribers);
        Assert.Empty(_transport.Sent);
    }

    public sealed class RecordingTransport : IEmailTransport
    {
        public List<(EmailMessage Message, string DeliveryId)> Sent { get; } = [];
        public Exception? FailWith { get; set; }
        public string Name => "recording";

        public Task SendAsync(EmailMessage message, string deliveryId, CancellationToken ct = default)
        {
            if (FailWith is not null) throw FailWith;
            Sent.Add((message, deliveryId));
            return Task.CompletedTask;
        }
    }
}
