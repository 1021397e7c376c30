namespace Watcher.Core.Channels.Webhooks;

/// <summary>Watcher:Webhooks settings.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Watcher:Webhooks";
    /// <summary>How long one delivery may take before it counts as failed (Standard Webhooks: 15–30 s).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);
    /// <summary>After a rotation, how long the previous secret keeps being signed with as well.</summary>
    public TimeSpan RotationOverlap { get; set; } = TimeSpan.FromHours(24);
    /// <summary>An endpoint that has failed every delivery for this long is disabled and its owners told.</summary>
    public TimeSpan DisableAfter { get; set; } = TimeSpan.FromDays(3);
    /// <summary>How long a delivery worker may reuse an endpoint it read (another instance's changes show within this).</summary>
    public TimeSpan EndpointCacheTtl { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>Write signed requests to the outbox (webhooks/*.json) instead of sending them (`watcher demo`).</summary>
    public bool Outbox { get; set; }
    /// <summary>From Watcher:Net:AllowPrivateAddresses: http and loopback/private targets, local development only.</summary>
    public bool AllowPrivateAddresses { get; set; }
}
