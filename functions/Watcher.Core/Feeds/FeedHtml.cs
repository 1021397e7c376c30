using Ganss.Xss;

namespace Watcher.Core.Feeds;

/// <summary>
/// The allow-list HTML sanitiser for summaries and content (HtmlSanitizer, on AngleSharp's HTML5 parser): only
/// formatting, structural, list, table, link and image elements survive; no script, style, iframe, form, object or
/// embed; no event-handler or style attributes; URLs only http, https and mailto, made absolute against the base.
/// Text without any tag is already safe HTML and is returned as it is, which keeps the common case fast.
/// </summary>
public static class FeedHtml
{
    private static readonly HtmlSanitizer Sanitizer = Create();

    private static HtmlSanitizer Create()
    {
        var s = new HtmlSanitizer();
        s.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "http", "https", "mailto" }) s.AllowedSchemes.Add(scheme);
        s.AllowedAttributes.Remove("style");
        s.AllowedAttributes.Remove("class");
        s.AllowedAttributes.Remove("id");
        s.AllowedAtRules.Clear();
        s.AllowedCssProperties.Clear();
        s.AllowDataAttributes = false;
        foreach (var tag in new[] { "form", "input", "button", "select", "option", "textarea", "fieldset", "legend", "label", "optgroup", "style" })
            s.AllowedTags.Remove(tag);
        return s;
    }

    public static string? Sanitize(string? html, Uri? baseUrl = null)
    {
        if (html is null) return null;
        var trimmed = html.Trim();
        if (trimmed.AsSpan().IndexOf('<') < 0) return trimmed;
        return Sanitizer.Sanitize(trimmed, baseUrl?.AbsoluteUri ?? string.Empty).Trim();
    }
}
