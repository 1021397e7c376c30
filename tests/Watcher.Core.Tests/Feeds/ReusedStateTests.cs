using System.Text;
using Watcher.Core.Feeds;
using Watcher.Core.Tests.Feeds.Xml;

namespace Watcher.Core.Tests.Feeds;

/// <summary>
/// The parser reuses its per-thread reading state (the feed reader, the read result and its entry builders) from one
/// document to the next. Nothing a returned document holds may change when the next one is parsed, whatever the
/// next one is: another feed, a malformed one, one stopped by the time limit, or many at once on other threads.
/// </summary>
public class ReusedStateTests
{
    private static byte[] Rss(string items) => Encoding.UTF8.GetBytes($"<rss version=\"2.0\"><channel><title>T</title>{items}</channel></rss>");

    private static readonly byte[] First = Rss(
        "<item><guid>a</guid><title>One</title><author>Ann</author><dc:creator xmlns:dc=\"http://purl.org/dc/elements/1.1/\">Bob</dc:creator><description>&lt;b&gt;x&lt;/b&gt;</description></item>" +
        "<item><title>Two</title><description>y</description></item>");

    public static TheoryData<string, byte[]> Next() => new()
    {
        { "another feed", Rss("<item><guid>z</guid><title>Other</title><author>Zed</author><description>other</description></item><item><title>3</title></item><item><title>4</title></item>") },
        { "an atom feed", Encoding.UTF8.GetBytes("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>q</id><author><name>Quinn</name></author><summary>s</summary></entry></feed>") },
        { "a broken feed", Rss("<item><title>Half</title><author>Hal</author></item><item><title>cut") },
        { "not a feed", Encoding.UTF8.GetBytes("<html><body>no</body></html>") },
        { "a document with a DOCTYPE", Encoding.UTF8.GetBytes("<!DOCTYPE rss><rss><channel><item><author>Doc</author></item></channel></rss>") },
    };

    [Theory]
    [MemberData(nameof(Next))]
    public void A_parsed_document_does_not_change_when_the_next_one_is_parsed(string what, byte[] next)
    {
        var expected = FastPathEquivalenceTests.Outcome(First, fast: true);
        var first = FeedParser.Parse(First, new Uri("http://127.0.0.1/feed"));
        var authors = first.Items.Select(i => i.Authors.ToArray()).ToArray();
        try { FeedParser.Parse(next, new Uri("http://127.0.0.1/feed")); }
        catch (FeedParseException) { } // "not a feed": refused, as before
        Assert.Equal(expected, Serialized(first));
        Assert.Equal(authors, first.Items.Select(i => i.Authors.ToArray()).ToArray());
        Assert.Equal(["Ann", "Bob"], first.Items[0].Authors);
        Assert.Equal(expected, FastPathEquivalenceTests.Outcome(First, fast: true)); // and the reused state reads it the same again
        Assert.NotNull(what);
    }

    [Fact]
    public void A_parse_stopped_by_the_time_limit_leaves_nothing_behind()
    {
        var expected = FastPathEquivalenceTests.Outcome(First, fast: true);
        var big = Rss(string.Concat(Enumerable.Range(0, 3000).Select(i => $"<item><guid>{i}</guid><title>t</title></item>")));
        Assert.Throws<FeedParseException>(() => FeedParser.Parse(big, null, FeedParserOptions.Default with { TimeLimit = TimeSpan.Zero }));
        Assert.Equal(expected, FastPathEquivalenceTests.Outcome(First, fast: true));
    }

    [Fact]
    public void Parses_on_many_threads_at_once_give_what_one_thread_gives()
    {
        var docs = Next().Select(row => (byte[])row[1]).Append(First).ToArray();
        var expected = docs.Select(d => FastPathEquivalenceTests.Outcome(d, fast: true)).ToArray();
        var seen = new string[docs.Length * 50];
        Parallel.For(0, seen.Length, k => seen[k] = FastPathEquivalenceTests.Outcome(docs[k % docs.Length], fast: true));
        for (var k = 0; k < seen.Length; k++) Assert.Equal(expected[k % docs.Length], seen[k]);
    }

    private static string Serialized(FeedDocument feed) =>
        FeedJson.Serialize(feed) + " " + System.Text.Json.JsonSerializer.Serialize(feed.Items.Select(i => i.PlainText)) + $" {feed.Bozo} {feed.BozoReason} {feed.Encoding}";
}
