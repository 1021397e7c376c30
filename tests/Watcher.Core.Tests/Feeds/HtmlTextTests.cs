using Watcher.Core.Feeds;

namespace Watcher.Core.Tests.Feeds;

public class HtmlTextTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("  two   spaces \t here ", "two spaces here")]
    [InlineData("<p>One</p><p>Two <b>bold</b></p>", "One\nTwo bold")]
    [InlineData("a<br>b<br/>c", "a\nb\nc")]
    [InlineData("<script>var x = '<p>';</script>Text<style>p{}</style>", "Text")]
    [InlineData("Q&amp;A &lt;b&gt; &eacute;t&eacute;", "Q&A <b> été")]
    [InlineData("<img alt=\"cat<br />dog\" src=\"x\">after", "after")]
    [InlineData("1 < 2 and 3 > 2", "1 < 2 and 3 > 2")]
    [InlineData("<ul><li>one</li><li>two</li></ul>", "one\ntwo")]
    [InlineData("<h2>Head</h2>body", "Head\nbody")]
    [InlineData("no<span>space</span>added", "nospaceadded")]
    public void Html_becomes_trimmed_lines_of_text(string html, string expected)
    {
        Assert.Equal(expected, HtmlText.ToPlainText(html));
    }
}
