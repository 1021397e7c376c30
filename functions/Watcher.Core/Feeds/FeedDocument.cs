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
    private EntryKey id;

    public FeedEntry() { }

    /// <summary>An entry whose id may be a content hash still to compute (<see cref="ContentHashId"/>).</summary>
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
#pragma warning disable CS8618 // Id reads the key set here (the compiler cannot see through a computed property)
    internal FeedEntry(EntryKey id) => this.id = id;
#pragma warning restore CS8618

    /// <summary>The identity the pipeline stores; a content-hash id is computed when first read.</summary>
    public required string Id { get => id.Value; init => id = new EntryKey(value); }
    public string? Title { get; init; }
    public string? Link { get; init; }
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Updated { get; init; }
    private EntryHtml? summary;
    private EntryHtml? content;

    /// <summary>Sanitised HTML (sanitised on first read when the parser set it).</summary>
    public string? Summary { get => summary?.Html; init => summary = EntryHtml.Sanitised(value); }
    /// <summary>Sanitised HTML (sanitised on first read when the parser set it).</summary>
    public string? Content { get => content?.Html; init => content = EntryHtml.Sanitised(value); }
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The parser's summary, sanitised when first read.</summary>
    internal EntryHtml? SummaryHtml { init => summary = value; }
    /// <summary>The parser's content, sanitised when first read.</summary>
    internal EntryHtml? ContentHtml { init => content = value; }

    /// <summary>Plain text of the sanitised content (else summary), for matching and diffing; computed once.</summary>
    public string PlainText => (content ?? summary)?.PlainText ?? string.Empty;
}
