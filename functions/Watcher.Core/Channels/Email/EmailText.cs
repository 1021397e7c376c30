using System.Text;

namespace Watcher.Core.Channels.Email;

/// <summary>The text/plain alternative: the same content as the HTML, readable in any client.</summary>
internal static class EmailText
{
    public static void Story(StringBuilder sb, EmailStory s)
    {
        sb.Append('[').Append(EmailHtml.Badge(s).Text).Append("] ").Append(OneLine(s.Title)).Append('\n');
        sb.Append("  ").Append(s.SourceName);
        if (s.SourceCount > 1) sb.Append(" · reported by ").Append(s.SourceCount).Append(" sources");
        sb.Append('\n');
        if (EmailHtml.SafeUrl(s.Link) is { } link) sb.Append("  ").Append(link).Append('\n');
        if (s.Changes.Count > 0)
        {
            sb.Append("  What changed:\n");
            foreach (var c in s.Changes.Take(8)) sb.Append("    ").Append(OneLine(c)).Append('\n');
        }
        foreach (var r in s.Tariffs)
            sb.Append("  Tariff: ").Append(r.Imposer).Append(" → ").Append(r.Target).Append(", ").Append(r.Products).Append(": ")
              .Append(r.Before ?? "—").Append(" → ").Append(r.After).Append(r.Effective is null ? string.Empty : $" from {r.Effective}").Append('\n');
        if (s.Summary.Length > 0) sb.Append("  ").Append(OneLine(EmailHtml.Clip(s.Summary, 280))).Append('\n');
        sb.Append('\n');
    }

    public static void Footer(StringBuilder sb, string why, string? preferences, string? unsubscribe)
    {
        sb.Append("-- \n").Append(why).Append('\n');
        if (preferences is not null) sb.Append("Manage preferences: ").Append(preferences).Append('\n');
        if (unsubscribe is not null) sb.Append("Unsubscribe: ").Append(unsubscribe).Append('\n');
    }

    private static string OneLine(string s) => EmailComposer.OneLine(s, int.MaxValue);
}
