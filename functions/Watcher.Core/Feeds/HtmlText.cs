using System.Buffers;
using System.Net;
using System.Text;

namespace Watcher.Core.Feeds;

/// <summary>
/// Turns HTML fragments into plain text for matching, hashing and e-mail text parts, in one pass: script and style
/// elements go with their content, block boundaries (br, p, li, the ends of div, headings and table rows) become line
/// breaks, other tags vanish, entities are decoded, and runs of spaces collapse, one trimmed non-empty line per line.
/// </summary>
public static class HtmlText
{
    public static string ToPlainText(string html)
    {
        if (string.IsNullOrEmpty(html)) return string.Empty;
        if (html.AsSpan().IndexOfAny('<', '&') < 0
            && html.AsSpan().IndexOfAny("\n\r\t\f\v\u00a0") < 0 && html[0] != ' ' && html[^1] != ' ' && !html.Contains("  ", StringComparison.Ordinal))
            return html;
        return FromStripped(StripTags(html));
    }

    /// <summary>Text whose tags are already replaced by line breaks: entities decoded, white space collapsed.</summary>
    internal static string FromStripped(string text)
    {
        if (text.Contains('&')) text = WebUtility.HtmlDecode(text);
        return CollapseLines(text);
    }

    private static string StripTags(string html)
    {
        if (html.IndexOf('<') < 0) return html;
        var sb = Builders.Rent(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0) { sb.Append(html, i, html.Length - i); break; }
            sb.Append(html, i, lt - i);
            if (lt + 1 < html.Length && !(char.IsAsciiLetter(html[lt + 1]) || html[lt + 1] is '/' or '!' or '?'))
            {
                sb.Append('<'); // "1 < 2": not a tag
                i = lt + 1;
                continue;
            }
            var gt = TagEnd(html, lt);
            if (gt < 0) { sb.Append(html, lt, html.Length - lt); break; } // not a tag: keep the text
            var name = TagName(html.AsSpan(lt + 1, gt - lt - 1), out var closing);
            i = gt + 1;
            if (!closing && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)))
            {
                var end = IndexOfEndTag(html, name, i);
                if (end >= 0)
                {
                    sb.Append(' ');
                    i = end;
                    continue;
                }
            }
            if (IsBlockBoundary(name, closing)) sb.Append('\n');
        }
        var text = sb.ToString();
        Builders.Return(sb);
        return text;
    }

    /// <summary>The '&gt;' that ends the tag at <paramref name="lt"/>, skipping quoted attribute values of real tags.</summary>
    private static int TagEnd(string html, int lt)
    {
        var first = html.IndexOf('>', lt + 1);
        if (first < 0 || lt + 1 >= html.Length || !char.IsAsciiLetter(html[lt + 1])) return first;
        for (var i = lt + 1; i < html.Length; i++)
        {
            var c = html[i];
            if (c == '>') return i;
            if (c is '"' or '\'' && html[i - 1] == '=' || c is '"' or '\'' && i >= 2 && html[i - 1] == ' ' && html[i - 2] == '=')
            {
                var close = html.IndexOf(c, i + 1);
                if (close < 0) return first;
                i = close;
            }
        }
        return first;
    }

    private static ReadOnlySpan<char> TagName(ReadOnlySpan<char> tag, out bool closing)
    {
        tag = tag.TrimStart();
        closing = tag.Length > 0 && tag[0] == '/';
        if (closing) tag = tag[1..];
        var n = 0;
        while (n < tag.Length && char.IsAsciiLetterOrDigit(tag[n])) n++;
        return tag[..n];
    }

    private static bool IsBlockBoundary(ReadOnlySpan<char> name, bool closing)
    {
        if (name.Length == 0) return false;
        if (!closing) return name.Equals("br", StringComparison.OrdinalIgnoreCase) || name.Equals("p", StringComparison.OrdinalIgnoreCase) || name.Equals("li", StringComparison.OrdinalIgnoreCase);
        return name.Equals("p", StringComparison.OrdinalIgnoreCase) || name.Equals("div", StringComparison.OrdinalIgnoreCase) || name.Equals("li", StringComparison.OrdinalIgnoreCase)
            || name.Equals("tr", StringComparison.OrdinalIgnoreCase) || name.Length == 2 && (name[0] is 'h' or 'H') && name[1] is >= '1' and <= '6';
    }

    /// <summary>The index just past "&lt;/name ... &gt;" at or after <paramref name="from"/>, or -1.</summary>
    private static int IndexOfEndTag(string html, ReadOnlySpan<char> name, int from)
    {
        while (from < html.Length)
        {
            var at = html.IndexOf("</", from, StringComparison.Ordinal);
            if (at < 0) return -1;
            var rest = html.AsSpan(at + 2);
            if (rest.StartsWith(name, StringComparison.OrdinalIgnoreCase) && (rest.Length == name.Length || !char.IsAsciiLetterOrDigit(rest[name.Length])))
            {
                var gt = html.IndexOf('>', at + 2 + name.Length);
                return gt < 0 ? -1 : gt + 1;
            }
            from = at + 2;
        }
        return -1;
    }

    /// <summary>The white space other than the plain space: line breaks end lines, the rest count as spaces.</summary>
    private static readonly SearchValues<char> Breaks = SearchValues.Create("\n\t\r\f\v\u00a0");

    /// <summary>
    /// One trimmed, non-empty line per line, runs of spaces as one. The text is cut at the rare white-space characters
    /// (line breaks, tabs, no-break spaces); between them only plain spaces can need work, and only where two stand together.
    /// </summary>
    /// <summary><see cref="CollapseLines"/> over characters [start, end) of a builder, read in place.</summary>
    internal static string Collapse(StringBuilder text, int start, int end)
    {
        var state = new Collapser(Builders.Rent(end - start));
        var offset = 0;
        foreach (var chunk in text.GetChunks())
        {
            var span = chunk.Span;
            int from = Math.Max(start - offset, 0), to = Math.Min(end - offset, span.Length);
            if (from < to) state.Feed(span[from..to]);
            offset += span.Length;
        }
        return state.Finish();
    }

    private static string CollapseLines(string text)
    {
        var state = new Collapser(Builders.Rent(text.Length));
        state.Feed(text);
        return state.Finish();
    }

    private struct Collapser(StringBuilder sb)
    {
        private int lineStart;
        private bool pendingSpace;

        /// <summary>Any stretch of the text (the state carries over, so the text may come in pieces cut anywhere).</summary>
        public void Feed(ReadOnlySpan<char> span)
        {
            while (true)
            {
                var k = span.IndexOfAny(Breaks);
                Append(k < 0 ? span : span[..k]);
                if (k < 0) return;
                Break(span[k] == '\n');
                span = span[(k + 1)..];
            }
        }

        /// <summary>A stretch whose only white space is the plain space.</summary>
        private void Append(ReadOnlySpan<char> chunk)
        {
            var lead = chunk.IndexOfAnyExcept(' ');
            if (lead < 0)
            {
                if (chunk.Length > 0) pendingSpace = sb.Length > lineStart;
                return;
            }
            if (lead > 0) pendingSpace = sb.Length > lineStart;
            chunk = chunk[lead..];
            var last = chunk.LastIndexOfAnyExcept(' ');
            var trailing = last < chunk.Length - 1;
            var body = chunk[..(last + 1)];
            if (pendingSpace) sb.Append(' ');
            while (true)
            {
                var twice = body.IndexOf("  ", StringComparison.Ordinal);
                if (twice < 0) { sb.Append(body); break; }
                sb.Append(body[..(twice + 1)]);
                body = body[(twice + 1)..].TrimStart(' ');
            }
            pendingSpace = trailing;
        }

        /// <summary>A line break, or another white-space character that counts as a space.</summary>
        private void Break(bool newLine)
        {
            if (newLine)
            {
                if (sb.Length > lineStart) { sb.Append('\n'); lineStart = sb.Length; }
                pendingSpace = false;
            }
            else pendingSpace = sb.Length > lineStart;
        }

        public readonly string Finish()
        {
            if (sb.Length > 0 && sb[^1] == '\n') sb.Length--;
            var text = sb.ToString();
            Builders.Return(sb);
            return text;
        }
    }
}
