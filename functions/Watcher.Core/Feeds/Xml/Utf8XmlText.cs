using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Watcher.Core.Feeds.Xml;

/// <summary>
/// Character data of <see cref="Utf8XmlReader"/>: checking references where they are met, and turning a text, CDATA or
/// attribute span into its value as XmlReader reports it (references replaced, line ends normalised to \n, and in
/// attribute values white space normalised to spaces).
/// </summary>
internal static class Utf8XmlText
{
    internal static readonly SearchValues<byte> TextSpecials = SearchValues.Create("&\r"u8);
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
        if (s.IndexOfAny(attribute ? AttributeSpecials : TextSpecials) < 0) return Encoding.UTF8.GetString(s);
        var rented = ArrayPool<char>.Shared.Rent(s.Length);
        var n = DecodeInto(s, rented, references, attribute);
        var value = new string(rented, 0, n);
        ArrayPool<char>.Shared.Return(rented);
        return value;
    }

    /// <summary>
    /// Decodes into <paramref name="dst"/> (at least as long as <paramref name="s"/>) and returns the number of chars.
    /// ASCII runs are widened 16 bytes at a time up to the next byte that needs care ('&amp;', CR, in attributes also
    /// LF and tab, or a non-ASCII byte), so text dense with references costs little more than a copy.
    /// </summary>
    public static int DecodeInto(ReadOnlySpan<byte> s, Span<char> dst, bool references, bool attribute)
    {
        var wide = MemoryMarshal.Cast<char, ushort>(dst);
        var specials = attribute ? AttributeSpecials : TextSpecials;
        int i = 0, n = 0;
        while (i < s.Length)
        {
            if (i + 16 <= s.Length && n + 16 <= dst.Length)
            {
                var v = Vector128.Create(s.Slice(i, 16));
                var care = Vector128.GreaterThanOrEqual(v, Vector128.Create((byte)0x80)) | Vector128.Equals(v, Vector128.Create((byte)'&'))
                    | Vector128.Equals(v, Vector128.Create((byte)'\r'));
                if (attribute) care |= Vector128.Equals(v, Vector128.Create((byte)'\n')) | Vector128.Equals(v, Vector128.Create((byte)'\t'));
                var (lower, upper) = Vector128.Widen(v);
                lower.CopyTo(wide[n..]);
                upper.CopyTo(wide[(n + 8)..]);
                var mask = care.ExtractMostSignificantBits();
                if (mask == 0) { i += 16; n += 16; continue; }
                var k = BitOperations.TrailingZeroCount(mask);
                i += k;
                n += k; // s[i] needs care: handled below
            }
            else if (s[i] is < 0x80 and not ((byte)'&' or (byte)'\r') && !(attribute && s[i] is (byte)'\n' or (byte)'\t'))
            {
                dst[n++] = (char)s[i++];
                continue;
            }
            var b = s[i];
            if (b >= 0x80)
            {
                var stop = s[i..].IndexOfAny(specials);
                var segment = stop < 0 ? s[i..] : s.Slice(i, stop);
                System.Text.Unicode.Utf8.ToUtf16(segment, dst[n..], out _, out var written, replaceInvalidSequences: false);
                n += written;
                i += segment.Length;
                continue;
            }
            if (b == '&' && references)
            {
                // &lt; and &gt; (most references in escaped HTML) without the call.
                if (i + 3 < s.Length && s[i + 3] == ';' && s[i + 2] == 't' && s[i + 1] is (byte)'l' or (byte)'g')
                {
                    dst[n++] = s[i + 1] == 'l' ? '<' : '>';
                    i += 4;
                    continue;
                }
                i += Reference(s[i..], out var first, out var second);
                dst[n++] = first;
                if (second != '\0') dst[n++] = second;
                continue;
            }
            if (b == '&') { dst[n++] = '&'; i++; continue; }
            if (b == '\r' && i + 1 < s.Length && s[i + 1] == '\n') i++;
            dst[n++] = attribute ? ' ' : b == '\r' ? '\n' : (char)b;
            i++;
        }
        return n;
    }
}
