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

    /// <summary>The chunked white-space collapse gives what the plain one-character-at-a-time rule gives, on random white-space soup.</summary>
    [Fact]
    public void Collapsing_white_space_in_chunks_matches_the_character_rule()
    {
        string[] pieces = ["a", "word", " ", "  ", "\n", "\t", "\r", "\f", "\v", "\u00a0", "\u2003", "x y", " \n ", "\n\n"];
        var random = new Random(7);
        for (var n = 0; n < 20_000; n++)
        {
            var sb = new System.Text.StringBuilder(1); // grows chunk by chunk: Collapse reads across chunk boundaries
            for (var k = random.Next(1, 12); k > 0; k--) sb.Append(pieces[random.Next(pieces.Length)]);
            var text = sb.ToString();
            Assert.True(Reference(text) == HtmlText.ToPlainText(text), $"differs for «{text}»");
            var start = random.Next(text.Length / 2 + 1);
            var end = random.Next(start, text.Length + 1);
            Assert.True(Reference(text[start..end]) == HtmlText.Collapse(sb, start, end), $"differs for «{text}» [{start}, {end})");
        }
    }

    private static string Reference(string text)
    {
        var sb = new System.Text.StringBuilder();
        var lineStart = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                if (sb.Length > lineStart) { sb.Append('\n'); lineStart = sb.Length; }
                pendingSpace = false;
            }
            else if (c is ' ' or '\t' or '\r' or '\f' or '\v' or '\u00a0') pendingSpace = sb.Length > lineStart;
            else
            {
                if (pendingSpace) sb.Append(' ');
                pendingSpace = false;
                sb.Append(c);
            }
        }
        if (sb.Length > 0 && sb[^1] == '\n') sb.Length--;
        return sb.ToString();
    }
}
