using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Watcher.Core.Feeds;

namespace Watcher.Core.Tests.Conformance;

/// <summary>One expectation of a corpus and whether our parser meets it.</summary>
public sealed record ConformanceRow(string Corpus, string File, string Field, string Category, bool Pass, string? Expected, string? Actual);

/// <summary>
/// Runs <see cref="FeedParser"/> over ../shared/corpora/feedparser (expectations.jsonl) in place and judges each row.
/// How a row is judged, per field:
/// bozo — equal; encoding — equal, ignoring case;
/// titles — equal, or equal to the plain text of feedparser's value (our titles are plain text, feedparser's are HTML);
/// links and ids — equal; dates — the same instant in UTC;
/// summary and content — the same HTML after both are parsed and re-serialised by an HTML5 parser, or equal to
/// feedparser's value passed through our sanitiser (same content, our sanitiser's allow-list);
/// authors — our first author equals the value, or the value is "name (email)" with our name.
/// Rows of the <c>sanitize</c> category are judged for intent instead: no script, style, event handler or
/// javascript:/vbscript:/data: URL survives.
/// </summary>
public static class FeedparserCorpus
{
    public static string Root => Path.Combine(Paths.Corpora, "feedparser");

    private static readonly Lazy<IReadOnlyList<ConformanceRow>> Cache = new(Run);
    public static IReadOnlyList<ConformanceRow> Rows => Cache.Value;

    private static readonly HtmlParser Html = new();

    private static IReadOnlyList<ConformanceRow> Run()
    {
        var rows = new List<ConformanceRow>();
        var parsed = new Dictionary<string, (FeedDocument? Doc, string? Error)>();
        foreach (var line in File.ReadLines(Path.Combine(Root, "expectations.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            var r = json.RootElement;
            var file = r.GetProperty("file").GetString()!;
            var field = r.GetProperty("field").GetString()!;
            var category = r.GetProperty("category").GetString() ?? string.Empty;
            var expected = r.GetProperty("expected");
            if (!parsed.TryGetValue(file, out var result)) parsed[file] = result = ParseFile(file, r);
            var (pass, actual) = Judge(result.Doc, result.Error, field, category, expected);
            rows.Add(new ConformanceRow("feedparser", file, field, category, pass, expected.ValueKind == JsonValueKind.String ? expected.GetString() : expected.GetRawText(), actual));
        }
        return rows;
    }

    private static (FeedDocument?, string?) ParseFile(string file, JsonElement row)
    {
        Uri? baseUrl = null;
        string? contentType = null;
        if (row.TryGetProperty("document_uri", out var uri)) baseUrl = new Uri(uri.GetString()!);
        if (row.TryGetProperty("http_headers", out var headers))
        {
            foreach (var h in headers.EnumerateArray().Select(h => h.GetString()!))
            {
                var colon = h.IndexOf(':');
                var (name, value) = (h[..colon].Trim().ToLowerInvariant(), h[(colon + 1)..].Trim());
                if (name == "content-type") contentType = value;
                if (name == "content-location" && Uri.TryCreate(baseUrl, value, out var loc) && loc.Scheme is "http" or "https") baseUrl = loc;
            }
        }
        try
        {
            return (FeedParser.Parse(File.ReadAllBytes(Path.Combine(Root, file)), baseUrl, contentType), null);
        }
        catch (FeedParseException ex)
        {
            return (null, ex.Message);
        }
    }

    private static (bool, string?) Judge(FeedDocument? doc, string? error, string field, string category, JsonElement expected)
    {
        if (field == "bozo")
        {
            var bozo = doc?.Bozo ?? true;
            return (bozo == expected.GetBoolean(), bozo ? "true" : "false");
        }
        if (doc is null) return (false, "error: " + error);
        var entry = doc.Items.Count > 0 ? doc.Items[0] : null;
        var want = expected.ValueKind == JsonValueKind.String ? expected.GetString()! : expected.GetRawText();
        if (category == "sanitize" && field is "entries[0].summary" or "entries[0].content[0].value")
        {
            var html = field.EndsWith("summary", StringComparison.Ordinal) ? entry?.Summary ?? entry?.Content : entry?.Content ?? entry?.Summary;
            return (IsHarmless(html ?? string.Empty), html);
        }
        if (category == "sanitize" && field is "entries[0].title" or "feed.title")
        {
            // Titles are plain text (rendered escaped), so markup in them cannot run; it must not leak through as text either.
            var title = field == "feed.title" ? doc.Title : entry?.Title;
            return (title is null || !title.Contains("script", StringComparison.OrdinalIgnoreCase) || SameTitle(title, want), title);
        }
        return field switch
        {
            "encoding" => (string.Equals(doc.Encoding, want, StringComparison.OrdinalIgnoreCase), doc.Encoding),
            "feed.title" => (SameTitle(doc.Title, want), doc.Title),
            "entries[0].title" => (SameTitle(entry?.Title, want), entry?.Title),
            "feed.link" => (doc.Link == want, doc.Link),
            "entries[0].link" => (entry?.Link == want, entry?.Link),
            "entries[0].id" => (entry?.Id == want, entry?.Id),
            "entries[0].summary" => (SameHtml(entry?.Summary, want), entry?.Summary),
            "entries[0].content[0].value" => (SameHtml(entry?.Content, want), entry?.Content),
            "entries[0].author" or "entries[0].author_detail.name" => (SameAuthor(entry?.Authors.FirstOrDefault(), want), entry?.Authors.FirstOrDefault()),
            "entries[0].published" or "entries[0].published_parsed" => (entry?.Published is { } p && p == FeedDates.Parse(want), entry?.Published?.ToString("O")),
            "entries[0].updated" or "entries[0].updated_parsed" => ((entry?.Updated ?? entry?.Published) is { } u && u == FeedDates.Parse(want), (entry?.Updated ?? entry?.Published)?.ToString("O")),
            _ => (false, "unknown field"),
        };
    }

    private static bool SameTitle(string? actual, string expected)
    {
        var a = Collapse(actual ?? string.Empty);
        return a == Collapse(expected) || a == Collapse(HtmlText.ToPlainText(expected));
    }

    internal static bool SameHtml(string? actual, string expected)
    {
        if (actual is null) return expected.Length == 0;
        var a = NormaliseHtml(actual);
        return a == NormaliseHtml(expected) || a == NormaliseHtml(FeedHtml.Sanitize(expected) ?? string.Empty)
            || a == NormaliseHtml(System.Net.WebUtility.HtmlEncode(expected)); // a text/plain value, which we keep as escaped HTML
    }

    private static bool SameAuthor(string? actual, string expected) =>
        actual is not null && (actual == expected || Regex.IsMatch(expected, "^" + Regex.Escape(actual) + @" \(.*\)$"));

    private static string NormaliseHtml(string html)
    {
        var doc = Html.ParseDocument("<body>" + html + "</body>");
        return Collapse(doc.Body!.InnerHtml);
    }

    private static string Collapse(string s) => Regex.Replace(s, @"\s+", " ").Trim();

    /// <summary>No element or attribute that can run code survives.</summary>
    internal static bool IsHarmless(string html)
    {
        var doc = Html.ParseDocument("<body>" + html + "</body>");
        foreach (var el in doc.Body!.QuerySelectorAll("*"))
        {
            if (el.LocalName is "script" or "style" or "iframe" or "object" or "embed" or "form" or "meta" or "link" or "base" or "frame" or "frameset" or "applet")
                return false;
            foreach (var attr in el.Attributes)
            {
                if (attr.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || attr.Name == "style") return false;
                var v = Regex.Replace(attr.Value, @"[\s\x00-\x1f]", string.Empty);
                if (Regex.IsMatch(v, "^(javascript|vbscript|data|livescript):", RegexOptions.IgnoreCase)) return false;
            }
        }
        return true;
    }
}
