using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Watcher.Core.Fetching;
using Watcher.Core.Pipeline;
using Watcher.Core.Sources;

namespace Watcher.Azure.Tests.State;

/// <summary>Storage writes of a poll that finds nothing new, counted on the wire (every non-GET Table request).</summary>
[Collection(AzuriteCollection.Name)]
public sealed class UnchangedSourceWritesTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 4, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly WriteCounter _writes = new();
    private volatile bool _sendETag = true;
    private LocalHttpServer _server = null!;
    private IHost _host = null!;

    private const string Feed = "<rss version=\"2.0\"><channel><title>Wire</title>" +
        "<item><guid>g-1</guid><title>Canada imposes 100% tariff on Chinese EVs</title><description>Ottawa announced a surtax.</description></item>" +
        "<item><guid>g-2</guid><title>Oilers edge Flames</title><description>Edmonton won 4-3.</description></item></channel></rss>";

    private sealed class WriteCounter : HttpPipelineSynchronousPolicy
    {
        public int Writes;
        public int Requests;
        public override void OnSendingRequest(HttpMessage message)
        {
            Interlocked.Increment(ref Requests);
            if (message.Request.Method != RequestMethod.Get) Interlocked.Increment(ref Writes);
        }
    }

    public async Task InitializeAsync()
    {
        await azurite.ResetAsync();
        _server = await LocalHttpServer.StartAsync(ctx =>
        {
            if (_sendETag)
            {
                ctx.Response.Headers.ETag = "\"v1\"";
                if (ctx.Request.Headers.IfNoneMatch == "\"v1\"")
                {
                    ctx.Response.StatusCode = 304;
                    return Task.CompletedTask;
                }
            }
            return ctx.Response.WriteAsync(Feed);
        });
        _host = await TestHosts.StartAsync(azurite, services: s => s
            .AddSingleton<TimeProvider>(_time)
            .AddSingleton(WatchedTables.Client(azurite.ConnectionString, _writes)));
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _server.DisposeAsync();
    }

    private async Task<(SourcePollResult Result, int Writes)> PollAsync()
    {
        var before = _writes.Writes;
        var result = await _host.Services.GetRequiredService<SourcePoller>().PollAsync(
            new SourceDefinition { Id = "wire", Url = new Uri(_server.BaseUrl, "rss.xml").AbsoluteUri });
        return (result, _writes.Writes - before);
    }

    [Fact]
    public async Task A_304_writes_nothing_and_an_unchanged_200_writes_only_the_source_row_until_LastSeen_is_due()
    {
        var (baseline, baselineWrites) = await PollAsync();
        Assert.Equal(2, baseline.Changes.Count);
        Assert.True(baselineWrites > 0);

        // The server answers If-None-Match with 304: not a single storage write.
        var (notModified, writes) = await PollAsync();
        Assert.Equal((FetchStatus.NotModified, 0), (notModified.Fetch, writes));

        // A server without validators sends the same document again: items untouched, the source row records the poll.
        _sendETag = false;
        _time.Advance(TimeSpan.FromMinutes(5));
        var (same, sameWrites) = await PollAsync();
        Assert.Equal((FetchStatus.Fetched, 0, 1), (same.Fetch, same.Changes.Count, sameWrites));

        // A week later the still-listed items get their LastSeen refreshed (one batch), so retention keeps them.
        _time.Advance(TimeSpan.FromDays(8));
        var (weekLater, weekWrites) = await PollAsync();
        Assert.Equal((0, 2), (weekLater.Changes.Count, weekWrites));
        var items = await _host.Services.GetRequiredService<Core.State.IItemStore>().GetItemsAsync("wire");
        Assert.All(items.Values, i => Assert.Equal(_time.GetUtcNow(), i.LastSeen));
    }

    [Fact]
    public async Task After_a_healthy_poll_a_304_costs_no_storage_request_at_all_and_a_change_is_still_read_from_storage()
    {
        await PollAsync(); // baseline
        var before = _writes.Requests;
        var (notModified, _) = await PollAsync();
        Assert.Equal(FetchStatus.NotModified, notModified.Fetch);
        Assert.Equal(0, _writes.Requests - before); // asked the server with the validators this host wrote: no state read

        // The server stops sending validators and the document is the same: the poll reads the stored state and items.
        _sendETag = false;
        before = _writes.Requests;
        var (same, _) = await PollAsync();
        Assert.Equal((FetchStatus.Fetched, 0), (same.Fetch, same.Changes.Count));
        Assert.True(_writes.Requests - before >= 2);
    }

    [Fact]
    public async Task A_source_another_host_recorded_as_failing_is_read_from_storage_first()
    {
        await PollAsync(); // baseline: this host remembers a healthy state
        var states = _host.Services.GetRequiredService<Core.State.ISourceStateStore>();
        var stored = (await states.GetAsync("wire"))!;
        await states.SaveAsync(stored with { ConsecutiveFailures = 2, LastError = "timeout" }); // another host's failed polls

        var (result, _) = await PollAsync(); // 304 again, but this host's copy is stale: it still read the state
        Assert.Equal(FetchStatus.NotModified, result.Fetch);
        var (next, _) = await PollAsync();
        Assert.Equal(FetchStatus.NotModified, next.Fetch);
        Assert.Equal(2, (await states.GetAsync("wire"))!.ConsecutiveFailures); // a 304 writes nothing, as before
    }
}
