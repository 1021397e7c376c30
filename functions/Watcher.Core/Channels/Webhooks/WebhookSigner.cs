using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Watcher.Core.Alerts;

namespace Watcher.Core.Channels.Webhooks;

/// <summary>Standard Webhooks signing (v1, HMAC-SHA256 over "{id}.{timestamp}.{body}") and secrets.</summary>
public static class WebhookSigner
{
    public const string SecretPrefix = "whsec_";

    public static string NewSecret(int bytes = 32) => SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes));

    public static string Sign(string secret, string webhookId, long timestamp, string body)
    {
        var key = Convert.FromBase64String(secret.StartsWith(SecretPrefix, StringComparison.Ordinal) ? secret[SecretPrefix.Length..] : secret);
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{webhookId}.{timestamp}.{body}"));
        return "v1," + Convert.ToBase64String(mac);
    }

    /// <summary>The webhook-signature header: one v1 signature per secret still valid (rotation overlap), space-separated.</summary>
    public static string SignatureHeader(IEnumerable<string> secrets, string webhookId, long timestamp, string body) =>
        string.Join(' ', secrets.Select(s => Sign(s, webhookId, timestamp, body)));
}

/// <summary>CloudEvents 1.0 structured-mode JSON for alerts.</summary>
public static class AlertCloudEvent
{
    public const string ContentType = "application/cloudevents+json";
    public const string TypePrefix = "io.watcher.";

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(Alert alert)
    {
        var data = JsonNode.Parse(alert.ToJson())!;
        var evt = new JsonObject
        {
            ["specversion"] = "1.0",
            ["id"] = alert.Id,
            ["source"] = $"/watcher/sources/{Uri.EscapeDataString(alert.SourceId)}",
            ["type"] = TypePrefix + alert.Kind,
            ["subject"] = alert.StoryId ?? alert.SourceId,
            ["time"] = alert.Detected.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture),
            ["datacontenttype"] = "application/json",
            ["data"] = data,
        };
        return evt.ToJsonString(Json);
    }
}
