using System.Collections.Concurrent;
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
/// delivery id, so a receiving server can recognise a retried message. Connections are kept open and reused (one per
/// message sent at the same time, at most <see cref="MaxIdleConnections"/> kept): a cycle's alerts do not each pay a
/// TCP, TLS and login handshake; a connection idle for longer than <see cref="IdleCheckAfter"/> is checked with NOOP first.
/// </summary>
public sealed class SmtpEmailTransport(SmtpOptions options, EmailOptions email, TimeProvider time) : IEmailTransport, IDisposable
{
    internal const int MaxIdleConnections = 8;
    internal static readonly TimeSpan IdleCheckAfter = TimeSpan.FromSeconds(15);

    private readonly ConcurrentBag<(SmtpClient Client, long LastUsed)> _idle = [];

    public string Name => "smtp";

    public async Task SendAsync(EmailMessage message, string deliveryId, CancellationToken ct = default)
    {
        var from = new EmailOptions { From = options.From ?? email.From, FromName = options.FromName };
        var mime = EmailOutboxChannel.ToMime(message, from, time.GetUtcNow());
        mime.MessageId = $"{deliveryId}@watcher";
        SmtpClient? client = null;
        try
        {
            client = await RentAsync(ct);
            await client.SendAsync(mime, ct);
            Return(client);
            client = null;
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
        finally
        {
            client?.Dispose(); // a connection that failed (or was refused a message mid-way) is not reused
        }
    }

    /// <summary>An open connection from the pool (checked with NOOP when it has been idle a while), or a new one.</summary>
    private async Task<SmtpClient> RentAsync(CancellationToken ct)
    {
        while (_idle.TryTake(out var pooled))
        {
            if (!pooled.Client.IsConnected)
            {
                pooled.Client.Dispose();
                continue;
            }
            if (time.GetElapsedTime(pooled.LastUsed) < IdleCheckAfter) return pooled.Client;
            try
            {
                await pooled.Client.NoOpAsync(ct);
                return pooled.Client;
            }
            catch (Exception ex) when (ex is SmtpCommandException or SmtpProtocolException or IOException or ServiceNotConnectedException or SocketException)
            {
                pooled.Client.Dispose(); // the server closed it meanwhile
            }
        }
        var client = new SmtpClient { Timeout = (int)options.Timeout.TotalMilliseconds };
        try
        {
            var security = !options.UseTls ? SecureSocketOptions.None : options.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
            await client.ConnectAsync(options.Host ?? throw new DeliveryException("Watcher:Smtp:Host is not set", permanent: true), options.Port, security, ct);
            if (!string.IsNullOrEmpty(options.User)) await client.AuthenticateAsync(options.User, options.Password ?? string.Empty, ct);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private void Return(SmtpClient client)
    {
        if (_idle.Count < MaxIdleConnections) _idle.Add((client, time.GetTimestamp()));
        else Quit(client);
    }

    private static void Quit(SmtpClient client)
    {
        try
        {
            if (client.IsConnected) client.Disconnect(quit: true);
        }
        catch (Exception ex) when (ex is IOException or SocketException or SmtpProtocolException or ServiceNotConnectedException)
        {
            // Already gone.
        }
        client.Dispose();
    }

    /// <summary>Says QUIT on every kept connection (the host is stopping).</summary>
    public void Dispose()
    {
        while (_idle.TryTake(out var pooled)) Quit(pooled.Client);
    }
}
