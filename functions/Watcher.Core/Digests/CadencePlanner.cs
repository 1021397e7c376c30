using Watcher.Core.Alerts;
using Watcher.Core.State;

namespace Watcher.Core.Digests;

/// <summary>Why an alert waits for a digest instead of going out at once.</summary>
public enum HoldReason { None, Digest, Quiet, Burst }

/// <summary>
/// The cadence rules, as pure functions of (subscription, alert, now): whether an alert goes out at once or waits,
/// and when a subscriber's waiting alerts are due. Local times use the subscriber's IANA zone.
/// </summary>
public static class CadencePlanner
{
    public static TimeZoneInfo Zone(Subscription s) =>
        s.TimeZone is { Length: > 0 } id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    public static bool IsHighPriority(Subscription s, Alert alert) => (s.InstantKinds ?? Cadences.DefaultInstantKinds).Contains(alert.Kind);

    public static bool InQuietHours(Subscription s, DateTimeOffset now)
    {
        if (s.QuietFrom is not { } from || s.QuietTo is not { } to || from == to) return false;
        var hour = TimeZoneInfo.ConvertTime(now, Zone(s)).Hour;
        return from < to ? hour >= from && hour < to : hour >= from || hour < to;
    }

    /// <param name="recentInstantSends">Instant e-mails sent to this subscriber within its burst window.</param>
    public static HoldReason Route(Subscription s, Alert alert, DateTimeOffset now, int recentInstantSends)
    {
        if (Cadences.IsDigest(s) && !IsHighPriority(s, alert)) return HoldReason.Digest;
        if (InQuietHours(s, now)) return HoldReason.Quiet;
        if (s.BurstLimit is { } limit && recentInstantSends >= limit) return HoldReason.Burst;
        return HoldReason.None;
    }

    public static TimeSpan BurstWindow(Subscription s) => TimeSpan.FromMinutes(Math.Clamp(s.BurstMinutes ?? Cadences.DefaultBurstMinutes, 1, 24 * 60));

    /// <summary>
    /// The instant at which the subscriber's waiting alerts (those added before it) are due, or null when nothing may
    /// go out now. It is the latest scheduled time at or before <paramref name="now"/>, so two timer fires in one
    /// period agree on it (it names the digest). Instant subscribers flush held alerts on burst-window boundaries
    /// outside quiet hours.
    /// </summary>
    public static DateTimeOffset? FlushDue(Subscription s, DateTimeOffset now)
    {
        var zone = Zone(s);
        var local = TimeZoneInfo.ConvertTime(now, zone).DateTime;
        var hour = Math.Clamp(s.SendHour ?? Cadences.DefaultSendHour, 0, 23);
        switch (Cadences.Of(s))
        {
            case Cadences.Hourly:
                return ToUtc(new DateTime(local.Year, local.Month, local.Day, local.Hour, 0, 0), zone);
            case Cadences.Daily:
            {
                var today = ToUtc(local.Date.AddHours(hour), zone);
                return today <= now ? today : ToUtc(local.Date.AddDays(-1).AddHours(hour), zone);
            }
            case Cadences.Weekly:
            {
                var day = s.SendDay ?? DayOfWeek.Monday;
                var back = ((int)local.DayOfWeek - (int)day + 7) % 7;
                var candidate = ToUtc(local.Date.AddDays(-back).AddHours(hour), zone);
                return candidate <= now ? candidate : ToUtc(local.Date.AddDays(-back - 7).AddHours(hour), zone);
            }
            default:
                if (InQuietHours(s, now)) return null;
                var window = BurstWindow(s).Ticks;
                return new DateTimeOffset(now.UtcTicks - now.UtcTicks % window, TimeSpan.Zero);
        }
    }

    /// <summary>A local wall-clock time in UTC; a time skipped by a DST jump moves an hour later.</summary>
    private static DateTimeOffset ToUtc(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified)) unspecified = unspecified.AddHours(1);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(unspecified, zone), TimeSpan.Zero);
    }

    /// <summary>"Daily digest, Sat 28 Nov" — the period a digest covers, in the subscriber's words.</summary>
    public static string Label(Subscription s, HoldReason reason, DateTimeOffset due)
    {
        var local = TimeZoneInfo.ConvertTime(due, Zone(s));
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        return reason switch
        {
            HoldReason.Quiet => "While you were away",
            HoldReason.Burst => "More alerts",
            _ => Cadences.Of(s) switch
            {
                Cadences.Hourly => "Hourly digest, " + local.ToString("ddd d MMM HH:mm", culture),
                Cadences.Weekly => "Weekly digest, week of " + local.AddDays(-7).ToString("d MMM", culture),
                Cadences.Daily => "Daily digest, " + local.ToString("ddd d MMM", culture),
                _ => "Alerts",
            },
        };
    }
}
