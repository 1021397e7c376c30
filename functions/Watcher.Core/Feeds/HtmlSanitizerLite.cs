using System.Text.RegularExpressions;

namespace Watcher.Core.Feeds;

/// <summary>
/// Removes what can run: script, style, iframe, object, embed and form elements, event-handler attributes and
/// javascript:/vbscript:/data: URLs. A strict allow-list sanitiser replaces this in the Ingestion work.
/// </summary>
public static partial class HtmlSanitizerLite
{
    public static string? Sanitize(string? html)
    {
        if (html is null) return null;
        var s = Dangerous().Replace(html, string.Empty);
        s = DangerousOpen().Replace(s, string.Empty);
        s = EventHandler().Replace(s, string.Empty);
        s = ScriptUrl().Replace(s, "$1=\"#\"");
        return s.Trim();
    }

    [GeneratedRegex(@"<(script|style|iframe|object|embed|form|applet|meta|link|base)\b.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Dangerous();

    [GeneratedRegex(@"</?(script|style|iframe|object|embed|form|applet|meta|link|base|input|button|textarea|select)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex DangerousOpen();

    [GeneratedRegex(@"\s+on[a-z]+\s*=\s*(""[^""]*""|'[^']*'|[^\s>]+)", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();

    [GeneratedRegex(@"\b(href|src|action|formaction|xlink:href)\s*=\s*[""']?\s*(?:javascript|vbscript|data)\s*:[^""'\s>]*[""']?", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptUrl();
}
