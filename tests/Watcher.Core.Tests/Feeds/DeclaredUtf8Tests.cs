using System.Text;
using Watcher.Core.Feeds;

namespace Watcher.Core.Tests.Feeds;

/// <summary>
/// The fast path's check of the XML declaration reads the bytes, without making a string for the usual declarations:
/// it must answer what the string rule answers (<c>DeclaredEncoding</c> is null, "utf-8" or "utf8", in any case).
/// </summary>
public class DeclaredUtf8Tests
{
    private static bool StringRule(byte[] d) => FeedDecoder.DeclaredEncoding(d) is not { } e
        || e.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || e.Equals("utf8", StringComparison.OrdinalIgnoreCase);

    [Theory]
    [InlineData("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss/>", true)]
    [InlineData("<?xml version='1.0' encoding='UTF8'?><rss/>", true)]
    [InlineData("  \n<?xml version=\"1.0\" encoding = \" utf-8 \"?><rss/>", true)] // trimmed by the string rule
    [InlineData("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss/>", false)]
    [InlineData("<?xml version=\"1.0\" encoding=\"\"?><rss/>", true)]
    [InlineData("<?xml version=\"1.0\"?><rss/>", true)]
    [InlineData("<rss/>", true)]
    [InlineData("<?xml version=\"1.0\" encoding=\"utf-8", true)] // no end of declaration
    [InlineData("<?xml version=\"1.0\" encoding=\"ütf-8\"?><rss/>", false)]
    public void Answers_as_the_string_rule(string xml, bool expected)
    {
        var d = Encoding.UTF8.GetBytes(xml);
        Assert.Equal(expected, StringRule(d));
        Assert.Equal(expected, FeedDecoder.DeclaresUtf8OrNothing(d));
    }

    [Fact]
    public void Answers_as_the_string_rule_on_random_declarations()
    {
        string[] pieces = ["<?xml", " version='1.0'", " encoding", "=", " = ", "\"", "'", "utf-8", "UTF-8", "utf8", "Utf8 ", " utf-8", "latin1",
            "é", "?>", " ", "\t", "\n", "encoding", "utf", "-8", "\u00a0", "<rss/>"];
        var random = new Random(20261129);
        var differ = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var sb = new StringBuilder(random.Next(4) == 0 ? " " : "");
            if (random.Next(5) > 0) sb.Append("<?xml");
            for (var k = random.Next(1, 10); k > 0; k--) sb.Append(pieces[random.Next(pieces.Length)]);
            var d = Encoding.UTF8.GetBytes(sb.ToString());
            if (StringRule(d) != FeedDecoder.DeclaresUtf8OrNothing(d)) differ++;
            Assert.True(StringRule(d) == FeedDecoder.DeclaresUtf8OrNothing(d), sb.ToString());
        }
        Assert.Equal(0, differ);
    }
}
