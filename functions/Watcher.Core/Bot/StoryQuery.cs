using System.Text.RegularExpressions;
using Watcher.Core.State;

namespace Watcher.Core.Bot;

/// <summary>
/// The bot's loose matching of stored stories to what someone typed: every meaningful word must appear in the
/// headline (plural "s" optional) or name one of the story's topics. Country names and ISO codes are aliases.
/// </summary>
public sealed class StoryQuery
{
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "on", "of", "for", "in", "about", "and", "or", "to", "with", "news", "latest", "new", "whats", "what", "is", "any", "re", "me", "stories", "story",
    };

    private static readonly Dictionary<string, string[]> Countries = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ca"] = ["canada", "canadian", "ottawa"], ["cn"] = ["china", "chinese", "beijing"], ["us"] = ["united states", "u.s.", "american", "washington", "trump"],
        ["mx"] = ["mexico", "mexican"], ["eu"] = ["european union", "eu", "brussels", "europe"], ["jp"] = ["japan", "japanese"], ["in"] = ["india", "indian"],
        ["gb"] = ["britain", "british", "united kingdom", "uk"], ["kr"] = ["korea", "korean"], ["de"] = ["germany", "german"], ["br"] = ["brazil", "brazilian"],
    };

    private readonly List<string[]> _terms;

    public StoryQuery(string? text)
    {
        Text = text?.Trim() ?? string.Empty;
        _terms = Regex.Split(Text.ToLowerInvariant(), @"[^\p{L}\p{N}.\-]+", RegexOptions.None, TimeSpan.FromSeconds(1))
            .Select(w => w.Trim('.', '-'))
            .Where(w => w.Length > 1 && !StopWords.Contains(w))
            .Select(Aliases)
            .ToList();
    }

    public string Text { get; }
    public bool IsEmpty => _terms.Count == 0;

    public bool Matches(StoryRecord story) => Matches(story.Title, story.Topics);

    public bool Matches(string title, IEnumerable<string> topics)
    {
        var t = title.ToLowerInvariant();
        var topicSet = topics.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return _terms.All(alternatives => alternatives.Any(a => topicSet.Contains(a) || Contains(t, a)));
    }

    private static bool Contains(string title, string word)
    {
        var end = word.Length <= 3 ? @"(?![\p{L}\p{N}])" : string.Empty;
        if (Regex.IsMatch(title, @"(?<![\p{L}\p{N}])" + Regex.Escape(word) + end, RegexOptions.None, TimeSpan.FromSeconds(1))) return true;
        return word.Length > 3 && word.EndsWith('s') && Contains(title, word[..^1]);
    }

    private static string[] Aliases(string word)
    {
        if (Countries.TryGetValue(word, out var names)) return [word, .. names];
        foreach (var (code, list) in Countries)
            if (list.Contains(word)) return [word, .. list];
        return [word];
    }
}
