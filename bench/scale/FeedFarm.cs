using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Watcher.Bench.Scale;

/// <summary>
/// N RSS feeds on loopback, spread over several loopback addresses (distinct hosts for the fetcher's per-host limit),
/// each with a strong ETag: unchanged feeds answer 304 to If-None-Match. <see cref="Publish"/> adds an item to a feed.
/// </summary>
public sealed class FeedFarm : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly int[] _versions;
    private readonly int _itemsPerFeed;
    public long Requests, NotModified;

    private FeedFarm(WebApplication app, int feeds, int itemsPerFeed, int port, int hosts)
    {
        _app = app;
        _versions = new int[feeds];
        _itemsPerFeed = itemsPerFeed;
        Port = port;
        Hosts = hosts;
    }

    private static readonly string[] Words =
    [
        "steel", "aluminium", "canola", "lumber", "dairy", "vehicles", "batteries", "solar", "wine", "pork", "soybeans", "copper",
        "textiles", "chips", "wheat", "timber", "cement", "glass", "tyres", "fertiliser", "salmon", "beef", "rice", "coffee",
        "Ottawa", "Beijing", "Brussels", "Tokyo", "Seoul", "Delhi", "Canberra", "Mexico", "Brasilia", "Pretoria", "Ankara", "Jakarta",
    ];

    public int Port { get; }
    public int Hosts { get; }

    public string Url(int feed) => $"http://127.0.0.{2 + feed % Hosts}:{Port}/feed/{feed}.xml";

    public void Publish(int feed) => Interlocked.Increment(ref _versions[feed]);

    public static async Task<FeedFarm> StartAsync(int feeds, int itemsPerFeed, int hosts)
    {
        var port = Cli.LocalHost.Azurite.FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            for (var h = 0; h < hosts; h++) k.Listen(IPAddress.Parse($"127.0.0.{2 + h}"), port);
        });
        var app = builder.Build();
        FeedFarm? farm = null;
        app.Run(ctx => farm!.ServeAsync(ctx));
        farm = new FeedFarm(app, feeds, itemsPerFeed, port, hosts);
        await app.StartAsync();
        return farm;
    }

    private Task ServeAsync(HttpContext ctx)
    {
        Interlocked.Increment(ref Requests);
        var name = Path.GetFileNameWithoutExtension(ctx.Request.Path.Value ?? string.Empty);
        if (!int.TryParse(name, out var feed) || feed < 0 || feed >= _versions.Length)
        {
            ctx.Response.StatusCode = 404;
            return Task.CompletedTask;
        }
        var version = Volatile.Read(ref _versions[feed]);
        var etag = $"\"{feed}-{version}\"";
        ctx.Response.Headers.ETag = etag;
        if (ctx.Request.Headers.IfNoneMatch.ToString() == etag)
        {
            Interlocked.Increment(ref NotModified);
            ctx.Response.StatusCode = 304;
            return Task.CompletedTask;
        }
        ctx.Response.ContentType = "application/rss+xml";
        return ctx.Response.WriteAsync(Rss(feed, version));
    }

    /// <summary>The newest <c>itemsPerFeed</c> items: version v adds item v (older ones scroll off, as in real feeds).</summary>
    private string Rss(int feed, int version)
    {
        var sb = new StringBuilder($"<rss version=\"2.0\"><channel><title>Wire {feed}</title><link>https://wire{feed}.example/</link>");
        for (var n = version + _itemsPerFeed - 1; n >= version; n--)
        {
            var rate = 5 + (feed * 7 + n * 13) % 90;
            var h = (uint)HashCode.Combine(feed, n);
            string Word(int salt) => Words[(int)((h >> salt) % (uint)Words.Length)];
            sb.Append("<item><guid isPermaLink=\"false\">w").Append(feed).Append('-').Append(n).Append("</guid>")
              .Append("<title>").Append(Word(0)).Append(' ').Append(Word(5)).Append(" tariff of ").Append(rate).Append("% on ").Append(Word(10)).Append(' ')
              .Append(Word(15)).Append(", ministry ").Append(feed).Append(" says in notice ").Append(n).Append("</title>")
              .Append("<link>https://wire").Append(feed).Append(".example/").Append(n).Append("</link>")
              .Append("<description>The trade ministry of country ").Append(feed).Append(" announced a ").Append(rate)
              .Append("% tariff on imports in measure ").Append(n).Append(", effective next month. Officials said talks continue.</description></item>");
        }
        return sb.Append("</channel></rss>").ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
