using System.Text;

namespace Watcher.Core.Feeds;

/// <summary>The text of a document and how it was decoded.</summary>
public readonly record struct DecodedText(string Text, string Encoding, string? Problem);

/// <summary>
/// Turns the bytes of a feed into text, the way feed readers do (RFC 7303 and feedparser): a byte-order mark wins,
/// then the HTTP charset, then the XML declaration, then UTF-8; text/* without a charset means us-ascii. A body
/// that is not valid in the chosen encoding is handed to <see cref="CharsetDetection"/> (big5, gb2312, shift_jis,
/// euc-jp, euc-kr, windows-1251, koi8-r, greek, hebrew, thai…); when it has no trusted guess the body falls back to
/// windows-1252 (or the declared legacy encoding). Either way it is reported as a problem, never an exception.
/// </summary>
public static partial class FeedDecoder
{
    static FeedDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);
    internal static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    public static DecodedText Decode(ReadOnlySpan<byte> data, string? contentType = null)
    {
        var (bomEncoding, bomLength) = DetectBom(data);
        if (bomEncoding is not null)
            return Strict(data[bomLength..], bomEncoding, null) ?? Lossy(data[bomLength..], bomEncoding, "invalid bytes after the byte-order mark");

        var sniffed = SniffUnicodeWithoutBom(data);
        if (sniffed is not null)
            return Strict(data, sniffed, null) ?? Lossy(data, sniffed, "invalid UTF-16/32 bytes");

        var (mediaType, charset) = ParseContentType(contentType);
        // An HTML page (a page source) names its encoding in <meta charset>; the XML declaration rules stay for feeds.
        var declared = DeclaredEncoding(data);
        var meta = mediaType == "text/html" && charset is null && declared is null ? HtmlMetaCharset(data) : null;
        var problem = mediaType is not null && !IsXmlOrFeedType(mediaType) ? $"served as {mediaType}, not an XML or feed type" : null;

        string? name;
        if (charset is not null) name = charset;
        else if (meta is not null) name = meta;
        else if (mediaType is not null && mediaType.StartsWith("text/", StringComparison.Ordinal) && IsXmlOrFeedType(mediaType)) name = "us-ascii";
        else name = declared ?? "utf-8";

        var encoding = Lookup(name);
        if (encoding is null)
        {
            problem ??= $"unknown encoding '{name}'";
            encoding = Encoding.UTF8;
            name = "utf-8";
        }
        if (encoding.CodePage == 20127) // us-ascii is a label; real servers send UTF-8 or windows-1252 under it
            return Strict(data, StrictUtf8, problem, "us-ascii") ?? Detect(data, problem ?? "non-ASCII bytes under us-ascii")
                ?? Lossy(data, Windows1252, problem ?? "non-ASCII bytes under us-ascii", "us-ascii");
        var decoded = Strict(data, encoding, problem, CanonicalName(name, encoding));
        if (decoded is not null) return decoded.Value;
        // Not valid in the declared encoding (or in UTF-8, when nothing is declared): like feedparser, try the
        // detector's guess next; UTF-8 that is not UTF-8 is then usually windows-1252.
        var tried = declared is null && charset is null && meta is null ? $"no encoding declared and bytes not valid as {name}" : $"bytes not valid as {name}";
        if (Detect(data, problem ?? tried) is { } detected) return detected;
        var fallback = encoding.CodePage == 65001 ? Windows1252 : encoding;
        return Lossy(data, fallback, problem ?? tried);
    }

    /// <summary>
    /// The text in the encoding <see cref="CharsetDetection"/> guesses, when it trusts its guess and the bytes are
    /// valid in it; null otherwise. Runs only after the labelled encoding failed, never on the UTF-8 fast path.
    /// </summary>
    private static DecodedText? Detect(ReadOnlySpan<byte> data, string problem) =>
        CharsetDetection.Guess(data) is { } guess
            ? Strict(data, guess.Encoding, $"{problem}; detected {guess.Label} (confidence {guess.Confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)})", guess.Label)
            : null;

    /// <summary>
    /// True when <see cref="Decode"/> would read the bytes as plain UTF-8 with no problem to report, so a reader can
    /// consume them directly; <paramref name="offset"/> skips a UTF-8 byte-order mark.
    /// </summary>
    public static bool IsPlainUtf8(ReadOnlySpan<byte> data, string? contentType, out int offset)
    {
        offset = data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        if (offset == 0 && (DetectBom(data).Item1 is not null || SniffUnicodeWithoutBom(data) is not null)) return false;
        var (mediaType, charset) = ParseContentType(contentType);
        if (offset == 3) return mediaType is null || IsXmlOrFeedType(mediaType);
        if (mediaType is not null && (!IsXmlOrFeedType(mediaType) || charset is null && mediaType.StartsWith("text/", StringComparison.Ordinal))) return false;
        if (charset is not null) return charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
        return DeclaresUtf8OrNothing(data);
    }

    /// <summary>Whether <see cref="DeclaredEncoding"/> is null, "utf-8" or "utf8" (any case), read from the bytes for the
    /// usual declarations; anything else (a value to trim, another name) is left to it.</summary>
    internal static bool DeclaresUtf8OrNothing(ReadOnlySpan<byte> d)
    {
        var i = 0;
        while (i < d.Length && d[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') i++;
        if (!d[i..].StartsWith("<?xml"u8)) return true;
        var end = d[i..].IndexOf("?>"u8);
        if (end < 0) return true;
        var decl = d.Slice(i, Math.Min(end, 200));
        var at = decl.IndexOf("encoding"u8);
        if (at < 0) return true;
        var rest = decl[(at + 8)..].TrimStart(" =\t"u8);
        if (rest.Length == 0 || rest[0] is not ((byte)'"' or (byte)'\'')) return true;
        var close = rest[1..].IndexOf(rest[0]);
        if (close <= 0) return true;
        var value = rest.Slice(1, close);
        if (Ascii.EqualsIgnoreCase(value, "utf-8"u8) || Ascii.EqualsIgnoreCase(value, "utf8"u8)) return true;
        var declared = DeclaredEncoding(d);
        return declared is null || declared.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || declared.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }

    private static DecodedText? Strict(ReadOnlySpan<byte> data, Encoding encoding, string? problem, string? label = null)
    {
        var strict = encoding.CodePage == 65001 ? StrictUtf8 : (Encoding)encoding.Clone();
        if (strict != StrictUtf8) strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        try { return new DecodedText(strict.GetString(data), label ?? CanonicalName(encoding.WebName, encoding), problem); }
        catch (DecoderFallbackException) { return null; }
    }

    private static DecodedText Lossy(ReadOnlySpan<byte> data, Encoding encoding, string problem, string? label = null)
    {
        var replacing = Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
        return new(replacing.GetString(data), label ?? CanonicalName(encoding.WebName, encoding), problem);
    }

    private static (Encoding?, int) DetectBom(ReadOnlySpan<byte> d)
    {
        if (d.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF])) return (new UTF32Encoding(true, false, true), 4);
        if (d.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) return (new UTF32Encoding(false, false, true), 4);
        if (d.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return (StrictUtf8, 3);
        if (d.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (new UnicodeEncoding(true, false, true), 2);
        if (d.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (new UnicodeEncoding(false, false, true), 2);
        return (null, 0);
    }

    /// <summary>XML spec appendix F: '&lt;?' or '&lt;' in UTF-16/32 without a mark.</summary>
    private static Encoding? SniffUnicodeWithoutBom(ReadOnlySpan<byte> d)
    {
        if (d.Length < 4) return null;
        if (d[0] == 0 && d[1] == 0 && d[2] == 0 && d[3] == (byte)'<') return new UTF32Encoding(true, false, true);
        if (d[0] == (byte)'<' && d[1] == 0 && d[2] == 0 && d[3] == 0) return new UTF32Encoding(false, false, true);
        if (d[0] == 0 && d[1] == (byte)'<') return new UnicodeEncoding(true, false, true);
        if (d[0] == (byte)'<' && d[1] == 0) return new UnicodeEncoding(false, false, true);
        return null;
    }

    /// <summary>The encoding="…" of an XML declaration at the start, read as ASCII.</summary>
    internal static string? DeclaredEncoding(ReadOnlySpan<byte> d)
    {
        var i = 0;
        while (i < d.Length && d[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') i++;
        if (!d[i..].StartsWith("<?xml"u8)) return null;
        var end = d[i..].IndexOf("?>"u8);
        if (end < 0) return null;
        var decl = Encoding.ASCII.GetString(d.Slice(i, Math.Min(end, 200)));
        var at = decl.IndexOf("encoding", StringComparison.Ordinal);
        if (at < 0) return null;
        var rest = decl[(at + 8)..].TrimStart(' ', '=', '\t');
        if (rest.Length == 0 || rest[0] is not ('"' or '\'')) return null;
        var close = rest.IndexOf(rest[0], 1);
        return close > 1 ? rest[1..close].Trim() : null;
    }

    /// <summary>
    /// The charset of a &lt;meta charset&gt; or &lt;meta http-equiv="Content-Type" content="…; charset=…"&gt; in the
    /// first 1024 bytes (the HTML prescan's window); utf-16 there means utf-8, as in browsers.
    /// </summary>
    internal static string? HtmlMetaCharset(ReadOnlySpan<byte> d)
    {
        var head = Encoding.Latin1.GetString(d[..Math.Min(d.Length, 1024)]);
        var m = MetaCharset().Match(head);
        if (!m.Success) return null;
        var name = m.Groups[1].Value;
        return name.StartsWith("utf-16", StringComparison.OrdinalIgnoreCase) ? "utf-8" : name;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"<meta\b[^>]*?charset\s*=\s*[""']?\s*([A-Za-z0-9_.:\-]+)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex MetaCharset();

    internal static (string? MediaType, string? Charset) ParseContentType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType)) return (null, null);
        var parts = contentType.Split(';');
        var media = parts[0].Trim().ToLowerInvariant();
        string? charset = null;
        foreach (var p in parts.Skip(1))
        {
            var eq = p.IndexOf('=');
            if (eq < 0 || !p[..eq].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase)) continue;
            charset = p[(eq + 1)..].Trim().Trim('"', '\'', ' ');
            if (charset.Length == 0) charset = null;
        }
        return (media.Length == 0 ? null : media, charset);
    }

    private static bool IsXmlOrFeedType(string media) =>
        media.EndsWith("xml", StringComparison.Ordinal) || media.Contains("xml-", StringComparison.Ordinal) || media.Contains("+xml", StringComparison.Ordinal)
        || media.Contains("json", StringComparison.Ordinal) || media is "text/html" or "application/octet-stream";

    private static Encoding? Lookup(string name)
    {
        var n = name.Trim().ToLowerInvariant();
        n = n switch
        {
            "gb2312" or "gbk" or "x-gbk" or "gb_2312-80" => "gb18030",
            "utf8" => "utf-8",
            "latin1" or "latin-1" => "iso-8859-1",
            "utf-16" => "utf-16be",
            "utf-32" or "utf_32" => "utf-32be",
            _ => n.Replace('_', '-'),
        };
        try { return Encoding.GetEncoding(n); }
        catch (ArgumentException) { return null; }
    }

    private static string CanonicalName(string requested, Encoding e) => e.CodePage switch
    {
        65001 => "utf-8",
        1200 => "utf-16le",
        1201 => "utf-16be",
        12000 => "utf-32le",
        12001 => "utf-32be",
        20127 => "us-ascii",
        28591 => "iso-8859-1",
        54936 or 936 => "gb18030",
        _ => e.WebName.ToLowerInvariant(),
    };
}
