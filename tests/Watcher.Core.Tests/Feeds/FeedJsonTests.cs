using System.Text;
using System.Text.Json;
using Watcher.Core.Feeds;

namespace Watcher.Core.Tests.Feeds;

public class FeedJsonTests
{
    [Fact]
    public void Parse_json_follows_the_contract_shape()
    {
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes("""
            <rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link>
            <item><title>Canola</title><link>/a/1</link><guid isPermaLink="false">w-1</guid><pubDate>Fri, 31 Oct 2025 09:15:00 -0400</pubDate>
            <description>&lt;p&gt;76% levy&lt;/p&gt;</description><author>Ann</author></item>
            <item><title>No date</title></item>
            </channel></rss>
            """), new Uri("https://wire.example/feed"));
        using var doc = JsonDocument.Parse(FeedJson.Serialize(feed));
        var root = doc.RootElement;
        Assert.Equal(["format", "version", "title", "link", "bozo", "items"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("rss", root.GetProperty("format").GetString());
        Assert.Equal("2.0", root.GetProperty("version").GetString());
        Assert.False(root.GetProperty("bozo").GetBoolean());
        var first = root.GetProperty("items")[0];
        Assert.Equal(["id", "title", "link", "published", "updated", "summary", "content", "authors"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("w-1", first.GetProperty("id").GetString());
        Assert.Equal("https://wire.example/a/1", first.GetProperty("link").GetString());
        Assert.Equal("2025-10-31T13:15:00Z", first.GetProperty("published").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("updated").ValueKind);
        Assert.Equal("<p>76% levy</p>", first.GetProperty("summary").GetString());
        Assert.Equal("Ann", first.GetProperty("authors")[0].GetString());
        var second = root.GetProperty("items")[1];
        Assert.False(string.IsNullOrEmpty(second.GetProperty("id").GetString()));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("published").ValueKind);
    }
}
