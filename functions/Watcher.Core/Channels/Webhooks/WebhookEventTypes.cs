using System.Text.Json.Nodes;
using Watcher.Core.Alerts;

namespace Watcher.Core.Channels.Webhooks;

/// <summary>The CloudEvents `type` of every event Watcher sends (README, "Webhooks").</summary>
public static class WebhookEventTypes
{
    public const string NewStory = AlertCloudEvent.TypePrefix + AlertKinds.NewStory;
    public const string UpdatedStory = AlertCloudEvent.TypePrefix + AlertKinds.UpdatedStory;
    public const string TariffChanged = AlertCloudEvent.TypePrefix + AlertKinds.TariffChanged;
    public const string EventAnnounced = AlertCloudEvent.TypePrefix + AlertKinds.EventAnnounced;
    public const string SourceBroken = AlertCloudEvent.TypePrefix + AlertKinds.SourceBroken;
    public const string SourceRecovered = AlertCloudEvent.TypePrefix + AlertKinds.SourceRecovered;
    /// <summary>Sent at registration and by POST /api/webhooks/{id}/ping.</summary>
    public const string Ping = AlertCloudEvent.TypePrefix + "ping";

    /// <summary>The verification ping: a CloudEvent like any other, so a receiver verifies it with the same code.</summary>
    public static string PingEvent(string pingId, string endpointId, DateTimeOffset now) => new JsonObject
    {
        ["specversion"] = "1.0",
        ["id"] = pingId,
        ["source"] = $"/watcher/webhooks/{Uri.EscapeDataString(endpointId)}",
        ["type"] = Ping,
        ["subject"] = endpointId,
        ["time"] = now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture),
        ["datacontenttype"] = "application/json",
        ["data"] = new JsonObject { ["endpoint"] = endpointId, ["message"] = "Watcher webhook verification: answer 2xx to accept deliveries." },
    }.ToJsonString();
}
