using Watcher.Core.Alerts;
using Watcher.Core.Digests;

namespace Watcher.Core.Channels.Email;

/// <summary>One row of the tariff table: easy to feed from whatever tariff facts an alert carries.</summary>
public sealed record TariffRow(string Imposer, string Target, string Products, string? Before, string After, string? Effective = null);

/// <summary>What an e-mail shows of one story: the newest revision's title and link, and everything that changed.</summary>
public sealed record EmailStory
{
    public required string StoryId { get; init; }
    public required string Kind { get; init; }
    public required string Title { get; init; }
    public string? Link { get; init; }
    public string? SourceName { get; init; }
    public int SourceCount { get; init; } = 1;
    public int Revision { get; init; }
    public string Summary { get; init; } = string.Empty;
    public IReadOnlyList<string> Changes { get; init; } = [];
    public IReadOnlyList<TariffRow> Tariffs { get; init; } = [];
    public IReadOnlyList<string> Topics { get; init; } = [];
    public DateTimeOffset Detected { get; init; }

    /// <summary>The tariff rows an alert carries. Alerts have no tariff payload yet: map it here when they do.</summary>
    public static IReadOnlyList<TariffRow> TariffsOf(Alert alert) => [];

    public static EmailStory From(Alert a, Func<Alert, IReadOnlyList<TariffRow>>? tariffsOf = null) => new()
    {
        StoryId = a.StoryId ?? a.Id,
        Kind = a.Kind,
        Title = a.Title,
        Link = a.Link,
        SourceName = a.SourceName ?? a.SourceId,
        SourceCount = Math.Max(1, a.SourceCount),
        Revision = a.Revision,
        Summary = a.Summary,
        Changes = a.Changes,
        Tariffs = (tariffsOf ?? TariffsOf)(a),
        Topics = a.Topics.ToList(),
        Detected = a.Detected,
    };

    /// <summary>Several alerts of one story (a new story, then updates) become one entry showing the newest state.</summary>
    public static EmailStory Merge(IReadOnlyList<Alert> alerts, Func<Alert, IReadOnlyList<TariffRow>>? tariffsOf = null)
    {
        tariffsOf ??= TariffsOf;
        var ordered = alerts.OrderBy(a => a.Revision).ThenBy(a => a.Detected).ToList();
        var latest = From(ordered[^1], tariffsOf);
        var changes = ordered.SelectMany(a => a.Changes).Distinct().ToList();
        var kind = ordered.Any(a => a.Kind == AlertKinds.TariffChanged) ? AlertKinds.TariffChanged
            : ordered.Any(a => a.Kind == AlertKinds.NewStory) && ordered.Count > 1 ? AlertKinds.NewStory
            : latest.Kind;
        return latest with
        {
            Kind = kind,
            SourceCount = ordered.Max(a => Math.Max(1, a.SourceCount)),
            Changes = changes,
            Tariffs = ordered.SelectMany(tariffsOf).Distinct().ToList(),
            Topics = ordered.SelectMany(a => a.Topics).Distinct(StringComparer.Ordinal).ToList(),
        };
    }
}

/// <summary>A topic's stories, as a digest groups them.</summary>
public sealed record EmailTopic(string Name, IReadOnlyList<EmailStory> Stories);

public static class DigestContent
{
    public const string OtherTopic = "other";
    public const string SourcesTopic = "sources";

    /// <summary>Groups alerts by topic (a story under its first topic only) and by story; busiest topic first, newest story first.</summary>
    public static IReadOnlyList<EmailTopic> Group(IEnumerable<Alert> alerts, Func<Alert, IReadOnlyList<TariffRow>>? tariffsOf = null) =>
        alerts.Where(a => a.Kind != DigestDescriptor.Kind)
            .GroupBy(a => a.StoryId ?? a.Id, StringComparer.Ordinal)
            .Select(g => EmailStory.Merge(g.ToList(), tariffsOf))
            .GroupBy(TopicOf, StringComparer.Ordinal)
            .Select(g => new EmailTopic(g.Key, g.OrderByDescending(s => Rank(s)).ThenByDescending(s => s.Detected).ThenBy(s => s.StoryId, StringComparer.Ordinal).ToList()))
            .OrderBy(t => t.Name == SourcesTopic ? 1 : 0).ThenByDescending(t => t.Stories.Count).ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();

    /// <summary>The story a subject line should lead with: tariff changes first, then the most widely reported.</summary>
    public static EmailStory Lead(IReadOnlyList<EmailTopic> topics) =>
        topics.SelectMany(t => t.Stories).OrderByDescending(Rank).ThenByDescending(s => s.SourceCount).ThenByDescending(s => s.Detected).First();

    private static int Rank(EmailStory s) => s.Kind switch
    {
        AlertKinds.TariffChanged => 3,
        AlertKinds.SourceBroken or AlertKinds.SourceRecovered => 0,
        _ => s.SourceCount > 1 ? 2 : 1,
    };

    private static string TopicOf(EmailStory s) =>
        s.Kind is AlertKinds.SourceBroken or AlertKinds.SourceRecovered ? SourcesTopic : s.Topics.FirstOrDefault() ?? OtherTopic;
}
