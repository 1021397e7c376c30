using System.Text.Json;
using System.Text.Json.Serialization;
using Watcher.Core.Matching;

namespace Watcher.Core.Alerts;

public static class AlertKinds
{
    public const string NewStory = "story.new";
    public const string UpdatedStory = "story.updated";
    public const string TariffChanged = "tariff.changed";
    public const string EventAnnounced = "event.announced";
    public const string SourceBroken = "source.broken";
    public const string SourceRecovered = "source.recovered";
}

/// <summary>A thing worth telling people, independent of the channel it goes out on.</summary>
public sealed record Alert
{
    /// <summary>Deterministic: the same story revision always gives the same id.</summary>
    public required string Id { get; init; }
    public required string Kind { get; init; }
    public required string Title { get; init; }
    public string? Link { get; init; }
    public string? StoryId { get; init; }
    public int Revision { get; init; }
    public required string SourceId { get; init; }
    public string? SourceName { get; init; }
    public int SourceCount { get; init; } = 1;
    public string Summary { get; init; } = string.Empty;
    public IReadOnlyList<TopicMatch> Matches { get; init; } = [];
    /// <summary>For updates: the lines that changed, each prefixed "- " (removed) or "+ " (added).</summary>
    public IReadOnlyList<string> Changes { get; init; } = [];
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset Detected { get; init; }
    /// <summary>
    /// Set on a tracker alert (tariff changed, event announced) whose fact came from a story that alerted in the same
    /// poll: that story alert carries the fact as its first change line, so people (e-mail, Teams) get one follow-up
    /// per fact change; webhooks still get both events, each with its own type.
    /// </summary>
    public string? FoldedInto { get; init; }

    [JsonIgnore]
    public IEnumerable<string> Topics => Matches.Select(m => m.Topic);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static Alert FromJson(string json) =>
        JsonSerializer.Deserialize<Alert>(json, Json) ?? throw new InvalidDataException("empty alert JSON");
}
