using MimeKit;
using Watcher.Core.Alerts;
using Watcher.Core.Channels.Email;
using Watcher.Core.Channels.Outbox;

namespace Watcher.Core.Tests.Email;

/// <summary>The .eml files the outbox writes are complete messages any reader can open.</summary>
public class OutboxEmailTests
{
    [Fact]
    public async Task An_outbox_eml_is_7_bit_clean_and_decodes_to_the_composed_text()
    {
        var dir = Directory.CreateTempSubdirectory("watcher-eml-").FullName;
        try
        {
            var alert = EmailSamples.DayOfNews[0] with { Kind = AlertKinds.UpdatedStory, Changes = ["+ Tariff changed: 76% → 100% · in force"] };
            var channel = new EmailOutboxChannel(new OutboxOptions { Directory = dir }, new EmailOptions(), TimeProvider.System);

            await channel.SendAsync(alert, EmailSamples.Instant, "d-1");

            var bytes = await File.ReadAllBytesAsync(Path.Combine(dir, "email", "d-1.eml"));
            Assert.All(bytes, b => Assert.True(b < 128, "8-bit byte in a message without an 8-bit transfer encoding"));
            var message = await MimeMessage.LoadAsync(new MemoryStream(bytes));
            Assert.Contains("76% → 100% · in force", message.TextBody);
            Assert.Contains("76% → 100%", message.HtmlBody);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
