namespace Watcher.Core.Feeds;

/// <summary>Turns the raw fields read from XML into a normalised <see cref="FeedDocument"/>: plain-text titles,
/// HTML to be sanitised on first use (<see cref="EntryHtml"/>), absolute links, UTC dates and item identities.</summary>
internal static class FeedAssembler
{
    public static FeedDocument Build(XmlReadResult read, Uri? baseUrl, string? encoding, string? bozoReason = null)
    {
        var feed = read.Feed;
        var feedLink = Link(feed.Link, baseUrl);
        // RSS has no xml:base in practice: relative item links are resolved against the document URL, else the channel link.
        // (Only items use it: a document without items makes no Uri for it.)
        var fallbackBase = baseUrl ?? (read.Entries.Count > 0 && Uri.TryCreate(feedLink, UriKind.Absolute, out var fl) ? fl : null);
        // GUIDs, repeated GUIDs and links are settled now; an item with neither GUID nor link is identified by the hash
        // of its title and sanitised content, computed when its id is first read.
        var repeatedGuids = ItemIdentity.RepeatedGuids(read.Entries, static e => e.Id?.Value);
        var entries = new FeedEntry[read.Entries.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            var e = read.Entries[i];
            var link = Link(e.Link, fallbackBase);
            var summary = Html(e.Summary, fallbackBase);
            var content = Html(e.Content, fallbackBase);
            var title = Plain(e.Title);
            var key = ItemIdentity.KeyWithoutHash(e.Id?.Value, link, repeatedGuids) is { } id
                ? new EntryKey(id)
                : new EntryKey(new ContentHashId(title, content ?? summary));
            entries[i] = new FeedEntry(key)
            {
                Title = title,
                Link = link,
                Published = FeedDates.Parse(e.Published?.Value),
                Updated = FeedDates.Parse(e.Updated?.Value),
                SummaryHtml = summary,
                ContentHtml = content,
                Authors = e.Authors ?? [],
            };
        }
        return new FeedDocument
        {
            Format = read.Format!,
            Version = read.Version,
            Title = Plain(feed.Title),
            Link = feedLink,
            Items = entries,
            Encoding = encoding,
            Bozo = bozoReason is not null,
            BozoReason = bozoReason,
        };
    }

    private static string? Plain(FieldValue? field)
    {
        if (field is not { } f) return null;
        var text = Demoronize(f.IsHtml ? HtmlText.ToPlainText(f.Value) : f.Value.Trim());
        return text.Length == 0 ? null : text;
    }

    private static EntryHtml? Html(FieldValue? field, Uri? fallbackBase)
    {
        if (field is not { } f || f.IsEmpty) return null;
        if (f.Deferred is { } deferred) return EntryHtml.Undecoded(deferred, f.IsHtml, f.Base ?? fallbackBase);
        return EntryHtml.Unsanitised(RawHtml(f.Value, escape: !f.IsHtml), f.Base ?? fallbackBase);
    }

    /// <summary>A summary's or content's HTML before sanitising: the value, HTML-escaped when it is text.</summary>
    internal static string RawHtml(string value, bool escape) => Demoronize(escape ? XmlFeedReader.Escape(value) : value);

    /// <summary>C1 control characters in a feed are windows-1252 punctuation mislabelled as Unicode: map them back.</summary>
    internal static string Demoronize(string s)
    {
        if (s.AsSpan().IndexOfAnyInRange('\u0080', '\u009f') < 0) return s;
        var chars = s.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (chars[i] is >= '\u0080' and <= '\u009f')
                chars[i] = Windows1252.GetString([(byte)chars[i]])[0];
        return new string(chars);
    }

    private static readonly System.Text.Encoding Windows1252 = FeedDecoder.Windows1252;

    private static string? Link(FieldValue? field, Uri? fallbackBase) =>
        field is { } f ? FeedParser.Resolve(f.Value, f.Base ?? fallbackBase) : null;
}
