using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Watcher.Core.State;

namespace Watcher.Core.Channels.Webhooks;

/// <summary>What one POST to a receiver came to.</summary>
public sealed record WebhookAttempt(bool Ok, int? Status, string? Error, TimeSpan? RetryAfter = null)
{
    /// <summary>410: the receiver asks never to be called again.</summary>
    public bool Gone => Status == (int)HttpStatusCode.Gone;
}

/// <summary>
/// One signed POST (Standard Webhooks headers, CloudEvents structured body) to a receiver. Redirects are not
/// followed (the client is built without them), 2xx is success, anything else is a failure with a readable error.
/// </summary>
public sealed class WebhookSender(HttpClient http, WebhookOptions options, TimeProvider time)
{
    public const string HttpClientName = "watcher-webhooks";
    public const string UserAgent = "Watcher-Webhooks/1.0";

    public async Task<WebhookAttempt> SendAsync(WebhookEndpoint endpoint, string webhookId, string body, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var timestamp = now.ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url)
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue(AlertCloudEvent.ContentType)),
        };
        request.Headers.TryAddWithoutValidation("webhook-id", webhookId);
        request.Headers.TryAddWithoutValidation("webhook-timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.TryAddWithoutValidation("webhook-signature", WebhookSigner.SignatureHeader(endpoint.ActiveSecrets(now), webhookId, timestamp, body));
        request.Headers.UserAgent.ParseAdd(UserAgent);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Timeout);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode) return new WebhookAttempt(true, status, null);
            var error = status is >= 300 and < 400
                ? $"receiver answered {status} (redirect to {response.Headers.Location?.ToString() ?? "nowhere"}); redirects are not followed, register the final URL"
                : $"receiver answered {status} {response.ReasonPhrase}";
            var retryAfter = status is 429 or 503 ? RetryAfter(response.Headers.RetryAfter, now) : null;
            return new WebhookAttempt(false, status, error, retryAfter);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new WebhookAttempt(false, null, $"receiver did not answer within {options.Timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException ex)
        {
            return new WebhookAttempt(false, null, $"could not reach the receiver: {ex.Message}");
        }
    }

    /// <summary>Retry-After as seconds or an HTTP date, kept between 1 s and 24 h.</summary>
    public static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, DateTimeOffset now)
    {
        var wait = header?.Delta ?? (header?.Date is { } date ? date - now : null);
        return wait is null ? null : TimeSpan.FromTicks(Math.Clamp(wait.Value.Ticks, TimeSpan.TicksPerSecond, TimeSpan.TicksPerDay));
    }
}
