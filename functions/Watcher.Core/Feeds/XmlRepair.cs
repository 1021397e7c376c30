using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Watcher.Core.Feeds;

/// <summary>
/// The tolerant pass run when strict XML fails. It rewrites the text so an XML reader accepts it, fixing what
/// real feeds get wrong: bare ampersands, HTML entities XML does not define (&amp;nbsp;), characters XML forbids,
/// undeclared namespace prefixes and the DOCTYPE. Internal entities declared in the DOCTYPE with a literal value are
/// substituted once (never recursively, never from a file or URL), so neither XXE nor billion laughs can happen.
/// </summary>
public static partial class XmlRepair
{
    private const int MaxEntityExpansion = 64 * 1024;

    /// <param name="onlyDoctype">True when the only change was removing a DOCTYPE (and substituting its literal entities).</param>
    public static string Repair(string xml, out bool onlyDoctype)
    {
        var changed = false;
        var entities = new Dictionary<string, string>(StringComparer.Ordinal);
        xml = StripDoctype(xml, entities);
        var sb = new StringBuilder(xml.Length + 64);
        var expanded = 0;
        for (var i = 0; i < xml.Length; i++)
        {
            var c = xml[i];
            if (c == '<' && string.CompareOrdinal(xml, i, "<![CDATA[", 0, 9) == 0)
            {
                i = CopyVerbatim(xml, i, "]]>", sb);
                continue;
            }
            if (c == '<' && string.CompareOrdinal(xml, i, "<!--", 0, 4) == 0)
            {
                i = CopyVerbatim(xml, i, "-->", sb);
                continue;
            }
            if (c == '&')
            {
                var semi = ReferenceEnd(xml, i);
                if (semi < 0) { sb.Append("&amp;"); changed = true; continue; }
                var name = xml.AsSpan(i + 1, semi - i - 1);
                if (name[0] == '#' || name is "amp" or "lt" or "gt" or "quot" or "apos")
                {
                    sb.Append(xml, i, semi - i + 1);
                }
                else if (entities.TryGetValue(name.ToString(), out var value) && expanded + value.Length <= MaxEntityExpansion)
                {
                    expanded += value.Length;
                    sb.Append(EscapeText(value));
                }
                else
                {
                    var decoded = WebUtility.HtmlDecode(xml.Substring(i, semi - i + 1));
                    if (decoded.Length > 0 && decoded[0] != '&')
                        foreach (var rune in decoded.EnumerateRunes()) sb.Append("&#").Append(rune.Value).Append(';');
                    else
                        sb.Append("&amp;").Append(name).Append(';');
                    changed = true;
                }
                i = semi;
                continue;
            }
            if (c < 0x20 && c is not ('\t' or '\n' or '\r') || c is '\uFFFE' or '\uFFFF')
            {
                changed = true;
                continue;
            }
            sb.Append(c);
        }
        var text = sb.ToString();
        var declared = DeclareMissingPrefixes(text);
        onlyDoctype = !changed && ReferenceEquals(declared, text);
        return declared;
    }

    private static int CopyVerbatim(string s, int start, string terminator, StringBuilder sb)
    {
        var end = s.IndexOf(terminator, start, StringComparison.Ordinal);
        var stop = end < 0 ? s.Length : end + terminator.Length;
        sb.Append(s, start, stop - start);
        return stop - 1;
    }

    private static int ReferenceEnd(string s, int amp)
    {
        var j = amp + 1;
        if (j < s.Length && s[j] == '#')
        {
            j++;
            var hex = j < s.Length && (s[j] == 'x' || s[j] == 'X');
            if (hex) j++;
            var start = j;
            while (j < s.Length && (hex ? char.IsAsciiHexDigit(s[j]) : char.IsAsciiDigit(s[j]))) j++;
            return j > start && j < s.Length && s[j] == ';' && j - start <= 8 ? j : -1;
        }
        var nameStart = j;
        while (j < s.Length && j - nameStart < 40 && (char.IsAsciiLetterOrDigit(s[j]) || s[j] is '_' or '-' or '.' or ':')) j++;
        return j > nameStart && j < s.Length && s[j] == ';' && char.IsAsciiLetter(s[nameStart]) ? j : -1;
    }

    private static string EscapeText(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);

    private static string StripDoctype(string xml, Dictionary<string, string> entities)
    {
        var start = xml.IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
        if (start < 0) return xml;
        var root = xml.IndexOf('<', start + 9);
        // A DOCTYPE ends at '>' after its internal subset, if it has one.
        var bracket = xml.IndexOf('[', start);
        var end = xml.IndexOf('>', start);
        if (bracket >= 0 && bracket < end)
        {
            var close = xml.IndexOf("]", bracket, StringComparison.Ordinal);
            var subsetEnd = close < 0 ? -1 : xml.IndexOf('>', close);
            if (subsetEnd > 0)
            {
                foreach (Match m in EntityDeclaration().Matches(xml.Substring(bracket, close - bracket)))
                    entities.TryAdd(m.Groups["name"].Value, m.Groups["value"].Value);
                end = subsetEnd;
            }
        }
        if (end < 0) return xml;
        _ = root;
        return string.Concat(xml.AsSpan(0, start), xml.AsSpan(end + 1));
    }

    private static readonly Dictionary<string, string> KnownPrefixes = new(StringComparer.Ordinal)
    {
        ["dc"] = FeedNamespaces.Dc, ["dcterms"] = FeedNamespaces.DcTerms, ["content"] = FeedNamespaces.Content,
        ["media"] = FeedNamespaces.Media, ["atom"] = FeedNamespaces.Atom10, ["itunes"] = FeedNamespaces.Itunes,
        ["rdf"] = FeedNamespaces.Rdf, ["xhtml"] = FeedNamespaces.Xhtml,
    };

    private static string DeclareMissingPrefixes(string xml)
    {
        HashSet<string>? missing = null;
        foreach (Match m in PrefixedName().Matches(xml))
        {
            var prefix = m.Groups[1].Value;
            if (prefix is "xml" or "xmlns" || (missing?.Contains(prefix) ?? false)) continue;
            if (xml.Contains("xmlns:" + prefix + "=", StringComparison.Ordinal)) continue;
            (missing ??= []).Add(prefix);
        }
        if (missing is null) return xml;
        var root = RootStart().Match(xml);
        if (!root.Success) return xml;
        var decls = string.Concat(missing.Select(p => $" xmlns:{p}=\"{KnownPrefixes.GetValueOrDefault(p, "urn:watcher:undeclared:" + p)}\""));
        var at = root.Index + root.Length;
        return string.Concat(xml.AsSpan(0, at), decls, xml.AsSpan(at));
    }

    [GeneratedRegex("""<!ENTITY\s+(?<name>[A-Za-z_][\w.-]*)\s+(?:"(?<value>[^"%&]*)"|'(?<value>[^'%&]*)')\s*>""")]
    private static partial Regex EntityDeclaration();

    [GeneratedRegex(@"</?([A-Za-z_][\w.-]*):[A-Za-z_]")]
    private static partial Regex PrefixedName();

    [GeneratedRegex(@"<(?![?!])[A-Za-z_][\w.:-]*")]
    private static partial Regex RootStart();
}
