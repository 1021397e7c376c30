using System.Xml;

namespace Watcher.Core.Feeds.Xml;

/// <summary>The tokenizer: the read loop, tags, attributes and namespaces, text.</summary>
internal sealed partial class Utf8XmlReader
{
    public override bool Read()
    {
        if (state is ReadState.EndOfFile or ReadState.Closed or ReadState.Error) return false;
        if (state == ReadState.Initial)
        {
            state = ReadState.Interactive;
            Declaration();
        }
        if (popPending)
        {
            frameCount--;
            scopeCount = frames[frameCount].ScopeMark;
            popPending = false;
        }
        value = null;
        attributeCount = 0;
        while (true)
        {
            if (pos >= end) return AtEnd();
            if (data[pos] != '<')
            {
                if (Text()) return true;
                continue;
            }
            if (pos + 1 >= end) throw new Utf8XmlDoubt("truncated");
            switch (data[pos + 1])
            {
                case (byte)'/':
                    EndTag();
                    return true;
                case (byte)'?':
                    ProcessingInstruction();
                    continue;
                case (byte)'!':
                    if (Bang()) return true;
                    continue;
                default:
                    StartTag();
                    return true;
            }
        }
    }

    private bool AtEnd()
    {
        if (frameCount > 0 || !rootSeen) throw new Utf8XmlDoubt("document ends early");
        state = ReadState.EndOfFile;
        nodeType = XmlNodeType.None;
        local = prefix = ns = string.Empty;
        depth = 0;
        return false;
    }

    /// <summary>Character data up to the next '&lt;': a text node, or nothing when it is only white space.</summary>
    private bool Text()
    {
        // White space between tags (every line break of a pretty-printed feed) is skipped without a search.
        var ws = pos;
        while (ws < end && data[ws] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') ws++;
        if (ws < end && data[ws] == '<')
        {
            pos = ws;
            return false;
        }
        var rest = data.AsSpan(pos, end - pos);
        var lt = rest.IndexOf((byte)'<');
        var run = lt < 0 ? rest : rest[..lt];
        if (Utf8XmlText.IsWhitespace(run))
        {
            pos += run.Length;
            return false;
        }
        if (frameCount == 0) throw new Utf8XmlDoubt("text outside the root element");
        var special = run.IndexOfAny((byte)']', (byte)'&');
        if (special >= 0 && run[special..].IndexOf("]]>"u8) >= 0) throw new Utf8XmlDoubt("']]>' in text");
        Node(XmlNodeType.Text, pos, run.Length);
        // References are checked where they are met; the text is decoded only when read (Value), except when
        // everything but the references is white space: then it is decoded now, to see whether it is all white space.
        if (special >= 0 && run[special..].IndexOf((byte)'&') >= 0 && Utf8XmlText.CheckReferences(run))
        {
            if (decoded.Length < run.Length) decoded = new char[Math.Max(run.Length, decoded.Length * 2)];
            decodedLength = Utf8XmlText.DecodeInto(run, decoded, references: true, attribute: false);
            if (decoded.AsSpan(0, decodedLength).IndexOfAnyExcept(" \t\r\n") < 0) throw new Utf8XmlDoubt("white space made of references");
        }
        pos += run.Length;
        return true;
    }

    private void Node(XmlNodeType type, int start, int length)
    {
        nodeType = type;
        depth = frameCount;
        isEmpty = false;
        local = prefix = ns = string.Empty;
        valueStart = start;
        valueLength = length;
        decodedLength = -1;
    }

    private void EndTag()
    {
        if (frameCount == 0) throw new Utf8XmlDoubt("end tag without a start");
        ref var top = ref frames[frameCount - 1];
        var start = pos + 2;
        var length = Utf8XmlNames.QName(data, start, out _);
        if (length != top.NameLength || !data.AsSpan(start, length).SequenceEqual(data.AsSpan(top.NameStart, length)))
            throw new Utf8XmlDoubt("end tag does not match");
        var i = SkipSpace(start + length);
        if (i >= end || data[i] != '>') throw new Utf8XmlDoubt("end tag");
        nodeType = XmlNodeType.EndElement;
        depth = frameCount - 1;
        isEmpty = false;
        local = top.Local;
        prefix = top.Prefix;
        ns = top.Namespace;
        popPending = true;
        pos = i + 1;
    }

    private int SkipSpace(int i)
    {
        while (i < end && data[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') i++;
        return i;
    }

    private void StartTag()
    {
        if (frameCount == 0 && rootSeen) throw new Utf8XmlDoubt("a second root element");
        var nameStart = pos + 1;
        var nameLength = Utf8XmlNames.QName(data, nameStart, out var nameColon);
        var i = nameStart + nameLength;
        bool empty;
        while (true)
        {
            var spaced = SkipSpace(i);
            if (spaced >= end) throw new Utf8XmlDoubt("truncated start tag");
            if (data[spaced] == '>') { i = spaced + 1; empty = false; break; }
            if (data[spaced] == '/')
            {
                if (spaced + 1 >= end || data[spaced + 1] != '>') throw new Utf8XmlDoubt("start tag");
                i = spaced + 2;
                empty = true;
                break;
            }
            if (spaced == i) throw new Utf8XmlDoubt("attributes without white space between them");
            i = ReadAttribute(spaced);
        }
        rootSeen = true;
        var mark = scopeCount;
        DeclareNamespaces();
        var elementPrefix = string.Empty;
        if (nameColon >= 0)
        {
            elementPrefix = Utf8XmlNames.Get(data.AsSpan(nameStart, nameColon));
            if (elementPrefix is "xml" or "xmlns") throw new Utf8XmlDoubt("reserved prefix on an element");
        }
        var elementLocal = Utf8XmlNames.Get(nameColon < 0 ? data.AsSpan(nameStart, nameLength) : data.AsSpan(nameStart + nameColon + 1, nameLength - nameColon - 1));
        var elementNamespace = LookupNamespace(elementPrefix) ?? throw new Utf8XmlDoubt("undeclared prefix");
        ResolveAttributes();

        if (frameCount == frames.Length) Array.Resize(ref frames, frames.Length * 2);
        frames[frameCount++] = new Frame
        {
            NameStart = nameStart, NameLength = nameLength, ScopeMark = mark,
            Local = elementLocal, Prefix = elementPrefix, Namespace = elementNamespace,
        };
        nodeType = XmlNodeType.Element;
        elementStart = pos;
        depth = frameCount - 1;
        isEmpty = empty;
        popPending = empty;
        local = elementLocal;
        prefix = elementPrefix;
        ns = elementNamespace;
        pos = i;
    }

    /// <summary>name = "value" at <paramref name="i"/>; returns the offset after the closing quote.</summary>
    private int ReadAttribute(int i)
    {
        var nameLength = Utf8XmlNames.QName(data, i, out var colon);
        var j = SkipSpace(i + nameLength);
        if (j >= end || data[j] != '=') throw new Utf8XmlDoubt("attribute without '='");
        j = SkipSpace(j + 1);
        if (j >= end || data[j] is not ((byte)'"' or (byte)'\'')) throw new Utf8XmlDoubt("unquoted attribute value");
        var close = data.AsSpan(j + 1, end - j - 1).IndexOf(data[j]);
        if (close < 0) throw new Utf8XmlDoubt("unterminated attribute value");
        var v = data.AsSpan(j + 1, close);
        var special = v.IndexOfAny((byte)'<', (byte)'&');
        if (special >= 0)
        {
            if (v[special..].IndexOf((byte)'<') >= 0) throw new Utf8XmlDoubt("'<' in an attribute value");
            Utf8XmlText.CheckReferences(v);
        }
        if (attributeCount == attributes.Length) Array.Resize(ref attributes, attributes.Length * 2);
        attributes[attributeCount++] = new Attribute
        {
            NameStart = i, NameLength = nameLength, Colon = colon, ValueStart = j + 1, ValueLength = close,
            Local = string.Empty, Prefix = string.Empty, Namespace = string.Empty,
        };
        return j + 1 + close + 1;
    }

    /// <summary>xmlns and xmlns:p attributes open their bindings for this element and its content.</summary>
    private void DeclareNamespaces()
    {
        for (var k = 0; k < attributeCount; k++)
        {
            ref var a = ref attributes[k];
            var name = data.AsSpan(a.NameStart, a.NameLength);
            string declared;
            if (a.Colon < 0 && name.SequenceEqual("xmlns"u8)) declared = string.Empty;
            else if (a.Colon == 5 && name.StartsWith("xmlns:"u8)) declared = Utf8XmlNames.Get(name[6..]);
            else continue;
            var uriBytes = data.AsSpan(a.ValueStart, a.ValueLength);
            var uri = uriBytes.IndexOfAny("&\t\r\n"u8) < 0 ? Utf8XmlNames.Get(uriBytes) : AttributeValue(k);
            if (declared is "xml" or "xmlns" || uri is FeedNamespaces.Xml or XmlnsNamespace) throw new Utf8XmlDoubt("reserved namespace binding");
            if (declared.Length > 0 && uri.Length == 0) throw new Utf8XmlDoubt("empty namespace for a prefix");
            if (scopeCount == scope.Length) Array.Resize(ref scope, scope.Length * 2);
            scope[scopeCount++] = (declared, uri);
        }
    }

    /// <summary>Names and namespaces of the attributes; duplicates (by name or by namespace and local name) are a doubt.</summary>
    private void ResolveAttributes()
    {
        for (var k = 0; k < attributeCount; k++)
        {
            ref var a = ref attributes[k];
            var name = data.AsSpan(a.NameStart, a.NameLength);
            if (a.Colon < 0)
            {
                a.Local = Utf8XmlNames.Get(name);
                a.Namespace = a.Local == "xmlns" ? XmlnsNamespace : string.Empty;
            }
            else
            {
                a.Prefix = Utf8XmlNames.Get(name[..a.Colon]);
                a.Local = Utf8XmlNames.Get(name[(a.Colon + 1)..]);
                if (a.Prefix == "xml" && a.Local == "space") throw new Utf8XmlDoubt("xml:space");
                a.Namespace = LookupNamespace(a.Prefix) ?? throw new Utf8XmlDoubt("undeclared prefix");
            }
            for (var m = 0; m < k; m++)
            {
                ref var b = ref attributes[m];
                if ((b.Local == a.Local && b.Namespace == a.Namespace)
                    || name.SequenceEqual(data.AsSpan(b.NameStart, b.NameLength)))
                    throw new Utf8XmlDoubt("duplicate attribute");
            }
        }
    }
}
