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
    /// <summary>The outlet's country (ISO-2, or a party id such as EU), or null for a wire, a global or multilateral outlet: the
    /// last-resort imposer of a domestic measure an item states without naming any country ("The Government has reduced …").</summary>
    public string? Country { get; init; }

    /// <summary>For <c>page</c> sources: the CSS selectors that find items on the page.</summary>
    public PageSelectors? Selectors { get; init; }
    /// <summary>For <c>json</c> sources: where the items and their fields are in the API's JSON.</summary>
    public JsonMapping? Mapping { get; init; }

    public string DisplayName => Name ?? Id;
}

/// <summary>
/// CSS selectors for an HTML page without a feed. <see cref="Item"/> selects each item's block; the others are
/// relative to it. Append <c>@attr</c> to read an attribute instead of the text (e.g. <c>time@datetime</c>).
/// </summary>
public sealed record PageSelectors
{
    public required string Item { get; init; }
    /// <summary>Default: the first heading, else the first link.</summary>
    public string? Title { get; init; }
    /// <summary>Default: the first <c>a[href]</c> (its href).</summary>
    public string? Link { get; init; }
    /// <summary>Default: the first <c>time</c> (its datetime attribute, else its text).</summary>
    public string? Date { get; init; }
    public string? Summary { get; init; }
    /// <summary>A .NET exact date format for the date text (e.g. <c>dd/MM/yyyy</c>), when the usual formats do not fit.</summary>
    public string? DateFormat { get; init; }
}

/// <summary>
/// Dot paths into a JSON API response. <see cref="Items"/> leads to the array of items (empty: the root is the array);
/// the others are relative to one item. Defaults fit the GDELT DOC API's <c>ArtList</c> mode.
/// </summary>
public sealed record JsonMapping
{
    public string Items { get; init; } = "articles";
    public string Title { get; init; } = "title";
    public string Link { get; init; } = "url";
    public string Date { get; init; } = "seendate";
    public string? Summary { get; init; }
    public string? Id { get; init; }
    public string? Author { get; init; }
}

public static class SourceKinds
{
    public const string Feed = "feed";
    public const string Page = "page";
    public const string Json = "json";
}
