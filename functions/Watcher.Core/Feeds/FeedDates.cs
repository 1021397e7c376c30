using System.Globalization;
using System.Text.RegularExpressions;

namespace Watcher.Core.Feeds;

/// <summary>
/// The date formats feeds use, normalised to UTC: RFC 822/1123 and their common typos (no day name, a wrong day name,
/// two-digit years, no seconds, named or military zones, "+05:00" offsets, full month names, missing comma), ISO 8601
/// and W3CDTF (basic and extended, date only, year-month), and asctime. A date without a zone is taken as UTC.
/// </summary>
public static partial class FeedDates
{
    private static readonly Dictionary<string, int> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = 0, ["UT"] = 0, ["UTC"] = 0, ["Z"] = 0, ["WET"] = 0, ["BST"] = 60, ["CET"] = 60, ["CEST"] = 120, ["MET"] = 60,
        ["EET"] = 120, ["EEST"] = 180, ["MSK"] = 180, ["IST"] = 330, ["JST"] = 540, ["KST"] = 540, ["HKT"] = 480,
        ["AEST"] = 600, ["AEDT"] = 660, ["NZST"] = 720, ["NZDT"] = 780,
        ["EST"] = -300, ["EDT"] = -240, ["CST"] = -360, ["CDT"] = -300, ["MST"] = -420, ["MDT"] = -360,
        ["PST"] = -480, ["PDT"] = -420, ["AKST"] = -540, ["AKDT"] = -480, ["HST"] = -600, ["AST"] = -240, ["ADT"] = -180,
        ["NST"] = -210, ["NDT"] = -150,
        // RFC 822 military zones (as written; RFC 1123 notes their signs were often inverted, so only A-M/N-Y as specified).
        ["A"] = -60, ["M"] = -720, ["N"] = 60, ["Y"] = 720,
    };

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = text.AsSpan().Trim();
        if (s.Length > 80) return null;
        try
        {
            // The two shapes nearly every feed uses are read by position; anything else goes through the general rules.
            if (FastDates.TryIso(s, out var date) || FastDates.TryRfc1123(s, out date)) return date;
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
        return ParseGeneral(text);
    }

    /// <summary>The general rules (regular expressions and tokens), for every shape the fast paths do not take.</summary>
    internal static DateTimeOffset? ParseGeneral(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = text.Trim();
        if (s.Length > 80) return null;
        try
        {
            return char.IsAsciiDigit(s[0]) && Iso().Match(s) is { Success: true } iso ? FromIso(iso) : FromRfc822(s);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>The UTC date for these fields, or null when they are out of range (shared with <see cref="FastDates"/>).</summary>
    internal static DateTimeOffset? At(int year, int month, int day, int hour, int minute, int second, int offsetMinutes) =>
        Build(year, month, day, hour, minute, second, offsetMinutes);

    internal static bool TryZone(ReadOnlySpan<char> name, out int minutes) => ZoneLookup.TryGetValue(name, out minutes);

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> ZoneLookup = Zones.GetAlternateLookup<ReadOnlySpan<char>>();

    private static DateTimeOffset? FromIso(Match m)
    {
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = m.Groups["mo"].Success ? int.Parse(m.Groups["mo"].Value, CultureInfo.InvariantCulture) : 1;
        var day = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) : 1;
        var hour = m.Groups["h"].Success ? int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture) : 0;
        var minute = m.Groups["mi"].Success ? int.Parse(m.Groups["mi"].Value, CultureInfo.InvariantCulture) : 0;
        var second = m.Groups["s"].Success ? int.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        var fraction = m.Groups["f"].Success ? double.Parse("0." + m.Groups["f"].Value, CultureInfo.InvariantCulture) : 0;
        var offset = m.Groups["z"].Success ? ZoneMinutes(m.Groups["z"].Value) : 0;
        if (offset is null) return null;
        return Build(year, month, day, hour, minute, second, offset.Value)?.AddTicks((long)(fraction * TimeSpan.TicksPerSecond));
    }

    private static DateTimeOffset? FromRfc822(string s)
    {
        int? day = null, month = null, year = null, hour = null, minute = null, second = null, offset = null;
        foreach (var raw in Tokens().Matches(s).Select(m => m.Value))
        {
            var token = raw.Trim(',', '.');
            if (token.Length == 0) continue;
            if (token.Contains(':') && hour is null && TimeOfDay().Match(token) is { Success: true } t)
            {
                hour = int.Parse(t.Groups[1].Value, CultureInfo.InvariantCulture);
                minute = int.Parse(t.Groups[2].Value, CultureInfo.InvariantCulture);
                second = t.Groups[3].Success ? int.Parse(t.Groups[3].Value, CultureInfo.InvariantCulture) : 0;
                if (t.Groups[4].Success) offset = ZoneMinutes(t.Groups[4].Value);
                continue;
            }
            if (token[0] is '+' or '-' && hour is not null) { offset = ZoneMinutes(token); continue; }
            if (char.IsAsciiDigit(token[0]) && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                if (token.Length >= 3 || day is not null && month is not null) year ??= n;
                else if (day is null) day = n;
                else year ??= n;
                continue;
            }
            if (char.IsAsciiLetter(token[0]))
            {
                var lower = token.ToLowerInvariant();
                var mi = lower.Length >= 3 ? Array.IndexOf(Months, lower[..3]) : -1;
                if (mi >= 0 && month is null && !IsDayName(lower)) { month = mi + 1; continue; }
                if (hour is not null && Zones.TryGetValue(token, out var z)) { offset = z; continue; }
                if (hour is not null && token.StartsWith("GMT", StringComparison.OrdinalIgnoreCase) && token.Length > 3) offset = ZoneMinutes(token[3..]);
            }
        }
        if (day is null || month is null || year is null) return null;
        var y = year.Value < 100 ? (year.Value < 50 ? 2000 + year.Value : 1900 + year.Value) : year.Value;
        return Build(y, month.Value, day.Value, hour ?? 0, minute ?? 0, second ?? 0, offset ?? 0);
    }

    private static bool IsDayName(string lower) => lower.Length >= 3 && lower[..3] is "mon" or "tue" or "wed" or "thu" or "fri" or "sat" or "sun";

    private static DateTimeOffset? Build(int year, int month, int day, int hour, int minute, int second, int offsetMinutes)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        if (hour == 24 && minute == 0 && second == 0) return Build(year, month, day, 0, 0, 0, offsetMinutes)?.AddDays(1);
        if (hour > 23 || minute > 59 || second > 60 || Math.Abs(offsetMinutes) > 14 * 60) return null;
        if (second == 60) second = 59;
        return new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.FromMinutes(offsetMinutes)).ToUniversalTime();
    }

    private static int? ZoneMinutes(string zone)
    {
        zone = zone.Trim();
        if (Zones.TryGetValue(zone, out var named)) return named;
        if (zone.Length < 2 || zone[0] is not ('+' or '-')) return null;
        var digits = zone[1..].Replace(":", string.Empty, StringComparison.Ordinal);
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var v)) return null;
        var minutes = digits.Length <= 2 ? v * 60 : v / 100 * 60 + v % 100;
        return zone[0] == '-' ? -minutes : minutes;
    }

    [GeneratedRegex(@"^(?<y>\d{4})(?:-?(?<mo>\d{2})(?:-?(?<d>\d{2}))?)?(?:[T ]\s*(?<h>\d{1,2}):?(?<mi>\d{2})(?::?(?<s>\d{2})(?:[.,](?<f>\d{1,7})\d*)?)?)?\s*(?<z>Z|[+-]\d{2}(?::?\d{2})?|[A-Za-z]{2,5})?$")]
    private static partial Regex Iso();

    [GeneratedRegex(@"[^\s,]+")]
    private static partial Regex Tokens();

    [GeneratedRegex(@"^(\d{1,2}):(\d{2})(?::(\d{2}))?([+-]\d{2}:?\d{2}|[A-Za-z]{1,5})?$")]
    private static partial Regex TimeOfDay();
}
