using Watcher.Core.Feeds;
using Watcher.Core.Fetching;
using Watcher.Core.Reading;
using Watcher.Core.Sources;

namespace Watcher.Core.Reading;

/// <summary>A feed source's URL answered with an HTML page that announces a feed.</summary>
public sealed class FeedDiscoveredException(Uri feedUrl)
    : FeedParseException($"not a feed but an HTML page; it announces the feed {feedUrl}")
{
    public Uri FeedUrl { get; } = feedUrl;
}

/// <summary>
/// The single dispatch point from a fetched body to a <see cref="FeedDocument"/>, by the source's kind: feeds (with
/// auto-discovery when the URL is an HTML page), pages through CSS selectors, JSON APIs through a field mapping.
/// </summary>
public static class SourceReader
{
    public static FeedDocument Read(SourceDefinition source, FetchResult fetch)
    {
        var url = fetch.Url ?? new Uri(source.Url);
        switch (source.Kind)
        {
            case SourceKinds.Page:
                var selectors = source.Selectors ?? throw new FeedParseException($"page source '{source.Id}' has no selectors");
                return PageReader.Read(FeedDecoder.Decode(fetch.Body, fetch.ContentType).Text, url, selectors);
            case SourceKinds.Json:
                return JsonApiReader.Read(fetch.Body, url, source.Mapping ?? new JsonMapping());
            default:
                try
                {
                    return FeedParser.Parse(fetch.Body, url, fetch.ContentType);
                }
                catch (FeedParseException) when (FeedDiscovery.LooksLikeHtml(fetch.Body, fetch.ContentType))
                {
                    var feeds = FeedDiscovery.Find(FeedDecoder.Decode(fetch.Body, fetch.ContentType).Text, url);
                    if (feeds.Count > 0) throw new FeedDiscoveredException(feeds[0]);
                    throw;
                }
        }
    }

    /// <summary>
    /// <see cref="Read"/>, following one auto-discovered feed link: the page's feed is fetched (through the same
    /// guarded fetcher) and parsed. The discovered URL is reported as <see cref="FetchResult.MovedTo"/> on the
    /// returned fetch so the poller stores it.
    /// </summary>
    public static async Task<(FeedDocument Feed, FetchResult Fetch)> ReadAsync(SourceDefinition source, FetchResult fetch, FeedFetcher fetcher, CancellationToken ct = default)
    {
        try
        {
            return (Read(source, fetch), fetch);
        }
        catch (FeedDiscoveredException found)
        {
            var second = await fetcher.FetchAsync(new FetchRequest(found.FeedUrl, null, null), ct);
            if (second.Status != FetchStatus.Fetched)
                throw new FeedParseException($"{found.Message}, which failed: {second.Error ?? second.Status.ToString()}");
            return (FeedParser.Parse(second.Body, second.Url ?? found.FeedUrl, second.ContentType), second with { MovedTo = found.FeedUrl });
        }
    }
}
