namespace Watcher.Core.Sources;

/// <summary>A watched source, as written in sources.json.</summary>
public sealed record SourceDefinition
{
    public required string Id { get; init; }
    /// <summary>feed, page or json.</summary>
    public string Kind { get; init; } = SourceKinds.Feed;
    public required string Url { get; init; }
    /// <summary>Topic names this source is matched against; empty means every topic.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];
    /// <summary>Poll interval; null means the global schedule.</summary>
    public TimeSpan? Every { get; init; }
    /// <summary>Display name; defaults to the id.</summary>
    public string? Name { get; init; }

    public string DisplayName => Name ?? Id;
}

public static class SourceKinds
{
    public const string Feed = "feed";
    public const string Page = "page";
    public const string Json = "json";
}
