using System.Xml;

namespace Watcher.Core.Feeds.Xml;

/// <summary>
/// A forward-only XML reader over UTF-8 bytes for the common case: well-formed documents without a DOCTYPE, with ASCII
/// names. It reports the same nodes as <see cref="XmlReader"/> with <c>XmlFeedReader</c>'s settings (comments,
/// processing instructions and white-space-only text skipped), for the members the feed reader uses. Whatever it does
/// not handle, or finds not well-formed, throws <see cref="Utf8XmlDoubt"/> so the caller reads with XmlReader instead:
/// it never reports an error of its own, and never accepts what XmlReader would refuse.
/// </summary>
internal sealed partial class Utf8XmlReader : XmlReader
{
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    private struct Frame
    {
        public int NameStart, NameLength, ScopeMark;
        public string Local, Prefix, Namespace;
    }

    private struct Attribute
    {
        public int NameStart, NameLength, Colon, ValueStart, ValueLength;
        public string Local, Prefix, Namespace;
        public string? Value;
    }

    [ThreadStatic] private static Utf8XmlReader? cached;

    private byte[] data = [];
    private int pos;
    private int elementStart;
    private int end;
    private ReadState state;
    private XmlNodeType nodeType;
    private int depth;
    private bool isEmpty;
    private bool popPending;
    private bool rootSeen;
    private string local = string.Empty, prefix = string.Empty, ns = string.Empty;
    private int valueStart, valueLength;
    private string? value;
    /// <summary>A text node made of references and white space is decoded when it is met (to tell whether it is only white space): here.</summary>
    private char[] decoded = new char[256];
    private int decodedLength = -1;
    private Frame[] frames = new Frame[16];
    private int frameCount;
    private (string Prefix, string Uri)[] scope = new (string, string)[16];
    private int scopeCount;
    private Attribute[] attributes = new Attribute[8];
    private int attributeCount;

    private Utf8XmlReader() { }

    /// <summary>A reader over <paramref name="utf8"/> from <paramref name="offset"/> (past any byte-order mark), or null
    /// when the bytes are not something it reads (invalid UTF-8, control characters, non-characters).</summary>
    public static Utf8XmlReader? Create(byte[] utf8, int offset)
    {
        var body = utf8.AsSpan(offset);
        // One pass for the usual document: printable ASCII, tab, LF and CR only; anything else gets both checks.
        if (body.IndexOfAnyExcept(PlainAscii) >= 0 && (!System.Text.Unicode.Utf8.IsValid(body) || HasForbidden(body))) return null;
        var r = cached ?? new Utf8XmlReader();
        cached = null;
        r.Reset(utf8, offset);
        return r;
    }

    private static readonly System.Buffers.SearchValues<byte> PlainAscii = System.Buffers.SearchValues.Create(
        [(byte)'\t', (byte)'\n', (byte)'\r', .. Enumerable.Range(0x20, 0x7F - 0x20).Select(b => (byte)b)]);

    /// <summary>Control characters XML does not allow, and 0xEF, the first byte of U+FFFE and U+FFFF (checked where met).</summary>
    private static readonly System.Buffers.SearchValues<byte> Forbidden = System.Buffers.SearchValues.Create(
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 0xEF]);

    /// <summary>One pass for the characters the tokenizer leaves to XmlReader: controls other than tab, LF and CR, and the non-characters U+FFFE and U+FFFF.</summary>
    private static bool HasForbidden(ReadOnlySpan<byte> body)
    {
        while (true)
        {
            var at = body.IndexOfAny(Forbidden);
            if (at < 0) return false;
            if (body[at] != 0xEF) return true;
            if (at + 2 < body.Length && body[at + 1] == 0xBF && body[at + 2] is 0xBE or 0xBF) return true;
            body = body[(at + 1)..];
        }
    }

    private void Reset(byte[] utf8, int offset)
    {
        data = utf8;
        pos = offset;
        end = utf8.Length;
        state = ReadState.Initial;
        nodeType = XmlNodeType.None;
        depth = 0;
        isEmpty = popPending = rootSeen = false;
        local = prefix = ns = string.Empty;
        value = null;
        Doubt = null;
        frameCount = scopeCount = attributeCount = 0;
    }

    /// <summary>Hands the reader back for the next document on this thread.</summary>
    public void Recycle()
    {
        data = [];
        if (decoded.Length > 64 * 1024) decoded = new char[256];
        cached = this;
    }

    public override XmlNodeType NodeType => nodeType;
    public override string LocalName => local;
    public override string Prefix => prefix;
    public override string NamespaceURI => ns;
    public override string Name => prefix.Length == 0 ? local : prefix + ":" + local;
    public override int Depth => depth;
    public override bool IsEmptyElement => nodeType == XmlNodeType.Element && isEmpty;
    public override bool EOF => state == ReadState.EndOfFile;
    public override ReadState ReadState => state;
    public override string BaseURI => string.Empty;
    public override XmlNameTable NameTable => throw new Utf8XmlDoubt("name table");
    public override int AttributeCount => nodeType == XmlNodeType.Element ? attributeCount : 0;
    public override bool HasAttributes => nodeType == XmlNodeType.Element && attributeCount > 0;

    public override string Value => nodeType is XmlNodeType.Text or XmlNodeType.CDATA ? value ??= NodeValue() : string.Empty;

    /// <summary>The current text or CDATA node's value, left undecoded (<see cref="Utf8Value"/>); null when it may trim to
    /// nothing (the caller then reads <see cref="Value"/>).</summary>
    public Utf8Value? DeferValue()
    {
        if (nodeType is not (XmlNodeType.Text or XmlNodeType.CDATA) || value is not null) return null;
        if (!Utf8Value.SurelyNotEmpty(data.AsSpan(valueStart, valueLength))) return null;
        return new Utf8Value(data, valueStart, valueLength, references: nodeType == XmlNodeType.Text);
    }

    private string NodeValue() => decodedLength >= 0
        ? new string(decoded, 0, decodedLength)
        : Utf8XmlText.Decode(data.AsSpan(valueStart, valueLength), nodeType == XmlNodeType.Text, attribute: false);

    public override string GetAttribute(int i)
    {
        if (i < 0 || i >= AttributeCount) throw new ArgumentOutOfRangeException(nameof(i));
        return AttributeValue(i);
    }

    public override string? GetAttribute(string name)
    {
        for (var i = 0; i < AttributeCount; i++)
            if (NameIs(attributes[i].NameStart, attributes[i].NameLength, name)) return AttributeValue(i);
        return null;
    }

    public override string? GetAttribute(string name, string? namespaceURI)
    {
        namespaceURI ??= string.Empty;
        for (var i = 0; i < AttributeCount; i++)
            if (attributes[i].Local == name && attributes[i].Namespace == namespaceURI) return AttributeValue(i);
        return null;
    }

    public override string? LookupNamespace(string prefix)
    {
        for (var i = scopeCount - 1; i >= 0; i--)
            if (scope[i].Prefix == prefix) return scope[i].Uri;
        return prefix switch { "" => string.Empty, "xml" => FeedNamespaces.Xml, "xmlns" => XmlnsNamespace, _ => null };
    }

    public override void Skip()
    {
        if (nodeType == XmlNodeType.Element && !isEmpty)
        {
            var d = depth;
            while (Read() && depth > d) { }
        }
        Read();
    }

    /// <summary>Set when the reader gave up without throwing (markup inside a text field, which is common enough that
    /// an exception per document would cost more than the fast path saves): the reader is then at its end.</summary>
    public string? Doubt { get; private set; }

    public override string ReadInnerXml() => GiveUp("inner XML");

    private string GiveUp(string reason)
    {
        Doubt = reason;
        state = ReadState.EndOfFile;
        nodeType = XmlNodeType.None;
        return string.Empty;
    }
    public override bool MoveToAttribute(string name) => throw new Utf8XmlDoubt("attribute navigation");
    public override bool MoveToAttribute(string name, string? ns) => throw new Utf8XmlDoubt("attribute navigation");
    public override bool MoveToElement() => false;
    public override bool MoveToFirstAttribute() => throw new Utf8XmlDoubt("attribute navigation");
    public override bool MoveToNextAttribute() => throw new Utf8XmlDoubt("attribute navigation");
    public override bool ReadAttributeValue() => throw new Utf8XmlDoubt("attribute navigation");
    public override void ResolveEntity() => throw new Utf8XmlDoubt("entity");
    public override void Close() => state = ReadState.Closed;

    private string AttributeValue(int i)
    {
        ref var a = ref attributes[i];
        return a.Value ??= Utf8XmlText.Decode(data.AsSpan(a.ValueStart, a.ValueLength), references: true, attribute: true);
    }

    private bool NameIs(int start, int length, string name)
    {
        if (name.Length != length) return false;
        for (var i = 0; i < length; i++)
            if (data[start + i] != name[i]) return false;
        return true;
    }
}
