using System.Buffers;
using System.Text;

namespace Watcher.Core.Feeds.Xml;

/// <summary>
/// Character data of <see cref="Utf8XmlReader"/>: checking references where they are met, and turning a text, CDATA or
/// attribute span into its value as XmlReader reports it (references replaced, line ends normalised to \n, and in
/// attribute values white space normalised to spaces).
/// </summary>
internal static class Utf8XmlText
{
    private static readonly SearchValues<byte> TextSpecials = SearchValues.Create("&\r"u8);
    private static readonly SearchValues<byte> AttributeSpecials = SearchValues.Create("&\r\n\t"u8);
    private static readonly SearchValues<byte> Whitespace = SearchValues.Create(" \t\r\n"u8);

    /// <summary>True when the span is only XML white space (space, tab, CR, LF).</summary>
    public static bool IsWhitespace(ReadOnlySpan<byte> s) => s.IndexOfAnyExcept(Whitespace) < 0;

    /// <summary>
    /// Checks every reference in the span (which has an '&amp;'); a doubt for anything but the five predefined entities and
    /// character references to XML characters. True when everything outside the references is white space.
    /// </summary>
    public static bool CheckReferences(ReadOnlySpan<byte> s)
    {
        var onlySpace = true;
        var i = 0;
        while (i < s.Length)
        {
            var amp = s[i..].IndexOf((byte)'&');
            var plain = amp < 0 ? s[i..] : s.Slice(i, amp);
            if (onlySpace && !IsWhitespace(plain)) onlySpace = false;
            if (amp < 0) break;
            i += amp;
            i += Reference(s[i..], out _, out _);
        }
        return onlySpace;
    }

    /// <summary>The length of the reference at the start of <paramref name="s"/> (which is '&amp;') and its one or two chars.</summary>
    private static int Reference(ReadOnlySpan<byte> s, out char first, out char second)
    {
        second = '\0';
        // The common ones first, without searching for the ';'.
        if (s.Length >= 4 && s[3] == ';' && s[2] == 't' && s[1] is (byte)'l' or (byte)'g') { first = s[1] == 'l' ? '<' : '>'; return 4; }
        if (s.Length >= 5 && s[4] == ';' && s[1] == 'a' && s[2] == 'm' && s[3] == 'p') { first = '&'; return 5; }
        if (s.Length >= 6 && s[5] == ';' && s[1..5].SequenceEqual("quot"u8)) { first = '"'; return 6; }
        if (s.Length >= 6 && s[5] == ';' && s[1..5].SequenceEqual("apos"u8)) { first = '\''; return 6; }
        var semi = s.Slice(0, Math.Min(s.Length, 12)).IndexOf((byte)';');
        if (semi < 3 || s[1] != '#') throw new Utf8XmlDoubt("undefined entity or bad reference");
        var name = s[1..semi];
        var hex = name.Length > 1 && name[1] == 'x';
        var digits = name[(hex ? 2 : 1)..];
        if (digits.IsEmpty) throw new Utf8XmlDoubt("bad character reference");
        var code = 0;
        foreach (var d in digits)
        {
            int v;
            if (d is >= (byte)'0' and <= (byte)'9') v = d - '0';
            else if (hex && d is >= (byte)'a' and <= (byte)'f') v = d - 'a' + 10;
            else if (hex && d is >= (byte)'A' and <= (byte)'F') v = d - 'A' + 10;
            else throw new Utf8XmlDoubt("bad character reference");
            code = code * (hex ? 16 : 10) + v;
            if (code > 0x10FFFF) throw new Utf8XmlDoubt("character reference out of range");
        }
        var valid = code is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);
        if (!valid) throw new Utf8XmlDoubt("character reference to a character XML does not allow");
        if (code < 0x10000) first = (char)code;
        else
        {
            code -= 0x10000;
            first = (char)(0xD800 + (code >> 10));
            second = (char)(0xDC00 + (code & 0x3FF));
        }
        return semi + 1;
    }

    /// <summary>A text or CDATA value (<paramref name="references"/> false for CDATA) or an attribute value.</summary>
    public static string Decode(ReadOnlySpan<byte> s, bool references, bool attribute)
    {
        var specials = attribute ? AttributeSpecials : TextSpecials;
        if (s.IndexOfAny(specials) < 0) return Encoding.UTF8.GetString(s);
        var rented = ArrayPool<char>.Shared.Rent(s.Length);
        var n = 0;
        var i = 0;
        while (i < s.Length)
        {
            var at = s[i..].IndexOfAny(specials);
            var plain = at < 0 ? s[i..] : s.Slice(i, at);
            System.Text.Unicode.Utf8.ToUtf16(plain, rented.AsSpan(n), out _, out var written, replaceInvalidSequences: false);
            n += written;
            if (at < 0) break;
            i += at;
            var b = s[i];
            if (b == '&' && references)
            {
                i += Reference(s[i..], out var first, out var second);
                rented[n++] = first;
                if (second != '\0') rented[n++] = second;
                continue;
            }
            if (b == '&') { rented[n++] = '&'; i++; continue; }
            if (b == '\r' && i + 1 < s.Length && s[i + 1] == '\n') i++;
            rented[n++] = attribute ? ' ' : b == '\r' ? '\n' : (char)b;
            i++;
        }
        var value = new string(rented, 0, n);
        ArrayPool<char>.Shared.Return(rented);
        return value;
    }
}
