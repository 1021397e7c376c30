namespace Watcher.Core.Feeds;

/// <summary>A parsed feed, normalised across RSS, Atom, RDF and JSON Feed.</summary>
public sealed record FeedDocument
{
    /// <summary>rss, atom, rdf or json.</summary>
    public required string Format { get; init; }
    public string? Version { get; init; }
    public string? Title { get; init; }
    public string? Link { get; init; }
    /// <summary>True when the document was not well-formed and was recovered leniently.</summary>
    public bool Bozo { get; init; }
    public string? BozoReason { get; init; }
    /// <summary>The character encoding the document was read in (utf-8, windows-1252, …).</summary>
    public string? Encoding { get; init; }
    public IReadOnlyList<FeedEntry> Items { get; init; } = [];
}

/// <summary>One item of a feed. <see cref="Id"/> is never empty: it is the identity the pipeline stores.</summary>
public sealed record FeedEntry
{
    public required string Id { get; init; }
    public string? Title { get; init; }
    public string? Link { get; init; }
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Updated { get; init; }
    /// <summary>Sanitised HTML.</summary>
    public string? Summary { get; init; }
    /// <summary>Sanitised HTML.</summary>
    public string? Content { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Plain text of title, summary and content, for matching and diffing.</summary>
    public string PlainText => HtmlText.ToPlainText(Content ?? Summary ?? string.Empty);
}
