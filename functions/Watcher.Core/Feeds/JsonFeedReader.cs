using System.Text.Json;

namespace Watcher.Core.Feeds;

/// <summary>JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1), including 1.0's single <c>author</c>.</summary>
internal static class JsonFeedReader
{
    private const string VersionPrefix = "https://jsonfeed.org/version/";

    public static FeedDocument Read(string json, Uri? baseUrl, string encoding, string? problem)
    {
        JsonDocument doc;
        try { doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 }); }
        catch (JsonException ex) { throw new FeedParseException($"not valid JSON: {ex.Message}", ex); }
        using (doc)
        {
            var root = doc.RootElement;
            var version = Str(root, "version");
            if (root.ValueKind != JsonValueKind.Object || version is null || !(version.StartsWith(VersionPrefix, StringComparison.Ordinal) || version is "1" or "1.0" or "1.1"))
                throw new FeedParseException("not a JSON Feed: no https://jsonfeed.org/version/ in \"version\"");
            if (!version.StartsWith(VersionPrefix, StringComparison.Ordinal)) version = VersionPrefix + version;
            var feedUrl = FeedParser.Resolve(Str(root, "home_page_url"), baseUrl);
            var itemBase = Uri.TryCreate(feedUrl, UriKind.Absolute, out var home) ? home : baseUrl;
            var entries = new List<FeedEntry>();
            var candidates = new List<ItemIdentity.Candidate>();
            if (root.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in items.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.Object) continue;
                    var link = FeedParser.Resolve(Str(item, "url") ?? Str(item, "external_url"), baseUrl ?? itemBase);
                    var html = Str(item, "content_html");
                    var text = Str(item, "content_text");
                    var content = html ?? (text is null ? null : XmlFeedReader.Escape(text));
                    var title = Str(item, "title");
                    candidates.Add(new(IdOf(item), link, title, content));
                    entries.Add(new FeedEntry
                    {
                        Id = string.Empty,
                        Title = title?.Trim(),
                        Link = link,
                        Published = FeedDates.Parse(Str(item, "date_published")),
                        Updated = FeedDates.Parse(Str(item, "date_modified")),
                        Summary = FeedHtml.Sanitize(Str(item, "summary") is { } s ? XmlFeedReader.Escape(s) : null, itemBase),
                        Content = FeedHtml.Sanitize(content, itemBase),
                        Authors = Authors(item) is { Count: > 0 } own ? own : Authors(root),
                    });
                }
            }
            return new FeedDocument
            {
                Format = "json",
                Version = version[VersionPrefix.Length..],
                Title = Str(root, "title")?.Trim(),
                Link = feedUrl,
                Items = FeedParser.WithIds(entries, candidates),
                Encoding = encoding,
                Bozo = problem is not null,
                BozoReason = problem,
            };
        }
    }

    private static string? IdOf(JsonElement item) =>
        item.TryGetProperty("id", out var id) ? id.ValueKind switch
        {
            JsonValueKind.String => id.GetString(),
            JsonValueKind.Number => id.GetRawText(),
            _ => null,
        } : null;

    private static List<string> Authors(JsonElement e)
    {
        var names = new List<string>();
        if (e.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
            names.AddRange(authors.EnumerateArray().Select(a => Str(a, "name")).OfType<string>());
        else if (e.TryGetProperty("author", out var author) && Str(author, "name") is { } n)
            names.Add(n);
        return names;
    }

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
}
