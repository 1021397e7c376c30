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

    public static string Of(Subscription s) =>
        s.Cadence is { Length: > 0 } c ? c.ToLowerInvariant() : Setting.Parse(s.Digest) is { } d ? d.Cadence : Instant;

    public static int Hour(Subscription s) => Math.Clamp(s.SendHour ?? Setting.Parse(s.Digest)?.Hour ?? DefaultSendHour, 0, 23);

    public static int Minute(Subscription s) => s.SendHour is null ? Setting.Parse(s.Digest)?.Minute ?? 0 : 0;

    public static string? ZoneId(Subscription s) => s.TimeZone ?? Setting.Parse(s.Digest)?.Zone;

    public static bool WeekdaysOnly(Subscription s) => s.Cadence is null && Setting.Parse(s.Digest)?.Weekdays == true;

    /// <summary>
    /// The bot's digest preference ("daily 08:00 America/Toronto", "weekdays 07:30 UTC", "weekly 09:00 Europe/Berlin",
    /// canonicalised by Bot.DigestPreference), read when the explicit properties are not set.
    /// </summary>
    public sealed record Setting(string Cadence, int Hour, int Minute, string Zone, bool Weekdays)
    {
        public static Setting? Parse(string? digest)
        {
            var parts = digest?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts is not { Length: 3 } || parts[1].Split(':') is not [var h, var m]
                || !int.TryParse(h, out var hour) || !int.TryParse(m, out var minute)) return null;
            var cadence = parts[0].ToLowerInvariant() switch { "weekly" => Weekly, "hourly" => Hourly, _ => Daily };
            return new Setting(cadence, hour, minute, parts[2], parts[0].Equals("weekdays", StringComparison.OrdinalIgnoreCase));
        }
    }

    public static bool IsDigest(Subscription s) => Of(s) is not Instant;
}
