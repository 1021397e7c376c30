using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace Watcher.Azure.Bot;

/// <summary>A Connector call that did not succeed. Permanent ones (403 blocked, 404 gone, 401 …) are not worth retrying.</summary>
public sealed class ConnectorException(string message, int status, bool permanent, TimeSpan? retryAfter = null) : Exception(message)
{
    public int Status { get; } = status;
    public bool Permanent { get; } = permanent;
    public TimeSpan? RetryAfter { get; } = retryAfter;
}

/// <summary>
/// The Bot Connector REST API (protocols.md §3): send, reply, create conversation. Checks the serviceUrl before
/// sending it a token; waits out Retry-After and backs off on 429/412/5xx; on 413 asks the caller for a smaller
/// activity.
/// </summary>
public sealed class ConnectorClient(HttpClient http, BotOptions options, EndpointPolicy policy, BotTokenProvider tokens, TimeProvider time, ILogger<ConnectorClient> logger)
{
    public const int MaxAttempts = 4;
    /// <summary>Longer waits than this are handed back to the caller (the delivery ledger retries later).</summary>
    public static readonly TimeSpan MaxInlineWait = TimeSpan.FromSeconds(10);

    /// <summary>POST /v3/conversations/{id}/activities[/{replyToId}]; returns the new activity id.</summary>
    public Task<string?> SendAsync(string serviceUrl, string conversationId, string? replyToId, JsonObject activity,
        Func<JsonObject, JsonObject?>? shrink = null, CancellationToken ct = default)
    {
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities" + (replyToId is null ? string.Empty : "/" + Uri.EscapeDataString(replyToId));
        return PostAsync(serviceUrl, path, activity, shrink, ct);
    }

    /// <summary>POST /v3/conversations: a 1:1 conversation with a user (for proactive messages); returns the conversation id.</summary>
    public async Task<string> CreateConversationAsync(string serviceUrl, string botId, string userId, string tenantId, CancellationToken ct = default)
    {
        var parameters = new JsonObject
        {
            ["bot"] = new JsonObject { ["id"] = botId },
            ["members"] = new JsonArray { new JsonObject { ["id"] = userId } },
            ["isGroup"] = false,
            ["tenantId"] = tenantId,
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
        };
        return await PostAsync(serviceUrl, "v3/conversations", parameters, null, ct)
            ?? throw new ConnectorException("create conversation returned no id", 200, permanent: false);
    }

    private async Task<string?> PostAsync(string serviceUrl, string path, JsonObject body, Func<JsonObject, JsonObject?>? shrink, CancellationToken ct)
    {
        var withToken = options.HasAppId;
        if (policy.CheckServiceUrl(serviceUrl, withToken) is { } refusal) throw new ConnectorException(refusal, 0, permanent: true);
        var uri = new Uri(new Uri(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/"), path);
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, uri)
            {
                Content = new StringContent(body.ToJsonString(Watcher.Core.Bot.Activity.Json), Encoding.UTF8, "application/json"),
            };
            if (withToken) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetTokenAsync(ct));
            using var response = await http.SendAsync(request, ct);
            var status = (int)response.StatusCode;
            var text = await response.Content.ReadAsStringAsync(ct);
            if (response.IsSuccessStatusCode) return Id(text);

            var code = ErrorCode(text);
            var operation = response.Headers.TryGetValues("X-Correlating-OperationId", out var ops) ? ops.FirstOrDefault() : null;
            logger.LogWarning("Connector answered {Status} {Code} (attempt {Attempt}, operation {Operation})", status, code, attempt, operation);
            if (response.StatusCode == HttpStatusCode.RequestEntityTooLarge)
            {
                body = shrink?.Invoke(body) ?? throw new ConnectorException($"message too big for Teams (413 {code}) and cannot be trimmed further", status, permanent: true);
                continue;
            }
            var transient = status is 429 or 412 or 500 or 502 or 503 or 504;
            if (!transient) throw new ConnectorException($"Connector answered {status} {code}", status, permanent: status is not 408);
            var wait = RetryAfter(response) ?? Backoff(attempt);
            if (attempt >= MaxAttempts || wait > MaxInlineWait)
                throw new ConnectorException($"Connector answered {status} {code} after {attempt} attempts", status, permanent: false, retryAfter: wait);
            await Task.Delay(wait, time, ct);
        }
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta;
        if (header?.Date is { } date) return date - time.GetUtcNow() is var d && d > TimeSpan.Zero ? d : TimeSpan.Zero;
        return null;
    }

    /// <summary>Exponential back-off with full jitter: up to 0.5 s, 1 s, 2 s, ….</summary>
    public static TimeSpan Backoff(int attempt) =>
        TimeSpan.FromMilliseconds(Random.Shared.Next(100, (int)(500 * Math.Pow(2, attempt - 1))));

    private static string? Id(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        try
        {
            using var doc = JsonDocument.Parse(text);
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("id", out var id) ? id.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string ErrorCode(string text)
    {
        try
        {
            using var doc = JsonDocument.Parse(text);
            return doc.RootElement.TryGetProperty("error", out var e) && e.TryGetProperty("code", out var c) ? c.GetString() ?? "?" : "?";
        }
        catch (JsonException)
        {
            return string.IsNullOrEmpty(text) ? "-" : "?";
        }
    }
}
