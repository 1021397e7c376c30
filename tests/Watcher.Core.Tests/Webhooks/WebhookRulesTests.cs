using System.Net;
using System.Net.Http.Headers;
using Watcher.Core.Channels.Webhooks;
using Watcher.Core.Net;
using Watcher.Core.State;

namespace Watcher.Core.Tests.Webhooks;

/// <summary>The pure rules behind webhook delivery: which addresses are public, Retry-After, secrets and rotation.</summary>
public sealed class WebhookRulesTests
{
    [Theory]
    [InlineData("93.184.216.34", true)]
    [InlineData("8.8.8.8", true)]
    [InlineData("2606:4700::1111", true)]
    [InlineData("127.0.0.1", false)]
    [InlineData("127.9.9.9", false)]
    [InlineData("10.0.0.1", false)]
    [InlineData("172.16.5.4", false)]
    [InlineData("172.32.0.1", true)]
    [InlineData("192.168.1.1", false)]
    [InlineData("169.254.169.254", false)]   // cloud metadata
    [InlineData("100.64.0.1", false)]        // carrier-grade NAT
    [InlineData("0.0.0.0", false)]
    [InlineData("224.0.0.1", false)]
    [InlineData("::1", false)]
    [InlineData("::", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("::ffff:127.0.0.1", false)]  // IPv4-mapped loopback
    [InlineData("::ffff:169.254.169.254", false)]
    [InlineData("::ffff:93.184.216.34", true)]
    public void Public_addresses(string address, bool isPublic) =>
        Assert.Equal(isPublic, AddressClassifier.IsPublic(IPAddress.Parse(address)));

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
}
