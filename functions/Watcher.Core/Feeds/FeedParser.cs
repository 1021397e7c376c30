using System.Globalization;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;

namespace Watcher.Core.Feeds;

/// <summary>
/// Detects the format of a document and parses it into a <see cref="FeedDocument"/>.
/// XML is read with DTD processing off and no resolver, so no external entity is ever fetched.
/// </summary>
public static class FeedParser
{
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    public static FeedDocument Parse(ReadOnlySpan<byte> data, Uri? baseUrl = null)
    {
        var start = SkipBomAndSpace(data);
        if (start < data.Length && data[start] is (byte)'{' or (byte)'[')
            return ParseJson(data[start..].ToArray(), baseUrl);
        return ParseXml(data.ToArray(), baseUrl);
    }

    private static int SkipBomAndSpace(ReadOnlySpan<byte> data)
    {
        var i = data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        while (i < data.Length && data[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') i++;
        return i;
    }

    private static FeedDocument ParseXml(byte[] data, Uri? baseUrl)
    {
        XDocument doc;
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            CheckCharacters = false,
        };
        try
        {
            using var ms = new MemoryStream(data);
            using var reader = XmlReader.Create(ms, settings);
            doc = XDocument.Load(reader, LoadOptions.SetBaseUri);
        }
        catch (XmlException ex)
        {
            throw new FeedParseException($"not well-formed XML: {ex.Message}", ex);
        }
        var root = doc.Root ?? throw new FeedParseException("empty document");
        return root.Name.LocalName switch
        {
            "rss" => ParseRss(root, baseUrl, "rss", (string?)root.Attribute("version")),
            "RDF" => ParseRss(root, baseUrl, "rdf", "1.0"),
            "feed" => ParseAtom(root, baseUrl),
            _ => throw new FeedParseException($"not a feed: root element <{root.Name.LocalName}>"),
        };
    }

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace ContentNs = "http://purl.org/rss/1.0/modules/content/";

    private static FeedDocument ParseRss(XElement root, Uri? baseUrl, string format, string? version)
    {
        var channel = root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel") ?? root;
        var items = root.Descendants().Where(e => e.Name.LocalName == "item").ToList();
        var feedLink = Resolve(Child(channel, "link"), baseUrl);
        var linkBase = Uri.TryCreate(feedLink, UriKind.Absolute, out var fl) ? fl : baseUrl;

        var candidates = new List<ItemIdentity.Candidate>(items.Count);
        var entries = new List<FeedEntry>(items.Count);
        foreach (var item in items)
        {
            var link = Resolve(Child(item, "link") ?? PermalinkGuid(item), linkBase);
            var description = Child(item, "description");
            var content = item.Element(ContentNs + "encoded")?.Value;
            var title = Child(item, "title");
            var author = Child(item, "author") ?? item.Element(Dc + "creator")?.Value;
            candidates.Add(new(Child(item, "guid"), link, title, content ?? description));
            entries.Add(new FeedEntry
            {
                Id = string.Empty,
                Title = title?.Trim(),
                Link = link,
                Published = FeedDates.Parse(Child(item, "pubDate") ?? item.Element(Dc + "date")?.Value),
                Summary = HtmlSanitizerLite.Sanitize(description),
                Content = HtmlSanitizerLite.Sanitize(content),
                Authors = author is null ? [] : [author.Trim()],
            });
        }
        return new FeedDocument
        {
            Format = format,
            Version = version,
            Title = Child(channel, "title")?.Trim(),
            Link = feedLink,
            Items = WithIds(entries, candidates),
        };
    }

    private static FeedDocument ParseAtom(XElement root, Uri? baseUrl)
    {
        var ns = root.Name.Namespace;
        var version = ns == Atom ? "1.0" : "0.3";
        var feedBase = XmlBase(root, baseUrl);
        var entries = new List<FeedEntry>();
        var candidates = new List<ItemIdentity.Candidate>();
        foreach (var entry in root.Elements(ns + "entry"))
        {
            var entryBase = XmlBase(entry, feedBase);
            var link = Resolve(AtomLink(entry, ns), entryBase);
            var title = entry.Element(ns + "title");
            var summary = entry.Element(ns + "summary");
            var content = entry.Element(ns + "content");
            var published = entry.Element(ns + "published") ?? entry.Element(ns + "issued");
            var updated = entry.Element(ns + "updated") ?? entry.Element(ns + "modified");
            candidates.Add(new((string?)entry.Element(ns + "id"), link, title?.Value, AtomText(content ?? summary)));
            entries.Add(new FeedEntry
            {
                Id = string.Empty,
                Title = HtmlText.ToPlainText(AtomText(title) ?? string.Empty),
                Link = link,
                Published = FeedDates.Parse(published?.Value),
                Updated = FeedDates.Parse(updated?.Value),
                Summary = HtmlSanitizerLite.Sanitize(AtomText(summary)),
                Content = HtmlSanitizerLite.Sanitize(AtomText(content)),
                Authors = entry.Elements(ns + "author").Select(a => (string?)a.Element(ns + "name")).OfType<string>().ToList(),
            });
        }
        return new FeedDocument
        {
            Format = "atom",
            Version = version,
            Title = HtmlText.ToPlainText(AtomText(root.Element(ns + "title")) ?? string.Empty),
            Link = Resolve(AtomLink(root, ns), feedBase),
            Items = WithIds(entries, candidates),
        };
    }

    private static FeedDocument ParseJson(byte[] data, Uri? baseUrl)
    {
        JsonDocument json;
        try { json = JsonDocument.Parse(data); }
        catch (JsonException ex) { throw new FeedParseException($"not valid JSON: {ex.Message}", ex); }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("version", out var v) || v.GetString()?.StartsWith("https://jsonfeed.org/version/", StringComparison.Ordinal) != true)
                throw new FeedParseException("not a JSON Feed: no jsonfeed.org version");
            var entries = new List<FeedEntry>();
            var candidates = new List<ItemIdentity.Candidate>();
            if (root.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in items.EnumerateArray())
                {
                    var link = Resolve(Str(item, "url"), baseUrl);
                    var html = Str(item, "content_html");
                    var text = Str(item, "content_text");
                    var content = html ?? (text is null ? null : System.Net.WebUtility.HtmlEncode(text));
                    candidates.Add(new(Str(item, "id"), link, Str(item, "title"), content));
                    entries.Add(new FeedEntry
                    {
                        Id = string.Empty,
                        Title = Str(item, "title"),
                        Link = link,
                        Published = FeedDates.Parse(Str(item, "date_published")),
                        Updated = FeedDates.Parse(Str(item, "date_modified")),
                        Summary = HtmlSanitizerLite.Sanitize(Str(item, "summary")),
                        Content = HtmlSanitizerLite.Sanitize(content),
                        Authors = JsonAuthors(item),
                    });
                }
            }
            var ver = v.GetString()!["https://jsonfeed.org/version/".Length..];
            return new FeedDocument
            {
                Format = "json",
                Version = ver,
                Title = Str(root, "title"),
                Link = Resolve(Str(root, "home_page_url"), baseUrl),
                Items = WithIds(entries, candidates),
            };
        }
    }

    private static List<string> JsonAuthors(JsonElement item)
    {
        var names = new List<string>();
        if (item.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
            names.AddRange(authors.EnumerateArray().Select(a => Str(a, "name")).OfType<string>());
        else if (item.TryGetProperty("author", out var author) && Str(author, "name") is { } n)
            names.Add(n);
        return names;
    }

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    private static IReadOnlyList<FeedEntry> WithIds(List<FeedEntry> entries, List<ItemIdentity.Candidate> candidates)
    {
        var ids = ItemIdentity.Assign(candidates);
        return entries.Select((e, i) => e with { Id = ids[i] }).ToList();
    }

    private static string? Child(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName && e.Name.Namespace != Atom)?.Value;

    private static string? PermalinkGuid(XElement item)
    {
        var guid = item.Elements().FirstOrDefault(e => e.Name.LocalName == "guid");
        if (guid is null || (string?)guid.Attribute("isPermaLink") == "false") return null;
        return Uri.TryCreate(guid.Value.Trim(), UriKind.Absolute, out var u) && u.Scheme.StartsWith("http", StringComparison.Ordinal) ? guid.Value.Trim() : null;
    }

    private static string? AtomLink(XElement parent, XNamespace ns)
    {
        var links = parent.Elements(ns + "link").ToList();
        var alt = links.FirstOrDefault(l => ((string?)l.Attribute("rel") ?? "alternate") == "alternate") ?? links.FirstOrDefault();
        return (string?)alt?.Attribute("href");
    }

    private static string? AtomText(XElement? e)
    {
        if (e is null) return null;
        var type = (string?)e.Attribute("type");
        if (type is "xhtml" or "application/xhtml+xml")
        {
            var div = e.Elements().FirstOrDefault();
            return div is null ? e.Value : string.Concat(div.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
        }
        if (type is "html" or "text/html") return e.Value;
        return System.Net.WebUtility.HtmlEncode(e.Value);
    }

    private static Uri? XmlBase(XElement e, Uri? inherited)
    {
        var b = (string?)e.Attribute(XNamespace.Xml + "base");
        if (b is null) return inherited;
        return inherited is null ? (Uri.TryCreate(b, UriKind.Absolute, out var abs) ? abs : null)
                                 : (Uri.TryCreate(inherited, b, out var rel) ? rel : inherited);
    }

    internal static string? Resolve(string? url, Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        url = url.Trim();
        if (Uri.TryCreate(url, UriKind.Absolute, out var abs) && abs.Scheme is "http" or "https" or "mailto" or "ftp") return abs.AbsoluteUri;
        if (baseUrl is not null && Uri.TryCreate(baseUrl, url, out var rel)) return rel.AbsoluteUri;
        return url;
    }
}

/// <summary>Date formats feeds use: RFC 822 (and its common variants) and ISO 8601 / W3CDTF, normalised to UTC.</summary>
public static class FeedDates
{
    private static readonly string[] Rfc822 =
    [
        "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yy HH:mm:ss zzz",
        "ddd, d MMM yyyy HH:mm:ss", "d MMM yyyy HH:mm zzz",
    ];

    private static readonly Dictionary<string, string> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = "+00:00", ["UT"] = "+00:00", ["UTC"] = "+00:00", ["Z"] = "+00:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
    };

    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = text.Trim();
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var iso) && char.IsDigit(s[0]))
            return iso.ToUniversalTime();
        var parts = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length > 0 && Zones.TryGetValue(parts[^1], out var offset)) parts[^1] = offset;
        else if (parts.Length > 0 && parts[^1].Length == 5 && parts[^1][0] is '+' or '-') parts[^1] = parts[^1][..3] + ":" + parts[^1][3..];
        var normalised = string.Join(' ', parts);
        if (DateTimeOffset.TryParseExact(normalised, Rfc822, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var rfc))
            return rfc.ToUniversalTime();
        return DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var any) ? any.ToUniversalTime() : null;
    }
}
