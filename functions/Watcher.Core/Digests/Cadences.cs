using Watcher.Core.Alerts;
using Watcher.Core.State;

namespace Watcher.Core.Digests;

public static class Cadences
{
    public const string Instant = "instant";
    public const string Hourly = "hourly";
    public const string Daily = "daily";
    public const string Weekly = "weekly";
    public static readonly IReadOnlyList<string> All = [Instant, Hourly, Daily, Weekly];

    /// <summary>High-priority alerts: sent at once even to digest subscribers (unless they say otherwise).</summary>
    public static readonly IReadOnlyList<string> DefaultInstantKinds = [AlertKinds.TariffChanged];

    public const int DefaultSendHour = 8;
    public const int DefaultBurstMinutes = 10;

    public static string Of(Subscription s) => s.Cadence is { Length: > 0 } c ? c.ToLowerInvariant() : Instant;

    public static bool IsDigest(Subscription s) => Of(s) is not Instant;
}
