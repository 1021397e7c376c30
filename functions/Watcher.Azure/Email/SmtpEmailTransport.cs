using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Watcher.Core.Channels.Email;
using Watcher.Core.Channels.Outbox;
using Watcher.Core.Delivery;

namespace Watcher.Azure.Email;

public sealed class SmtpOptions
{
    public const string Section = "Watcher:Smtp";
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string? User { get; set; }
    public string? Password { get; set; }
    /// <summary>STARTTLS (or implicit TLS on port 465). Turn off only for a local test server.</summary>
    public bool UseTls { get; set; } = true;
    public string? From { get; set; }
    public string FromName { get; set; } = "Watcher";
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}

/// <summary>
/// SMTP through MailKit, for people who run their own mail server. 4xx replies and network errors are transient;
/// 5xx replies (bad mailbox, message refused) and failed logins are permanent. The Message-Id is derived from the
/// delivery id, so a receiving server can recognise a retried message.
/// </summary>
public sealed class SmtpEmailTransport(SmtpOptions options, EmailOptions email, TimeProvider time) : IEmailTransport
{
    public string Name => "smtp";

    public async Task SendAsync(EmailMessage message, string deliveryId, CancellationToken ct = default)
    {
        var from = new EmailOptions { From = options.From ?? email.From, FromName = options.FromName };
        var mime = EmailOutboxChannel.ToMime(message, from, time.GetUtcNow());
        mime.MessageId = $"{deliveryId}@watcher";
        using var client = new SmtpClient { Timeout = (int)options.Timeout.TotalMilliseconds };
        try
        {
            var security = !options.UseTls ? SecureSocketOptions.None : options.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
            await client.ConnectAsync(options.Host ?? throw new DeliveryException("Watcher:Smtp:Host is not set", permanent: true), options.Port, security, ct);
            if (!string.IsNullOrEmpty(options.User)) await client.AuthenticateAsync(options.User, options.Password ?? string.Empty, ct);
            await client.SendAsync(mime, ct);
            await client.DisconnectAsync(quit: true, ct);
        }
        catch (AuthenticationException ex)
        {
            throw new DeliveryException($"SMTP login as '{options.User}' failed on {options.Host}: check Watcher:Smtp:User and Watcher:Smtp:Password", permanent: true, inner: ex);
        }
        catch (SmtpCommandException ex)
        {
            var permanent = (int)ex.StatusCode >= 500;
            throw new DeliveryException($"SMTP server {options.Host} refused the message ({(int)ex.StatusCode} {ex.ErrorCode}): {ex.Message}", permanent, inner: ex);
        }
        catch (Exception ex) when (ex is SmtpProtocolException or SocketException or IOException or ServiceNotConnectedException or TimeoutException)
        {
            throw new DeliveryException($"SMTP server {options.Host}:{options.Port} unreachable: {ex.Message}", permanent: false, inner: ex);
        }
    }
}
