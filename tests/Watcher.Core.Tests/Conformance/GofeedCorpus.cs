using System.Text.Json;
using Watcher.Core.Feeds;

namespace Watcher.Core.Tests.Conformance;

/// <summary>
/// Runs <see cref="FeedParser"/> over ../shared/corpora/gofeed: translator/{rss,atom,json} (each feed beside gofeed's
/// normalised JSON) and parser/json (each JSON Feed beside its expected struct). Only the fields Watcher models are
/// judged: type, version, title, link, and per item title, link, guid, description (summary), content, published,
/// updated and author names; judged as in <see cref="FeedparserCorpus"/>.
/// </summary>
public static class GofeedCorpus
{
    public static string Root => Path.Combine(Paths.Corpora, "gofeed");

    private static readonly Lazy<IReadOnlyList<ConformanceRow>> Cache = new(Run);
    public static IReadOnlyList<ConformanceRow> Rows => Cache.Value;

    private static IReadOnlyList<ConformanceRow> Run()
    {
        var rows = new List<ConformanceRow>();
        foreach (var dir in new[] { "rss", "atom" })
            foreach (var feed in Directory.EnumerateFiles(Path.Combine(Root, "translator", dir), "*.xml").Order())
                Judge(rows, feed, Path.ChangeExtension(feed, ".json"), universal: true);
        foreach (var expected in Directory.EnumerateFiles(Path.Combine(Root, "translator", "json"), "*_expected.json").Order())
            Judge(rows, expected.Replace("_expected.json", ".json", StringComparison.Ordinal), expected, universal: true);
        foreach (var expected in Directory.EnumerateFiles(Path.Combine(Root, "parser", "json"), "*_expected.json").Order())
            Judge(rows, expected.Replace("_expected.json", ".json", StringComparison.Ordinal), expected, universal: false);
        return rows;
    }

    private static void Judge(List<ConformanceRow> rows, string feedFile, string expectedFile, bool universal)
    {
        if (!File.Exists(feedFile) || !File.Exists(expectedFile)) return;
        var name = Path.GetRelativePath(Root, feedFile);
        using var json = JsonDocument.Parse(File.ReadAllBytes(expectedFile));
        var want = json.RootElement;
        FeedDocument? doc = null;
        string? error = null;
        try { doc = FeedParser.Parse(File.ReadAllBytes(feedFile)); }
        catch (FeedParseException ex) { error = ex.Message; }
        void Row(string field, bool pass, string? expected, string? actual) =>
            rows.Add(new ConformanceRow("gofeed", name, field, Path.GetFileName(Path.GetDirectoryName(feedFile)!), pass, expected, actual));
        if (doc is null)
        {
            Row("parse", false, "a feed", "error: " + error);
            return;
        }
        Row("parse", true, "a feed", doc.Format);
        var map = universal
            ? new Fields("feedType", "feedVersion", "title", "link", "title", "link", "guid", "description", "content", "publishedParsed", "updatedParsed")
            : new Fields(null, "version", "title", "home_page_url", "title", "url", "id", "summary", "content_html", "date_published", "date_modified");
        if (map.Type is not null && Str(want, map.Type) is { } type) Row("feed.type", type == (doc.Format == "rdf" ? "rss" : doc.Format), type, doc.Format); // gofeed calls RDF "rss"
        if (Str(want, map.Version) is { } version) Row("feed.version", version == doc.Version, version, doc.Version);
        if (Str(want, map.Title) is { } title) Row("feed.title", title.Trim() == doc.Title, title, doc.Title);
        if (Str(want, map.Link) is { } link) Row("feed.link", link == doc.Link, link, doc.Link);
        if (!want.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array) return;
        Row("items.count", items.GetArrayLength() == doc.Items.Count, items.GetArrayLength().ToString(), doc.Items.Count.ToString());
        for (var i = 0; i < Math.Min(items.GetArrayLength(), doc.Items.Count); i++)
        {
            var w = items[i];
            var e = doc.Items[i];
            if (Str(w, map.ItemTitle) is { } t) Row("item.title", t.Trim() == e.Title, t, e.Title);
            if (Str(w, map.ItemLink) is { } l) Row("item.link", l == e.Link, l, e.Link);
            if (Str(w, map.Guid) is { } g) Row("item.guid", g == e.Id, g, e.Id);
            if (Str(w, map.Description) is { } d) Row("item.description", FeedparserCorpus.SameHtml(e.Summary, universal ? d : System.Net.WebUtility.HtmlEncode(d)), d, e.Summary);
            if (Str(w, map.Content) is { } c) Row("item.content", FeedparserCorpus.SameHtml(e.Content, c), c, e.Content);
            if (Str(w, map.Published) is { } p) Row("item.published", FeedDates.Parse(p) == e.Published, p, e.Published?.ToString("O"));
            if (Str(w, map.Updated) is { } u) Row("item.updated", FeedDates.Parse(u) == e.Updated, u, e.Updated?.ToString("O"));
            if (w.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
            {
                var names = authors.EnumerateArray().Select(a => Str(a, "name")).OfType<string>().ToList();
                if (names.Count > 0) Row("item.authors", names.SequenceEqual(e.Authors), string.Join(", ", names), string.Join(", ", e.Authors));
            }
        }
    }

    private sealed record Fields(string? Type, string Version, string Title, string Link, string ItemTitle, string ItemLink, string Guid,
        string Description, string Content, string Published, string Updated);

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
}
