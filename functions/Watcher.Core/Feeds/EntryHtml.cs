using Watcher.Core.Feeds.Xml;

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
    private string? raw;
    /// <summary>A field the UTF-8 tokenizer left undecoded: <see cref="raw"/> is made from it on first read, exactly as
    /// <see cref="FeedAssembler"/> makes it from a decoded value (HTML-escaped when the field is text), then dropped.</summary>
    private Utf8Value? pending;
    private readonly bool escape;
    private readonly Uri? baseUrl;
    private string? html;
    private string? text;

    private EntryHtml(string? raw, Utf8Value? pending, bool escape, Uri? baseUrl, string? html)
    {
        this.raw = raw;
        this.pending = pending;
        this.escape = escape;
        this.baseUrl = baseUrl;
        this.html = html;
    }

    /// <summary>HTML still to be sanitised against <paramref name="baseUrl"/>.</summary>
    public static EntryHtml Unsanitised(string raw, Uri? baseUrl) => new(raw, null, false, baseUrl, null);

    /// <summary>A field still to be decoded (and escaped when it is text, not HTML), then sanitised against <paramref name="baseUrl"/>.</summary>
    public static EntryHtml Undecoded(Utf8Value value, bool isHtml, Uri? baseUrl) => new(null, value, !isHtml, baseUrl, null);

    /// <summary>HTML that is already sanitised (or null).</summary>
    public static EntryHtml? Sanitised(string? html) => html is null ? null : new(html, null, false, null, html);

    // Races are benign: two threads compute the same string and one reference wins (pending is read before it is
    // dropped, and raw is set before pending is dropped).
    private string Raw
    {
        get
        {
            if (raw is { } r) return r;
            var p = Volatile.Read(ref pending);
            if (p is null) return raw!;
            var made = FeedAssembler.RawHtml(p.Decode().Trim(), escape);
            raw = made;
            Volatile.Write(ref pending, null);
            return made;
        }
    }

    public string Html => html ??= FeedHtml.Sanitize(Raw, baseUrl)!;

    public string PlainText => text ??= html is not null ? HtmlText.ToPlainText(html) : FeedHtml.ToPlainText(Raw);

    public override bool Equals(object? obj) => obj is EntryHtml other && string.Equals(Html, other.Html, StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Html);

    public override string ToString() => Html;
}
