namespace Watcher.Core.Feeds.Xml;

/// <summary>
/// A text or CDATA node's value left as the document's UTF-8 bytes until it is first read: the string
/// <see cref="Utf8XmlReader"/>'s <c>Value</c> would have given, trimmed as a field value is. The node was checked when
/// it was read (references, UTF-8), so decoding it later cannot fail. Keeps the document's bytes alive until then.
/// </summary>
internal sealed class Utf8Value
{
    private readonly byte[] data;
    private readonly int start, length;
    private readonly bool references;

    public Utf8Value(byte[] data, int start, int length, bool references)
    {
        this.data = data;
        this.start = start;
        this.length = length;
        this.references = references;
    }

    /// <summary>The node's value as the reader reports it (not trimmed).</summary>
    public string Decode() => Utf8XmlText.Decode(data.AsSpan(start, length), references, attribute: false);

    /// <summary>
    /// Whether the trimmed value is surely not empty, told from the bytes: the first byte that is not XML white space
    /// is a printable ASCII character other than '&amp;', or one of the predefined entities (escaped HTML starts with
    /// &amp;lt;). Control characters never reach here; a character reference or a non-ASCII character could be white
    /// space that <see cref="string.Trim()"/> removes, so those are not sure.
    /// </summary>
    public static bool SurelyNotEmpty(ReadOnlySpan<byte> s)
    {
        var at = s.IndexOfAnyExcept(" \t\r\n"u8);
        if (at < 0) return false;
        var rest = s[at..];
        if (rest[0] != '&') return rest[0] is > 0x20 and < 0x7f;
        return rest.StartsWith("&lt;"u8) || rest.StartsWith("&gt;"u8) || rest.StartsWith("&amp;"u8)
            || rest.StartsWith("&quot;"u8) || rest.StartsWith("&apos;"u8);
    }
}
