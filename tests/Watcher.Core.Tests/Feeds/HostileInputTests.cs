using System.Diagnostics;
using System.Text;
using Watcher.Core.Feeds;

namespace Watcher.Core.Tests.Feeds;

/// <summary>Inputs built to hurt the parser: each is refused or defused, and the test says which.</summary>
public class HostileInputTests
{
    private static FeedDocument Parse(string xml, FeedParserOptions? options = null) =>
        FeedParser.Parse(Encoding.UTF8.GetBytes(xml), null, options ?? FeedParserOptions.Default);

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    public void External_entities_are_never_fetched_or_expanded(string target)
    {
        var feed = Parse($"""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "{target}">]>
            <rss version="2.0"><channel><title>x</title><item><title>before &xxe; after</title></item></channel></rss>
            """);
        // The entity is left as literal text: the item survives, nothing was read, and the feed is flagged.
        var item = Assert.Single(feed.Items);
        Assert.Equal("before &xxe; after", item.Title);
        Assert.True(feed.Bozo);
    }

    [Fact]
    public void Billion_laughs_is_not_expanded()
    {
        var sb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY lol \"lol\">");
        for (var i = 1; i <= 9; i++) sb.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10)).Replace("&lol0;", "&lol;")}\">");
        sb.Append("]><rss version=\"2.0\"><channel><title>&lol9;</title><item><title>t</title></item></channel></rss>");
        var clock = Stopwatch.StartNew();
        var feed = Parse(sb.ToString());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
        // Entities whose values refer to other entities are never substituted: the title stays the short literal.
        Assert.Equal("&lol9;", feed.Title);
    }

    [Fact]
    public void A_document_over_the_size_cap_is_refused()
    {
        var big = new byte[2048];
        var ex = Assert.Throws<FeedParseException>(() => FeedParser.Parse(big, null, FeedParserOptions.Default with { MaxBytes = 1024 }));
        Assert.Contains("1024-byte limit", ex.Message);
    }

    [Fact]
    public void A_parse_over_the_time_cap_stops_with_a_clear_error()
    {
        var sb = new StringBuilder("<rss version=\"2.0\"><channel><title>t</title>");
        for (var i = 0; i < 20_000; i++) sb.Append("<item><title>x</title></item>");
        sb.Append("</channel></rss>");
        var ex = Assert.Throws<FeedParseException>(() => Parse(sb.ToString(), FeedParserOptions.Default with { TimeLimit = TimeSpan.Zero }));
        Assert.Contains("longer than", ex.Message);
    }

    [Fact]
    public void Deep_nesting_is_refused_not_a_stack_overflow()
    {
        var xml = "<rss version=\"2.0\"><channel>" + string.Concat(Enumerable.Repeat("<x>", 5000)) + string.Concat(Enumerable.Repeat("</x>", 5000)) + "</channel></rss>";
        Assert.Throws<FeedParseException>(() => Parse(xml));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<html><body>not a feed</body></html>")]
    [InlineData("{\"hello\":1}")]
    [InlineData("\u0000\u0001garbage")]
    public void Not_a_feed_is_a_parse_error(string input)
    {
        Assert.Throws<FeedParseException>(() => Parse(input));
    }
}
