using Microsoft.Extensions.Time.Testing;
using Watcher.Azure.Email;
using Watcher.Core.Channels.Email;
using Watcher.Core.Delivery;

namespace Watcher.Azure.Tests.Email;

/// <summary>The MailKit transport against a real SMTP server (maildev).</summary>
public sealed class SmtpTransportTests(MaildevFixture maildev) : IClassFixture<MaildevFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => maildev.ClearAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));

    private SmtpEmailTransport Transport(int? port = null) =>
        new(new SmtpOptions { Host = "127.0.0.1", Port = port ?? maildev.SmtpPort, UseTls = false, From = "alerts@watcher.example", Timeout = TimeSpan.FromSeconds(5) },
            new EmailOptions(), _time);

    [Fact]
    public async Task A_message_arrives_complete_with_both_parts_and_unsubscribe_headers()
    {
        await Transport().SendAsync(EmailTestData.Message(), "d-smtp-1");
        var message = Assert.Single(await maildev.MessagesAsync());
        Assert.Equal("Tariffs: Canada imposes 100% tariff on Chinese EVs", message.GetProperty("subject").GetString());
        // Long header values are folded onto continuation lines (RFC 5322 §2.2.3): unfold before reading them.
        var source = (await maildev.SourceAsync(message.GetProperty("id").GetString()!)).Replace("\r\n ", " ").Replace("\n ", " ");
        Assert.Contains("multipart/alternative", source);
        Assert.Contains("text/plain", source);
        Assert.Contains("text/html", source);
        Assert.Contains("Message-Id: <d-smtp-1@watcher>", source, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("List-Unsubscribe: <https://watcher.example.org/api/unsubscribe?token=", source);
        Assert.Contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click", source);
        Assert.Contains("To: Ben <ben@example.com>", source);
    }

    [Fact]
    public async Task A_server_that_is_not_there_is_a_transient_failure()
    {
        var ex = await Assert.ThrowsAsync<DeliveryException>(() => Transport(Cli.LocalHost.Azurite.FreePort()).SendAsync(EmailTestData.Message(), "d-2"));
        Assert.False(ex.Permanent);
        Assert.Contains("unreachable", ex.Message);
        Assert.Empty(await maildev.MessagesAsync());
    }

    [Fact]
    public async Task Messages_sent_one_after_another_share_one_connection()
    {
        await using var relay = new TcpRelay(maildev.SmtpPort);
        using var transport = Transport(relay.Port);
        for (var i = 0; i < 5; i++) await transport.SendAsync(EmailTestData.Message(), $"d-pool-{i}");
        Assert.Equal(1, relay.Connections);
        Assert.Equal(5, (await maildev.MessagesAsync()).Count);
    }

    [Fact]
    public async Task A_kept_connection_the_server_dropped_while_idle_is_replaced_and_the_message_still_goes()
    {
        await using var relay = new TcpRelay(maildev.SmtpPort);
        using var transport = Transport(relay.Port);
        await transport.SendAsync(EmailTestData.Message(), "d-idle-1");
        relay.CutAll(); // the server hung up on the idle connection
        _time.Advance(SmtpEmailTransport.IdleCheckAfter + TimeSpan.FromSeconds(1));

        await transport.SendAsync(EmailTestData.Message(), "d-idle-2"); // NOOP fails: a new connection, no error
        Assert.Equal(2, relay.Connections);
        Assert.Equal(2, (await maildev.MessagesAsync()).Count);
    }

    [Fact]
    public async Task Messages_sent_at_once_each_get_a_connection_and_all_arrive()
    {
        await using var relay = new TcpRelay(maildev.SmtpPort);
        using var transport = Transport(relay.Port);
        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => transport.SendAsync(EmailTestData.Message(), $"d-par-{i}")));
        Assert.InRange(relay.Connections, 1, 6);
        Assert.Equal(6, (await maildev.MessagesAsync()).Count);
    }
}
