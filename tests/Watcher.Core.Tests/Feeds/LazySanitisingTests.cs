using System.Text;
using Watcher.Core.Feeds;
using Watcher.Core.Tests.Conformance;

namespace Watcher.Core.Tests.Feeds;

/// <summary>
/// Parsing keeps summaries and content raw and sanitises them on first read; plain text is read from the raw HTML
/// through the sanitiser's own filter. These tests hold both to what eager sanitising gave: the same plain text, and
/// nothing unsanitised ever leaving a <see cref="FeedEntry"/>.
/// </summary>
public class LazySanitisingTests
{
    private static readonly Uri Base = new("https://feed.example/news/");

    public static TheoryData<string> Fragments() =>
    [
        "<p>Tariffs <b>up</b> 25%</p>", "AT&T &amp; 5 < 6 > 4", "  \u2003<b>\u2003x\u2003</b>\u2003  ", "\u2003<p>\u2003x</p>\u2003",
        "<ul><li>one<li>two</ul>", "<p>unclosed <em>emphasis", "<scr<script>ipt>alert(1)</script>", "<svg><script>alert(1)</script></svg>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">", "<textarea><script>alert(1)</script></textarea>",
        "<a href=\"x\" <img src=x onerror=alert(1)>", "<p>\u0000<script>alert(1)</script>\u0000</p>", "<!--<img src=x onerror=alert(1)>-->",
        "<title><img src=x onerror=alert(1)></title>", "a<br>b<br/>c", "<h1>H</h1>text<div>d</div><table><tr><td>c</td></tr></table>",
        "&am<b>p;</b>", "&amp;lt;b&amp;gt;", "<p title=\"a > b\">x</p>", "<a href='javascript:alert(1)'>link</a> tail ", "<b>x",
        "x</p>y", "<<>>", "<!doctype html><p>x", "<?xml version=\"1.0\"?><p>x</p>", "<P>Upper</P><BR>case", "&nbsp;a&nbsp;&nbsp;b&#160;",
    ];

    [Theory]
    [MemberData(nameof(Fragments))]
    public void Plain_text_is_the_text_of_the_sanitised_html(string html) =>
        Assert.Equal(HtmlText.ToPlainText(FeedHtml.Sanitize(html, Base)!), FeedHtml.ToPlainText(html));

    /// <summary>Random soup of the tokens that steer the tokenizer: the one-pass plain text must match the two-step form on every one.</summary>
    [Fact]
    public void Plain_text_matches_the_sanitised_form_on_random_markup()
    {
        string[] tokens =
        [
            "<p>", "</p>", "<b ", "<b>", "</b>", "\"", "'", "=", "&amp;", "&", "&#x3c;", "&lt;", ";", " ", "  ", "\n", "\u2003", "\u00a0", "\t",
            "<script>", "</script>", "<!--", "-->", "<br/>", "<br>", "<a href=\"javascript:x\">", "<a href=/x>", "</a>", "</div>", "<div>",
            "<", ">", "/", "\0", "<li>", "</li>", "<textarea>", "</textarea>", "x", "word", "<h2>", "</h2>", "<tr>", "</tr>", "<svg>", "</svg>",
            "<img src=x onerror=alert(1)>", "<!", "<?", "</", "<style>", "</style>", "<unknown>", "</unknown>", "<hr>", "<td>",
            "&#32;", "&#8195;", "&nbsp;", "&#10;", "&eacute;", "&amp;lt;", "&#x110000;",
        ];
        var random = new Random(20261128);
        for (var n = 0; n < 20_000; n++)
        {
            var sb = new StringBuilder();
            for (var k = random.Next(1, 16); k > 0; k--) sb.Append(tokens[random.Next(tokens.Length)]);
            var html = sb.ToString();
            Assert.True(HtmlText.ToPlainText(FeedHtml.Sanitize(html, Base)!) == FeedHtml.ToPlainText(html), $"differs for «{html}»");
        }
    }

    /// <summary>Every item of both corpora: plain text read before anything is sanitised equals the text of the sanitised content.</summary>
    [Fact]
    public void Plain_text_matches_the_sanitised_form_over_both_corpora()
    {
        var files = Directory.EnumerateFiles(Path.Combine(Paths.Corpora, "feedparser"), "*.xml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(Paths.Corpora, "gofeed"), "*.xml", SearchOption.AllDirectories));
        var items = 0;
        foreach (var file in files)
        {
            FeedDocument feed;
            try { feed = FeedParser.Parse(File.ReadAllBytes(file), new Uri("http://127.0.0.1/feed")); }
            catch (FeedParseException) { continue; }
            foreach (var entry in feed.Items)
            {
                var lazy = entry.PlainText; // first read: from the raw HTML, nothing sanitised yet
                Assert.True(HtmlText.ToPlainText(entry.Content ?? entry.Summary ?? string.Empty) == lazy, file);
                items++;
            }
        }
        Assert.True(items > 1000, $"only {items} items read");
    }

    [Fact]
    public void Summary_content_and_parse_output_are_sanitised()
    {
        const string rss = """
            <rss version="2.0"><channel><title>t</title><link>https://feed.example/</link>
            <item><guid>1</guid><description>&lt;p onclick="x()"&gt;Tariffs&lt;script&gt;alert(1)&lt;/script&gt; &lt;a href="javascript:alert(1)"&gt;a&lt;/a&gt;&lt;/p&gt;</description>
            <content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[<p>Full <a href="/story/1">story</a><img src=x onerror=alert(1)><iframe src="javascript:alert(1)"></iframe></p>]]></content:encoded></item>
            </channel></rss>
            """;
        var entry = FeedParser.Parse(Encoding.UTF8.GetBytes(rss)).Items.Single();
        Assert.Equal("Full story", entry.PlainText);
        Assert.Equal("<p>Tariffs <a>a</a></p>", entry.Summary);
        Assert.Equal("<p>Full <a href=\"https://feed.example/story/1\">story</a><img src=\"https://feed.example/x\"></p>", entry.Content);
        var json = FeedJson.Serialize(new FeedDocument { Format = "rss", Items = [entry] });
        Assert.True(FeedparserCorpus.IsHarmless(entry.Summary!) && FeedparserCorpus.IsHarmless(entry.Content!), json);
        Assert.DoesNotContain("javascript", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", json, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>An item with neither GUID nor link is identified by its sanitised content, as when sanitising was eager.</summary>
    [Fact]
    public void Content_hash_identity_uses_the_sanitised_content()
    {
        const string rss = "<rss version=\"2.0\"><channel><title>t</title><item><title>T</title><description>&lt;b onclick=\"x()\"&gt;Levy&lt;/b&gt;</description></item></channel></rss>";
        var entry = FeedParser.Parse(Encoding.UTF8.GetBytes(rss)).Items.Single();
        Assert.Equal("sha256:" + ItemIdentity.Hash("T\n<b>Levy</b>"), entry.Id);
    }

    [Fact]
    public void Entries_compare_by_their_sanitised_fields()
    {
        const string rss = "<rss version=\"2.0\"><channel><title>t</title><item><guid>1</guid><description>&lt;b onclick=\"x()\"&gt;Levy&lt;/b&gt;</description></item></channel></rss>";
        var a = FeedParser.Parse(Encoding.UTF8.GetBytes(rss)).Items.Single();
        var b = FeedParser.Parse(Encoding.UTF8.GetBytes(rss)).Items.Single() with { Authors = a.Authors }; // lists compare by reference
        _ = a.PlainText; // a cached plain text does not make it differ
        Assert.Equal(a, b);
        Assert.Equal(a, b with { Summary = "<b>Levy</b>" });
        Assert.NotEqual(a, b with { Summary = "<b>Duty</b>" });
        Assert.Equal("<i>set</i>", (a with { Summary = "<i>set</i>" }).Summary);
    }
}

/// <summary>The direct decoding of character references in the text pass gives what WebUtility.HtmlDecode gives.</summary>
public class ReferenceDecodingTests
{
    [Fact]
    public void Every_numeric_reference_decodes_as_HtmlDecode_does()
    {
        var sb = new StringBuilder();
        for (var v = 0; v <= 0x110000; v += v < 0x3000 ? 1 : 7)
        {
            foreach (var reference in new[] { $"#{v};", $"#x{v:x};", $"#X{v:X};", $"#0{v};" })
            {
                sb.Clear();
                FeedHtml.AppendDecoded(sb, reference);
                Assert.True(System.Net.WebUtility.HtmlDecode("&" + reference) == sb.ToString(), reference);
            }
        }
    }

    [Theory]
    [InlineData("amp;")]
    [InlineData("lt;")]
    [InlineData("gt;")]
    [InlineData("quot;")]
    [InlineData("nbsp;")]
    [InlineData("apos;")]
    [InlineData("eacute;")]
    [InlineData("rsquo;")]
    [InlineData("unknown;")]
    [InlineData("#99999999;")]
    [InlineData("#xFFFFFFFF;")]
    [InlineData("#;")]
    public void Named_and_odd_references_decode_as_HtmlDecode_does(string reference)
    {
        var sb = new StringBuilder();
        FeedHtml.AppendDecoded(sb, reference);
        Assert.Equal(System.Net.WebUtility.HtmlDecode("&" + reference), sb.ToString());
    }
}

/// <summary>The content-hash identity is the one stored ids were made with: SHA-256 of the UTF-8 of "title\ncontent", 32 hex characters.</summary>
public class ContentIdentityTests
{
    [Theory]
    [InlineData("T", "<b>Levy</b>")]
    [InlineData("", "")]
    [InlineData("Zölle \ud83d\ude00", "ünïcode \ud83d")]
    [InlineData("lone \ud83d", "\ude00 low")]
    [InlineData("long", null)]
    public void Content_ids_hash_title_line_break_and_content(string title, string? content)
    {
        content ??= new string('x', 5000) + "é";
        var expected = "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(title + "\n" + content)))[..32];
        Assert.Equal(expected, ItemIdentity.Assign([new ItemIdentity.Candidate(null, null, title, content)])[0]);
        Assert.Equal(expected, "sha256:" + ItemIdentity.Hash(title + "\n" + content));
    }
}
