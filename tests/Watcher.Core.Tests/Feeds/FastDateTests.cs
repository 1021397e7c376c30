using System.Text;
using Watcher.Core.Feeds;

namespace Watcher.Core.Tests.Feeds;

/// <summary>The positional fast paths for W3CDTF and RFC 1123 dates give exactly what the general rules give.</summary>
public class FastDateTests
{
    [Theory]
    [InlineData("2025-10-31T09:00:00Z")]
    [InlineData("2025-10-31T09:00:00.123Z")]
    [InlineData("2025-10-31T09:00:00,5+01:00")]
    [InlineData("2025-10-31T09:00:00.123456789-05:30")]
    [InlineData("2025-10-31T23:59:60+0200")]
    [InlineData("2025-10-31T24:00:00Z")]
    [InlineData("2025-10-31")]
    [InlineData("2025-02-30")]
    [InlineData("0001-01-01T00:00:00+01:00")]
    [InlineData("9999-12-31T23:59:59.9999999-14:00")]
    [InlineData("2025-10-31T09:00:00+05:75")]
    [InlineData("Fri, 31 Oct 2025 09:00:00 GMT")]
    [InlineData("Fri, 31 Oct 2025 09:00:00 +0000")]
    [InlineData("fri, 1 oct 2025 09:00:00 -0530")]
    [InlineData("Mon, 31 Oct 2025 09:00:00 EST")]
    [InlineData("Fri, 31 Oct 2025 09:00:00 A")]
    [InlineData("31 Oct 2025 09:00:00 UT")]
    [InlineData("Fri, 31 Oct 2025 09:00:00 XYZ")]
    [InlineData("Fri, 31 Oct 2025 09:00:00 Mar")]
    [InlineData("Mar, 31 Oct 2025 09:00:00 GMT")]
    [InlineData("Fri, 31 Foo 2025 09:00:00 GMT")]
    [InlineData("Fri, 31 Feb 2025 09:00:00 GMT")]
    [InlineData("Fri, 31 Oct 2025 25:00:00 GMT")]
    [InlineData("Fri, 31 Oct 2025 9:00:00 GMT")]
    public void Fast_paths_agree_with_the_general_rules(string text) =>
        Assert.Equal(FeedDates.ParseGeneral(text), FeedDates.Parse(text));

    /// <summary>Random dates in both shapes, valid and broken, with random zones and fractions.</summary>
    [Fact]
    public void Fast_paths_agree_with_the_general_rules_on_random_dates()
    {
        var random = new Random(1128);
        string[] days = ["Mon", "Tue", "Sat", "Sun", "Fry", "Mar", ""];
        string[] months = ["Jan", "feb", "MAR", "Apr", "Dec", "Foo", "October"];
        string[] zones = ["Z", "GMT", "UT", "UTC", "EST", "pdt", "A", "Y", "M", "+0000", "-0530", "+05:30", "-08:00", "+14:00", "-1500", "+05", "XYZ", "", " Z"];
        string D(int max, int width) => random.Next(max + 2).ToString(new string('0', width), System.Globalization.CultureInfo.InvariantCulture);
        for (var n = 0; n < 20_000; n++)
        {
            var sb = new StringBuilder();
            if (random.Next(2) == 0)
            {
                sb.Append(random.Next(10) == 0 ? D(99, 2) : D(2100, 4)).Append('-').Append(D(12, 2)).Append('-').Append(D(31, 2));
                if (random.Next(5) > 0)
                {
                    sb.Append(random.Next(10) == 0 ? ' ' : 'T').Append(D(24, 2)).Append(':').Append(D(59, 2)).Append(':').Append(D(60, 2));
                    if (random.Next(3) == 0) sb.Append(random.Next(5) == 0 ? ',' : '.').Append(random.NextInt64(1, 99_999_999_999));
                    sb.Append(zones[random.Next(zones.Length)]);
                }
            }
            else
            {
                var day = days[random.Next(days.Length)];
                if (day.Length > 0) sb.Append(day).Append(", ");
                sb.Append(D(31, random.Next(1, 3))).Append(' ').Append(months[random.Next(months.Length)]).Append(' ').Append(D(2100, 4)).Append(' ')
                  .Append(D(24, 2)).Append(':').Append(D(59, 2)).Append(':').Append(D(60, 2)).Append(' ').Append(zones[random.Next(zones.Length)]);
            }
            var text = sb.ToString();
            Assert.True(FeedDates.ParseGeneral(text) == FeedDates.Parse(text), $"differs for «{text}»: {FeedDates.ParseGeneral(text)} vs {FeedDates.Parse(text)}");
        }
    }
}
