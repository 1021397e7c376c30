using System.Diagnostics;
using System.Net;
using System.Text;
using System.Xml;
using Watcher.Core.Feeds.Xml;

namespace Watcher.Core.Feeds;

/// <summary>What one pass of <see cref="XmlFeedReader"/> produced, and where it stopped if the XML broke.</summary>
internal sealed class XmlReadResult
{
    public string? Format;
    public string? Version;
    public readonly EntryBuilder Feed = new();
    public readonly List<EntryBuilder> Entries = [];
    public Exception? Error;
    public bool RecognisedRoot => Format is not null;

    // One result per thread is reused, with its entry builders, once FeedParser has assembled the document from it
    // (a feed of a few hundred bytes would otherwise allocate more for these than for what it returns).
    [ThreadStatic] private static XmlReadResult? spare;
    private readonly List<EntryBuilder> free = [];

    public static XmlReadResult Rent()
    {
        var r = spare ?? new XmlReadResult();
        spare = null;
        return r;
    }

    public EntryBuilder NewEntry()
    {
        if (free.Count == 0) return new EntryBuilder();
        var e = free[^1];
        free.RemoveAt(free.Count - 1);
        return e;
    }

    /// <summary>Hands the result back for the next parse on this thread. Only for a result nothing refers to any more:
    /// everything read from it (strings, values, author lists) has been taken over, not copied.</summary>
    public void Recycle()
    {
        Format = Version = null;
        Error = null;
        Feed.Reset();
        foreach (var e in Entries)
        {
            if (free.Count >= 64) break;
            e.Reset();
            free.Add(e);
        }
        if (Entries.Count > 1024) return; // a very long feed's list is not kept
        Entries.Clear();
        spare = this;
    }
}

/// <summary>
/// One forward-only pass over an RSS 0.9x/1.0/2.0, RDF, Atom 0.3/1.0 or CDF document with <see cref="XmlReader"/>.
/// No DTD is processed and no resolver is set, so nothing outside the document is ever read. When the XML breaks,
/// the entries completed before the break are kept and the error is returned, not thrown.
/// </summary>
internal sealed class XmlFeedReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        CheckCharacters = false,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    // One reader per thread is reused across documents, with its base-URL stack and text builder (a feed of a few
    // hundred bytes would otherwise allocate them each time).
    [ThreadStatic] private static XmlFeedReader? spare;
    [ThreadStatic] private static Dictionary<string, string>? lowerNames;
    private XmlReader r = null!;
    private XmlReadResult result = null!;
    private long started;
    private long timeLimitMs;
    private TimeSpan timeLimit;
    private Uri?[] bases = new Uri?[16];
    private readonly StringBuilder text = new();
    private EntryBuilder? entry;
    private int entryDepth;
    private bool isAtom;
    private string rootNamespace = string.Empty;
    private int nodes;

    private XmlFeedReader() { }

    private static XmlFeedReader Rent(XmlReader reader, Uri? baseUrl, TimeSpan timeLimit, long started)
    {
        var f = spare ?? new XmlFeedReader();
        spare = null;
        f.r = reader;
        f.result = XmlReadResult.Rent();
        f.started = started;
        f.timeLimit = timeLimit;
        f.timeLimitMs = (long)timeLimit.TotalMilliseconds;
        f.bases[0] = baseUrl;
        f.entry = null;
        f.entryDepth = -1;
        f.isAtom = false;
        f.rootNamespace = string.Empty;
        f.nodes = 0;
        return f;
    }

    /// <summary>Reads decoded text.</summary>
    public static XmlReadResult Read(string xml, Uri? baseUrl, TimeSpan timeLimit) =>
        Read(XmlReader.Create(new StringReader(xml), Settings), baseUrl, timeLimit, Environment.TickCount64);

    /// <summary>Reads UTF-8 bytes directly (the decoder has established they are UTF-8), without a decoded copy.</summary>
    public static XmlReadResult ReadUtf8(byte[] utf8, int offset, Uri? baseUrl, TimeSpan timeLimit)
    {
        XmlReader xml;
        try
        {
            // XmlReader decodes the stream itself (UTF-8 established by the caller) and rejects invalid bytes.
            xml = XmlReader.Create(new MemoryStream(utf8, offset, utf8.Length - offset, writable: false), Settings);
        }
        catch (DecoderFallbackException ex)
        {
            return new XmlReadResult { Error = ex }; // not UTF-8 after all: the caller decodes leniently
        }
        return Read(xml, baseUrl, timeLimit, Environment.TickCount64);
    }

    /// <summary>Why the last <see cref="ReadFast"/> on this thread gave up (for diagnostics).</summary>
    [ThreadStatic] internal static string? LastDoubt;

    /// <summary>
    /// Reads UTF-8 bytes with <see cref="Utf8XmlReader"/>; null when that reader is in doubt (not well-formed, a DOCTYPE,
    /// anything it does not handle) or the document is not a feed, so the caller reads with XmlReader, whose result stands.
    /// A parse over the time limit is not a doubt: its error is thrown.
    /// </summary>
    public static XmlReadResult? ReadFast(byte[] utf8, int offset, Uri? baseUrl, TimeSpan timeLimit)
    {
        var xml = Utf8XmlReader.Create(utf8, offset);
        if (xml is null) { LastDoubt = "bytes"; return null; }
        var started = Environment.TickCount64;
        try
        {
            var result = Read(xml, baseUrl, timeLimit, started);
            LastDoubt = xml.Doubt;
            var clean = xml.Doubt is null && result.Error is null && result.RecognisedRoot;
            xml.Recycle();
            if (clean) return result;
            result.Recycle();
            return null;
        }
        catch (Exception ex) when (ex is not FeedParseException || Environment.TickCount64 - started < (long)timeLimit.TotalMilliseconds)
        {
            LastDoubt = ex.Message;
            return null; // a doubt, a root that is not a feed, nesting too deep: XmlReader decides
        }
    }

    private static XmlReadResult Read(XmlReader xml, Uri? baseUrl, TimeSpan timeLimit, long started)
    {
        var reader = Rent(xml, baseUrl, timeLimit, started);
        try
        {
            reader.Run();
        }
        catch (XmlException ex)
        {
            reader.result.Error = ex;
        }
        catch (FormatException ex)
        {
            reader.result.Error = ex;
        }
        catch (DecoderFallbackException ex)
        {
            reader.result.Error = ex;
        }
        catch (ArgumentException ex)
        {
            // XmlReader and its writer throw these on some mangled documents (found by fuzzing): an out-of-range
            // position in a broken XML declaration, an element named "xmlns:…" (a reserved prefix) that ReadOuterXml
            // will not write. A malformed document.
            reader.result.Error = new XmlException("malformed XML: " + ex.Message, ex);
        }
        finally
        {
            reader.r.Dispose();
        }
        var result = reader.result;
        reader.Return();
        return result;
    }

    /// <summary>Hands the reader back for the next document on this thread (not after an exception it did not catch:
    /// a time-limit stop or a doubt simply leaves it to the collector).</summary>
    private void Return()
    {
        if (bases.Length > 64) bases = new Uri?[16];
        else Array.Clear(bases);
        text.Clear();
        if (text.Capacity > 16 * 1024) text.Capacity = 1024;
        r = null!;
        result = null!;
        entry = null;
        spare = this;
    }

    private void Run()
    {
        r.Read();
        while (!r.EOF)
        {
            // A millisecond clock is precise enough for a limit in seconds (a zero limit stops at the first check).
            if (++nodes % 4096 == 0 && Environment.TickCount64 - started >= timeLimitMs)
                throw new FeedParseException($"parsing took longer than {timeLimit.TotalSeconds:0.#} s");
            switch (r.NodeType)
            {
                case XmlNodeType.Element:
                    if (!OnElement()) r.Read();
                    break;
                case XmlNodeType.EndElement:
                    if (entry is not null && r.Depth == entryDepth) FinishEntry();
                    r.Read();
                    break;
                default:
                    r.Read();
                    break;
            }
        }
        entry = null; // an entry still open at the end of a truncated document is not kept
    }

    /// <summary>Handles a start tag; returns true when it consumed the element (the reader is then past it).</summary>
    private bool OnElement()
    {
        var depth = r.Depth;
        var ns = r.NamespaceURI;
        var name = Lower(r.LocalName);
        var baseUri = PushBase(depth);

        if (result.Format is null)
        {
            rootNamespace = ns;
            return OnRoot(ns, name);
        }

        var core = IsCore(ns) || ReferenceEquals(ns, rootNamespace) || ns == rootNamespace;
        if (!core && ns.Length > 0 && ns.Equals(FeedNamespaces.Itunes, StringComparison.OrdinalIgnoreCase)) ns = FeedNamespaces.Itunes;
        if (core && name is "item" or "entry")
        {
            StartEntry(depth, baseUri);
            if (r.IsEmptyElement) { FinishEntry(); r.Read(); return true; }
            return false;
        }
        var target = entry ?? result.Feed;
        var inEntry = entry is not null;

        if (core)
        {
            switch (name)
            {
                case "channel":
                    if (!inEntry) ReadCdfAttributes(result.Feed, baseUri);
                    return false;
                case "image" or "textinput" or "items" or "source" or "cloud" or "contributor":
                    r.Skip();
                    return true;
                case "title":
                    EntryBuilder.Set(ref target.Title, ReadText(baseUri, 3, rssTitle: !isAtom));
                    return true;
                case "link":
                    return ReadLink(target, baseUri, ns);
                case "description" or "summary" or "abstract" or "tagline" or "subtitle":
                    ReadSummary(target, name, baseUri);
                    return true;
                case "content" or "fullitem" or "body" when inEntry || name != "body":
                    EntryBuilder.Set(ref target.Content, ReadText(baseUri, 3, defer: true));
                    return true;
                case "guid" or "id":
                    ReadId(target, baseUri);
                    return true;
                case "pubdate" or "published" or "issued" or "created":
                    EntryBuilder.Set(ref target.Published, ReadPlain(baseUri, name == "created" ? 1 : 3));
                    return true;
                case "updated" or "modified" or "lastbuilddate":
                    EntryBuilder.Set(ref target.Updated, ReadPlain(baseUri, 3));
                    return true;
                case "author":
                    if (inEntry) ReadAuthor(target);
                    else r.Skip();
                    return true;
            }
            return false;
        }

        switch (ns)
        {
            case FeedNamespaces.Dc:
                return ReadDublinCore(target, name, baseUri);
            case FeedNamespaces.DcTerms:
                if (name is "issued" or "created") { EntryBuilder.Set(ref target.Published, ReadPlain(baseUri, 2)); return true; }
                if (name is "modified") { EntryBuilder.Set(ref target.Updated, ReadPlain(baseUri, 2)); return true; }
                return false;
            case FeedNamespaces.Content when name == "encoded":
                EntryBuilder.Set(ref target.Content, ReadText(baseUri, 4, defer: true));
                return true;
            case FeedNamespaces.Xhtml when name == "body" && inEntry:
                EntryBuilder.Set(ref target.Content, ReadText(baseUri, 2, defer: true));
                return true;
            case FeedNamespaces.Atom10 or FeedNamespaces.Atom03 when name == "link":
                return ReadLink(target, baseUri, ns);
            case FeedNamespaces.Media or "http://search.yahoo.com/mrss" when inEntry && name is "title":
                EntryBuilder.Set(ref target.Title, ReadText(baseUri, 1, rssTitle: true));
                return true;
            case FeedNamespaces.Media or "http://search.yahoo.com/mrss" when inEntry && name is "description":
                EntryBuilder.Set(ref target.Summary, ReadText(baseUri, 1, defer: true));
                return true;
            case FeedNamespaces.Itunes when name == "summary":
                EntryBuilder.Set(ref target.Summary, ReadText(baseUri, 1, defer: true));
                return true;
            case FeedNamespaces.Itunes when name == "author" && inEntry:
                ReadAuthor(target);
                return true;
        }
        return false;
    }

    private bool OnRoot(string ns, string name)
    {
        switch (name)
        {
            case "rss":
                result.Format = "rss";
                result.Version = r.GetAttribute("version") ?? "2.0";
                return false;
            case "rdf":
                result.Format = "rdf";
                result.Version = ns == FeedNamespaces.Rss090 || r.LookupNamespace("") == FeedNamespaces.Rss090 ? "0.90" : "1.0";
                return false;
            case "feed":
                isAtom = true;
                result.Format = "atom";
                result.Version = ns == FeedNamespaces.Atom10 ? "1.0" : r.GetAttribute("version") ?? "0.3";
                return false;
            case "channel":
                result.Format = "rss";
                result.Version = "cdf";
                ReadCdfAttributes(result.Feed, bases[r.Depth]);
                return false;
            default:
                throw new FeedParseException($"not a feed: root element <{r.Name}>");
        }
    }

    private void StartEntry(int depth, Uri? baseUri)
    {
        entry = result.NewEntry();
        entryDepth = depth;
        var about = r.GetAttribute("about", FeedNamespaces.Rdf);
        if (!string.IsNullOrWhiteSpace(about)) EntryBuilder.Set(ref entry.Id, new FieldValue(about.Trim(), false, baseUri, 1));
        ReadCdfAttributes(entry, baseUri);
    }

    private void FinishEntry()
    {
        result.Entries.Add(entry!);
        entry = null;
        entryDepth = -1;
    }

    private void ReadCdfAttributes(EntryBuilder target, Uri? baseUri)
    {
        if (!r.HasAttributes) return;
        var href = r.GetAttribute("HREF") ?? r.GetAttribute("href");
        if (href is not null && r.NamespaceURI.Length == 0) EntryBuilder.Set(ref target.Link, new FieldValue(href, false, baseUri, 1));
        var lastmod = r.GetAttribute("LASTMOD") ?? r.GetAttribute("lastmod");
        if (lastmod is not null) EntryBuilder.Set(ref target.Updated, new FieldValue(lastmod, false, baseUri, 1));
    }

    private bool ReadDublinCore(EntryBuilder target, string name, Uri? baseUri)
    {
        switch (name)
        {
            case "title":
                EntryBuilder.Set(ref target.Title, ReadText(baseUri, 2, rssTitle: true));
                return true;
            case "description":
                EntryBuilder.Set(ref target.Summary, ReadText(baseUri, 2, defer: true));
                return true;
            case "date":
                EntryBuilder.Set(ref target.Updated, ReadPlain(baseUri, 2));
                return true;
            case "creator" or "author" when entry is not null:
                ReadAuthor(target);
                return true;
            case "identifier" when entry is not null:
                EntryBuilder.Set(ref target.Id, ReadPlain(baseUri, 1));
                return true;
        }
        return false;
    }

    private void ReadSummary(EntryBuilder target, string name, Uri? baseUri)
    {
        if (!isAtom && name is "description" or "summary" && entry is not null && target.SummaryFromRssPair)
        {
            // RSS items with both <description> and <summary>: the second one is the full content.
            EntryBuilder.Set(ref target.Content, ReadText(baseUri, 2, defer: true));
            return;
        }
        if (!isAtom && name is "description" or "summary") target.SummaryFromRssPair = true;
        EntryBuilder.Set(ref target.Summary, ReadText(baseUri, name is "abstract" ? 2 : 3, defer: true));
    }

    private void ReadId(EntryBuilder target, Uri? baseUri)
    {
        var permalink = r.GetAttribute("isPermaLink");
        var value = ReadPlain(baseUri, 3);
        EntryBuilder.Set(ref target.Id, value.With(value.Value.Trim()));
        // Only a value starting with 'h' can be an http or https URL (the scheme is what comes before the first ':').
        if (!isAtom && !string.Equals(permalink, "false", StringComparison.OrdinalIgnoreCase) && value.Value.Trim() is ['h' or 'H', ..]
            && Uri.TryCreate(value.Value.Trim(), UriKind.Absolute, out var u) && u.Scheme is "http" or "https")
            EntryBuilder.Set(ref target.Link, value.With(value.Value.Trim(), priority: 0));
    }

    private bool ReadLink(EntryBuilder target, Uri? baseUri, string ns)
    {
        var href = r.GetAttribute("href");
        if (href is null && (ns == FeedNamespaces.Atom10 || ns == FeedNamespaces.Atom03 || r.IsEmptyElement))
        {
            r.Skip();
            return true;
        }
        if (href is null)
        {
            var plain = ReadPlain(baseUri, 3);
            EntryBuilder.Set(ref target.Link, plain.With(plain.Value.Trim()));
            return true;
        }
        var rel = r.GetAttribute("rel") ?? "alternate";
        var type = r.GetAttribute("type");
        var priority = rel != "alternate" ? 0 : type is null or "text/html" or "application/xhtml+xml" ? 2 : 1;
        if (!isAtom && priority > 0) priority = 1; // in RSS, <atom:link rel="alternate"> is second to <link>
        if (rel is "alternate" or "self" or "related" || rel.Length == 0)
            EntryBuilder.Set(ref target.Link, new FieldValue(href.Trim(), false, baseUri, rel == "self" ? -1 : priority));
        r.Skip();
        return true;
    }

    private void ReadAuthor(EntryBuilder target)
    {
        if (r.IsEmptyElement) { r.Read(); return; }
        var depth = r.Depth;
        string? name = null, email = null, plain = null;
        r.Read();
        while (!r.EOF && !(r.NodeType == XmlNodeType.EndElement && r.Depth == depth))
        {
            if (r.NodeType == XmlNodeType.Element)
            {
                var local = Lower(r.LocalName);
                var value = ReadPlain(null, 0).Value;
                if (local == "name") name = value;
                else if (local == "email") email = value;
                continue;
            }
            if (r.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
                plain += r.Value;
            r.Read();
        }
        r.Read();
        target.AddAuthor(name ?? (string.IsNullOrWhiteSpace(plain) ? email : AuthorName(plain)));
    }

    /// <summary>The name in "Name (email)", "Name &lt;email&gt;" or "email (Name)"; the text itself otherwise.</summary>
    internal static string AuthorName(string text)
    {
        var t = text.Trim();
        var open = t.IndexOfAny(['(', '<']);
        if (open <= 0 || t[^1] is not (')' or '>')) return t;
        var outside = t[..open].Trim();
        var inside = t[(open + 1)..^1].Trim();
        if (outside.Contains('@') && !inside.Contains('@') && inside.Length > 0) return inside;
        return inside.Contains('@') && outside.Length > 0 ? outside : t;
    }

    /// <summary>The text of an element, ignoring any markup in it (dates, ids, links).</summary>
    private FieldValue ReadPlain(Uri? baseUri, int priority)
    {
        if (r.IsEmptyElement) { r.Read(); return new FieldValue(string.Empty, false, baseUri, priority); }
        var depth = r.Depth;
        string? single = null;
        var many = false;
        r.Read();
        while (!r.EOF && !(r.NodeType == XmlNodeType.EndElement && r.Depth == depth))
        {
            if (r.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                if (single is null && !many) single = r.Value;
                else
                {
                    if (!many) { text.Clear().Append(single); many = true; }
                    text.Append(r.Value);
                }
            }
            r.Read();
        }
        r.Read();
        return new FieldValue(many ? text.ToString() : single ?? string.Empty, false, baseUri, priority);
    }

    /// <summary>
    /// A text construct: Atom's type="text|html|xhtml" (and 0.3's mode="escaped|base64"), or an RSS element whose text
    /// is HTML. Child elements ("naked" markup) are kept as HTML.
    /// </summary>
    private FieldValue ReadText(Uri? baseUri, int priority, bool rssTitle = false, bool defer = false)
    {
        var type = r.GetAttribute("type") is { } t ? t.Trim().ToLowerInvariant() : string.Empty;
        var mode = r.GetAttribute("mode");
        var atom10 = r.NamespaceURI == FeedNamespaces.Atom10;
        if (r.IsEmptyElement) { r.Read(); return new FieldValue(string.Empty, false, baseUri, priority); }

        var depth = r.Depth;
        text.Clear();
        string? single = null;
        var many = false;
        StringBuilder? html = null;
        // A summary or content that is one text node is left as UTF-8 until first read when its type alone says
        // whether it is HTML (no base64, no guessing from the text).
        var utf8 = defer && !rssTitle && r is Utf8XmlReader u ? u : null;
        Utf8Value? deferred = null;
        var binary = utf8 is not null && (Binary(type, atom10) || string.Equals(mode, "base64", StringComparison.OrdinalIgnoreCase));
        var byType = utf8 is null || binary ? null : HtmlByType(type, mode, atom10, rssTitle, binary: false);
        if (byType is null) utf8 = null;
        r.Read();
        while (!r.EOF && !(r.NodeType == XmlNodeType.EndElement && r.Depth == depth))
        {
            if (deferred is not null)
            {
                // A second node after all: the first one's value, as it would have been read.
                single = deferred.Decode();
                deferred = null;
            }
            else if (utf8 is not null && single is null && !many && html is null && (deferred = utf8.DeferValue()) is not null)
            {
                r.Read();
                continue;
            }
            if (r.NodeType == XmlNodeType.Element)
            {
                if (html is null) html = new StringBuilder(Escape(many ? text.ToString() : single ?? string.Empty));
                html.Append(r.ReadOuterXml());
                continue;
            }
            if (r.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                var v = r.Value;
                if (html is not null) html.Append(Escape(v));
                else if (single is null && !many) single = v;
                else
                {
                    if (!many) { text.Append(single); many = true; }
                    text.Append(v);
                }
            }
            r.Read();
        }
        r.Read();
        if (deferred is not null) return new FieldValue(deferred, byType!.Value, baseUri, priority);

        if (html is not null)
        {
            var markup = html.ToString().Trim();
            if (atom10 && type is "xhtml") markup = UnwrapDiv(markup);
            return new FieldValue(markup, true, baseUri, priority);
        }
        var value = many ? text.ToString() : single ?? string.Empty;
        binary = Binary(type, atom10);
        if (binary || string.Equals(mode, "base64", StringComparison.OrdinalIgnoreCase))
        {
            try { value = Encoding.UTF8.GetString(Convert.FromBase64String(value.Trim())); }
            catch (FormatException) { }
        }
        var isHtml = HtmlByType(type, mode, atom10, rssTitle, binary) ?? LooksLikeHtml(value);
        return new FieldValue(value.Trim(), isHtml, baseUri, priority);
    }

    /// <summary>Atom 1.0 content whose type is a media type other than text or XML is base64.</summary>
    private static bool Binary(string type, bool atom10) =>
        atom10 && type.Length > 0 && type is not ("text" or "html" or "xhtml") && !type.StartsWith("text/", StringComparison.Ordinal)
        && !type.EndsWith("xml", StringComparison.Ordinal);

    /// <summary>Whether a text construct is HTML, from its type and mode; null when only the text can tell (<see cref="LooksLikeHtml"/>).</summary>
    private bool? HtmlByType(string type, string? mode, bool atom10, bool rssTitle, bool binary)
    {
        var escaped = string.Equals(mode, "escaped", StringComparison.OrdinalIgnoreCase);
        if (escaped) return true;
        return type switch
        {
            "html" or "text/html" or "escaped" => true,
            "text" or "text/plain" => false,
            "" when isAtom => atom10 ? false : null,
            "" => rssTitle ? null : true,
            _ => binary || type.Contains("html", StringComparison.Ordinal),
        };
    }

    private static string UnwrapDiv(string markup)
    {
        if (!markup.StartsWith("<div", StringComparison.Ordinal) || !markup.EndsWith("</div>", StringComparison.Ordinal)) return markup;
        var open = markup.IndexOf('>');
        var inner = markup[(open + 1)..^6];
        return inner.Contains("<div", StringComparison.Ordinal) && inner.IndexOf("</div>", StringComparison.Ordinal) < inner.IndexOf("<div", StringComparison.Ordinal) ? markup : inner.Trim();
    }

    /// <summary>feedparser's guess for untyped text: it is HTML when it has a closing tag or an entity reference.</summary>
    internal static bool LooksLikeHtml(string s)
    {
        var lt = s.IndexOf('<');
        if (lt >= 0 && lt + 1 < s.Length && (char.IsAsciiLetter(s[lt + 1]) || s[lt + 1] is '/' or '!')) return true;
        var amp = s.IndexOf('&');
        while (amp >= 0)
        {
            var semi = s.IndexOf(';', amp);
            if (semi > amp + 1 && semi - amp < 12 && !s.AsSpan(amp + 1, semi - amp - 1).ContainsAny(" <&")) return true;
            amp = s.IndexOf('&', amp + 1);
        }
        return false;
    }

    internal static string Escape(string s) =>
        s.AsSpan().IndexOfAny("&<>") < 0 ? s : WebUtility.HtmlEncode(s);

    private Uri? PushBase(int depth)
    {
        if (depth + 1 >= bases.Length)
        {
            if (bases.Length >= 256) throw new FeedParseException("elements nested deeper than 255 levels");
            Array.Resize(ref bases, bases.Length * 4);
        }
        var inherited = depth == 0 ? bases[0] : bases[depth];
        var declared = r.HasAttributes ? r.GetAttribute("base", FeedNamespaces.Xml) : null;
        var own = declared is null ? inherited : Combine(inherited, declared);
        bases[depth + 1] = own;
        return own;
    }

    private static Uri? Combine(Uri? inherited, string declared)
    {
        declared = declared.Trim();
        if (Uri.TryCreate(declared, UriKind.Absolute, out var abs) && abs.Scheme is "http" or "https") return abs;
        if (inherited is not null && Uri.TryCreate(inherited, declared, out var rel)) return rel;
        return inherited;
    }

    private static bool IsCore(string ns) => ns.Length == 0 || ns is FeedNamespaces.Rss10 or FeedNamespaces.Rss090 or FeedNamespaces.Atom10
        or FeedNamespaces.Atom03 or FeedNamespaces.Rss20Userland or FeedNamespaces.Rss20Userland2;

    private string Lower(string name)
    {
        if (!HasUpper(name)) return name;
        lowerNames ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (lowerNames.Count >= 4096) lowerNames.Clear(); // documents full of made-up names must not grow it without bound
        if (!lowerNames.TryGetValue(name, out var lower)) lowerNames[name] = lower = name.ToLowerInvariant();
        return lower;
    }

    private static bool HasUpper(string s) => s.AsSpan().ContainsAnyInRange('A', 'Z');
}
