using System.Globalization;
using System.Text.RegularExpressions;

namespace Watcher.Core.Facts;

/// <summary>Finds an explicit calendar date in a sentence: "October 1, 2024" → 2024-10-01, "October 2024" → 2024-10,
/// "1 March 2025" → 2025-03-01, "2025-08-07" as is. Dates without a year ("in March", "on Friday") give null.</summary>
public static partial class DateParser
{
    private static readonly string[] Months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public static string? Find(string sentence)
    {
        var iso = Iso().Match(sentence);
        if (iso.Success) return iso.Value;
        var mdy = MonthDayYear().Match(sentence);
        if (mdy.Success) return Format(mdy.Groups["y"].Value, mdy.Groups["m"].Value, mdy.Groups["d"].Value);
        var dmy = DayMonthYear().Match(sentence);
        if (dmy.Success) return Format(dmy.Groups["y"].Value, dmy.Groups["m"].Value, dmy.Groups["d"].Value);
        var my = MonthYear().Match(sentence);
        if (my.Success) return Format(my.Groups["y"].Value, my.Groups["m"].Value, null);
        return null;
    }

    private static string? Format(string year, string month, string? day)
    {
        var m = Array.FindIndex(Months, x => x.StartsWith(month.TrimEnd('.').ToLowerInvariant(), StringComparison.Ordinal)) + 1;
        if (m == 0) return null;
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        if (day is null) return $"{y:D4}-{m:D2}";
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        return d is >= 1 and <= 31 ? $"{y:D4}-{m:D2}-{d:D2}" : $"{y:D4}-{m:D2}";
    }

    private const string Month = @"(?<m>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

    [GeneratedRegex(@"\b(19|20)[0-9][0-9]-[01][0-9](-[0-3][0-9])?\b")]
    private static partial Regex Iso();

    [GeneratedRegex(Month + @"\s+(?<d>[0-9]{1,2})(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)[0-9][0-9])\b")]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<d>[0-9]{1,2})(?:st|nd|rd|th)?\s+" + Month + @",?\s+(?<y>(?:19|20)[0-9][0-9])\b")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(Month + @",?\s+(?<y>(?:19|20)[0-9][0-9])\b")]
    private static partial Regex MonthYear();
}
