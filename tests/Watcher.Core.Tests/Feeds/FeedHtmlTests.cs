using Watcher.Core.Feeds;
using Watcher.Core.Tests.Conformance;

namespace Watcher.Core.Tests.Feeds;

/// <summary>The sanitiser against known XSS and mutation-XSS payloads; each output is re-parsed by AngleSharp (an HTML5 parser) and must be harmless.</summary>
public class FeedHtmlTests
{
    [Theory]
    [InlineData("<scr<script>ipt>alert(1)</script>")]
    [InlineData("<a href=\"jav&#x09;ascript:alert(1)\">x</a>")]
    [InlineData("<a href=\" javascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>")]
    [InlineData("<a href=\"JaVaScRiPt:alert(1)\">x</a>")]
    [InlineData("<a href=\"vbscript:msgbox(1)\">x</a>")]
    [InlineData("<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>")]
    [InlineData("<img src=x onerror=alert(1)//>")]
    [InlineData("<img src=\"x\" onerror=\"alert(1)")]
    [InlineData("<svg><script>alert(1)</script></svg>")]
    [InlineData("<svg onload=alert(1)>")]
    [InlineData("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>")]
    [InlineData("<style><img src=x onerror=alert(1)></style>")]
    [InlineData("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">")]
    [InlineData("<iframe src=javascript:alert(1)></iframe>")]
    [InlineData("<div style=\"background:url(javascript:alert(1))\">x</div>")]
    [InlineData("<<script>alert(1)//<</script>")]
    [InlineData("<!--<img src=x onerror=alert(1)>-->")]
    [InlineData("<form><button formaction=javascript:alert(1)>go</button></form>")]
    [InlineData("<object data=\"javascript:alert(1)\"></object><embed src=x>")]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">")]
    [InlineData("<base href=\"javascript:alert(1)//\"><a href=\"/x\">x</a>")]
    [InlineData("<p title=\"a\" onmouseover=\"alert(1)\" data-x=\"1\" class=\"c\" style=\"color:red\">t</p>")]
    [InlineData("<textarea><script>alert(1)</script></textarea>")]
    [InlineData("<template><script>alert(1)</script></template>")]
    [InlineData("<a href=\"x\" <img src=x onerror=alert(1)>")]
    [InlineData("<p>\u0000<script>alert(1)</script>\u0000</p>")]
    [InlineData("<SCRIPT SRC=//evil.example/x.js></SCRIPT>")]
    [InlineData("<img src=\"java\nscript:alert(1)\">")]
    [InlineData("<a href=\"javascript&colon;alert(1)\">x</a>")]
    [InlineData("<title><img src=x onerror=alert(1)></title>")]
    [InlineData("<xmp><img src=x onerror=alert(1)></xmp>")]
    public void Hostile_markup_comes_out_harmless(string html)
    {
        var clean = FeedHtml.Sanitize(html, new Uri("https://feed.example/news/"))!;
        Assert.True(FeedparserCorpus.IsHarmless(clean), clean);
        Assert.DoesNotContain("alert(1)<", clean.Replace("&lt;", "<"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p>Tariffs <b>up</b> 25%</p>", "<p>Tariffs <b>up</b> 25%</p>")]
    [InlineData("<a href=\"/a/1\" onclick=\"x()\">one</a>", "<a href=\"https://feed.example/a/1\">one</a>")]
    [InlineData("<a href=\"story?id=1&amp;p=2\">s</a>", "<a href=\"https://feed.example/news/story?id=1&amp;p=2\">s</a>")]
    [InlineData("<img src=\"//cdn.example/i.png\" alt=\"a\">", "<img src=\"https://cdn.example/i.png\" alt=\"a\">")]
    [InlineData("<ul><li>one<li>two</ul>", "<ul><li>one<li>two</li></li></ul>")]
    [InlineData("<p>unclosed <em>emphasis", "<p>unclosed <em>emphasis</em></p>")]
    [InlineData("AT&T &amp; 5 < 6 > 4", "AT&amp;T &amp; 5 &lt; 6 &gt; 4")]
    [InlineData("plain text", "plain text")]
    [InlineData("<blockquote cite=\"mailto:a@b.example\">q</blockquote>", "<blockquote cite=\"mailto:a@b.example\">q</blockquote>")]
    public void Safe_markup_is_kept_and_normalised(string html, string expected)
    {
        Assert.Equal(expected, FeedHtml.Sanitize(html, new Uri("https://feed.example/news/")));
    }
}
