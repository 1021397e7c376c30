using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Watcher.Core.Fetching;
using Watcher.Core.Reading;
using Watcher.Core.Sources;

namespace Watcher.Azure.Tests.Fetching;

/// <summary>The fetcher against real Kestrel servers on 127.0.0.1, wired exactly as hosts wire it (AddWatcherFetching).</summary>
public class FeedFetcherTests
{
    private const string Rss = "<rss version=\"2.0\"><channel><title>T</title><item><title>A</title><link>https://x.example/a</link></item></channel></rss>";

    private static FeedFetcher Fetcher(bool allowPrivate = true, Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?> { ["Watcher:Net:AllowPrivateAddresses"] = allowPrivate ? "true" : "false" };
        foreach (var (k, v) in extra ?? []) settings[k] = v;
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddWatcherFetching(config).BuildServiceProvider();
        return services.GetRequiredService<FeedFetcher>();
    }

    [Fact]
    public async Task Conditional_get_turns_an_unchanged_feed_into_not_modified()
    {
        await using var server = await LocalHttpServer.StartAsync(async ctx =>
        {
            if (ctx.Request.Headers.IfNoneMatch == "\"v1\"") { ctx.Response.StatusCode = 304; return; }
            ctx.Response.Headers.ETag = "\"v1\"";
            ctx.Response.Headers.LastModified = "Fri, 31 Oct 2025 09:00:00 GMT";
            await ctx.Response.WriteAsync(Rss);
        });
        var fetcher = Fetcher();
        var first = await fetcher.FetchAsync(new FetchRequest(server.BaseUrl, null, null));
        Assert.Equal(FetchStatus.Fetched, first.Status);
        Assert.Equal("\"v1\"", first.ETag);
        var second = await fetcher.FetchAsync(new FetchRequest(server.BaseUrl, first.ETag, first.LastModified));
        Assert.Equal(FetchStatus.NotModified, second.Status);
        Assert.Empty(second.Body);
        Assert.Equal("\"v1\"", second.ETag);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task Retry_after_is_reported_and_not_retried_behind_the_pollers_back(int status)
    {
        await using var server = await LocalHttpServer.StartAsync(ctx =>
        {
            ctx.Response.StatusCode = status;
            ctx.Response.Headers.RetryAfter = "120";
            return Task.CompletedTask;
        });
        var result = await Fetcher().FetchAsync(new FetchRequest(server.BaseUrl, null, null));
        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.Equal(TimeSpan.FromSeconds(120), result.RetryAfter);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task A_bad_gateway_is_retried_by_the_resilience_handler()
    {
        var calls = 0;
        await using var server = await LocalHttpServer.StartAsync(async ctx =>
        {
            if (Interlocked.Increment(ref calls) == 1) { ctx.Response.StatusCode = 502; return; }
            await ctx.Response.WriteAsync(Rss);
        });
        var result = await Fetcher().FetchAsync(new FetchRequest(server.BaseUrl, null, null));
        Assert.Equal(FetchStatus.Fetched, result.Status);
        Assert.Equal(2, server.Requests);
    }

    [Theory]
    [InlineData(301, true)]
    [InlineData(308, true)]
    [InlineData(302, false)]
    [InlineData(307, false)]
    public async Task Permanent_redirects_are_reported_as_moved(int status, bool moved)
    {
        await using var server = await LocalHttpServer.StartAsync(async ctx =>
        {
            if (ctx.Request.Path == "/old") { ctx.Response.StatusCode = status; ctx.Response.Headers.Location = "/new"; return; }
            await ctx.Response.WriteAsync(Rss);
        });
        var result = await Fetcher().FetchAsync(new FetchRequest(new Uri(server.BaseUrl, "old"), null, null));
        Assert.Equal(FetchStatus.Fetched, result.Status);
        Assert.Equal(new Uri(server.BaseUrl, "new"), result.Url);
        Assert.Equal(moved ? new Uri(server.BaseUrl, "new") : null, result.MovedTo);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task A_compression_bomb_stops_at_the_decompressed_size_cap(string encoding)
    {
        var bomb = Compress(new byte[64 * 1024 * 1024], encoding); // 64 MB of zeros, a few hundred KB on the wire
        Assert.True(bomb.Length < 1024 * 1024);
        await using var server = await LocalHttpServer.StartAsync(async ctx =>
        {
            ctx.Response.Headers.ContentEncoding = encoding;
            ctx.Response.ContentType = "application/rss+xml";
            await ctx.Response.Body.WriteAsync(bomb);
        });
        var result = await Fetcher().FetchAsync(new FetchRequest(server.BaseUrl, null, null));
        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.Contains("larger than 10485760 bytes", result.Error);
        Assert.Empty(result.Body);
    }

    [Fact]
    public async Task A_compressed_feed_under_the_cap_is_decompressed()
    {
        var gz = Compress(Encoding.UTF8.GetBytes(Rss), "gzip");
        await using var server = await LocalHttpServer.StartAsync(async ctx =>
        {
            ctx.Response.Headers.ContentEncoding = "gzip";
            await ctx.Response.Body.WriteAsync(gz);
        });
        var result = await Fetcher().FetchAsync(new FetchRequest(server.BaseUrl, null, null));
        Assert.Equal(Rss, Encoding.UTF8.GetString(result.Body));
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    public async Task Loopback_is_refused_unless_private_addresses_are_allowed(string host)
    {
        await using var server = await LocalHttpServer.StartAsync(ctx => ctx.Response.WriteAsync(Rss));
        var url = new UriBuilder(server.BaseUrl) { Host = host }.Uri;
        var refused = await Fetcher(allowPrivate: false).FetchAsync(new FetchRequest(url, null, null));
        Assert.Equal(FetchStatus.Failed, refused.Status);
        Assert.Contains("not a public address", refused.Error);
        Assert.Equal(0, server.Requests); // the guard refused before any byte was sent

        var allowed = await Fetcher(allowPrivate: true).FetchAsync(new FetchRequest(url, null, null));
        Assert.Equal(FetchStatus.Fetched, allowed.Status);
    }

    [Fact]
    public async Task The_per_host_limit_holds_across_concurrent_fetches()
    {
        var inFlight = 0;
        var peak = 0;
        await using var server = await LocalHttpServer.StartAsync(async ctx =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref peak, now);
            await Task.Delay(150);
            Interlocked.Decrement(ref inFlight);
            await ctx.Response.WriteAsync(Rss);
        });
        var fetcher = Fetcher(extra: new() { ["Watcher:Fetch:MaxConcurrentPerHost"] = "2" });
        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => fetcher.FetchAsync(new FetchRequest(new Uri(server.BaseUrl, $"f{i}"), null, null))));
        Assert.All(results, r => Assert.Equal(FetchStatus.Fetched, r.Status));
        Assert.Equal(2, peak);
    }

    [Fact]
    public async Task A_slow_server_times_out_with_a_readable_error()
    {
        await using var server = await LocalHttpServer.StartAsync(async ctx =>
        {
            await Task.Delay(3000, ctx.RequestAborted).ContinueWith(_ => { });
        });
        var result = await Fetcher(extra: new() { ["Watcher:Fetch:Timeout"] = "00:00:00.300" }).FetchAsync(new FetchRequest(server.BaseUrl, null, null));
        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.Contains("timed out", result.Error);
    }

    [Fact]
    public async Task The_user_agent_says_who_is_polling()
    {
        string? ua = null;
        await using var server = await LocalHttpServer.StartAsync(async ctx => { ua = ctx.Request.Headers.UserAgent; await ctx.Response.WriteAsync(Rss); });
        await Fetcher().FetchAsync(new FetchRequest(server.BaseUrl, null, null));
        Assert.StartsWith("Watcher/", ua);
        Assert.Contains("+http", ua);
    }

    [Fact]
    public async Task A_feed_source_that_is_an_html_page_follows_its_alternate_link()
    {
        await using var server = await LocalHttpServer.StartAsync(async ctx =>
        {
            if (ctx.Request.Path == "/feed.xml") { ctx.Response.ContentType = "application/rss+xml"; await ctx.Response.WriteAsync(Rss); return; }
            ctx.Response.ContentType = "text/html";
            await ctx.Response.WriteAsync("<!doctype html><html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed.xml\"></head><body>hi</body></html>");
        });
        var fetcher = Fetcher();
        var source = new SourceDefinition { Id = "s", Url = server.BaseUrl.AbsoluteUri };
        var page = await fetcher.FetchAsync(new FetchRequest(server.BaseUrl, null, null));
        var (feed, fetch) = await SourceReader.ReadAsync(source, page, fetcher);
        Assert.Equal("A", Assert.Single(feed.Items).Title);
        Assert.Equal(new Uri(server.BaseUrl, "feed.xml"), fetch.MovedTo);
    }

    private static byte[] Compress(byte[] data, string encoding)
    {
        using var output = new MemoryStream();
        using (Stream z = encoding == "br" ? new BrotliStream(output, CompressionLevel.Optimal) : new GZipStream(output, CompressionLevel.Optimal))
            z.Write(data);
        return output.ToArray();
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current) { }
    }
}
