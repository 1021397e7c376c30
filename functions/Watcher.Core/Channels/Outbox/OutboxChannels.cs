using System.Text.Json;
using System.Text.Json.Nodes;
using MimeKit;
using Watcher.Core.Alerts;
using Watcher.Core.Channels.Email;
using Watcher.Core.Channels.Teams;
using Watcher.Core.Channels.Webhooks;
using Watcher.Core.Delivery;
using Watcher.Core.Digests;
using Watcher.Core.State;

namespace Watcher.Core.Channels.Outbox;

/// <summary>
/// Local sinks for `watcher demo` and development: each writes exactly what the real channel would send, as a file
/// named after the delivery id (so a retried delivery overwrites, never duplicates).
/// </summary>
public sealed class OutboxOptions
{
    public const string Section = "Watcher:Outbox";
    public string Directory { get; set; } = Path.Combine(".watcher", "outbox");
}

internal static class OutboxFiles
{
    public static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync(string directory, string name, Func<Stream, Task> write, CancellationToken ct)
    {
        System.IO.Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        var temp = path + ".tmp";
        await using (var file = File.Create(temp)) await write(file);
        File.Move(temp, path, overwrite: true);
    }
}

/// <summary>Writes complete MIME messages (multipart/alternative, text and HTML) to email/*.eml.</summary>
public sealed class EmailOutboxChannel(OutboxOptions outbox, EmailOptions email, TimeProvider time) : IAlertChannel
{
    public string Name => ChannelNames.Email;

    public Task SendAsync(Alert alert, Subscription subscription, string deliveryId, CancellationToken ct = default)
    {
        var message = ToMime(EmailComposer.InstantAlert(alert, subscription, deliveryId), email, time.GetUtcNow());
        return OutboxFiles.WriteAsync(Path.Combine(outbox.Directory, "email"), deliveryId + ".eml", s => message.WriteToAsync(s, ct), ct);
    }

    public static MimeMessage ToMime(EmailMessage e, EmailOptions options, DateTimeOffset date)
    {
        var message = new MimeMessage { Subject = e.Subject, Date = date };
        message.From.Add(new MailboxAddress(options.FromName, options.From));
        message.To.Add(new MailboxAddress(e.ToName ?? string.Empty, e.To));
        foreach (var (name, value) in e.Headers) message.Headers.Add(name, value);
        message.Body = new BodyBuilder { TextBody = e.Text, HtmlBody = e.Html }.ToMessageBody();
        // A file is read by anything (mail clients, Python's email package): 7-bit clean, bodies quoted-printable where
        // needed, rather than raw UTF-8 under the default "7bit" transfer encoding. (MailKit's SMTP client prepares for
        // the server's own capabilities itself.)
        message.Prepare(EncodingConstraint.SevenBit);
        return message;
    }
}

/// <summary>
/// Writes the exact Bot Connector request (method, URL, body) to teams/*.json. Like the real channel it holds alerts
/// for a digest (or quiet hours, a burst) in the digest queue and writes a digest as one card.
/// </summary>
public sealed class TeamsOutboxChannel(OutboxOptions outbox, IDigestQueue queue, TimeProvider time) : IAlertChannel
{
    private readonly DigestHold _hold = new(queue, time);

    public string Name => ChannelNames.Teams;

    public async Task SendAsync(Alert alert, Subscription subscription, string deliveryId, CancellationToken ct = default)
    {
        JsonObject body;
        IReadOnlyList<DigestEntry> digested = [];
        if (alert.Kind == DigestDescriptor.Kind)
        {
            var digest = DigestDescriptor.FromAlert(alert);
            var (entries, alerts) = await _hold.EntriesAsync(digest, subscription, ct);
            if (alerts.Count == 0) return;
            body = DigestCard.Activity(DigestCardRequest.For(subscription, digest, alerts, TeamsDigests.MoreHint));
            digested = entries;
        }
        else if (await _hold.TryHoldAsync(alert, subscription, deliveryId, ct)) return;
        else body = AlertCard.Activity(alert);

        var request = new JsonObject
        {
            ["method"] = "POST",
            ["url"] = $"https://smba.trafficmanager.net/teams/v3/conversations/{Uri.EscapeDataString(subscription.Target)}/activities",
            ["headers"] = new JsonObject { ["Content-Type"] = "application/json" },
            ["body"] = body,
        };
        await OutboxFiles.WriteAsync(Path.Combine(outbox.Directory, "teams"), deliveryId + ".json",
            s => JsonSerializer.SerializeAsync(s, request, OutboxFiles.Indented, ct), ct);
        if (alert.Kind == DigestDescriptor.Kind) await _hold.MarkDigestedAsync(digested, deliveryId, ct);
        else await _hold.SentAsync(subscription, deliveryId, ct);
    }
}

/// <summary>Writes the exact signed webhook request (Standard Webhooks headers, CloudEvents body) to webhooks/*.json.</summary>
public sealed class WebhookOutboxChannel(OutboxOptions outbox, IWebhookEndpointStore endpoints, TimeProvider time) : IAlertChannel
{
    public string Name => ChannelNames.Webhook;

    public async Task SendAsync(Alert alert, Subscription subscription, string deliveryId, CancellationToken ct = default)
    {
        var endpoint = await endpoints.GetAsync(subscription.Target, ct)
            ?? throw new DeliveryException($"webhook endpoint '{subscription.Target}' does not exist", permanent: true);
        var now = time.GetUtcNow();
        var timestamp = now.ToUnixTimeSeconds();
        var body = AlertCloudEvent.Serialize(alert);
        var request = new JsonObject
        {
            ["method"] = "POST",
            ["url"] = endpoint.Url,
            ["headers"] = new JsonObject
            {
                ["content-type"] = AlertCloudEvent.ContentType,
                ["webhook-id"] = deliveryId,
                ["webhook-timestamp"] = timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["webhook-signature"] = WebhookSigner.SignatureHeader(endpoint.ActiveSecrets(now), deliveryId, timestamp, body),
            },
            ["body"] = body,
        };
        await OutboxFiles.WriteAsync(Path.Combine(outbox.Directory, "webhooks"), deliveryId + ".json",
            s => JsonSerializer.SerializeAsync(s, request, OutboxFiles.Indented, ct), ct);
    }
}
