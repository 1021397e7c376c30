using System.Text;
using Watcher.Core.Feeds;

namespace Watcher.Core.Tests.Feeds;

public class EncodingAndDateTests
{
    static EncodingAndDateTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static byte[] Rss(string title, Encoding encoding, string? declared, bool bom = false)
    {
        var decl = declared is null ? string.Empty : $"<?xml version=\"1.0\" encoding=\"{declared}\"?>";
        var body = encoding.GetBytes($"{decl}<rss version=\"2.0\"><channel><title>{title}</title></channel></rss>");
        return bom ? [.. encoding.GetPreamble(), .. body] : body;
    }

    [Theory]
    [InlineData("windows-1252", "windows-1252", "Café “quoted”")]
    [InlineData("windows-1251", "windows-1251", "Пошлины")]
    [InlineData("gb2312", "gb18030", "关税")]
    [InlineData("big5", "big5", "關稅")]
    [InlineData("iso-8859-1", "iso-8859-1", "Zölle")]
    [InlineData("utf-8", "utf-8", "Zölle 关税")]
    public void The_xml_declaration_names_the_encoding(string declared, string reported, string title)
    {
        var feed = FeedParser.Parse(Rss(title, Encoding.GetEncoding(declared), declared));
        Assert.Equal(title, feed.Title);
        Assert.Equal(reported, feed.Encoding);
        Assert.False(feed.Bozo);
    }

    [Fact]
    public void A_byte_order_mark_wins_over_the_declaration()
    {
        var feed = FeedParser.Parse(Rss("Zölle", new UnicodeEncoding(false, true), "iso-8859-1", bom: true));
        Assert.Equal("Zölle", feed.Title);
        Assert.Equal("utf-16le", feed.Encoding);
    }

    [Fact]
    public void The_http_charset_wins_over_the_declaration()
    {
        var feed = FeedParser.Parse(Rss("Пошлины", Encoding.GetEncoding("windows-1251"), "utf-8"), null, "application/rss+xml; charset=windows-1251");
        Assert.Equal("Пошлины", feed.Title);
        Assert.Equal("windows-1251", feed.Encoding);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_fall_back_to_windows_1252_and_are_flagged()
    {
        var feed = FeedParser.Parse(Rss("Café “quoted”", Encoding.GetEncoding("windows-1252"), null));
        Assert.Equal("Café “quoted”", feed.Title);
        Assert.Equal("windows-1252", feed.Encoding);
        Assert.True(feed.Bozo);
    }

    [Theory]
    [InlineData("Fri, 31 Oct 2025 09:15:00 -0400", "2025-10-31T13:15:00Z")]
    [InlineData("Fri, 31 Oct 2025 09:15:00 EDT", "2025-10-31T13:15:00Z")]
    [InlineData("31 Oct 2025 09:15 GMT", "2025-10-31T09:15:00Z")]
    [InlineData("Friday, 31 October 2025 09:15:00 +0100", "2025-10-31T08:15:00Z")]
    [InlineData("Mon, 31 Oct 25 09:15:00 +05:30", "2025-10-31T03:45:00Z")]
    [InlineData("Fri,31 Oct 2025 09:15:00 Z", "2025-10-31T09:15:00Z")]
    [InlineData("Sun Jan  4 16:29:06 PST 2004", "2004-01-05T00:29:06Z")]
    [InlineData("2025-10-31T09:15:00Z", "2025-10-31T09:15:00Z")]
    [InlineData("2025-10-31T09:15:00.123+02:00", "2025-10-31T07:15:00.123Z")]
    [InlineData("2025-10-31 09:15:00", "2025-10-31T09:15:00Z")]
    [InlineData("20251031T091500Z", "2025-10-31T09:15:00Z")]
    [InlineData("2025-10-31", "2025-10-31T00:00:00Z")]
    [InlineData("2025-10", "2025-10-01T00:00:00Z")]
    [InlineData("not a date", null)]
    [InlineData("Fri, 32 Oct 2025 09:15:00 GMT", null)]
    public void Dates_are_normalised_to_utc(string text, string? expected)
    {
        var parsed = FeedDates.Parse(text);
        if (expected is null) Assert.Null(parsed);
        else Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), parsed);
        if (parsed is { } p) Assert.Equal(TimeSpan.Zero, p.Offset);
    }
}
