using System.Text;
using Watcher.Core.Feeds;

namespace Watcher.Core.Tests.Feeds;

/// <summary>
/// An item with neither GUID nor link is identified by the hash of its title and sanitised content, computed when its
/// id is first read (GUIDs, repeated GUIDs and links are settled during the parse). Ids are stored keys: these hold
/// the lazy id to exactly what the parse computed before, whatever is read first, and entries to compare as before.
/// </summary>
public class LazyIdTests
{
    private static FeedEntry[] Items(string rss) => [.. FeedParser.Parse(Encoding.UTF8.GetBytes(rss), new Uri("https://feed.example/")).Items];

    private const string Feed = """
        <rss version="2.0"><channel><title>t</title>
        <item><guid>g1</guid><title>A</title></item>
        <item><guid>dup</guid><link>/2</link></item>
        <item><guid>dup</guid><link>/3</link></item>
        <item><link>https://feed.example/4</link></item>
        <item><title>T</title><description>&lt;b onclick="x()"&gt;Levy&lt;/b&gt;</description></item>
        <item><title>  </title><description>&lt;i&gt;d&lt;/i&gt;</description><content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/">&lt;p&gt;c&lt;/p&gt;</content:encoded></item>
        <item><guid>  </guid><link> </link></item>
        </channel></rss>
        """;

    [Fact]
    public void The_fallback_chain_gives_the_same_ids_as_before()
    {
        var ids = Items(Feed).Select(i => i.Id).ToArray();
        Assert.Equal(
            [
                "g1", "dup https://feed.example/2", "dup https://feed.example/3", "https://feed.example/4",
                "sha256:" + ItemIdentity.Hash("T\n<b>Levy</b>"), // sanitised: the event handler is gone
                "sha256:" + ItemIdentity.Hash("\n<p>c</p>"), // no title; the content, not the summary
                "sha256:" + ItemIdentity.Hash("\n"), // blank GUID and link: nothing but the empty title and content
            ], ids);
    }

    /// <summary>An RSS GUID that is an http or https URL is also the item's link, unless isPermaLink="false"; only
    /// such a value is parsed as a URL.</summary>
    [Theory]
    [InlineData("<guid>http://a.example/1</guid>", "http://a.example/1", "http://a.example/1")]
    [InlineData("<guid> HTTPS://a.example/2 </guid>", "HTTPS://a.example/2", "HTTPS://a.example/2")]
    [InlineData("<guid isPermaLink=\"false\">http://a.example/3</guid>", "http://a.example/3", null)]
    [InlineData("<guid>tag:a.example,2025:4</guid>", "tag:a.example,2025:4", null)]
    [InlineData("<guid>urn:http://a.example/5</guid>", "urn:http://a.example/5", null)]
    [InlineData("<guid>ftp://a.example/6</guid>", "ftp://a.example/6", null)]
    [InlineData("<guid>/relative/7</guid>", "/relative/7", null)]
    [InlineData("<guid>hxxp://a.example/8</guid>", "hxxp://a.example/8", null)]
    public void A_guid_that_is_a_web_url_is_also_the_link(string guid, string id, string? link)
    {
        var item = Assert.Single(FeedParser.Parse(Encoding.UTF8.GetBytes($"<rss version=\"2.0\"><channel><item>{guid}</item></channel></rss>")).Items);
        Assert.Equal(id, item.Id);
        Assert.Equal(link, item.Link);
    }

    public static TheoryData<string> FirstReads() => ["id", "summary", "content", "plain text", "all"];

    [Theory]
    [MemberData(nameof(FirstReads))]
    public void The_id_does_not_depend_on_what_is_read_first(string first)
    {
        var expected = Items(Feed).Select(i => i.Id).ToArray();
        var items = Items(Feed);
        foreach (var i in items)
            _ = first switch
            {
                "summary" => i.Summary,
                "content" => i.Content,
                "plain text" => i.PlainText,
                "all" => i.Summary + i.Content + i.PlainText,
                _ => i.Id,
            };
        Assert.Equal(expected, items.Select(i => i.Id));
    }

    /// <summary>Every item of both corpora with a content-hash id: the hash of its title and sanitised content (else
    /// summary), as the eager chain computes it, whether the fields were read before the id or not.</summary>
    [Fact]
    public void Content_hash_ids_over_both_corpora_are_the_eager_chain_s()
    {
        var files = Directory.EnumerateFiles(Path.Combine(Paths.Corpora, "feedparser"), "*.xml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(Paths.Corpora, "gofeed"), "*.xml", SearchOption.AllDirectories));
        var hashed = 0;
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            FeedDocument idFirst, fieldsFirst;
            try
            {
                idFirst = FeedParser.Parse(bytes, new Uri("http://127.0.0.1/feed"));
                fieldsFirst = FeedParser.Parse(bytes, new Uri("http://127.0.0.1/feed"));
            }
            catch (FeedParseException) { continue; }
            var ids = idFirst.Items.Select(i => i.Id).ToArray();
            for (var k = 0; k < ids.Length; k++)
            {
                var entry = fieldsFirst.Items[k];
                var html = entry.Content ?? entry.Summary;
                Assert.True(ids[k] == entry.Id, file);
                if (!ids[k].StartsWith("sha256:", StringComparison.Ordinal)) continue;
                Assert.True(ItemIdentity.Assign([new(null, null, entry.Title, html)])[0] == ids[k], file);
                hashed++;
            }
        }
        Assert.True(hashed > 1000, $"only {hashed} content-hash ids");
    }

    [Fact]
    public void Entries_compare_the_same_whether_or_not_the_id_was_read()
    {
        var a = Items(Feed)[4];
        var b = Items(Feed)[4] with { Authors = a.Authors }; // lists compare by reference
        _ = a.Id;
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(a, b with { Id = a.Id });
        Assert.NotEqual(a, b with { Id = "other" });
        Assert.Equal("other", (b with { Id = "other" }).Id);
    }

    /// <summary>The id is the parsed content's hash: replacing the summary of a copy does not change it (as when the id was computed during the parse).</summary>
    [Fact]
    public void A_copy_with_another_summary_keeps_the_parsed_id()
    {
        var parsed = Items(Feed)[4];
        var copy = parsed with { Summary = "<i>other</i>" };
        Assert.Equal("<i>other</i>", copy.Summary);
        Assert.Equal("sha256:" + ItemIdentity.Hash("T\n<b>Levy</b>"), copy.Id);
    }

    [Fact]
    public void Threads_reading_a_fresh_id_at_once_all_get_the_same_one()
    {
        for (var round = 0; round < 20; round++)
        {
            var entry = Items(Feed)[5];
            var seen = new string[4];
            Parallel.For(0, seen.Length, k => seen[k] = entry.Id);
            Assert.All(seen, id => Assert.Equal("sha256:" + ItemIdentity.Hash("\n<p>c</p>"), id));
        }
    }
}
