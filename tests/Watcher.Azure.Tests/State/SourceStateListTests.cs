using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Watcher.Azure.Tables;
using Watcher.Core.Fetching;
using Watcher.Core.Pipeline;
using Watcher.Core.Sources;
using Watcher.Core.State;

namespace Watcher.Azure.Tests.State;

/// <summary>A host's first cycle reads its sources' states with one list query, not a point read per source.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SourceStateListTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly RequestLog _log = new();
    private LocalHttpServer _server = null!;
    private IHost _host = null!;

    private sealed class RequestLog : HttpPipelineSynchronousPolicy
    {
        private readonly List<string> _requests = [];

        public List<string> All() { lock (_requests) return [.. _requests]; }

        public void Clear()
        {
            lock (_requests) _requests.Clear();
        }

        /// <summary>GETs on the sources table: point reads name a row ("(PartitionKey=…"), queries do not.</summary>
        public (int PointReads, int Queries) SourceReads()
        {
            lock (_requests)
            {
                var gets = _requests.Where(r => r.StartsWith("GET ", StringComparison.Ordinal) && r.Contains("devstoreaccount1/" + TableNames.Sources + "(", StringComparison.Ordinal)).ToList();
                return (gets.Count(g => g.Contains("PartitionKey=", StringComparison.Ordinal)), gets.Count(g => !g.Contains("PartitionKey=", StringComparison.Ordinal)));
            }
        }

        public override void OnSendingRequest(HttpMessage message)
        {
            lock (_requests) _requests.Add($"{message.Request.Method} {Uri.UnescapeDataString(message.Request.Uri.Path)}");
        }
    }

    public async Task InitializeAsync()
    {
        await azurite.ResetAsync();
        // Each feed's one item shares no word with the others' (similar items would join one story, and two polls
        // updating one story may lose a write race and read their state again).
        _server = await LocalHttpServer.StartAsync(ctx =>
        {
            var n = ctx.Request.Path.Value!.Split('/')[^1];
            return ctx.Response.WriteAsync($"<rss version=\"2.0\"><channel><title>{n}</title><item><guid>g-1</guid><title>alpha{n} bravo{n} charlie{n} delta{n}</title></item></channel></rss>");
        });
        _host = await TestHosts.StartAsync(azurite, services: s => s.AddSingleton(WatchedTables.Client(azurite.ConnectionString, _log)));
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _server.DisposeAsync();
    }

    private List<SourceDefinition> Sources(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new SourceDefinition { Id = $"src-{i:D2}", Url = new Uri(_server.BaseUrl, $"feed/{i}").AbsoluteUri })];

    [Fact]
    public async Task A_first_cycle_of_many_sources_lists_their_states_once()
    {
        var sources = Sources(40);
        var cycle = _host.Services.GetRequiredService<PollCycle>();
        _log.Clear();

        var report = await cycle.RunAsync(sources);

        Assert.Equal(40, report.Fetched);
        Assert.Equal((0, 1), _log.SourceReads()); // one list query instead of 40 point reads
        Assert.Empty(ItemReads());               // and no item reads: a source without a state row has written none
        var states = await _host.Services.GetRequiredService<ISourceStateStore>().ListAsync();
        Assert.Equal(40, states.Count(s => s.Baselined));
    }

    private List<string> ItemReads(string? source = null) =>
        [.. _log.All().Where(r => r.StartsWith("GET ", StringComparison.Ordinal) && r.Contains("devstoreaccount1/" + TableNames.Items, StringComparison.Ordinal)
            && (source is null || r.Contains($"'{source}'", StringComparison.Ordinal)))];

    [Fact]
    public async Task Items_written_by_a_poll_that_stopped_before_its_state_make_the_unread_save_lose_and_the_source_is_polled_again_from_reads()
    {
        // src-05's last poll wrote its items (head row and all) and stopped before writing its state.
        var items = _host.Services.GetRequiredService<IItemStore>();
        var interrupted = new ItemRecord
        {
            SourceId = "src-05", ItemId = "g-1", StoryId = "s-interrupted", ContentHash = "h-interrupted", Text = "written by the interrupted poll",
            FirstSeen = DateTimeOffset.UtcNow.AddMinutes(-5), LastSeen = DateTimeOffset.UtcNow.AddMinutes(-5),
        };
        await items.SaveItemsAsync("src-05", [interrupted], known: await items.GetItemsAsync("src-05"));
        var cycle = _host.Services.GetRequiredService<PollCycle>();
        _log.Clear();

        var report = await cycle.RunAsync(Sources(25));

        Assert.Equal((25, 0, 0), (report.Fetched, report.Failed, report.Alerts)); // a baseline: silent, and nothing failed
        // Only the source whose save lost read its items: its head (a point read), then its partition (a query).
        var reads = ItemReads();
        Assert.Equal(2, reads.Count);
        Assert.Single(ItemReads("src-05"));
        Assert.Single(reads, r => r.EndsWith("/" + TableNames.Items + "()", StringComparison.Ordinal));
        var kept = Assert.Single(await items.GetItemsAsync("src-05")).Value;            // the item is diffed against what was stored
        Assert.Equal("s-interrupted", kept.StoryId);
        Assert.Equal(interrupted.FirstSeen.ToUnixTimeSeconds(), kept.FirstSeen.ToUnixTimeSeconds());
        Assert.True((await _host.Services.GetRequiredService<ISourceStateStore>().GetAsync("src-05"))!.Baselined);
    }

    [Fact]
    public async Task A_few_unknown_sources_are_read_one_by_one()
    {
        var cycle = _host.Services.GetRequiredService<PollCycle>();
        _log.Clear();

        await cycle.RunAsync(Sources(SourcePoller.ListThreshold - 1));

        // Three point reads each: a source without a row of the sources table's schema is looked for in the earlier one too,
        // then in the new one again (another host may have migrated it between the two).
        Assert.Equal((3 * (SourcePoller.ListThreshold - 1), 0), _log.SourceReads());
    }

    [Fact]
    public async Task A_state_changed_by_another_host_after_the_list_loses_its_race_and_is_polled_again_from_a_fresh_read()
    {
        var sources = Sources(25);
        var stateStore = _host.Services.GetRequiredService<ISourceStateStore>();
        foreach (var s in sources) await stateStore.SaveAsync(new SourceState { SourceId = s.Id, Url = s.Url, ConfiguredUrl = s.Url });
        var poller = _host.Services.GetRequiredService<SourcePoller>();
        await poller.RememberAsync(sources);

        // Another host polls src-03 after our list: its state row has a new ETag.
        var theirs = (await stateStore.GetAsync("src-03"))!;
        await stateStore.SaveAsync(theirs with { LastError = "their poll" });

        await Assert.ThrowsAsync<ConcurrencyException>(() => poller.PollAsync(sources[3])); // our listed copy is stale: nothing overwritten
        Assert.Equal("their poll", (await stateStore.GetAsync("src-03"))!.LastError);
        var again = await poller.PollAsync(sources[3]);                                     // as the cycle does: again, from a fresh read
        Assert.Equal(FetchStatus.Fetched, again.Fetch);
        Assert.True((await stateStore.GetAsync("src-03"))!.Baselined);
    }
}
