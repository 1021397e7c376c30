using System.Buffers;
using System.Net;
using System.Text;

namespace Watcher.Core.Feeds;

/// <summary>
/// The allow-list HTML sanitiser for summaries and content, in one pass over the fragment (the approach of Go's
/// bluemonday): an HTML tokenizer feeds a filter that keeps only allowed elements and attributes and re-serialises
/// everything it keeps — every text run and attribute value re-escaped, every open element closed — so the output
/// parses the same in any browser. Elements whose content is code or a foreign parsing context (script, style,
/// iframe, object, svg, math, template, textarea, …) are dropped with their content; other unknown elements are
/// dropped but their text kept. URLs must be http, https or mailto after entity decoding; relative URLs are made
/// absolute against the base. No event handler, style or data attribute survives.
/// <see cref="Ganss.Xss.HtmlSanitizer"/> (AngleSharp) is used in the tests as an independent check of the output.
/// </summary>
public static class FeedHtml
{
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = ["href", "title", "hreflang"], ["abbr"] = ["title"], ["acronym"] = ["title"], ["address"] = [], ["article"] = [],
        ["aside"] = [], ["b"] = [], ["bdi"] = [], ["bdo"] = ["dir"], ["big"] = [], ["blockquote"] = ["cite"], ["br"] = [],
        ["caption"] = [], ["center"] = [], ["cite"] = [], ["code"] = [], ["col"] = ["span"], ["colgroup"] = ["span"], ["dd"] = [],
        ["del"] = ["cite", "datetime"], ["details"] = [], ["dfn"] = [], ["div"] = [], ["dl"] = [], ["dt"] = [], ["em"] = [],
        ["figcaption"] = [], ["figure"] = [], ["font"] = [], ["footer"] = [], ["h1"] = [], ["h2"] = [], ["h3"] = [], ["h4"] = [],
        ["h5"] = [], ["h6"] = [], ["header"] = [], ["hr"] = [], ["i"] = [], ["img"] = ["src", "alt", "title", "width", "height"],
        ["ins"] = ["cite", "datetime"], ["kbd"] = [], ["li"] = ["value"], ["mark"] = [], ["ol"] = ["start", "reversed"], ["p"] = [],
        ["pre"] = [], ["q"] = ["cite"], ["s"] = [], ["samp"] = [], ["section"] = [], ["small"] = [], ["span"] = [], ["strike"] = [],
        ["strong"] = [], ["sub"] = [], ["summary"] = [], ["sup"] = [], ["table"] = ["summary"], ["tbody"] = [],
        ["td"] = ["colspan", "rowspan", "headers"], ["tfoot"] = [], ["th"] = ["colspan", "rowspan", "headers", "scope", "abbr"],
        ["thead"] = [], ["time"] = ["datetime"], ["tr"] = [], ["tt"] = [], ["u"] = [], ["ul"] = [], ["var"] = [], ["wbr"] = [],
    };

    /// <summary>Elements dropped together with everything inside them.</summary>
    private static readonly HashSet<string> DropWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "object", "embed", "applet", "noscript", "noembed", "noframes", "frameset", "frame",
        "template", "textarea", "title", "xmp", "plaintext", "svg", "math", "select", "head", "audio", "video", "canvas", "map",
    };

    /// <summary>Elements whose content the HTML tokenizer reads as raw text, up to the matching end tag.</summary>
    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "noscript", "noembed", "noframes", "textarea", "title", "xmp",
    };

    /// <summary>What to do with an element, found in one lookup: keep it with these attributes, or drop it with its content.</summary>
    private sealed record TagRule(string Name, string[]? Attributes, bool Drop, bool Raw);

    private static readonly Dictionary<string, TagRule>.AlternateLookup<ReadOnlySpan<char>> Rules = BuildRules().GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The same rules keyed by their lower-case names, for the usual lower-case tag (an ordinal hash is cheaper).</summary>
    private static readonly Dictionary<string, TagRule>.AlternateLookup<ReadOnlySpan<char>> LowerRules =
        new Dictionary<string, TagRule>(BuildRules(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static Dictionary<string, TagRule> BuildRules()
    {
        var rules = new Dictionary<string, TagRule>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, attributes) in Allowed) rules[name] = new(name, attributes, Drop: false, Raw: false);
        foreach (var name in DropWithContent) rules[name] = new(name, null, Drop: true, Raw: RawText.Contains(name)); // dropping wins
        return rules;
    }

    private static readonly SearchValues<char> TextSpecials = SearchValues.Create("<>&\"\0");

    public static string? Sanitize(string? html, Uri? baseUrl = null)
    {
        if (html is null) return null;
        var span = html.AsSpan().Trim();
        if (span.IndexOfAny('<', '&', '>') < 0 && span.IndexOf('\0') < 0) return span.Length == html.Length ? html : span.ToString();
        var sb = Builders.Rent(span.Length + span.Length / 8 + 16);
        new Filter(span.Length == html.Length ? html : span.ToString(), baseUrl, sb).Run();
        int start = 0, end = sb.Length;
        while (end > 0 && char.IsWhiteSpace(sb[end - 1])) end--;
        while (start < end && char.IsWhiteSpace(sb[start])) start++;
        var result = sb.ToString(start, end - start);
        Builders.Return(sb);
        return result;
    }

    /// <summary>
    /// The plain text of <c>Sanitize(html)</c> (what <see cref="HtmlText.ToPlainText"/> gives for it), without
    /// building the sanitised HTML: the same tokenizer and filter run, but kept tags become line breaks or nothing,
    /// and attributes are not read. Identical output to the two-step form is tested over both corpora.
    /// </summary>
    public static string ToPlainText(string? html)
    {
        if (html is null) return string.Empty;
        var span = html.AsSpan().Trim();
        if (span.IndexOfAny('<', '&', '>') < 0 && span.IndexOf('\0') < 0) return HtmlText.ToPlainText(span.Length == html.Length ? html : span.ToString());
        var sb = Builders.Rent(span.Length);
        var filter = new Filter(span.Length == html.Length ? html : span.ToString(), null, sb, textOnly: true);
        filter.Run();
        // Sanitize trims white space at both ends of its HTML, where a tag or a character reference stops the trimming.
        int start = 0, end = sb.Length;
        var firstSolid = filter.FirstSolid < 0 ? end : filter.FirstSolid;
        while (end > filter.SolidEnd && char.IsWhiteSpace(sb[end - 1])) end--;
        while (start < Math.Min(end, firstSolid) && char.IsWhiteSpace(sb[start])) start++;
        var text = HtmlText.Collapse(sb, start, end);
        Builders.Return(sb);
        return text;
    }

    private sealed class Filter(string s, Uri? baseUrl, StringBuilder sb, bool textOnly = false)
    {
        private int pos;
        private readonly List<string> open = new(8);

        /// <summary>
        /// Text mode: where in the output the first kept tag or decoded reference stood (-1: none yet), and where the
        /// last one ended; white space outside them is what <see cref="Sanitize"/> trims.
        /// </summary>
        public int FirstSolid { get; private set; } = -1;
        public int SolidEnd { get; private set; }

        public void Run()
        {
            while (pos < s.Length)
            {
                var lt = s.IndexOf('<', pos);
                if (lt < 0) { Text(pos, s.Length); break; }
                Text(pos, lt);
                pos = lt;
                Markup();
            }
            for (var i = open.Count - 1; i >= 0; i--) Close(open[i]);
        }

        private void Close(string name)
        {
            if (textOnly) Tag(name is "p" or "div" or "li" or "tr" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6");
            else sb.Append("</").Append(name).Append('>');
        }

        /// <summary>Text mode: a kept tag is a line break (the block boundaries of <see cref="HtmlText"/>) or nothing.</summary>
        private void Tag(bool lineBreak)
        {
            if (FirstSolid < 0) FirstSolid = sb.Length;
            if (lineBreak) sb.Append('\n');
            SolidEnd = sb.Length;
        }

        private void Markup()
        {
            var next = pos + 1 < s.Length ? s[pos + 1] : '\0';
            if (char.IsAsciiLetter(next)) { StartTag(); return; }
            if (next == '/' && pos + 2 < s.Length && char.IsAsciiLetter(s[pos + 2])) { EndTag(); return; }
            if (next == '!' && string.CompareOrdinal(s, pos, "<!--", 0, 4) == 0)
            {
                var end = s.IndexOf("-->", pos + 4, StringComparison.Ordinal);
                pos = end < 0 ? s.Length : end + 3;
                return;
            }
            if (next is '!' or '?' || next == '/' && pos + 2 < s.Length && s[pos + 2] != '>')
            {
                var end = s.IndexOf('>', pos);
                pos = end < 0 ? s.Length : end + 1;
                return;
            }
            sb.Append(textOnly ? "<" : "&lt;");
            pos++;
        }

        private void StartTag()
        {
            var nameStart = pos + 1;
            var i = nameStart;
            while (i < s.Length && !IsTagEnd(s[i])) i++;
            var nameSpan = s.AsSpan(nameStart, i - nameStart);
            if (!LowerRules.TryGetValue(nameSpan, out var rule)) Rules.TryGetValue(nameSpan, out rule);
            var drop = rule is { Drop: true };
            var keep = rule is { Drop: false };
            var name = rule?.Name;
            var allowedAttrs = rule?.Attributes;
            var mark = sb.Length;
            if (keep && !textOnly) sb.Append('<').Append(name);
            var selfClosing = false;
            while (true)
            {
                while (i < s.Length && (IsSpace(s[i]) || s[i] == '/')) { selfClosing = s[i] == '/'; i++; }
                if (i >= s.Length) { Unterminated(mark); return; } // dropped, as browsers drop a tag cut by the end of input
                if (s[i] == '>') { i++; break; }
                selfClosing = false;
                var an = i;
                i++;
                while (i < s.Length && !IsSpace(s[i]) && s[i] is not ('/' or '>' or '=')) i++;
                var attrName = s.AsSpan(an, i - an);
                while (i < s.Length && IsSpace(s[i])) i++;
                int vs = i, ve = i;
                if (i < s.Length && s[i] == '=')
                {
                    i++;
                    while (i < s.Length && IsSpace(s[i])) i++;
                    if (i < s.Length && s[i] is '"' or '\'')
                    {
                        var close = s.IndexOf(s[i], i + 1);
                        if (close < 0) { Unterminated(mark); return; }
                        (vs, ve) = (i + 1, close);
                        i = close + 1;
                    }
                    else
                    {
                        vs = i;
                        while (i < s.Length && !IsSpace(s[i]) && s[i] != '>') i++;
                        ve = i;
                    }
                }
                if (keep && !textOnly) Attribute(attrName, s.AsSpan(vs, ve - vs), allowedAttrs!);
            }
            pos = i;
            if (drop)
            {
                if (!selfClosing || rule!.Raw) SkipElement(rule!.Name, rule.Raw);
                return;
            }
            if (!keep) return;
            if (textOnly) Tag(name is "br" or "p" or "li");
            else sb.Append('>');
            if (name is not ("br" or "hr" or "img" or "wbr" or "col")) open.Add(name!);
        }

        private void Unterminated(int mark)
        {
            sb.Length = mark;
            pos = s.Length;
        }

        private void Attribute(ReadOnlySpan<char> attrName, ReadOnlySpan<char> raw, string[] allowedAttrs)
        {
            string? canonical = null;
            foreach (var a in allowedAttrs)
                if (attrName.Equals(a, StringComparison.OrdinalIgnoreCase)) { canonical = a; break; }
            canonical ??= attrName.Equals("lang", StringComparison.OrdinalIgnoreCase) ? "lang" : attrName.Equals("dir", StringComparison.OrdinalIgnoreCase) ? "dir" : null;
            if (canonical is null) return;
            ReadOnlySpan<char> value = raw.IndexOf('&') >= 0 ? WebUtility.HtmlDecode(raw.ToString()) : raw;
            if (canonical is "href" or "src" or "cite")
            {
                var url = SafeUrl(value.ToString(), baseUrl);
                if (url is null) return;
                value = url;
            }
            sb.Append(' ').Append(canonical).Append("=\"");
            Escape(value, attribute: true);
            sb.Append('"');
        }

        private void EndTag()
        {
            var nameStart = pos + 2;
            var i = nameStart;
            while (i < s.Length && !IsTagEnd(s[i])) i++;
            var nameSpan = s.AsSpan(nameStart, i - nameStart);
            var gt = s.IndexOf('>', i);
            pos = gt < 0 ? s.Length : gt + 1;
            var at = open.Count - 1;
            while (at >= 0 && !nameSpan.Equals(open[at], StringComparison.OrdinalIgnoreCase)) at--;
            if (at < 0) return;
            for (var k = open.Count - 1; k >= at; k--) Close(open[k]);
            open.RemoveRange(at, open.Count - at);
        }

        /// <summary>Skips past the end tag that closes <paramref name="name"/>; for raw-text elements that is the first one.</summary>
        private void SkipElement(string name, bool raw)
        {
            var depth = 1;
            while (pos < s.Length)
            {
                var lt = s.IndexOf('<', pos);
                if (lt < 0) break;
                var closing = lt + 1 < s.Length && s[lt + 1] == '/';
                var start = lt + (closing ? 2 : 1);
                if (start + name.Length <= s.Length && string.Compare(s, start, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                    && (start + name.Length == s.Length || IsTagEnd(s[start + name.Length])))
                {
                    if (closing) depth--;
                    else if (!raw) depth++;
                    if (depth == 0)
                    {
                        var gt = s.IndexOf('>', start);
                        pos = gt < 0 ? s.Length : gt + 1;
                        return;
                    }
                }
                pos = lt + 1;
            }
            pos = s.Length;
        }

        private void Text(int from, int to)
        {
            if (to <= from) return;
            Escape(s.AsSpan(from, to - from), attribute: false);
        }

        private void Escape(ReadOnlySpan<char> text, bool attribute)
        {
            if (textOnly)
            {
                Unescaped(text);
                return;
            }
            while (text.Length > 0)
            {
                var k = text.IndexOfAny(TextSpecials);
                if (k < 0) { sb.Append(text); return; }
                sb.Append(text[..k]);
                var c = text[k];
                text = text[(k + 1)..];
                switch (c)
                {
                    case '<': sb.Append("&lt;"); break;
                    case '>': sb.Append("&gt;"); break;
                    case '"': sb.Append(attribute ? "&quot;" : "\""); break;
                    case '\0': break;
                    case '&':
                        // Keep a well-formed character reference as written (text only); escape any other ampersand.
                        var len = attribute ? -1 : ReferenceLength(text);
                        if (len > 0) { sb.Append('&').Append(text[..len]); text = text[len..]; }
                        else sb.Append("&amp;");
                        break;
                }
            }
        }

        /// <summary>Text mode: what the escaped text stands for (HtmlDecode of it), written directly.</summary>
        private void Unescaped(ReadOnlySpan<char> text)
        {
            while (text.Length > 0)
            {
                // '<', '>' and '"' come out as themselves here; only references and NULs need work.
                var k = text.IndexOfAny('&', '\0');
                if (k < 0) { sb.Append(text); return; }
                sb.Append(text[..k]);
                var c = text[k];
                text = text[(k + 1)..];
                if (c == '\0') continue;
                var len = c == '&' ? ReferenceLength(text) : -1;
                if (len <= 0) { sb.Append(c); continue; }
                if (FirstSolid < 0) FirstSolid = sb.Length;
                AppendDecoded(sb, text[..len]);
                SolidEnd = sb.Length;
                text = text[len..];
            }
        }

        private static int ReferenceLength(ReadOnlySpan<char> after)
        {
            var i = 0;
            if (i < after.Length && after[i] == '#')
            {
                i++;
                var hex = i < after.Length && after[i] is 'x' or 'X';
                if (hex) i++;
                var digits = i;
                while (i < after.Length && i - digits < 8 && (hex ? char.IsAsciiHexDigit(after[i]) : char.IsAsciiDigit(after[i]))) i++;
                return i > digits && i < after.Length && after[i] == ';' ? i + 1 : -1;
            }
            while (i < after.Length && i < 32 && char.IsAsciiLetterOrDigit(after[i])) i++;
            return i > 0 && i < after.Length && after[i] == ';' && char.IsAsciiLetter(after[0]) ? i + 1 : -1;
        }

        private static bool IsTagEnd(char c) => c is '/' or '>' || IsSpace(c);

        private static bool IsSpace(char c) => c is ' ' or '\n' or '\t' or '\r' or '\f' || c > 127 && char.IsWhiteSpace(c);
    }

    /// <summary>
    /// Appends what <see cref="WebUtility.HtmlDecode(string)"/> gives for "&amp;" + <paramref name="reference"/> (a name or
    /// #number, then ';'): the common ones directly, any other through HtmlDecode itself.
    /// </summary>
    internal static void AppendDecoded(StringBuilder sb, ReadOnlySpan<char> reference)
    {
        switch (reference)
        {
            case "amp;": sb.Append('&'); return;
            case "lt;": sb.Append('<'); return;
            case "gt;": sb.Append('>'); return;
            case "quot;": sb.Append('"'); return;
            case "nbsp;": sb.Append('\u00a0'); return;
        }
        if (reference.Length > 2 && reference[0] == '#')
        {
            var hex = reference[1] is 'x' or 'X';
            var digits = reference[(hex ? 2 : 1)..^1];
            if (uint.TryParse(digits, hex ? System.Globalization.NumberStyles.AllowHexSpecifier : System.Globalization.NumberStyles.None,
                    System.Globalization.CultureInfo.InvariantCulture, out var value) && value is >= 0x20 and < 0x7f or >= 0xa0 and < 0xd800)
            {
                sb.Append((char)value);
                return;
            }
        }
        sb.Append(WebUtility.HtmlDecode(string.Concat("&", reference)));
    }

    private static readonly SearchValues<char> PlainPathChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/?=&+,;@!$*:");

    /// <summary>A root-relative path with no dot segments, escapes or characters that need them: it can be appended to the origin as is.</summary>
    private static bool IsPlainPath(string v) =>
        v.AsSpan().IndexOfAnyExcept(PlainPathChars) < 0 && !v.Contains("/.", StringComparison.Ordinal);

    /// <summary>An http, https or mailto URL (absolute against the base when relative); null for anything else.</summary>
    internal static string? SafeUrl(string value, Uri? baseUrl)
    {
        // Browsers ignore leading/trailing spaces and strip tabs and newlines anywhere in a URL.
        var v = value.Trim().Replace("\t", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal);
        if (v.Length == 0) return null;
        var colon = v.IndexOf(':');
        var slash = v.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon > 0 && (slash < 0 || colon < slash);
        if (hasScheme)
        {
            var scheme = v[..colon].ToLowerInvariant();
            if (scheme is not ("http" or "https" or "mailto")) return null;
            return Uri.TryCreate(v, UriKind.Absolute, out _) ? v : null;
        }
        if (v.StartsWith("//", StringComparison.Ordinal)) v = (baseUrl?.Scheme ?? "https") + ":" + v;
        else if (baseUrl is not null && v[0] == '/' && IsPlainPath(v)) return string.Concat(baseUrl.GetLeftPart(UriPartial.Authority), v);
        if (baseUrl is not null && Uri.TryCreate(baseUrl, v, out var abs) && abs.Scheme is "http" or "https") return abs.AbsoluteUri;
        return hasScheme || v.Contains(':') && !v.StartsWith('/') ? null : v;
    }
}
