using System.Text;
using Watcher.Core.Feeds;

namespace Watcher.Core.Tests.Feeds;

public class LenientParsingTests
{
    private static FeedDocument Parse(string xml, string? baseUrl = null, string? contentType = null) =>
        FeedParser.Parse(Encoding.UTF8.GetBytes(xml), baseUrl is null ? null : new Uri(baseUrl), contentType);

    [Theory]
    [InlineData("<rss version=\"0.91\"><channel><title>C</title><item><title>T</title><link>http://x.example/1</link></item></channel></rss>", "rss", "0.91")]
    [InlineData("<rss version=\"2.0\"><channel><title>C</title><item><title>T</title><link>http://x.example/1</link></item></channel></rss>", "rss", "2.0")]
    [InlineData("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\"><channel><title>C</title></channel><item rdf:about=\"http://x.example/1\"><title>T</title><link>http://x.example/1</link></item></rdf:RDF>", "rdf", "1.0")]
    [InlineData("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://my.netscape.com/rdf/simple/0.9/\"><channel><title>C</title></channel><item><title>T</title><link>http://x.example/1</link></item></rdf:RDF>", "rdf", "0.90")]
    [InlineData("<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><title>C</title><entry><title>T</title><link rel=\"alternate\" href=\"http://x.example/1\"/></entry></feed>", "atom", "0.3")]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>C</title><entry><title>T</title><link href=\"http://x.example/1\"/></entry></feed>", "atom", "1.0")]
    public void Every_format_and_version_is_read(string xml, string format, string version)
    {
        var feed = Parse(xml);
        Assert.Equal(format, feed.Format);
        Assert.Equal(version, feed.Version);
        Assert.Equal("C", feed.Title);
        var item = Assert.Single(feed.Items);
        Assert.Equal("T", item.Title);
        Assert.Equal("http://x.example/1", item.Link);
        Assert.False(feed.Bozo);
    }

    [Fact]
    public void Modules_people_use_are_read()
    {
        var feed = Parse("""
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                 xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">
            <channel><title>C</title><atom:link rel="self" href="https://x.example/feed"/><link>https://x.example/</link>
            <item><title>Duties</title><link>https://x.example/1</link><dc:creator>Jane Roe</dc:creator><dc:date>2025-10-31T09:00:00+02:00</dc:date>
              <description>Short</description><content:encoded><![CDATA[<p>Long <b>story</b></p>]]></content:encoded>
              <media:description>media text</media:description></item>
            </channel></rss>
            """);
        Assert.Equal("https://x.example/", feed.Link);
        var item = Assert.Single(feed.Items);
        Assert.Equal(["Jane Roe"], item.Authors);
        Assert.Equal(new DateTimeOffset(2025, 10, 31, 7, 0, 0, TimeSpan.Zero), item.Updated);
        Assert.Equal("Short", item.Summary);
        Assert.Equal("<p>Long <b>story</b></p>", item.Content);
    }

    [Fact]
    public void Html_entities_xml_does_not_define_and_bare_ampersands_are_recovered_and_flagged()
    {
        var feed = Parse("<rss version=\"2.0\"><channel><title>Trade &amp; tariffs&nbsp;desk</title><item><title>AT&T &eacute;t&eacute; &bogus; deal</title><link>http://x.example/?a=1&b=2</link></item></channel></rss>");
        Assert.True(feed.Bozo);
        Assert.Equal("Trade & tariffs\u00a0desk", feed.Title);
        var item = Assert.Single(feed.Items);
        Assert.Equal("AT&T été &bogus; deal", item.Title);
        Assert.Equal("http://x.example/?a=1&b=2", item.Link);
    }

    [Fact]
    public void A_truncated_document_keeps_the_items_before_the_break()
    {
        var xml = "<rss version=\"2.0\"><channel><title>C</title>"
            + "<item><title>One</title><guid>1</guid></item><item><title>Two</title><guid>2</guid></item>"
            + "<item><title>Thr";
        var feed = Parse(xml);
        Assert.True(feed.Bozo);
        Assert.Equal(["One", "Two"], feed.Items.Select(i => i.Title));
        Assert.Contains("not well-formed", feed.BozoReason);
    }

    [Fact]
    public void Undeclared_namespace_prefixes_are_declared_by_the_repair_pass()
    {
        var feed = Parse("<rss version=\"2.0\"><channel><title>C</title><item><title>T</title><dc:creator>Ann</dc:creator></item></channel></rss>");
        Assert.True(feed.Bozo);
        Assert.Equal(["Ann"], Assert.Single(feed.Items).Authors);
    }

    [Fact]
    public void Cdata_and_escaped_html_both_become_sanitised_html()
    {
        var feed = Parse("""
            <rss version="2.0"><channel><title>C</title>
            <item><title>A</title><description><![CDATA[<p onclick="x()">Hi <script>alert(1)</script><a href="javascript:alert(1)">j</a></p>]]></description></item>
            <item><title>B</title><description>&lt;img src="/i.png" onerror="alert(1)"&gt;&lt;iframe src="https://evil.example"&gt;&lt;/iframe&gt;</description></item>
            </channel></rss>
            """, "https://news.example/feed.xml");
        Assert.Equal("<p>Hi <a>j</a></p>", feed.Items[0].Summary);
        Assert.Equal("<img src=\"https://news.example/i.png\">", feed.Items[1].Summary);
        Assert.Equal("Hi j", feed.Items[0].PlainText);
    }

    [Theory]
    [InlineData("https://feed.example/a/feed.xml", null, "https://feed.example/a/story")]
    [InlineData("https://feed.example/a/feed.xml", "https://base.example/b/", "https://base.example/b/story")]
    [InlineData(null, "/c/", null)]
    public void Relative_links_resolve_against_xml_base_then_the_feed_url(string? feedUrl, string? xmlBase, string? expected)
    {
        var baseAttr = xmlBase is null ? string.Empty : $" xml:base=\"{xmlBase}\"";
        var feed = Parse($"<feed xmlns=\"http://www.w3.org/2005/Atom\"{baseAttr}><title>C</title><entry><id>1</id><link href=\"story\"/></entry></feed>", feedUrl);
        var link = Assert.Single(feed.Items).Link;
        if (expected is null) Assert.False(Uri.TryCreate(link, UriKind.Absolute, out _) && link!.StartsWith("http", StringComparison.Ordinal));
        else Assert.Equal(expected, link);
    }

    [Fact]
    public void Json_feed_1_0_with_a_single_author_and_relative_urls()
    {
        var feed = Parse("""{"version":"https://jsonfeed.org/version/1","title":"J","home_page_url":"https://j.example/","author":{"name":"Ed"},"items":[{"id":7,"url":"/p/7","title":" T ","content_html":"<p>x<script>1</script></p>","date_published":"2025-10-31T08:00:00Z"}]}""");
        var item = Assert.Single(feed.Items);
        Assert.Equal("1", feed.Version);
        Assert.Equal("7", item.Id);
        Assert.Equal("https://j.example/p/7", item.Link);
        Assert.Equal("T", item.Title);
        Assert.Equal("<p>x</p>", item.Content);
        Assert.Equal(["Ed"], item.Authors);
    }
}
