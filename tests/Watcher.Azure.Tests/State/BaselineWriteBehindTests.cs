using Azure.Core;
using Azure.Core.Pipeline;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Watcher.Azure.Tables;
using Watcher.Core.Alerts;
using Watcher.Core.Pipeline;
using Watcher.Core.Sources;
using Watcher.Core.State;
using Watcher.Core.Tariffs;

namespace Watcher.Azure.Tests.State;

/// <summary>
/// A cycle's silent first polls keep their rows and write them together after the polls (<see cref="BaselineBatch"/>):
/// shared partitions in transactions, then each source's items and state; what a baseline must record is all there.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class BaselineWriteBehindTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const int SourceCount = 30;
    private static readonly string[] Imposers = ["Canada", "Japan", "Mexico", "India", "Brazil"];
    private static readonly string[] Origins = ["China", "Germany", "France"];
    private static readonly string[] Products = ["steel pipes", "canola oil", "soybeans", "solar panels", "wine", "beef", "shrimp", "coffee", "cocoa", "textiles"];
    private readonly RequestLog _log = new();
    private readonly Dictionary<int, string> _extra = [];
    /// <summary>Feeds whose first item (k = 0) has a new sentence at the end of its body: a material edit.</summary>
    private readonly HashSet<int> _edited = [];
    private volatile Action<int>? _onFetch;
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

        /// <summary>Storage "down": every request fails before it is sent.</summary>
        public volatile bool Down;

        public override void OnSendingRequest(HttpMessage message)
        {
            if (Down) throw new IOException("storage is down (test)");
            lock (_requests) _requests.Add($"{message.Request.Method} {Uri.UnescapeDataString(message.Request.Uri.Path)}");
        }
    }

    public async Task InitializeAsync()
    {
        await azurite.ResetAsync();
        _server = await LocalHttpServer.StartAsync(ctx =>
        {
            var n = int.Parse(ctx.Request.Path.Value!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
            _onFetch?.Invoke(n);
            ctx.Response.ContentType = "application/rss+xml";
            string extra;
            lock (_extra) extra = _extra.GetValueOrDefault(n, string.Empty);
            return ctx.Response.WriteAsync(Feed(n, extra));
        });
        _host = await TestHosts.StartAsync(azurite, services: s => s.AddSingleton(WatchedTables.Client(azurite.ConnectionString, _log)));
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _server.DisposeAsync();
    }

    /// <summary>
    /// Feed n: five tariff stories of its own (imposer, product, origin) — and feeds 0 and 1 both carry one wire story
    /// under their own guids (a copy).
    /// </summary>
    private string Feed(int n, string extra)
    {
        var items = Enumerable.Range(0, 5).Select(k =>
        {
            var i = n * 5 + k; // a different (imposer, product, origin) for each of the 150: distinct stories
            var imposer = Imposers[i % Imposers.Length];
            var product = Products[i / Imposers.Length % Products.Length];
            var origin = Origins[i / (Imposers.Length * Products.Length) % Origins.Length];
            bool edited;
            lock (_extra) edited = k == 0 && _edited.Contains(n);
            return Item($"f{n}-{k}", $"{imposer} imposes {10 + k * 5}% tariff on {product} from {origin}",
                $"The government of {imposer} said it will apply a {10 + k * 5}% tariff on imports of {product} from {origin}, effective May {k + 1}. Officials in {imposer} expect delays."
                + (edited ? $" Exporters in {origin} said they would appeal the decision at the trade body." : string.Empty));
        });
        var wire = n < 2 ? Item($"wire-{n}", "Vietnam raises 40% tariff on Thai sugar", "Hanoi said on Monday it will apply a 40% tariff on imports of sugar from Thailand, effective June 2. Growers fear a glut.") : string.Empty;
        return $"<rss version=\"2.0\"><channel><title>Feed {n}</title>{string.Concat(items)}{wire}{extra}</channel></rss>";
    }

    private static string Item(string guid, string title, string body) =>
        $"<item><guid isPermaLink=\"false\">{guid}</guid><title>{title}</title><link>https://feed.example/{guid}</link><description>{body}</description></item>";

    private List<SourceDefinition> Sources() =>
        [.. Enumerable.Range(0, SourceCount).Select(i => new SourceDefinition { Id = $"src-{i:D2}", Url = new Uri(_server.BaseUrl, $"feed/{i}").AbsoluteUri })];

    private int Writes() => _log.All().Count(r => r.StartsWith("POST ", StringComparison.Ordinal) || r.StartsWith("PUT ", StringComparison.Ordinal) || r.StartsWith("PATCH ", StringComparison.Ordinal) || r.StartsWith("MERGE ", StringComparison.Ordinal));

    [Fact]
    public async Task A_first_cycle_writes_its_shared_rows_in_transactions_and_records_everything_a_baseline_must()
    {
        var cycle = _host.Services.GetRequiredService<PollCycle>();
        _log.Clear();

        // One poll at a time: feed 1's copy of the wire story must find feed 0's story, which is in no table yet.
        var report = await cycle.RunAsync(Sources(), parallelism: 1);

        Assert.Equal((SourceCount, 0, 0), (report.Fetched, report.Failed, report.Alerts)); // silent, nothing failed
        Assert.Equal(SourceCount * 5 + 1, report.New);
        Assert.Equal(1, report.Duplicates);                                                // the copy joined the story
        // 151 stories (index, timeline and story rows) and their tariffs, 30 sources' items and states: written one by
        // one that is ~30 × (1 index + 1 timeline + ~5 story + ~5 tariff + 1 items + 1 state) ≈ 420 requests. Since perf26
        // the stories are their index rows only: 30 item transactions, a state transaction and ~16 shared ones.
        var writes = Writes();
        Assert.InRange(writes, SourceCount + 2, SourceCount * 2 + 60);

        var states = await _host.Services.GetRequiredService<ISourceStateStore>().ListAsync();
        Assert.Equal(SourceCount, states.Count(s => s.Baselined));
        var items = _host.Services.GetRequiredService<IItemStore>();
        Assert.Equal(6, (await items.GetItemsAsync("src-00")).Count);
        var copy = (await items.GetItemsAsync("src-01"))["wire-1"];
        var story = await items.GetStoryAsync(copy.StoryId) ?? throw new Xunit.Sdk.XunitException("the copy's story row was not written");
        Assert.Equal(["src-00", "src-01"], story.Sources.Order(StringComparer.Ordinal));
        Assert.Equal((await items.GetItemsAsync("src-00"))["wire-0"].StoryId, copy.StoryId);
        var tariffs = await _host.Services.GetRequiredService<ITariffStore>().ListAsync();
        Assert.Contains(tariffs, t => t.Imposer == "VN" && t.Current.Rate == 40);
        // Session 17 (perf25): the baseline's new stories are listed by their index rows, with no timeline copies;
        // session 18 (perf26): and with no story rows (the copy's story too: it is new, and listed as the batch merged it).
        Assert.Empty(azurite.Tables.GetTableClient(TableNames.StoryTimeline).Query<global::Azure.Data.Tables.TableEntity>());
        Assert.Equal(0, StoryRows());
        var listed = await items.RecentStoriesAsync(DateTimeOffset.UtcNow.AddDays(-1), 5000);
        Assert.Equal(SourceCount * 5 + 1, listed.Count);
        // Each listed as its story row holds it: what a timeline copy of that save held (the same columns).
        foreach (var s in listed)
            Assert.Equal(System.Text.Json.JsonSerializer.Serialize((await items.GetStoryAsync(s.StoryId))! with { Version = null }), System.Text.Json.JsonSerializer.Serialize(s));
        Assert.Equal(["src-00", "src-01"], listed.Single(s => s.StoryId == copy.StoryId).Sources.Order(StringComparer.Ordinal));

        // The next cycle: nothing seen again; a third copy of the wire story joins it silently, a new story alerts, and
        // a changed rate alerts as a change (the baseline recorded the rate it changes from).
        lock (_extra)
        {
            _extra[2] = Item("wire-2", "Vietnam raises 40% tariff on Thai sugar", "Hanoi said on Monday it will apply a 40% tariff on imports of sugar from Thailand, effective June 2. Growers fear a glut.");
            _extra[3] = Item("fresh-3", "Norway imposes 15% tariff on Chilean salmon feed", "Oslo said on Friday it will apply a 15% tariff on imports of salmon feed from Chile, effective July 1.");
            _extra[4] = Item("rate-4", "Vietnam raises tariff on Thai sugar to 55%", "Hanoi said on Friday it raised its tariff on imports of sugar from Thailand to 55%, up from 40%, effective August 1.");
        }
        var next = await cycle.RunAsync(Sources());

        Assert.Equal((0, 0), (next.Failed, next.Updated));
        Assert.Contains(next.Items, c => c is { Id: "wire-2", Change: ItemChangeKind.Duplicate });
        Assert.Contains(next.Items, c => c is { Id: "fresh-3", Change: ItemChangeKind.New });
        Assert.Equal(0, next.Items.Count(c => c.Id.StartsWith('f') && c.Id != "fresh-3"));
        Assert.InRange(next.Alerts, 2, 3); // the new story, the rate change (and the changed story's own alert, if it is one)
        var sugar = (await _host.Services.GetRequiredService<ITariffStore>().ListAsync("VN")).Single(t => t.Target == "TH");
        Assert.Equal(55, sugar.Current.Rate);
        Assert.Contains(sugar.History, h => h.Rate == 40); // recorded by the baseline, now history
        listed = await items.RecentStoriesAsync(DateTimeOffset.UtcNow.AddDays(-1), 5000);
        Assert.Contains(listed, s => s.FirstItem == "src-03/fresh-3");
        Assert.Equal(listed.Count, listed.Select(s => s.StoryId).Distinct().Count());
        Assert.Equal(["src-00", "src-01", "src-02"], listed.Single(s => s.StoryId == copy.StoryId).Sources.Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// Session 35 (perf44): with <see cref="PollOptions.WriteBaselineBehind"/> the cycle reports its silent first polls before
    /// their rows are written; the next cycle, started at once, waits for them and alerts exactly as after an inline flush
    /// (the first test's second cycle), and the baseline's rows are the same.
    /// </summary>
    [Fact]
    public async Task A_first_cycle_written_behind_its_report_is_waited_for_by_the_next_cycle_which_alerts_as_after_an_inline_flush()
    {
        var cycle = new PollCycle(_host.Services.GetRequiredService<SourcePoller>(), Microsoft.Extensions.Logging.Abstractions.NullLogger<PollCycle>.Instance,
            new PollOptions { WriteBaselineBehind = true });

        var report = await cycle.RunAsync(Sources(), parallelism: 1);
        Assert.Equal((SourceCount, 0, 0), (report.Fetched, report.Failed, report.Alerts));
        Assert.Equal(SourceCount * 5 + 1, report.New);
        Assert.Equal(1, report.Duplicates);

        // The next cycle at once, before the rows are known to be written: it must wait for them, or every source would
        // be a silent first poll again (no alert) and the copy a new story.
        lock (_extra)
        {
            _extra[2] = Item("wire-2", "Vietnam raises 40% tariff on Thai sugar", "Hanoi said on Monday it will apply a 40% tariff on imports of sugar from Thailand, effective June 2. Growers fear a glut.");
            _extra[3] = Item("fresh-3", "Norway imposes 15% tariff on Chilean salmon feed", "Oslo said on Friday it will apply a 15% tariff on imports of salmon feed from Chile, effective July 1.");
            _extra[4] = Item("rate-4", "Vietnam raises tariff on Thai sugar to 55%", "Hanoi said on Friday it raised its tariff on imports of sugar from Thailand to 55%, up from 40%, effective August 1.");
        }
        var next = await cycle.RunAsync(Sources());
        Assert.True(cycle.WrittenAsync().IsCompletedSuccessfully);

        Assert.Equal((0, 0), (next.Failed, next.Updated));
        Assert.Contains(next.Items, c => c is { Id: "wire-2", Change: ItemChangeKind.Duplicate });
        Assert.Contains(next.Items, c => c is { Id: "fresh-3", Change: ItemChangeKind.New });
        Assert.Equal(0, next.Items.Count(c => c.Id.StartsWith('f') && c.Id != "fresh-3"));
        Assert.InRange(next.Alerts, 2, 3);
        var sugar = (await _host.Services.GetRequiredService<ITariffStore>().ListAsync("VN")).Single(t => t.Target == "TH");
        Assert.Equal(55, sugar.Current.Rate);
        Assert.Contains(sugar.History, h => h.Rate == 40);
        Assert.Equal(SourceCount, (await _host.Services.GetRequiredService<ISourceStateStore>().ListAsync()).Count(s => s.Baselined));
        var items = _host.Services.GetRequiredService<IItemStore>();
        var copy = (await items.GetItemsAsync("src-01"))["wire-1"];
        Assert.Equal((await items.GetItemsAsync("src-00"))["wire-0"].StoryId, copy.StoryId);
        var listed = await items.RecentStoriesAsync(DateTimeOffset.UtcNow.AddDays(-1), 5000);
        Assert.Contains(listed, s => s.FirstItem == "src-03/fresh-3");
        Assert.Equal(listed.Count, listed.Select(s => s.StoryId).Distinct().Count());
        Assert.Equal(["src-00", "src-01", "src-02"], listed.Single(s => s.StoryId == copy.StoryId).Sources.Order(StringComparer.Ordinal));
    }

    private int StoryRows() => azurite.Tables.GetTableClient(TableNames.Stories).Query<global::Azure.Data.Tables.TableEntity>().Count();

    /// <summary>The first item of feed n (k = 0), as another feed would carry it: a copy under its own guid.</summary>
    private string CopyOfFirst(int n, string guid)
    {
        var first = Feed(n, string.Empty);
        var start = first.IndexOf("<item>", StringComparison.Ordinal);
        var end = first.IndexOf("</item>", start, StringComparison.Ordinal) + "</item>".Length;
        return first[start..end].Replace($"<guid isPermaLink=\"false\">f{n}-0</guid>", $"<guid isPermaLink=\"false\">{guid}</guid>", StringComparison.Ordinal)
            .Replace($"https://feed.example/f{n}-0", $"https://feed.example/{guid}", StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_one_item_story_has_no_story_row_until_it_grows_and_a_copy_then_a_material_update_alert_as_before()
    {
        var cycle = _host.Services.GetRequiredService<PollCycle>();
        var items = _host.Services.GetRequiredService<IItemStore>();

        var baseline = await cycle.RunAsync(Sources());
        Assert.Equal((SourceCount, 0, 0), (baseline.Fetched, baseline.Failed, baseline.Alerts));
        // Session 18 (perf26): a silent baseline's new stories are written as their index rows only.
        Assert.Equal(0, StoryRows());
        var first = (await items.GetItemsAsync("src-05"))["f5-0"];
        var lonely = (await items.GetItemsAsync("src-07"))["f7-0"];
        Assert.NotNull(first.StoryListing);
        Assert.NotNull(lonely.StoryListing);
        var listed = (await items.GetStoryAsync(first.StoryId))!;       // read from its listing
        Assert.Equal(["src-05"], listed.Sources);
        Assert.Equal(("src-05/f5-0", 0), (listed.FirstItem, listed.Revision));

        // A copy of f5-0's story in another feed joins it (silently, as before): its first growth inserts the story row.
        lock (_extra) _extra[6] = CopyOfFirst(5, "copy-6");
        var copied = await cycle.RunAsync(Sources());
        Assert.Equal((0, 0, 0), (copied.Failed, copied.Updated, copied.Alerts));
        Assert.Contains(copied.Items, c => c is { Id: "copy-6", Change: ItemChangeKind.Duplicate });
        Assert.Equal(first.StoryId, (await items.GetItemsAsync("src-06"))["copy-6"].StoryId);
        Assert.Equal(1, StoryRows());
        var grown = (await items.GetStoryAsync(first.StoryId))!;
        Assert.Equal(["src-05", "src-06"], grown.Sources.Order(StringComparer.Ordinal));
        Assert.Equal(("src-05/f5-0", 0), (grown.FirstItem, grown.Revision));

        // Material edits: of the grown story's first item, and of a story that never grew (found by its item's listing).
        lock (_extra) { _edited.Add(5); _edited.Add(7); }
        var updated = await cycle.RunAsync(Sources());
        Assert.Equal((0, 2), (updated.Failed, updated.Updated));
        Assert.Equal(2, updated.Items.Count(c => c.Change == ItemChangeKind.Updated && c.Id is "f5-0" or "f7-0"));
        Assert.Equal(2, updated.Alerts);                               // one "updated story" alert each, as before
        Assert.Equal(2, StoryRows());
        var revised = (await items.GetStoryAsync(first.StoryId))!;
        Assert.Equal((1, 2), (revised.Revision, revised.Sources.Count)); // the copy's source kept
        var revisedLonely = (await items.GetStoryAsync(lonely.StoryId))!;
        Assert.Equal((1, "src-07/f7-0"), (revisedLonely.Revision, revisedLonely.FirstItem));
        Assert.Equal(["src-07"], revisedLonely.Sources);
        Assert.Equal(1, (await items.GetItemsAsync("src-07"))["f7-0"].Revision);
        var recent = await items.RecentStoriesAsync(DateTimeOffset.UtcNow.AddDays(-1), 5000);
        Assert.Equal(recent.Count, recent.Select(s => s.StoryId).Distinct().Count());
        Assert.Equal(1, recent.Single(s => s.StoryId == lonely.StoryId).Revision);
    }

    [Fact]
    public async Task A_state_another_host_wrote_during_the_cycle_makes_that_first_poll_lose_and_it_is_polled_again_from_a_fresh_read()
    {
        var cycle = _host.Services.GetRequiredService<PollCycle>();
        var stateStore = _host.Services.GetRequiredService<ISourceStateStore>();
        var sources = Sources();
        // Another host polls src-03 after our cycle listed the states (which found none): a state row appears.
        _onFetch = n =>
        {
            if (n != 3) return;
            _onFetch = null;
            stateStore.SaveAsync(new SourceState { SourceId = "src-03", Url = sources[3].Url, ConfiguredUrl = sources[3].Url, LastError = "their poll" }).GetAwaiter().GetResult();
        };

        var report = await cycle.RunAsync(sources);

        Assert.Equal((SourceCount, 0, 0), (report.Fetched, report.Failed, report.Alerts));
        var state = (await stateStore.GetAsync("src-03"))!;
        Assert.True(state.Baselined);          // polled again from their state, and saved conditionally on it
        Assert.Null(state.LastError);
        Assert.Equal(5, (await _host.Services.GetRequiredService<IItemStore>().GetItemsAsync("src-03")).Count);
        Assert.Equal(SourceCount, (await stateStore.ListAsync()).Count(s => s.Baselined));
    }

    [Fact]
    public async Task A_cycle_whose_rows_cannot_be_written_fails_its_first_polls_and_the_next_cycle_baselines_them_silently()
    {
        var sources = Sources();
        var poller = _host.Services.GetRequiredService<SourcePoller>();
        var batch = new BaselineBatch();
        await poller.RememberAsync(sources);
        foreach (var s in sources.Take(3)) await poller.PollAsync(s, batch);
        Assert.Equal(3, batch.Polls);
        Assert.DoesNotContain(await _host.Services.GetRequiredService<ISourceStateStore>().ListAsync(), s => s.Baselined); // nothing written yet

        _log.Down = true;
        IReadOnlyDictionary<string, Exception> unsaved;
        try
        {
            unsaved = await poller.FlushAsync(batch);
        }
        finally
        {
            _log.Down = false;
        }

        Assert.Equal(["src-00", "src-01", "src-02"], unsaved.Keys.Order(StringComparer.Ordinal));
        var report = await _host.Services.GetRequiredService<PollCycle>().RunAsync(sources);
        Assert.Equal((SourceCount, 0, 0), (report.Fetched, report.Failed, report.Alerts));
        Assert.Equal(SourceCount, (await _host.Services.GetRequiredService<ISourceStateStore>().ListAsync()).Count(s => s.Baselined));
    }
}
