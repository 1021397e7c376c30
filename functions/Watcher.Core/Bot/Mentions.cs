using System.Text.RegularExpressions;

namespace Watcher.Core.Bot;

/// <summary>Removes the bot's own @mention from a message (protocols.md §1, as the SDK's RemoveMentionText does).</summary>
public static class Mentions
{
    public static string StripBotMention(Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        var botId = activity.Recipient?.Id;
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity.At("type").AsString() != "mention") continue;
            var mentioned = entity.At("mentioned");
            if (mentioned.At("id").AsString() is not { } id || id != botId) continue;
            var mentionText = entity.At("text").AsString();
            if (string.IsNullOrEmpty(mentionText) && mentioned.At("name").AsString() is { } name) mentionText = $"<at>{name}</at>";
            if (string.IsNullOrEmpty(mentionText)) continue;
            text = Regex.Replace(text, Regex.Escape(mentionText), string.Empty, RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
        }
        return text.Trim();
    }
}
