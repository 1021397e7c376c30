using System.Text;
using System.Text.Json;
using Watcher.Core.Feeds;

namespace Watcher.Core.Tests.Feeds.Xml;

/// <summary>
/// The span tokenizer (<c>Utf8XmlReader</c>) is a fast path in front of XmlReader: whatever it reads must come out
/// exactly as XmlReader's path gives it, and whatever is not well-formed must be handed to XmlReader (so bozo, the
/// repair pass and the items before a break are unchanged). Each case parses the same bytes both ways and compares
/// the whole result (the `watcher parse --json` document, plain texts, bozo, reason, encoding; or the error).
/// </summary>
public class FastPathEquivalenceTests
{
    private static readonly Uri Base = new("http://127.0.0.1/feed");

    internal static string Outcome(byte[] data, bool fast)
    {
        try
        {
            var feed = FeedParser.Parse(data, Base, FeedParserOptions.Default with { FastXml = fast });
            return FeedJson.Serialize(feed) + " " + JsonSerializer.Serialize(feed.Items.Select(i => i.PlainText)) + $" {feed.Bozo} {feed.BozoReason} {feed.Encoding}";
        }
        catch (Exception ex)
        {
            return ex.GetType().Name + ": " + ex.Message;
        }
    }

    private static bool ReadsFast(byte[] data) => XmlFeedReader.ReadFast(data, 0, Base, TimeSpan.FromSeconds(10)) is not null;

    private const string Rss = "<rss version=\"2.0\"><channel><title>T</title>{0}</channel></rss>";

    public static TheoryData<string, string> WellFormed() => new()
    {
        { "plain item", "<item><title>A</title><link>http://a.example/1</link><guid>g1</guid></item>" },
        { "predefined entities", "<item><title>A &amp; B &lt;C&gt; &quot;D&quot; &apos;E&apos;</title><guid>g</guid></item>" },
        { "character references", "<item><title>caf&#233; &#x1F600; &#xe9;</title><guid>g</guid></item>" },
        { "references in attributes", "<item><title>t</title><guid isPermaLink=\"fal&#115;e\">http://a.example/&amp;x</guid></item>" },
        { "CRLF and CR in text", "<item><title>a\r\nb\rc</title><description>x\r\n\r\ny</description><guid>g</guid></item>" },
        { "white space in attributes", "<item><title>t</title><link>l</link><atom:link xmlns:atom=\"http://www.w3.org/2005/Atom\" rel=\"alternate\" href=\"http://a.example/\t1\r\n2\"/></item>" },
        { "CDATA with brackets and CR", "<item><title><![CDATA[a ]] b > c\r\nd]]></title><description><![CDATA[<p>x &amp; y</p>]]></description><guid>g</guid></item>" },
        { "comments and processing instructions", "<!-- c --><item><?pi data?><title>a<!-- x -->b</title><guid>g<!---->1</guid></item>" },
        { "empty elements, single quotes", "<item><title/><link>http://a.example/</link><guid isPermaLink='false'>x</guid><description/></item>" },
        { "text and CDATA mixed", "<item><title>a <![CDATA[b]]> c</title><guid> <![CDATA[g]]> </guid></item>" },
        { "white space only fields", "<item><title>   </title><description>\n\t</description><guid>g</guid></item>" },
        { "dublin core and content", "<item xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><dc:creator>Ann</dc:creator><dc:date>2025-01-02T03:04:05Z</dc:date><content:encoded>&lt;p&gt;hi&lt;/p&gt;</content:encoded><title>t</title></item>" },
        { "non-ASCII text", "<item><title>Zölle – 关税 – тарифы</title><guid>g</guid></item>" },
        { "C1 control characters", "<item><title>\u0093quoted\u0094</title><guid>g</guid></item>" },
        { "markup inside a field", "<item><description>a <b>bold</b> c<br/>d <a href=\"/x?a=1&amp;b='2'\" title='say \"hi\"'>l</a>\r\n<![CDATA[<i>x</i>]]><!-- c --> e</description><guid>g</guid></item>" },
        { "markup with namespaces", "<item xmlns:x=\"urn:x\"><description><x:b>one</x:b><p xmlns=\"http://www.w3.org/1999/xhtml\"><x:i a=\"1\">two</x:i></p></description><guid>g</guid></item>" },
        { "markup with tabs and entities in attributes", "<item><description><p title=\"a\tb&#10;c&lt;d&gt;&quot;\" class='q'>t&amp;u &gt; v</p><img src=\"x.png\"/></description><guid>g</guid></item>" },
        // Summaries and contents of one text node are left as UTF-8 until read: these must read as XmlReader's do.
        { "deferred summary, text then CDATA", "<item><description>a &amp; b <![CDATA[<i>c</i>]]></description><guid>g</guid></item>" },
        { "deferred summary, text then markup", "<item><description>a &lt;b <p>c</p> d</description><guid>g</guid></item>" },
        { "deferred summary, leading reference", "<item><description>  &#160;x</description><summary>&#32;&#32;y </summary></item>" },
        { "deferred summary, leading non-ASCII white space", "<item><description>\u00a0\u2003 z \u00a0</description><title>t</title></item>" },
        { "deferred summary, C1 controls and CR", "<item><description>\u0093a\u0094\r\n b</description><content:encoded xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><![CDATA[ <p>\u0085x</p>\r]]></content:encoded></item>" },
        { "deferred summary, later empty one", "<item><description>first</description><description>  </description><description>&lt;b&gt;third</description></item>" },
        { "unknown elements skipped", "<item><x:y xmlns:x=\"urn:x\" a=\"1\"><x:z>q</x:z></x:y><title>t</title><guid>g</guid></item><image><url>u</url></image>" },
    };

    public static TheoryData<string, string> Documents() => new()
    {
        { "declaration", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<rss version=\"2.0\"><channel><title>T</title></channel></rss>" },
        { "declaration, single quotes", "<?xml version='1.0' encoding='utf-8'?><rss><channel><item><title>t</title></item></channel></rss>" },
        { "white space around the root", "\n\n  <rss version=\"0.91\"><channel><title>T</title></channel></rss>\n\n<!-- end -->\n" },
        { "atom with default namespace", "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"http://b.example/dir/\"><title type=\"html\">A &amp;amp; B</title><entry><id>i</id><link href=\"rel/1\"/><title>t</title><summary type=\"html\">&lt;b&gt;x&lt;/b&gt;</summary><updated>2025-01-01T00:00:00Z</updated><author><name>N</name><email>e@x</email></author></entry></feed>" },
        { "atom xhtml content", "<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:h=\"http://www.w3.org/1999/xhtml\"><entry><id>i</id><title type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">A <b>b</b></div></title><content type=\"xhtml\"><h:div><h:p>x<h:br/>y</h:p></h:div></content><summary><em>no namespace of its own</em></summary></entry></feed>" },
        { "atom text constructs left as UTF-8", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><summary type=\"text\"> a &lt;b&gt; &amp; c </summary><content type=\"html\">&lt;p&gt;x&lt;/p&gt;</content></entry><entry><summary type=\"text/plain\">1 &lt; 2</summary><content type=\"text/html\" mode=\"escaped\">&lt;i&gt;y</content></entry><entry><content type=\"image/png\">aGVsbG8=</content><summary mode=\"base64\">PGI+Yjwvaj4=</summary></entry></feed>" },
        { "atom 0.3 untyped summary guessed from its text", "<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><entry><summary>&lt;b&gt;x&lt;/b&gt;</summary><content>plain &amp; simple</content></entry><entry><summary>a &lt; b</summary></entry></feed>" },
        { "atom with a prefix", "<a:feed xmlns:a=\"http://www.w3.org/2005/Atom\"><a:entry><a:id>i</a:id><a:title>t</a:title></a:entry></a:feed>" },
        { "rdf", "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\"><channel rdf:about=\"http://x/\"><title>T</title></channel><item rdf:about=\"http://x/1\"><title>t</title></item></rdf:RDF>" },
        { "namespace redeclared inside", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>i</id><x xmlns=\"urn:other\"><title>not mine</title></x><title>mine</title></entry></feed>" },
        { "processing instruction before the root", "<?xml version=\"1.0\"?><?xml-stylesheet href=\"s.xsl\" type=\"text/xsl\"?><rss><channel><title>T</title></channel></rss>" },
    };

    public static TheoryData<string, string> Malformed() => new()
    {
        { "mismatched end tag", "<rss><channel><item><title>a</title></item><item><title>b</titl></item></channel></rss>" },
        { "truncated after an item", "<rss><channel><item><title>a</title><guid>1</guid></item><item><title>b</ti" },
        { "two roots", "<rss><channel><title>a</title></channel></rss><rss/>" },
        { "text after the root", "<rss><channel><title>a</title></channel></rss>junk" },
        { "no space between attributes", "<rss version=\"2.0\"x=\"1\"><channel><title>a</title></channel></rss>" },
        { "duplicate attribute", "<rss version=\"2.0\" version=\"2.0\"><channel><title>a</title></channel></rss>" },
        { "duplicate attribute by namespace", "<rss xmlns:a=\"urn:a\" xmlns:b=\"urn:a\" a:x=\"1\" b:x=\"2\"><channel><title>a</title></channel></rss>" },
        { "undefined entity", "<rss><channel><item><title>a&nbsp;b</title></item></channel></rss>" },
        { "bare ampersand", "<rss><channel><item><title>a & b</title></item></channel></rss>" },
        { "'<' in an attribute", "<rss><channel><item><guid isPermaLink=\"a<b\">g</guid></item></channel></rss>" },
        { "unquoted attribute", "<rss version=2.0><channel><title>a</title></channel></rss>" },
        { "control character", "<rss><channel><item><title>a\u0001b</title></item></channel></rss>" },
        { "reference to a control character", "<rss><channel><item><title>a&#1;b</title></item></channel></rss>" },
        { "']]>' in text", "<rss><channel><item><title>a ]]> b</title></item></channel></rss>" },
        { "']]>' in text after a reference", "<rss><channel><item><title>a &amp; b ]]> c</title></item></channel></rss>" },
        { "'<' in an attribute after a reference", "<rss><channel><item><guid isPermaLink=\"a&amp;<b\">g</guid></item></channel></rss>" },
        { "undeclared prefix", "<rss><channel><item><dc:creator>x</dc:creator><title>a</title></item></channel></rss>" },
        { "'--' in a comment", "<rss><channel><!-- a -- b --><item><title>a</title></item></channel></rss>" },
        { "white space before the declaration", "  <?xml version=\"1.0\"?><rss><channel><title>a</title></channel></rss>" },
        { "DOCTYPE", "<!DOCTYPE rss [<!ENTITY e \"x\">]><rss><channel><item><title>a &e;</title></item></channel></rss>" },
        { "xml:space", "<rss><channel><item xml:space=\"preserve\"><title> a </title></item></channel></rss>" },
        { "white space written as references", "<rss><channel><item><title>&#32;</title><guid>g</guid></item></channel></rss>" },
        { "unterminated CDATA", "<rss><channel><item><title><![CDATA[a</title></item></channel></rss>" },
        { "bad character reference", "<rss><channel><item><title>&#xZZ;</title></item></channel></rss>" },
        { "reference out of range", "<rss><channel><item><title>&#x110000;</title></item></channel></rss>" },
        { "not a feed", "<html><body><p>x</p></body></html>" },
        { "invalid UTF-8", "<rss><channel><item><title>a\uFFFDb</title></item></channel></rss>" },
    };

    [Theory]
    [InlineData("<item><description>&lt;p&gt;a &amp; b&lt;/p&gt;</description><guid>g</guid></item>", true)]
    [InlineData("<item><description><![CDATA[<p>a</p>]]></description><guid>g</guid></item>", true)]
    [InlineData("<item><description>&#160;a</description><guid>g</guid></item>", false)] // may trim to nothing: read now
    [InlineData("<item><description>a <b>b</b></description><guid>g</guid></item>", false)] // markup: HTML built now
    public void A_summary_of_one_text_node_is_left_undecoded_until_read(string items, bool deferred)
    {
        var data = Encoding.UTF8.GetBytes(string.Format(Rss, items));
        var read = XmlFeedReader.ReadFast(data, 0, Base, TimeSpan.FromSeconds(10));
        Assert.NotNull(read);
        Assert.Equal(deferred, read.Entries[0].Summary!.Value.Deferred is not null);
        Assert.Equal(Outcome(data, fast: false), Outcome(data, fast: true));
    }

    [Theory]
    [MemberData(nameof(WellFormed))]
    public void A_well_formed_item_is_read_by_the_fast_path_with_the_same_result(string name, string items)
    {
        var data = Encoding.UTF8.GetBytes(string.Format(Rss, items));
        Assert.True(ReadsFast(data), name);
        Assert.Equal(Outcome(data, fast: false), Outcome(data, fast: true));
        Assert.DoesNotContain(" True ", Outcome(data, fast: true)); // not bozo
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_well_formed_document_is_read_by_the_fast_path_with_the_same_result(string name, string xml)
    {
        var data = Encoding.UTF8.GetBytes(xml);
        Assert.True(ReadsFast(data), name);
        Assert.Equal(Outcome(data, fast: false), Outcome(data, fast: true));
    }

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Anything_in_doubt_goes_to_xmlreader_and_ends_the_same(string name, string xml)
    {
        var data = Encoding.UTF8.GetBytes(xml);
        if (name == "invalid UTF-8") data[Array.IndexOf(data, (byte)0xEF)] = 0xC3;
        Assert.False(ReadsFast(data), name);
        Assert.Equal(Outcome(data, fast: false), Outcome(data, fast: true));
    }

    [Theory]
    [InlineData("mismatched end tag", "<rss><channel><item><title>a</title><guid>1</guid></item><item><title>b</titl></item></channel></rss>", 1)]
    [InlineData("truncated", "<rss><channel><item><title>a</title><guid>1</guid></item><item><title>b</ti", 1)]
    [InlineData("undefined entity", "<rss><channel><item><title>a&nbsp;b</title><guid>1</guid></item></channel></rss>", 1)]
    [InlineData("bare ampersand", "<rss><channel><item><title>a & b</title><guid>1</guid></item></channel></rss>", 1)]
    public void Malformed_xml_is_still_bozo_with_the_items_before_the_break(string name, string xml, int items)
    {
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(xml), Base);
        Assert.True(feed.Bozo, name);
        Assert.True(feed.Items.Count >= items, name);
        Assert.Equal("1", feed.Items[0].Id);
    }

    [Fact]
    public void Every_corpus_file_parses_the_same_with_and_without_the_fast_path()
    {
        var files = Directory.EnumerateFiles(Paths.Corpora, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".xml" or ".rss" or ".atom" or ".rdf" or "").ToList();
        var fast = 0;
        var differ = new List<string>();
        foreach (var file in files)
        {
            var data = File.ReadAllBytes(file);
            if (ReadsFast(data)) fast++;
            if (Outcome(data, fast: true) != Outcome(data, fast: false)) differ.Add(Path.GetRelativePath(Paths.Corpora, file));
        }
        Assert.Empty(differ);
        // The fast path must actually be taken, or this comparison proves nothing.
        Assert.True(fast > files.Count * 3 / 4, $"{fast} of {files.Count} read by the fast path");
    }
}
