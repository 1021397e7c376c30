using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Watcher.Cli.Demo;

/// <summary>
/// A real HTTP server on loopback that serves the sample feeds for the current round, with ETags and 304s, the way
/// a well-behaved news site does.
/// </summary>
public sealed class DemoFeedServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly DemoNewsroom _newsroom;
    private volatile int _round;

    public Uri BaseUrl { get; }
    public int Requests;
    public int NotModified;

    private DemoFeedServer(WebApplication app, DemoNewsroom newsroom, Uri baseUrl)
    {
        _app = app;
        _newsroom = newsroom;
        BaseUrl = baseUrl;
    }

    public int Round { get => _round; set => _round = value; }

    public static async Task<DemoFeedServer> StartAsync(DemoNewsroom newsroom, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var server = new DemoFeedServer(app, newsroom, new Uri($"http://127.0.0.1:{port}/"));
        foreach (var source in newsroom.Sources)
            app.MapGet(source.Path, (HttpContext ctx) => server.Serve(ctx, source));
        await app.StartAsync();
        return server;
    }

    private IResult Serve(HttpContext ctx, DemoNewsroom.SourceSpec source)
    {
        Interlocked.Increment(ref Requests);
        var (body, contentType, etag) = _newsroom.Render(source, _round, BaseUrl);
        if (ctx.Request.Headers.IfNoneMatch.ToString() == etag)
        {
            Interlocked.Increment(ref NotModified);
            ctx.Response.Headers.ETag = etag;
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }
        ctx.Response.Headers.ETag = etag;
        return Results.Bytes(body, contentType);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
