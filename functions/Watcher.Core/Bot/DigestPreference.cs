using System.Globalization;
using System.Text.RegularExpressions;

namespace Watcher.Core.Bot;

/// <summary>"daily 8:00 America/Toronto", "weekdays 7am UTC" → a canonical "daily 08:00 America/Toronto".</summary>
public static class DigestPreference
{
    private static readonly Regex Pattern = new(
        @"^(?<freq>daily|every day|weekdays|weekly)?\s*(at\s+)?(?<h>\d{1,2})(:(?<m>\d{2}))?\s*((?<ampm>am|pm)\b)?\s*(?<tz>[A-Za-z_]+(/[A-Za-z_\-]+)*)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static bool TryParse(string text, out string preference, out string error)
    {
        preference = error = string.Empty;
        var m = Pattern.Match(text.Trim());
        if (!m.Success)
        {
            error = $"I couldn't read '{text}' as a time. Try `digest daily 8:00 America/Toronto`.";
            return false;
        }
        var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var ampm = m.Groups["ampm"].Value.ToLowerInvariant();
        if (ampm == "pm" && hour < 12) hour += 12;
        if (ampm == "am" && hour == 12) hour = 0;
        if (hour > 23 || minute > 59)
        {
            error = $"{m.Groups["h"].Value}:{minute:00} is not a time of day.";
            return false;
        }
        var zone = m.Groups["tz"].Success ? m.Groups["tz"].Value : "America/Toronto";
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var tz))
        {
            error = $"I don't know the time zone '{zone}'. Use an IANA name such as America/Toronto or UTC.";
            return false;
        }
        var freq = m.Groups["freq"].Value.ToLowerInvariant() switch { "weekdays" => "weekdays", "weekly" => "weekly", _ => "daily" };
        preference = $"{freq} {hour:00}:{minute:00} {tz.Id}";
        return true;
    }
}
