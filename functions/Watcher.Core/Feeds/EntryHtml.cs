namespace Watcher.Core.Feeds;

/// <summary>
/// A summary or content field as read from a feed, sanitised on first use. Parsing keeps the raw HTML and the base
/// URL; <see cref="Html"/> runs <see cref="FeedHtml.Sanitize"/> once, when something renders it (<c>watcher parse</c>,
/// an identity that falls back to a content hash), and <see cref="PlainText"/> reads the text of that sanitised form
/// without building it (<see cref="FeedHtml.ToPlainText"/>). Nothing outside this class sees the raw HTML.
/// Equality is by the sanitised HTML, so entries compare as they did when sanitising was eager.
/// </summary>
internal sealed class EntryHtml
{
    private readonly string raw;
    private readonly Uri? baseUrl;
    private string? html;
    private string? text;

    private EntryHtml(string raw, Uri? baseUrl, string? html)
    {
        this.raw = raw;
        this.baseUrl = baseUrl;
        this.html = html;
    }

    /// <summary>HTML still to be sanitised against <paramref name="baseUrl"/>.</summary>
    public static EntryHtml Unsanitised(string raw, Uri? baseUrl) => new(raw, baseUrl, null);

    /// <summary>HTML that is already sanitised (or null).</summary>
    public static EntryHtml? Sanitised(string? html) => html is null ? null : new(html, null, html);

    // Races are benign: two threads compute the same string and one reference wins.
    public string Html => html ??= FeedHtml.Sanitize(raw, baseUrl)!;

    public string PlainText => text ??= html is not null ? HtmlText.ToPlainText(html) : FeedHtml.ToPlainText(raw);

    public override bool Equals(object? obj) => obj is EntryHtml other && string.Equals(Html, other.Html, StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Html);

    public override string ToString() => Html;
}
