using System.Globalization;
using System.Text.RegularExpressions;

namespace Watcher.Core.Bot;

public enum BotVerb { Help, Latest, Search, Tariffs, SinceLastCheck, Subscribe, Unsubscribe, Digest, Mute, Sources, Status }

/// <summary>What a person asked for. <see cref="Understood"/> is false when the text matched nothing (the bot answers with help).</summary>
public sealed record BotCommand(BotVerb Verb, string? Argument = null, TimeSpan? Duration = null, bool Understood = true)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>The first rule whose pattern matches wins; named group "arg" is the argument.</summary>
    private static readonly (BotVerb Verb, Regex Pattern)[] Rules =
    [
        (BotVerb.Help, R(@"^(help|\?|commands|menu|hi|hello|hey|what can you do|how does this work|how do i use you)$")),
        (BotVerb.SinceLastCheck, R(@"^(what'?s|what is|whats|anything) new( for me)?( since (my|the) last (check|time|visit|look))?$|^(catch me up|unread|since (my )?last( check)?|what did i miss)$")),
        (BotVerb.Status, R(@"^(status|health|are you (ok|okay|alive|working|up))$")),
        (BotVerb.Sources, R(@"^((list|show)( me)? )?(the )?sources$|^(which|what) sources( do you (watch|follow|poll|read))?$")),
        (BotVerb.Unsubscribe, R(@"^(unsubscribe|unfollow|stop following|stop (alerts|alerting|notifying)( me)?)( (from|to|on|about|for))? (?<arg>.+)$")),
        (BotVerb.Subscribe, R(@"^(subscribe|follow|watch|track|(alert|notify|tell) me)( (to|on|about|of|when there'?s news on))? (?<arg>.+)$")),
        (BotVerb.Digest, R(@"^((send me )?(a |the )?digest|daily digest)( (at|every|setting))? ?(?<arg>.*)$")),
        (BotVerb.Mute, R(@"^(mute|silence|snooze|hide)( the)? (?<arg>.+?)(( for| during)? (?<dur>\d+ ?(s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|w|weeks?)))?$")),
        (BotVerb.Search, R(@"^(search|find|look (for|up)|lookup)( for)? (?<arg>.+)$")),
        (BotVerb.Tariffs, R(@"^((show|what are|list)( me)? )?(the )?(tariff tracker|tariffs?|duties|tracker)( tracker)?(( (on|for|against|in|by|from|with|imposed on))? (?<arg>.+))?$")),
        (BotVerb.Latest, R(@"^(latest|news|headlines|recent|top stories)(( (on|about|for|in|re))? (?<arg>.+))?$")),
        (BotVerb.Latest, R(@"^(what'?s|what is|whats|anything|any news|any updates?|news|updates?)( (new|happening|the latest|latest|up))? (on|about|with|in|regarding|re|for) (?<arg>.+)$")),
    ];

    private static Regex R(string pattern) => new(pattern, Options, Timeout);

    public static BotCommand Parse(string? text)
    {
        var t = Normalize(text);
        if (t.Length == 0) return new(BotVerb.Help);
        foreach (var (verb, pattern) in Rules)
        {
            var m = pattern.Match(t);
            if (!m.Success) continue;
            var arg = m.Groups["arg"].Success ? CleanArgument(m.Groups["arg"].Value) : null;
            TimeSpan? duration = m.Groups["dur"].Success ? ParseDuration(m.Groups["dur"].Value) : null;
            return new(verb, string.IsNullOrEmpty(arg) ? null : arg, duration);
        }
        return new(BotVerb.Help, Understood: false);
    }

    private static string Normalize(string? text)
    {
        var t = Regex.Replace(text ?? string.Empty, @"\s+", " ", RegexOptions.None, Timeout).Trim();
        t = t.Replace('’', '\'').TrimEnd('?', '!', '.', ' ');
        t = Regex.Replace(t, @"^(/|please |pls |can you |could you |would you |show me |give me |tell me )+", string.Empty, Options, Timeout);
        return Regex.Replace(t, @",? please$", string.Empty, Options, Timeout).Trim();
    }

    private static string CleanArgument(string arg)
    {
        var a = arg.Trim().Trim('"', '\'', '“', '”');
        a = Regex.Replace(a, @"^(the|some) ", string.Empty, Options, Timeout);
        a = Regex.Replace(a, @" (news|stories|please)$", string.Empty, Options, Timeout);
        return a.Trim();
    }

    /// <summary>"24h", "2 hours", "30 min", "1 day", "1w". Null when it is not a duration.</summary>
    public static TimeSpan? ParseDuration(string text)
    {
        var m = Regex.Match(text.Trim(), @"^(\d+) ?([a-z]+)$", Options, Timeout);
        if (!m.Success || !int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0) return null;
        var unit = m.Groups[2].Value.ToLowerInvariant();
        TimeSpan? span = unit[0] switch
        {
            's' => TimeSpan.FromSeconds(n),
            'm' => TimeSpan.FromMinutes(n),
            'h' => TimeSpan.FromHours(n),
            'd' => TimeSpan.FromDays(n),
            'w' => TimeSpan.FromDays(7 * n),
            _ => null,
        };
        return span is { } s && s > TimeSpan.FromDays(365) ? TimeSpan.FromDays(365) : span;
    }
}
