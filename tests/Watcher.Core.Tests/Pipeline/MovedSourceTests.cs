using System.Net;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Watcher.Core.Delivery;
using Watcher.Core.Fetching;
using Watcher.Core.Matching;
using Watcher.Core.Pipeline;
using Watcher.Core.Sources;
using Watcher.Core.State;

namespace Watcher.Core.Tests.Pipeline;

/// <summary>A source that moved (301) is polled at its new URL from then on, with conditional GET against it.</summary>
public class MovedSourceTests
{
    private sealed class MovingServer : HttpMessageHandler
    {
        public List<string> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            var path = request.RequestUri!.AbsolutePath;
            Requests.Add($"{path} {request.Headers.IfNoneMatch}".Trim());
            if (path == "/old") return Task.FromResult(new HttpResponseMessage(HttpStatusCode.MovedPermanently) { Headers = { Location = new Uri("/new", UriKind.Relative) } });
            if (request.Headers.IfNoneMatch.ToString() == "\"v1\"") return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotModified));
            var ok = new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent("<rss version=\"2.0\"><channel><title>t</title><item><guid>1</guid><title>One</title></item></channel></rss>", Encoding.UTF8, "application/rss+xml"),
            };
            ok.Headers.ETag = new System.Net.Http.Headers.EntityTagHeaderValue("\"v1\"");
            return Task.FromResult(ok);
        }
    }

    [Fact]
    public async Task The_new_url_is_stored_and_polled_with_its_etag()
    {
        var server = new MovingServer();
        var stores = new InMemoryStores();
        var dispatcher = new DeliveryDispatcher(stores, stores, [], new DeliveryOptions(), TimeProvider.System, NullLogger<DeliveryDispatcher>.Instance);
        var poller = new SourcePoller(new FeedFetcher(new HttpClient(server), new FetchOptions()), stores, stores, QueryTopicMatcher.Default,
            dispatcher, new PollOptions(), TimeProvider.System, NullLogger<SourcePoller>.Instance);
        var source = new SourceDefinition { Id = "s", Url = "https://news.example/old" };

        var first = await poller.PollAsync(source);
        var second = await poller.PollAsync(source);

        Assert.Equal(FetchStatus.Fetched, first.Fetch);
        Assert.Equal(FetchStatus.NotModified, second.Fetch);
        Assert.Equal(["/old", "/new", "/new \"v1\""], server.Requests);
        var state = await ((ISourceStateStore)stores).GetAsync("s");
        Assert.Equal("https://news.example/new", state!.Url);

        // Editing sources.json to another URL starts over from that URL.
        await poller.PollAsync(source with { Url = "https://news.example/other" });
        Assert.Equal("/other", server.Requests[^1]);
    }
}
