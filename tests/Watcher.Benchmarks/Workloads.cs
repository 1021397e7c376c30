using System.Net;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Watcher.Core.Feeds;

namespace Watcher.Benchmarks;

/// <summary>A set of feed documents parsed as one benchmark operation.</summary>
public sealed record Workload(string Name, IReadOnlyList<byte[]> Documents)
{
    public long Bytes => Documents.Sum(d => (long)d.Length);
    public int Items => Documents.Sum(d => FeedParser.Parse(d).Items.Count);
}

public static class Workloads
{
    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Watcher.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Watcher.sln not found");
    }

    public static string Corpora => Path.GetFullPath(Path.Combine(RepoRoot(), "..", "shared", "corpora"));

    /// <summary>Every XML feed of the feedparser (wellformed) and gofeed corpora that all three parsers and XmlReader accept.</summary>
    public static Workload Corpus()
    {
        var files = Directory.EnumerateFiles(Path.Combine(Corpora, "feedparser", "wellformed"), "*.xml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(Corpora, "gofeed", "translator"), "*.xml", SearchOption.AllDirectories))
            .Order()
            .Select(File.ReadAllBytes)
            .Where(AcceptedByAll)
            .ToList();
        return new Workload("corpus", files);
    }

    /// <summary>
    /// Realistic news feeds built from the seed article: RSS 2.0 and Atom 1.0, 60 items each, with HTML summaries,
    /// full content in CDATA, authors and dates — the shape of a ministry or wire-service feed (~0.5 MB in all).
    /// </summary>
    public static Workload Realistic()
    {
        var paragraphs = File.ReadAllLines(Path.Combine(RepoRoot(), "..", "shared", "domain", "seed-article.txt"))
            .Where(l => l.Trim().Length > 0).ToArray();
        string Html(int i, int count) => string.Concat(Enumerable.Range(0, count).Select(k =>
            $"<p>{WebUtility.HtmlEncode(paragraphs[(i + k) % paragraphs.Length])} <a href=\"/news/{i}/{k}\">more</a> <b>tariffs</b></p>"));
        var rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" xmlns:atom=\"http://www.w3.org/2005/Atom\"><channel><title>Wire</title><link>https://wire.example/</link><atom:link rel=\"self\" href=\"https://wire.example/feed\"/><description>News</description>");
        var atom = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Wire</title><link href=\"https://wire.example/\"/><id>tag:wire.example,2025:feed</id><updated>2025-10-31T09:00:00Z</updated>");
        for (var i = 0; i < 60; i++)
        {
            var date = new DateTimeOffset(2025, 10, 31, 9, 0, 0, TimeSpan.Zero).AddHours(-i);
            rss.Append($"<item><title>Story {i}: Canada and China talk tariffs &amp; trade</title><link>https://wire.example/news/{i}</link><guid isPermaLink=\"false\">wire-{i}</guid><pubDate>{date:R}</pubDate><dc:creator>Reporter {i % 7}</dc:creator>")
               .Append($"<description>{WebUtility.HtmlEncode(Html(i, 2))}</description><content:encoded><![CDATA[{Html(i, 8)}]]></content:encoded></item>");
            atom.Append($"<entry><title type=\"html\">Story {i}: Canada &amp;amp; China</title><link href=\"https://wire.example/news/{i}\"/><id>tag:wire.example,2025:{i}</id><updated>{date:yyyy-MM-ddTHH:mm:ssZ}</updated><author><name>Reporter {i % 7}</name></author>")
                .Append($"<summary type=\"html\">{WebUtility.HtmlEncode(Html(i, 2))}</summary><content type=\"html\">{WebUtility.HtmlEncode(Html(i, 8))}</content></entry>");
        }
        rss.Append("</channel></rss>");
        atom.Append("</feed>");
        return new Workload("realistic", [Encoding.UTF8.GetBytes(rss.ToString()), Encoding.UTF8.GetBytes(atom.ToString())]);
    }

    private static bool AcceptedByAll(byte[] data)
    {
        try
        {
            Parsers.SyndicationFeedLoad(data);
            Parsers.CodeHollow(data);
            Parsers.XmlReaderToEnd(data);
            FeedParser.Parse(data);
            return true;
        }
        catch (Exception)
        {
            return false;
        }
    }
}

/// <summary>The parsers compared, each as a function of the bytes returning the number of items it found.</summary>
public static class Parsers
{
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };

    public static int Watcher(byte[] data) => FeedParser.Parse(data).Items.Count;

    /// <summary>Parse and read every item's id, as the poller does (a content-hash id is computed on first read).</summary>
    public static int WatcherIds(byte[] data)
    {
        var n = 0;
        foreach (var item in FeedParser.Parse(data).Items) n += item.Id.Length > 0 ? 1 : 0;
        return n;
    }

    /// <summary>Parse and read every item's plain text, as the poller does for matching and change detection.</summary>
    public static int WatcherPlainText(byte[] data)
    {
        var n = 0;
        foreach (var item in FeedParser.Parse(data).Items) n += item.PlainText.Length > 0 ? 1 : 0;
        return n;
    }

    /// <summary>Parse and sanitise every summary and content, as <c>watcher parse</c> does when it prints them.</summary>
    public static int WatcherSanitised(byte[] data)
    {
        var n = 0;
        foreach (var item in FeedParser.Parse(data).Items) n += (item.Summary?.Length ?? 0) + (item.Content?.Length ?? 0) > 0 ? 1 : 0;
        return n;
    }

    public static int SyndicationFeedLoad(byte[] data)
    {
        using var reader = XmlReader.Create(new MemoryStream(data), Settings);
        return SyndicationFeed.Load(reader).Items.Count();
    }

    public static int CodeHollow(byte[] data) => global::CodeHollow.FeedReader.FeedReader.ReadFromByteArray(data).Items.Count;

    public static int XmlReaderToEnd(byte[] data)
    {
        using var reader = XmlReader.Create(new MemoryStream(data), Settings);
        var n = 0;
        while (reader.Read()) n++;
        return n;
    }
}
