using System.Text.Json;
using Watcher.Core.Feeds;
using Watcher.Core.Sources;

namespace Watcher.Core.Reading;

/// <summary>Items from a JSON API (e.g. the GDELT DOC API's article list) through a small field mapping.</summary>
public static class JsonApiReader
{
    public static FeedDocument Read(ReadOnlySpan<byte> json, Uri url, JsonMapping mapping)
    {
        JsonDocument doc;
        try { doc = JsonDocument.Parse(json.ToArray(), new JsonDocumentOptions { AllowTrailingCommas = true, MaxDepth = 64 }); }
        catch (JsonException ex) { throw new FeedParseException($"not valid JSON: {ex.Message}", ex); }
        using (doc)
        {
            var items = Path(doc.RootElement, mapping.Items);
            if (items is not { ValueKind: JsonValueKind.Array } array)
            {
                // GDELT answers a query with no match with {} (no "articles"): an empty list, not an error.
                if (doc.RootElement.ValueKind == JsonValueKind.Object && items is null) return Empty(url);
                throw new FeedParseException($"'{mapping.Items}' is not an array in the JSON from {url}");
            }
            var entries = new List<FeedEntry>();
            var candidates = new List<ItemIdentity.Candidate>();
            foreach (var item in array.EnumerateArray())
            {
                var title = Text(item, mapping.Title);
                var link = FeedParser.Resolve(Text(item, mapping.Link), url);
                var summary = mapping.Summary is null ? null : Text(item, mapping.Summary);
                var author = mapping.Author is null ? null : Text(item, mapping.Author);
                if (title is null && link is null) continue;
                candidates.Add(new(mapping.Id is null ? null : Text(item, mapping.Id), link, title, summary));
                entries.Add(new FeedEntry
                {
                    Id = string.Empty,
                    Title = title?.Trim(),
                    Link = link,
                    Published = FeedDates.Parse(Text(item, mapping.Date)),
                    Summary = summary is null ? null : FeedHtml.Sanitize(XmlFeedReaderEscape(summary)),
                    Authors = author is null ? [] : [author],
                });
            }
            return new FeedDocument { Format = "api", Link = url.AbsoluteUri, Items = FeedParser.WithIds(entries, candidates) };
        }
    }

    private static FeedDocument Empty(Uri url) => new() { Format = "api", Link = url.AbsoluteUri };

    private static string XmlFeedReaderEscape(string text) => System.Net.WebUtility.HtmlEncode(text);

    private static JsonElement? Path(JsonElement root, string path)
    {
        var current = root;
        if (string.IsNullOrEmpty(path)) return current;
        foreach (var part in path.Split('.'))
        {
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(part, out var next)) current = next;
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(part, out var i) && i >= 0 && i < current.GetArrayLength()) current = current[i];
            else return null;
        }
        return current;
    }

    private static string? Text(JsonElement item, string path) => Path(item, path) switch
    {
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        { ValueKind: JsonValueKind.Number } n => n.GetRawText(),
        _ => null,
    };
}
