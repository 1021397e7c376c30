using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Watcher.Azure.Email;
using Watcher.Core;
using Watcher.Core.Channels.Email;
using Watcher.Core.Delivery;

namespace Watcher.Azure.Tests.Email;

/// <summary>The SendGrid transport against a local fake of the v3 Mail Send API, through the official client's Host option.</summary>
public sealed class SendGridTransportTests : IAsyncLifetime
{
    private FakeSendGrid _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeSendGrid.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    private SendGridEmailTransport Transport(string? host = null) => new(new HttpClient(), new SendGridOptions
    {
        ApiKey = FakeSendGrid.ApiKey, Host = host ?? _fake.Host, From = "alerts@watcher.example", Retries = 2, RetryDelay = TimeSpan.FromMilliseconds(5),
    }, TimeProvider.System, NullLogger<SendGridEmailTransport>.Instance);

    [Fact]
    public async Task An_accepted_message_has_the_documented_shape()
    {
        await Transport().SendAsync(EmailTestData.Message(), "d-test-1");
        Assert.Empty(_fake.Violations);
        var body = Assert.Single(_fake.Accepted);
        Assert.Equal("ben@example.com", body["personalizations"]![0]!["to"]![0]!["email"]!.GetValue<string>());
        Assert.Equal("alerts@watcher.example", body["from"]!["email"]!.GetValue<string>());
        Assert.Equal("Tariffs: Canada imposes 100% tariff on Chinese EVs", body["subject"]!.GetValue<string>());
        var content = body["content"]!.AsArray();
        Assert.Equal(["text/plain", "text/html"], content.Select(c => c!["type"]!.GetValue<string>()));
        Assert.Contains("<!DOCTYPE html>", content[1]!["value"]!.GetValue<string>());
        Assert.Equal(["watcher", "alert", "story.new"], body["categories"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal("d-test-1", body["custom_args"]!["delivery_id"]!.GetValue<string>());
        var headers = body["personalizations"]![0]!["headers"]!.AsObject(); // per recipient: each has its own links
        Assert.StartsWith("<https://watcher.example.org/api/unsubscribe?token=", headers["List-Unsubscribe"]!.GetValue<string>());
        Assert.Equal("List-Unsubscribe=One-Click", headers["List-Unsubscribe-Post"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_400_is_permanent_and_names_the_field()
    {
        // The fake's own shape check refuses the address, as SendGrid does.
        var ex = await Assert.ThrowsAsync<DeliveryException>(() => Transport().SendAsync(EmailTestData.Message(to: "not-an-address"), "d-1"));
        Assert.True(ex.Permanent);
        Assert.Contains("field 'personalizations.0.to.0.email': Does not contain a valid address.", ex.Message);
        Assert.Equal(1, _fake.Requests); // not retried
    }

    [Theory]
    [InlineData(401, "Unauthorized")]
    [InlineData(403, "Forbidden")]
    public async Task A_refused_key_is_permanent_names_the_setting_and_hides_the_key(int status, string reason)
    {
        _fake.Then(status, $$"""{"errors":[{"field":null,"message":"The provided authorization grant is invalid: {{FakeSendGrid.ApiKey}}"}]}""");
        var ex = await Assert.ThrowsAsync<DeliveryException>(() => Transport().SendAsync(EmailTestData.Message(), "d-1"));
        Assert.True(ex.Permanent);
        Assert.Contains($"{status} {reason}", ex.Message);
        Assert.Contains("Watcher:SendGrid:ApiKey", ex.Message);
        Assert.DoesNotContain(FakeSendGrid.ApiKey, ex.Message);
        Assert.DoesNotContain("test-key", ex.Message);
    }

    [Fact]
    public async Task A_429_waits_until_X_RateLimit_Reset_and_is_not_retried_in_the_call()
    {
        var reset = DateTimeOffset.UtcNow.AddSeconds(120).ToUnixTimeSeconds();
        _fake.Then(429, """{"errors":[{"field":null,"message":"too many requests"}]}""", new Dictionary<string, string> { ["X-RateLimit-Reset"] = reset.ToString() });
        var ex = await Assert.ThrowsAsync<DeliveryException>(() => Transport().SendAsync(EmailTestData.Message(), "d-1"));
        Assert.False(ex.Permanent);
        Assert.InRange(ex.RetryAfter!.Value.TotalSeconds, 115, 121);
        Assert.Contains("too many requests", ex.Message);
        Assert.Equal(1, _fake.Requests);
    }

    [Fact]
    public async Task A_5xx_is_retried_with_backoff_then_left_to_the_ledger()
    {
        _fake.Then(500);
        _fake.Then(503);
        await Transport().SendAsync(EmailTestData.Message(), "d-1"); // third try succeeds
        Assert.Equal(3, _fake.Requests);
        Assert.Single(_fake.Accepted);

        _fake.Always = (500, """{"errors":[{"field":null,"message":"internal error"}]}""");
        var ex = await Assert.ThrowsAsync<DeliveryException>(() => Transport().SendAsync(EmailTestData.Message(), "d-2"));
        Assert.False(ex.Permanent);
        Assert.Null(ex.RetryAfter); // the ledger's back-off schedule decides
        Assert.Equal(6, _fake.Requests);
    }

    [Fact]
    public async Task An_unreachable_host_is_transient()
    {
        var ex = await Assert.ThrowsAsync<DeliveryException>(() => Transport($"http://127.0.0.1:{Cli.LocalHost.Azurite.FreePort()}").SendAsync(EmailTestData.Message(), "d-1"));
        Assert.False(ex.Permanent);
        Assert.Contains("unreachable", ex.Message);
    }

    [Theory]
    [InlineData("SG.key", "alerts@example.com", null, "sendgrid")]
    [InlineData("SG.key", null, "smtp.example.com", "smtp")]   // SendGrid needs a From too
    [InlineData(null, null, "smtp.example.com", "smtp")]
    [InlineData(null, null, null, "outbox")]
    public void The_transport_follows_configuration(string? key, string? from, string? smtpHost, string expected)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Watcher:SendGrid:ApiKey"] = key, ["Watcher:SendGrid:From"] = from, ["Watcher:Smtp:Host"] = smtpHost,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddWatcherCore(config).AddWatcherTableStorage(config).AddWatcherEmail(config).BuildServiceProvider();
        var email = Assert.IsType<EmailChannel>(Assert.Single(services.GetServices<IAlertChannel>(), c => c.Name == "email"));
        Assert.Equal(expected, email.Transport.Name);
    }
}
