using System.Xml;

namespace Watcher.Core.Feeds.Xml;

/// <summary>The prolog and the markup that is checked and skipped: the XML declaration, processing instructions,
/// comments; and CDATA sections, the one kind of "&lt;!" that is a node.</summary>
internal sealed partial class Utf8XmlReader
{
    /// <summary>The XML declaration, read strictly: version 1.0, encoding UTF-8 if any, standalone yes or no if any.</summary>
    private void Declaration()
    {
        var s = data.AsSpan(pos);
        if (!s.StartsWith("<?xml"u8) || s.Length < 6 || s[5] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')) return;
        var close = s.IndexOf("?>"u8);
        if (close < 0) throw new Utf8XmlDoubt("unterminated declaration");
        var decl = s[5..close];
        var i = 0;
        if (!Pseudo(decl, ref i, "version"u8, out var version)) throw new Utf8XmlDoubt("declaration without version");
        if (!decl.Slice(version.Start, version.Length).SequenceEqual("1.0"u8)) throw new Utf8XmlDoubt("XML version");
        if (Pseudo(decl, ref i, "encoding"u8, out var encoding) && !System.Text.Ascii.EqualsIgnoreCase(decl.Slice(encoding.Start, encoding.Length), "utf-8"u8))
            throw new Utf8XmlDoubt("declared encoding");
        if (Pseudo(decl, ref i, "standalone"u8, out var standalone)
            && decl.Slice(standalone.Start, standalone.Length) is var sa && !sa.SequenceEqual("yes"u8) && !sa.SequenceEqual("no"u8))
            throw new Utf8XmlDoubt("standalone");
        if (!Utf8XmlText.IsWhitespace(decl[i..])) throw new Utf8XmlDoubt("declaration");
        pos += close + 2;
    }

    /// <summary>One pseudo-attribute (white space, name, '=', quoted value) if it comes next: true, with where its value is in <paramref name="decl"/>.</summary>
    private static bool Pseudo(ReadOnlySpan<byte> decl, ref int i, ReadOnlySpan<byte> name, out (int Start, int Length) value)
    {
        value = default;
        var j = i;
        var ws = j;
        while (j < decl.Length && decl[j] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') j++;
        if (j == ws || !decl[j..].StartsWith(name)) return false;
        j += name.Length;
        while (j < decl.Length && decl[j] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') j++;
        if (j >= decl.Length || decl[j] != '=') throw new Utf8XmlDoubt("declaration");
        j++;
        while (j < decl.Length && decl[j] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') j++;
        if (j >= decl.Length || decl[j] is not ((byte)'"' or (byte)'\'')) throw new Utf8XmlDoubt("declaration");
        var close = decl[(j + 1)..].IndexOf(decl[j]);
        if (close < 0) throw new Utf8XmlDoubt("declaration");
        value = (j + 1, close);
        i = j + close + 2;
        return true;
    }

    /// <summary>A processing instruction other than the declaration: skipped.</summary>
    private void ProcessingInstruction()
    {
        var length = Utf8XmlNames.QName(data, pos + 2, out var colon);
        var target = data.AsSpan(pos + 2, length);
        if (colon >= 0 || System.Text.Ascii.EqualsIgnoreCase(target, "xml"u8)) throw new Utf8XmlDoubt("processing instruction target");
        var after = pos + 2 + length;
        var close = data.AsSpan(after).IndexOf("?>"u8);
        if (close < 0) throw new Utf8XmlDoubt("unterminated processing instruction");
        if (close > 0 && data[after] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')) throw new Utf8XmlDoubt("processing instruction");
        pos = after + close + 2;
    }

    /// <summary>A comment (skipped, false) or a CDATA section (a node, true); a DOCTYPE or anything else is a doubt.</summary>
    private bool Bang()
    {
        var s = data.AsSpan(pos);
        if (s.StartsWith("<!--"u8))
        {
            var dashes = s[4..].IndexOf("--"u8);
            if (dashes < 0 || 4 + dashes + 2 >= s.Length || s[4 + dashes + 2] != '>') throw new Utf8XmlDoubt("comment");
            pos += 4 + dashes + 3;
            return false;
        }
        if (s.StartsWith("<![CDATA["u8))
        {
            if (frameCount == 0) throw new Utf8XmlDoubt("CDATA outside the root element");
            var close = s[9..].IndexOf("]]>"u8);
            if (close < 0) throw new Utf8XmlDoubt("unterminated CDATA");
            Node(XmlNodeType.CDATA, pos + 9, close);
            pos += 9 + close + 3;
            return true;
        }
        throw new Utf8XmlDoubt("DOCTYPE or other declaration");
    }
}
