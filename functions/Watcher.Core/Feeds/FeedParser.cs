namespace Watcher.Core.Feeds;

/// <summary>Limits that hold for every parse, whatever the input.</summary>
public sealed record FeedParserOptions
{
    public static readonly FeedParserOptions Default = new();
    /// <summary>Documents larger than this are refused (the fetcher applies the same cap to decompressed bodies).</summary>
    public long MaxBytes { get; init; } = FeedParser.DefaultMaxBytes;
    /// <summary>A parse that runs longer than this stops with a <see cref="FeedParseException"/>.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(10);
    /// <summary>The HTTP Content-Type the document was served with, for its charset.</summary>
    public string? ContentType { get; init; }
    /// <summary>Whether well-formed UTF-8 is read with the fast tokenizer first (off only to compare it with XmlReader).</summary>
    internal bool FastXml { get; init; } = true;
}

/// <summary>
/// Detects the format of a document and parses it into a <see cref="FeedDocument"/>: RSS 0.9x/1.0/2.0, RDF, Atom
/// 0.3/1.0, CDF and JSON Feed 1.x. XML is read strictly first, in one streaming pass; if it is not well-formed, a
/// tolerant repair pass (<see cref="XmlRepair"/>) runs and the better of the two results is kept, with
/// <see cref="FeedDocument.Bozo"/> set. Entries completed before an unrecoverable break are kept.
/// </summary>
public static class FeedParser
{
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    public static FeedDocument Parse(ReadOnlySpan<byte> data, Uri? baseUrl = null) => Parse(data, baseUrl, FeedParserOptions.Default);

    public static FeedDocument Parse(ReadOnlySpan<byte> data, Uri? baseUrl, string? contentType) =>
        Parse(data, baseUrl, FeedParserOptions.Default with { ContentType = contentType });

    public static FeedDocument Parse(byte[] data, Uri? baseUrl = null) => Parse(data, baseUrl, FeedParserOptions.Default);

    public static FeedDocument Parse(byte[] data, Uri? baseUrl, string? contentType) =>
        Parse(data, baseUrl, FeedParserOptions.Default with { ContentType = contentType });

    public static FeedDocument Parse(ReadOnlySpan<byte> data, Uri? baseUrl, FeedParserOptions options) => Parse(data.ToArray(), baseUrl, options);

    /// <summary>Parses <paramref name="data"/>, which the parser may keep: summaries and contents of well-formed UTF-8
    /// feeds are decoded from it when first read, so the array must not be changed after the call (the span overloads copy).</summary>
    public static FeedDocument Parse(byte[] data, Uri? baseUrl, FeedParserOptions options)
    {
        if (data.Length > options.MaxBytes)
            throw new FeedParseException($"document is {data.Length} bytes, more than the {options.MaxBytes}-byte limit");
        // Fast path: well-formed UTF-8 XML is read straight from the bytes, with no decoded copy: by the span tokenizer
        // when it has no doubt, else by XmlReader.
        if (FeedDecoder.IsPlainUtf8(data, options.ContentType, out var offset) && data.AsSpan(offset).TrimStart(" \t\r\n"u8) is [(byte)'<', ..])
        {
            var fast = options.FastXml ? XmlFeedReader.ReadFast(data, offset, baseUrl, options.TimeLimit) : null;
            if (fast is not null) return Assemble(fast, baseUrl);
            var direct = XmlFeedReader.ReadUtf8(data, offset, baseUrl, options.TimeLimit);
            if (direct.Error is null && direct.RecognisedRoot) return Assemble(direct, baseUrl);
        }
        return ParseText(data, baseUrl, options);
    }

    /// <summary>The document from a clean UTF-8 read, whose result is then reused by the next parse on this thread.</summary>
    private static FeedDocument Assemble(XmlReadResult read, Uri? baseUrl)
    {
        var feed = FeedAssembler.Build(read, baseUrl, "utf-8");
        read.Recycle();
        return feed;
    }

    private static FeedDocument ParseText(ReadOnlySpan<byte> data, Uri? baseUrl, FeedParserOptions options)
    {
        if (data.Length > options.MaxBytes)
            throw new FeedParseException($"document is {data.Length} bytes, more than the {options.MaxBytes}-byte limit");
        var decoded = FeedDecoder.Decode(data, options.ContentType);
        var text = decoded.Text;
        var start = 0;
        while (start < text.Length && (char.IsWhiteSpace(text[start]) || text[start] == '\uFEFF')) start++;
        if (start == text.Length) throw new FeedParseException("empty document");
        if (text[start] is '{' or '[')
            return JsonFeedReader.Read(text, baseUrl, decoded.Encoding, decoded.Problem);
        return ParseXml(start == 0 ? text : text[start..], baseUrl, decoded, options);
    }

    private static FeedDocument ParseXml(string xml, Uri? baseUrl, DecodedText decoded, FeedParserOptions options)
    {
        var first = XmlFeedReader.Read(xml, baseUrl, options.TimeLimit);
        var chosen = first;
        string? problem = null;
        if (first.Error is not null)
        {
            var repaired = XmlRepair.Repair(xml, out var onlyDoctype);
            var second = XmlFeedReader.Read(repaired, baseUrl, options.TimeLimit);
            if (second.RecognisedRoot && (second.Error is null || second.Entries.Count >= first.Entries.Count || !first.RecognisedRoot))
                chosen = second;
            if (chosen.Error is not null || !onlyDoctype || chosen == first)
                problem = $"not well-formed XML: {(chosen.Error ?? first.Error).Message}";
        }
        if (!chosen.RecognisedRoot)
            throw new FeedParseException(problem ?? "not a feed", first.Error);
        problem ??= decoded.Problem;
        return FeedAssembler.Build(chosen, baseUrl, decoded.Encoding, problem);
    }

    internal static IReadOnlyList<FeedEntry> WithIds(List<FeedEntry> entries, List<ItemIdentity.Candidate> candidates)
    {
        var ids = ItemIdentity.Assign(candidates);
        for (var i = 0; i < entries.Count; i++) entries[i] = entries[i] with { Id = ids[i] };
        return entries;
    }

    /// <summary>An absolute URL for <paramref name="url"/> (http, https, mailto or ftp), resolved against the base when relative.</summary>
    internal static string? Resolve(string? url, Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        url = url.Trim();
        if (Uri.TryCreate(url, UriKind.Absolute, out var abs) && abs.Scheme is "http" or "https" or "mailto" or "ftp") return abs.OriginalString == url && IsPlain(url) ? url : abs.AbsoluteUri;
        if (baseUrl is not null && Uri.TryCreate(baseUrl, url, out var rel) && rel.Scheme is "http" or "https") return rel.AbsoluteUri;
        return abs is null ? url : null;
    }

    private static bool IsPlain(string url)
    {
        foreach (var c in url) if (c > 0x7e || c <= 0x20) return false;
        return true;
    }
}
