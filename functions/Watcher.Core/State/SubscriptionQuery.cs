using System.Collections.Concurrent;
using Watcher.Core.Alerts;
using Watcher.Core.Matching;

namespace Watcher.Core.State;

/// <summary>A subscriber's own keyword query, compiled once per distinct query text.</summary>
public static class SubscriptionQuery
{
    private static readonly ConcurrentDictionary<string, KeywordTopicMatcher> Compiled = new(StringComparer.Ordinal);

    public static bool Matches(string? query, Alert alert)
    {
        if (string.IsNullOrWhiteSpace(query)) return true;
        var matcher = Compiled.GetOrAdd(query, q => new KeywordTopicMatcher(new Dictionary<string, string> { ["query"] = q }));
        return matcher.Match(alert.Title, alert.Summary).Count > 0;
    }
}
