using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Watcher.Core.Feeds;

/// <summary>Turns HTML fragments into plain text for matching, hashing and e-mail text parts.</summary>
public static partial class HtmlText
{
    public static string ToPlainText(string html)
    {
        if (string.IsNullOrEmpty(html)) return string.Empty;
        string decoded;
        if (html.AsSpan().IndexOfAny('<', '&') < 0)
        {
            if (html.AsSpan().IndexOfAny("\n\r\t\f\v\u00a0") < 0 && html[0] != ' ' && html[^1] != ' ' && !html.Contains("  ", StringComparison.Ordinal))
                return html;
            decoded = html;
        }
        else
        {
            var noScript = ScriptOrStyle().Replace(html, " ");
            var withBreaks = BlockTag().Replace(noScript, "\n");
            var noTags = AnyTag().Replace(withBreaks, string.Empty);
            decoded = WebUtility.HtmlDecode(noTags);
        }
        var sb = new StringBuilder(decoded.Length);
        foreach (var line in decoded.Split('\n'))
        {
            var collapsed = Spaces().Replace(line, " ").Trim();
            if (collapsed.Length == 0) continue;
            if (sb.Length > 0) sb.Append('\n');
            sb.Append(collapsed);
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"<\s*(br|/p|/div|/li|/h[1-6]|/tr|p|li)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.Singleline)]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"[ \t\r\f\v\u00a0]+")]
    private static partial Regex Spaces();
}
