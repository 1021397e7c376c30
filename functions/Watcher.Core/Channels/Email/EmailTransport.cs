using Watcher.Core.Channels.Outbox;

namespace Watcher.Core.Channels.Email;

/// <summary>
/// Puts one finished e-mail on the wire (SendGrid, SMTP) or on disk (the outbox). Throws
/// <see cref="Delivery.DeliveryException"/> to say whether and when to try again.
/// </summary>
public interface IEmailTransport
{
    string Name { get; }
    Task SendAsync(EmailMessage message, string deliveryId, CancellationToken ct = default);
}

/// <summary>Writes each message as a complete MIME file, email/{delivery id}.eml (a retry overwrites, never duplicates).</summary>
public sealed class OutboxEmailTransport(OutboxOptions outbox, EmailOptions email, TimeProvider time) : IEmailTransport
{
    public string Name => "outbox";

    public Task SendAsync(EmailMessage message, string deliveryId, CancellationToken ct = default)
    {
        var mime = EmailOutboxChannel.ToMime(message, email, time.GetUtcNow());
        return OutboxFiles.WriteAsync(Path.Combine(outbox.Directory, "email"), deliveryId + ".eml", s => mime.WriteToAsync(s, ct), ct);
    }
}
