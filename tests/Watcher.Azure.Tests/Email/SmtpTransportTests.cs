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

    private SmtpEmailTransport Transport(int? port = null) =>
        new(new SmtpOptions { Host = "127.0.0.1", Port = port ?? maildev.SmtpPort, UseTls = false, From = "alerts@watcher.example", Timeout = TimeSpan.FromSeconds(5) },
            new EmailOptions(), new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero)));

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
}
