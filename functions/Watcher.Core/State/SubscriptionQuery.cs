using System.Collections.Concurrent;
using Watcher.Core.Alerts;
using Watcher.Core.Bot;

namespace Watcher.Core.State;

/// <summary>A subscriber's own words (<see cref="Subscription.Query"/>), matched as the bot matches them (<see cref="StoryQuery"/>).</summary>
public static class SubscriptionQuery
{
    private static readonly ConcurrentDictionary<string, StoryQuery> Compiled = new(StringComparer.Ordinal);

    public static bool Matches(string? query, Alert alert)
    {
        if (string.IsNullOrWhiteSpace(query)) return true;
        if (Compiled.Count > 10_000) Compiled.Clear();
        var q = Compiled.GetOrAdd(query, text => new StoryQuery(text));
        return q.IsEmpty || q.Matches(alert.Title + " " + alert.Summary, alert.Topics);
    }
}
