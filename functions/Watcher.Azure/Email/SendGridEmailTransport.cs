using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using SendGrid;
using SendGrid.Helpers.Mail;
using Watcher.Core.Channels.Email;
using Watcher.Core.Delivery;

namespace Watcher.Azure.Email;

public sealed class SendGridOptions
{
    public const string Section = "Watcher:SendGrid";
    public string? ApiKey { get; set; }
    /// <summary>The API host; a local fake in tests (the client posts to {Host}/v3/mail/send).</summary>
    public string Host { get; set; } = "https://api.sendgrid.com";
    public string? From { get; set; }
    public string FromName { get; set; } = "Watcher";
    /// <summary>In-call retries of a 5xx answer or a network error before the ledger takes over.</summary>
    public int Retries { get; set; } = 2;
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);
    public bool SandboxMode { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ApiKey) && !string.IsNullOrWhiteSpace(From);
}

/// <summary>
/// SendGrid v3 Mail Send through the official client. Our own HttpClient is passed in, so the client adds no retry
/// handler of its own: 5xx and network errors are retried here with back-off and then left to the ledger (transient);
/// 429 waits for X-RateLimit-Reset; 400 names the field SendGrid objected to; 401/403 are permanent and name the
/// setting to fix, never the key.
/// </summary>
public sealed class SendGridEmailTransport(HttpClient http, SendGridOptions options, TimeProvider time, ILogger<SendGridEmailTransport> logger) : IEmailTransport
{
    /// <summary>SendGrid's limit on a whole message is 30 MB; stay well below it.</summary>
    public const int MaxMessageBytes = 29_000_000;

    private readonly SendGridClient _client = new(http, new SendGridClientOptions { ApiKey = options.ApiKey, Host = options.Host, HttpErrorAsException = false });

    public string Name => "sendgrid";

    public async Task SendAsync(EmailMessage message, string deliveryId, CancellationToken ct = default)
    {
        var mail = ToSendGrid(message, options);
        var size = (message.Html.Length + message.Text.Length) * 2L;
        if (size > MaxMessageBytes)
            throw new DeliveryException($"e-mail {deliveryId} is {size / 1_000_000} MB, over SendGrid's 30 MB limit; it was not sent", permanent: true);

        for (var attempt = 0; ; attempt++)
        {
            Response response;
            try
            {
                response = await _client.SendEmailAsync(mail, ct);
            }
            catch (HttpRequestException ex) when (attempt < options.Retries)
            {
                logger.LogWarning("SendGrid unreachable for {DeliveryId} ({Error}); retrying", deliveryId, ex.Message);
                await Task.Delay(Backoff(attempt), time, ct);
                continue;
            }
            catch (HttpRequestException ex)
            {
                throw new DeliveryException($"SendGrid unreachable: {ex.Message}", permanent: false, inner: ex);
            }

            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode) return;
            if (status >= 500 && attempt < options.Retries)
            {
                logger.LogWarning("SendGrid answered {Status} for {DeliveryId}; retrying", status, deliveryId);
                await Task.Delay(Backoff(attempt), time, ct);
                continue;
            }
            throw await ErrorAsync(response, status);
        }
    }

    private TimeSpan Backoff(int attempt) => options.RetryDelay * Math.Pow(2, attempt);

    private async Task<DeliveryException> ErrorAsync(Response response, int status)
    {
        var errors = Redact(await ErrorsAsync(response));
        return status switch
        {
            429 => new DeliveryException($"SendGrid rate limit reached (429){errors}", permanent: false, retryAfter: RetryAfter(response)),
            >= 500 => new DeliveryException($"SendGrid answered {status}{errors}", permanent: false),
            401 or 403 => new DeliveryException(
                $"SendGrid refused the API key ({status} {response.StatusCode}): check Watcher:SendGrid:ApiKey and that the key may send mail{errors}", permanent: true),
            413 => new DeliveryException("SendGrid refused the message as too large (413)", permanent: true),
            _ => new DeliveryException($"SendGrid rejected the message ({status}){errors}", permanent: true),
        };
    }

    /// <summary>X-RateLimit-Reset is the epoch second the limit resets; wait until then (at least a second, at most an hour).</summary>
    private TimeSpan RetryAfter(Response response)
    {
        var wait = TimeSpan.FromSeconds(60);
        if (response.Headers?.TryGetValues("X-RateLimit-Reset", out var values) == true && long.TryParse(values.FirstOrDefault(), out var reset))
            wait = DateTimeOffset.FromUnixTimeSeconds(reset) - time.GetUtcNow();
        else if (response.Headers?.RetryAfter?.Delta is { } delta)
            wait = delta;
        return wait < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : wait > TimeSpan.FromHours(1) ? TimeSpan.FromHours(1) : wait;
    }

    /// <summary>": field 'x': message; …" from SendGrid's {"errors":[{"field","message"}]} body, or "" when it has none.</summary>
    private static async Task<string> ErrorsAsync(Response response)
    {
        if (response.Body is null) return string.Empty;
        var body = await response.Body.ReadAsStringAsync();
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (!doc.RootElement.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array) return string.Empty;
            var parts = errors.EnumerateArray().Take(5).Select(e =>
            {
                var field = e.TryGetProperty("field", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
                var msg = e.TryGetProperty("message", out var m) ? m.ToString() : "error";
                return field is null ? msg : $"field '{field}': {msg}";
            });
            return ": " + string.Join("; ", parts);
        }
        catch (JsonException)
        {
            return string.Empty;
        }
    }

    private string Redact(string text) =>
        string.IsNullOrEmpty(options.ApiKey) ? text : text.Replace(options.ApiKey, "[api key]", StringComparison.Ordinal);

    /// <summary>One personalization (one recipient) per message: every subscriber's links are their own.</summary>
    public static SendGridMessage ToSendGrid(EmailMessage message, SendGridOptions options)
    {
        var mail = new SendGridMessage
        {
            From = new EmailAddress(options.From, options.FromName),
            Subject = message.Subject,
            PlainTextContent = message.Text,
            HtmlContent = message.Html,
        };
        mail.AddTo(new EmailAddress(message.To, message.ToName));
        if (message.Headers.Count > 0) mail.AddHeaders(message.Headers.ToDictionary());
        if (message.Categories.Count > 0) mail.AddCategories(message.Categories.Distinct().Take(10).ToList());
        foreach (var (k, v) in message.CustomArgs) mail.AddGlobalCustomArg(k, v);
        if (options.SandboxMode) mail.SetSandBoxMode(true);
        return mail;
    }
}
