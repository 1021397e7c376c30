using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Watcher.Core.Feeds;
using Watcher.Core.Sources;

namespace Watcher.Core.Reading;

/// <summary>Items from an HTML page without a feed (a ministry's press releases), found by CSS selectors.</summary>
public static class PageReader
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    public static FeedDocument Read(string html, Uri pageUrl, PageSelectors selectors)
    {
        var doc = Parser.ParseDocument(html);
        var baseUrl = BaseOf(doc, pageUrl);
        IHtmlCollection<IElement> blocks;
        try { blocks = doc.QuerySelectorAll(selectors.Item); }
        catch (AngleSharp.Dom.DomException ex) { throw new FeedParseException($"selector '{selectors.Item}' is not valid CSS: {ex.Message}", ex); }

        var entries = new List<FeedEntry>();
        var candidates = new List<ItemIdentity.Candidate>();
        foreach (var block in blocks)
        {
            var title = Value(block, selectors.Title, "h1, h2, h3, h4, h5, h6, a", attribute: null);
            var href = Value(block, selectors.Link, "a[href]", attribute: "href")
                ?? (block.LocalName == "a" ? block.GetAttribute("href") : null);
            var link = FeedParser.Resolve(href, baseUrl);
            var dateText = Value(block, selectors.Date, "time", attribute: "datetime");
            var summaryHtml = selectors.Summary is null ? null : Select(block, selectors.Summary)?.InnerHtml;
            var summary = FeedHtml.Sanitize(summaryHtml, baseUrl);
            if (title is null && link is null) continue;
            candidates.Add(new(null, link, title, summary));
            entries.Add(new FeedEntry
            {
                Id = string.Empty,
                Title = Collapse(title),
                Link = link,
                Published = ParseDate(dateText, selectors.DateFormat),
                Summary = summary,
            });
        }
        return new FeedDocument
        {
            Format = "page",
            Title = Collapse(doc.Title),
            Link = pageUrl.AbsoluteUri,
            Items = FeedParser.WithIds(entries, candidates),
        };
    }

    /// <summary>
    /// The text (or attribute, with "selector@attr") of the first match. A comma-separated list is tried in order,
    /// each part with its own @attr. Without a selector, <paramref name="fallback"/> is used and <paramref name="attribute"/>
    /// is preferred over the text.
    /// </summary>
    private static string? Value(IElement block, string? selector, string fallback, string? attribute)
    {
        if (selector is null)
        {
            var el = Select(block, fallback);
            if (el is null) return null;
            return attribute is not null && el.GetAttribute(attribute) is { } v ? v : el.TextContent;
        }
        foreach (var part in selector.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (css, attr) = Split(part);
            var el = Select(block, css);
            if (el is null) continue;
            var value = attr is not null ? el.GetAttribute(attr) : attribute == "href" && el.GetAttribute("href") is { } href ? href : el.TextContent;
            if (!string.IsNullOrWhiteSpace(value)) return value;
        }
        return null;
    }

    private static (string Css, string? Attr) Split(string part)
    {
        var at = part.LastIndexOf('@');
        return at > 0 ? (part[..at].Trim(), part[(at + 1)..].Trim()) : at == 0 ? (":scope", part[1..]) : (part, null);
    }

    private static IElement? Select(IElement block, string css)
    {
        if (css == ":scope") return block;
        try { return block.QuerySelector(css); }
        catch (AngleSharp.Dom.DomException ex) { throw new FeedParseException($"selector '{css}' is not valid CSS: {ex.Message}", ex); }
    }

    private static DateTimeOffset? ParseDate(string? text, string? format)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (format is not null && DateTimeOffset.TryParseExact(text.Trim(), format, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal | DateTimeStyles.AllowWhiteSpaces, out var exact))
            return exact;
        return FeedDates.Parse(Collapse(text));
    }

    private static Uri BaseOf(IDocument doc, Uri pageUrl)
    {
        var href = doc.QuerySelector("base[href]")?.GetAttribute("href");
        return href is not null && Uri.TryCreate(pageUrl, href, out var b) && b.Scheme is "http" or "https" ? b : pageUrl;
    }

    internal static string? Collapse(string? text)
    {
        if (text is null) return null;
        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length == 0 ? null : collapsed;
    }
}
