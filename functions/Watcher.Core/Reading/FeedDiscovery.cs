using AngleSharp.Html.Parser;

namespace Watcher.Core.Reading;

/// <summary>Feed auto-discovery: the <c>&lt;link rel="alternate"&gt;</c> feeds an HTML page announces, best first.</summary>
public static class FeedDiscovery
{
    private static readonly HtmlParser Parser = new();

    private static readonly string[] FeedTypes =
        ["application/atom+xml", "application/rss+xml", "application/feed+json", "application/json", "application/rdf+xml", "application/xml", "text/xml"];

    public static IReadOnlyList<Uri> Find(string html, Uri pageUrl)
    {
        var doc = Parser.ParseDocument(html);
        var found = new List<(int Rank, Uri Url)>();
        foreach (var link in doc.QuerySelectorAll("link[rel][href]"))
        {
            var rels = (link.GetAttribute("rel") ?? string.Empty).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!rels.Contains("alternate")) continue;
            var type = (link.GetAttribute("type") ?? string.Empty).Split(';')[0].Trim().ToLowerInvariant();
            var rank = Array.IndexOf(FeedTypes, type);
            if (rank < 0) continue;
            if (Uri.TryCreate(pageUrl, link.GetAttribute("href")!.Trim(), out var url) && url.Scheme is "http" or "https" && found.All(f => f.Url != url))
                found.Add((rank, url));
        }
        return found.OrderBy(f => f.Rank).Select(f => f.Url).ToList();
    }

    /// <summary>True when the bytes look like an HTML page rather than a feed.</summary>
    public static bool LooksLikeHtml(ReadOnlySpan<byte> body, string? contentType)
    {
        if (contentType?.Contains("html", StringComparison.OrdinalIgnoreCase) == true && contentType.Contains("xhtml", StringComparison.OrdinalIgnoreCase) == false) return true;
        var head = System.Text.Encoding.ASCII.GetString(body[..Math.Min(body.Length, 1024)]).TrimStart().ToLowerInvariant();
        return head.StartsWith("<!doctype html", StringComparison.Ordinal) || head.StartsWith("<html", StringComparison.Ordinal);
    }
}
