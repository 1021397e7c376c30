using System.Globalization;

namespace Watcher.Core.Feeds;

/// <summary>
/// Positional readers for the two date shapes nearly every feed uses, W3CDTF ("2025-10-31T09:00:00.5+01:00", or a
/// bare date) and RFC 1123 ("Fri, 31 Oct 2025 09:00:00 GMT"), with no regular expression and no allocation. Each
/// returns false for anything it does not fully recognise, and <see cref="FeedDates"/> then applies its general rules;
/// for what they accept, they give exactly what those rules give (tested side by side).
/// </summary>
internal static class FastDates
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>yyyy-MM-dd, optionally followed by THH:mm:ss, a fraction and Z or ±hh:mm / ±hhmm.</summary>
    public static bool TryIso(ReadOnlySpan<char> s, out DateTimeOffset? date)
    {
        date = null;
        if (s.Length < 10 || s[4] != '-' || s[7] != '-' || !Digits(s, 0, 4, out var year) || !Digits(s, 5, 2, out var month) || !Digits(s, 8, 2, out var day))
            return false;
        if (s.Length == 10) return Done(FeedDates.At(year, month, day, 0, 0, 0, 0), out date);
        if (s.Length < 19 || s[10] != 'T' || s[13] != ':' || s[16] != ':'
            || !Digits(s, 11, 2, out var hour) || !Digits(s, 14, 2, out var minute) || !Digits(s, 17, 2, out var second))
            return false;
        var p = 19;
        var fraction = 0.0;
        if (p < s.Length && s[p] is '.' or ',')
        {
            var from = ++p;
            while (p < s.Length && char.IsAsciiDigit(s[p])) p++;
            if (p == from) return false;
            // As the general rule does: the first seven digits, read as the decimal "0.ddddddd".
            Span<char> buffer = stackalloc char[9];
            "0.".CopyTo(buffer);
            var n = Math.Min(7, p - from);
            s.Slice(from, n).CopyTo(buffer[2..]);
            fraction = double.Parse(buffer[..(2 + n)], CultureInfo.InvariantCulture);
        }
        int offset;
        var zone = s[p..];
        if (zone is "Z") offset = 0;
        else if (zone.Length == 0) offset = 0;
        else if (zone.Length is 5 or 6 && zone[0] is '+' or '-' && Digits(zone, 1, 2, out var zh)
            && (zone.Length == 5 ? Digits(zone, 3, 2, out var zm) : zone[3] == ':' && Digits(zone, 4, 2, out zm)))
            offset = (zone[0] == '-' ? -1 : 1) * (zh * 60 + zm);
        else return false;
        var at = FeedDates.At(year, month, day, hour, minute, second, offset);
        if (at is null) return false;
        date = at.Value.AddTicks((long)(fraction * TimeSpan.TicksPerSecond));
        return true;
    }

    /// <summary>[Ddd, ]d MMM yyyy HH:mm:ss zone, where zone is a named zone of <see cref="FeedDates"/> or ±hhmm.</summary>
    public static bool TryRfc1123(ReadOnlySpan<char> s, out DateTimeOffset? date)
    {
        date = null;
        var p = 0;
        if (s.Length > 5 && char.IsAsciiLetter(s[0]))
        {
            if (s[3] != ',' || s[4] != ' ' || !IsDayName(s[..3])) return false;
            p = 5;
        }
        var dayStart = p;
        while (p < s.Length && p - dayStart < 3 && char.IsAsciiDigit(s[p])) p++;
        if (p - dayStart is not (1 or 2) || !Digits(s, dayStart, p - dayStart, out var day)) return false;
        // " MMM yyyy HH:mm:ss " and at least one character of zone
        if (s.Length < p + 20 || s[p] != ' ' || s[p + 4] != ' ' || s[p + 9] != ' ' || s[p + 12] != ':' || s[p + 15] != ':' || s[p + 18] != ' ')
            return false;
        var month = MonthOf(s.Slice(p + 1, 3));
        if (month == 0 || !Digits(s, p + 5, 4, out var year) || !Digits(s, p + 10, 2, out var hour) || !Digits(s, p + 13, 2, out var minute)
            || !Digits(s, p + 16, 2, out var second))
            return false;
        var zone = s[(p + 19)..];
        int offset;
        if (zone.Length == 5 && zone[0] is '+' or '-' && Digits(zone, 1, 4, out var hhmm))
            offset = (zone[0] == '-' ? -1 : 1) * (hhmm / 100 * 60 + hhmm % 100);
        else if (zone.Length is >= 1 and <= 4 && IsLetters(zone) && (zone.Length < 3 || MonthOf(zone[..3]) == 0) && FeedDates.TryZone(zone, out var named))
            offset = named;
        else return false;
        if (year < 100) year += year < 50 ? 2000 : 1900; // the general rule for two-digit years, even written as four
        return Done(FeedDates.At(year, month, day, hour, minute, second, offset), out date);
    }

    private static bool Done(DateTimeOffset? at, out DateTimeOffset? date)
    {
        date = at;
        return at is not null;
    }

    private static bool Digits(ReadOnlySpan<char> s, int at, int count, out int value)
    {
        value = 0;
        for (var i = at; i < at + count; i++)
        {
            if (!char.IsAsciiDigit(s[i])) return false;
            value = value * 10 + (s[i] - '0');
        }
        return true;
    }

    private static int MonthOf(ReadOnlySpan<char> name)
    {
        for (var i = 0; i < Months.Length; i++)
            if (name.Equals(Months[i], StringComparison.OrdinalIgnoreCase)) return i + 1;
        return 0;
    }

    private static bool IsDayName(ReadOnlySpan<char> name)
    {
        foreach (var d in (ReadOnlySpan<string>)["mon", "tue", "wed", "thu", "fri", "sat", "sun"])
            if (name.Equals(d, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool IsLetters(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (!char.IsAsciiLetter(c)) return false;
        return true;
    }
}
