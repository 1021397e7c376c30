using System.Text;
using Watcher.Core.Feeds;

namespace Watcher.Core.Tests;

public class FeedParserTests
{
    private static FeedDocument Parse(string xml, string? baseUrl = null) =>
        FeedParser.Parse(Encoding.UTF8.GetBytes(xml), baseUrl is null ? null : new Uri(baseUrl));

    [Fact]
    public void Rss2_items_get_guid_identity_absolute_links_and_utc_dates()
    {
        var feed = Parse("""
            <rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link>
            <item><title>Canola duties</title><link>/a/1</link><guid isPermaLink="false">wire-1</guid>
            <pubDate>Fri, 31 Oct 2025 09:15:00 -0400</pubDate><description>&lt;p&gt;China keeps a 76% levy.&lt;/p&gt;</description></item>
            </channel></rss>
            """);
        Assert.Equal("rss", feed.Format);
        Assert.Equal("2.0", feed.Version);
        var item = Assert.Single(feed.Items);
        Assert.Equal("wire-1", item.Id);
        Assert.Equal("https://wire.example/a/1", item.Link);
        Assert.Equal(new DateTimeOffset(2025, 10, 31, 13, 15, 0, TimeSpan.Zero), item.Published);
        Assert.Equal("China keeps a 76% levy.", item.PlainText);
    }

    [Fact]
    public void Atom_entries_resolve_xml_base_and_keep_updated()
    {
        var feed = Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://gov.example/news/">
              <title>Releases</title><link href="https://gov.example/"/>
              <entry><id>tag:gov.example,2025:1</id><title>Statement</title><link href="statement-1"/>
              <updated>2025-10-31T12:00:00Z</updated><summary type="html">&lt;b&gt;Tariff&lt;/b&gt; update</summary></entry>
            </feed>
            """);
        var item = Assert.Single(feed.Items);
        Assert.Equal("atom", feed.Format);
        Assert.Equal("https://gov.example/news/statement-1", item.Link);
        Assert.Equal("tag:gov.example,2025:1", item.Id);
        Assert.Equal(new DateTimeOffset(2025, 10, 31, 12, 0, 0, TimeSpan.Zero), item.Updated);
    }

    [Fact]
    public void Identity_falls_back_from_guid_to_guid_plus_link_to_link_to_hash()
    {
        var ids = ItemIdentity.Assign([
            new("g1", "https://x/1", "a", "b"),
            new("dup", "https://x/2", "a", "b"),
            new("dup", "https://x/3", "a", "b"),
            new(null, "https://x/4", "a", "b"),
            new(null, null, "title", "content"),
        ]);
        Assert.Equal("g1", ids[0]);
        Assert.Equal("dup https://x/2", ids[1]);
        Assert.Equal("dup https://x/3", ids[2]);
        Assert.Equal("https://x/4", ids[3]);
        Assert.StartsWith("sha256:", ids[4]);
        Assert.Equal(ids[4], ItemIdentity.Assign([new(null, null, "title", "content")])[0]);
    }

    [Fact]
    public void External_entities_are_never_resolved()
    {
        var hostile = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><title>x</title><item><title>&xxe;</title></item></channel></rss>
            """;
        var ex = Record.Exception(() => Parse(hostile));
        if (ex is null) Assert.DoesNotContain("root:", Parse(hostile).Items.Single().Title ?? string.Empty);
        else Assert.IsType<FeedParseException>(ex);
    }

    [Fact]
    public void Not_a_feed_is_a_parse_error()
    {
        Assert.Throws<FeedParseException>(() => Parse("<html><body>hello</body></html>"));
        Assert.Throws<FeedParseException>(() => Parse("{\"hello\":1}"));
    }

    [Fact]
    public void Json_feed_is_parsed()
    {
        var feed = Parse("""{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{"id":"1","url":"https://j.example/1","title":"T","content_text":"x < y","date_published":"2025-10-31T08:00:00+02:00"}]}""");
        var item = Assert.Single(feed.Items);
        Assert.Equal("json", feed.Format);
        Assert.Equal("1.1", feed.Version);
        Assert.Equal("x &lt; y", item.Content);
        Assert.Equal(new DateTimeOffset(2025, 10, 31, 6, 0, 0, TimeSpan.Zero), item.Published);
    }
}
