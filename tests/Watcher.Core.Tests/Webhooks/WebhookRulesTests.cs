using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Watcher.Core.Alerts;
using Watcher.Core.Channels.Webhooks;
using Watcher.Core.State;

namespace Watcher.Core.Tests.Webhooks;

/// <summary>The pure rules behind webhook delivery: Retry-After, secrets and rotation.</summary>
public sealed class WebhookRulesTests
{
    [Theory]
    [InlineData("120", 120)]
    [InlineData("0", 1)]                     // at least a second
    [InlineData("999999", 86400)]            // at most a day
    [InlineData("Sat, 28 Nov 2026 20:10:00 GMT", 600)]
    public void Retry_after_is_seconds_or_a_date_kept_between_a_second_and_a_day(string header, int seconds)
    {
        var now = new DateTimeOffset(2026, 11, 28, 20, 0, 0, TimeSpan.Zero);
        Assert.Equal(TimeSpan.FromSeconds(seconds), WebhookSender.RetryAfter(RetryConditionHeaderValue.Parse(header), now));
    }

    [Fact]
    public void No_retry_after_means_the_schedule_decides() => Assert.Null(WebhookSender.RetryAfter(null, DateTimeOffset.UtcNow));

    [Fact]
    public void Secrets_are_whsec_and_24_to_64_random_bytes()
    {
        var a = WebhookSigner.NewSecret();
        Assert.StartsWith("whsec_", a);
        Assert.InRange(Convert.FromBase64String(a[6..]).Length, 24, 64);
        Assert.NotEqual(a, WebhookSigner.NewSecret());
    }

    [Fact]
    public void Both_secrets_sign_during_the_overlap_and_only_the_newest_after_it()
    {
        var now = DateTimeOffset.UtcNow;
        var endpoint = new WebhookEndpoint { Id = "wh-1", Url = "https://example.com/", Secrets = ["whsec_bmV3bmV3bmV3bmV3bmV3bmV3bmV3bmV3", "whsec_b2xkb2xkb2xkb2xkb2xkb2xkb2xkb2xk"], PreviousSecretsExpire = now.AddHours(1) };

        Assert.Equal(2, WebhookSigner.SignatureHeader(endpoint.ActiveSecrets(now), "d-1", 1, "{}").Split(' ').Length);
        Assert.Equal([endpoint.Secrets[0]], endpoint.ActiveSecrets(now.AddHours(2)));
    }

    [Fact]
    public void Every_event_type_is_io_watcher_dot_kind() =>
        Assert.Equal(
            ["io.watcher.story.new", "io.watcher.story.updated", "io.watcher.tariff.changed", "io.watcher.event.announced", "io.watcher.source.broken", "io.watcher.source.recovered", "io.watcher.ping"],
            [WebhookEventTypes.NewStory, WebhookEventTypes.UpdatedStory, WebhookEventTypes.TariffChanged, WebhookEventTypes.EventAnnounced, WebhookEventTypes.SourceBroken, WebhookEventTypes.SourceRecovered, WebhookEventTypes.Ping]);

    private static Alert Updated(int changes, int lineLength) => new()
    {
        Id = "a-1", Kind = AlertKinds.UpdatedStory, Title = "EU raises steel duties", SourceId = "wire", Summary = new string('s', 5000),
        Changes = Enumerable.Range(0, changes).Select(i => $"+ line {i} " + new string('x', lineLength)).ToList(),
    };

    [Fact]
    public void A_small_alert_is_sent_whole() =>
        Assert.Equal(AlertCloudEvent.Serialize(Updated(3, 20) with { Summary = "short" }), WebhookPayload.For(Updated(3, 20) with { Summary = "short" }));

    [Theory]
    [InlineData(2000, 200)]
    [InlineData(30, 5000)]
    [InlineData(0, 0)]
    public void An_oversized_alert_is_cut_below_20_KB_and_says_what_is_missing(int changes, int lineLength)
    {
        var body = WebhookPayload.For(Updated(changes, lineLength));

        Assert.True(Encoding.UTF8.GetByteCount(body) <= WebhookPayload.MaxBytes, $"{Encoding.UTF8.GetByteCount(body)} bytes");
        var data = JsonNode.Parse(body)!["data"]!;
        Assert.Equal("EU raises steel duties", data["title"]!.GetValue<string>());
        if (changes > 0) Assert.Matches("(more changed lines at the link|…)$", data["changes"]!.AsArray().Last()!.GetValue<string>());  // lines dropped, or each cut
    }
}
