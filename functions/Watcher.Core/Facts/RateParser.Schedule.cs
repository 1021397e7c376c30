using System.Globalization;
using System.Text.RegularExpressions;

namespace Watcher.Core.Facts;

/// <summary>
/// The steps of a specific duty's schedule (session 31, extract57). A safeguard that falls year by year writes its unit once:
/// "Rp 4,850 per square metre in the first year, Rp 4,600 in the second year and Rp 4,350 in the third year", "Rp11,200 per unit
/// in the first year, falling to Rp10,400 and then Rp9,600 per unit", "Rp 11,800, Rp 11,200 and Rp 10,600 per kilogram". An amount
/// in the currency of a specific duty of the same sentence, with no unit of its own, is a step at a unit when it is a list item
/// joined to an amount that has one (it takes that amount's unit), or when it is named as a year's or a period's step ("Rp 4,600 in
/// the second year", "Rp2,050 in the third"; it takes the unit of the amount before it). An amount with no such tie is no rate:
/// "Rs 30 per kg, up from Rs 20", "a duty of Rp 5,000 per kg that will raise Rp 2 trillion in the first year".
/// </summary>
public static partial class RateParser
{
    private static void AddScheduleSteps(string sentence, List<Match> perUnit, List<RateMention> rates)
    {
        // the currency as written before the number ("Rp", "US$"); an amount written "1,200 yuan per tonne" has no sign to look for
        foreach (var currency in perUnit.Where(m => m.Groups["c"].Index < m.Groups["n"].Index).Select(m => m.Groups["c"].Value.TrimEnd()).Distinct())
        {
            var amounts = new List<(int Start, int End, double Value, string? Unit)>();
            for (var i = sentence.IndexOf(currency, StringComparison.Ordinal); i >= 0; i = sentence.IndexOf(currency, i + currency.Length, StringComparison.Ordinal))
            {
                if (i > 0 && char.IsLetter(sentence[i - 1])) continue;
                if (rates.FindIndex(r => r.Start == i && r.Unit != "percent") is var w and >= 0)
                {
                    amounts.Add((i, rates[w].End, rates[w].Value, rates[w].Unit));
                    continue;
                }
                var n = Amount().Match(sentence, i + currency.Length);
                if (!n.Success || ValueBefore().IsMatch(sentence.AsSpan(Math.Max(0, i - 32), i - Math.Max(0, i - 32)))) continue;
                amounts.Add((i, n.Index + n.Length, double.Parse(n.Groups["n"].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture), null));
            }
            var units = amounts.Select(a => a.Unit).ToArray();
            CarryBack(sentence, amounts, units);
            // a year's step takes the unit of the last amount before it that has one ("…, Rp 4,600 in the second year"), and passes it back
            // to the list it ends ("falling to Rp 8,900 and then Rp 8,100 in the following two years")
            string? last = null;
            for (var k = 0; k < amounts.Count; k++)
                if (units[k] is { } own) last = own;
                else if (last is not null && StepAfter().IsMatch(sentence.AsSpan(amounts[k].End))) units[k] = last;
            CarryBack(sentence, amounts, units);
            for (var k = 0; k < amounts.Count; k++)
                if (amounts[k].Unit is null && units[k] is { } unit)
                    rates.Add(new RateMention(amounts[k].Value, unit, amounts[k].Start, amounts[k].End));
        }
    }

    /// <summary>A list's last item carries the unit back to the items before it ("Rp 11,800, Rp 11,200 and Rp 10,600 per kilogram").</summary>
    private static void CarryBack(string sentence, List<(int Start, int End, double Value, string? Unit)> amounts, string?[] units)
    {
        for (var k = amounts.Count - 2; k >= 0; k--)
            if (units[k] is null && units[k + 1] is { } next && ListJoint().IsMatch(sentence.AsSpan(amounts[k].End, amounts[k + 1].Start - amounts[k].End)))
                units[k] = next;
    }

    /// <summary>The number right after a currency sign.</summary>
    [GeneratedRegex(@"\G\s?(?<n>(?>[0-9]+)(?:,[0-9]{3})*(?:\.[0-9]+)?)(?![0-9])")]
    private static partial Regex Amount();

    /// <summary>What joins two amounts of one list: ", ", " and ", ", and then ", " or ".</summary>
    [GeneratedRegex(@"^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)(?:then\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ListJoint();

    /// <summary>An amount named as one step of a schedule: "in the second year", "in the third".</summary>
    [GeneratedRegex(@"^\s+in\s+the\s+(?:first|second|third|fourth|fifth|next|following|final|last)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StepAfter();
}
