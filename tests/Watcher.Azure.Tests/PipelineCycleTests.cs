using Azure.Data.Tables;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Watcher.Azure.Tables;
using Watcher.Cli.LocalHost;
using Watcher.Core.Delivery;
using Watcher.Core.Sources;
using Watcher.Core.State;

namespace Watcher.Azure.Tests;

/// <summary>Consecutive poll cycles through the real pipeline, Azurite Table Storage and the outbox sinks.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class PipelineCycleTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly string _outbox = Directory.CreateTempSubdirectory("watcher-outbox-").FullName;
    private volatile string _feed = Rss(("g-1", "Oilers edge Flames in overtime", "Edmonton won 4-3."));
    private volatile int _status = 200;
    private LocalHttpServer _server = null!;
    private IHost _host = null!;

    public async Task InitializeAsync()
    {
        await azurite.ResetAsync();
        _server = await LocalHttpServer.StartAsync(ctx =>
        {
            if (_status != 200)
            {
                ctx.Response.StatusCode = _status;
                return Task.CompletedTask;
            }
            ctx.Response.ContentType = "application/rss+xml";
            return ctx.Response.WriteAsync(_feed.Replace("{source}", ctx.Request.Path.Value!.Trim('/'), StringComparison.Ordinal));
        });
        _host = await TestHosts.StartAsync(azurite, new Dictionary<string, string?>
        {
            ["Watcher:Outbox:Directory"] = _outbox,
            ["Watcher:Webhooks:Outbox"] = "true",
        }, seedDemo: true);
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _server.DisposeAsync();
        Directory.Delete(_outbox, recursive: true);
    }

    private IReadOnlyList<SourceDefinition> Sources => [new() { Id = "wire", Url = new Uri(_server.BaseUrl, "rss.xml").AbsoluteUri }];

    private int Files(string channel) =>
        Directory.Exists(Path.Combine(_outbox, channel)) ? Directory.GetFiles(Path.Combine(_outbox, channel)).Length : 0;

    [Fact]
    public async Task Baseline_then_one_new_item_then_the_same_cycle_again()
    {
        var runner = _host.Services.GetRequiredService<LocalCycleRunner>();

        // First poll of a source records a baseline and alerts nobody, even for matching items.
        _feed = Rss(("g-1", "Canada imposes 100% tariff on Chinese EVs", "Ottawa announced a 100% surtax."));
        var baseline = await runner.RunAsync(Sources);
        Assert.Equal(1, baseline.Report.New);
        Assert.Equal(0, baseline.Report.Alerts);
        Assert.Empty(baseline.Delivered);

        // One new matching item: exactly one alert per subscribed channel.
        _feed = Rss(("g-1", "Canada imposes 100% tariff on Chinese EVs", "Ottawa announced a 100% surtax."),
                    ("g-2", "China imposes 76% levy on Canadian canola seed", "Beijing retaliated on Saturday."));
        var second = await runner.RunAsync(Sources);
        Assert.Equal(1, second.Report.New);
        Assert.Equal(1, second.Report.Alerts);
        Assert.Equal(new Dictionary<string, int> { ["email"] = 1, ["teams"] = 1, ["webhook"] = 1 }, second.Delivered);
        Assert.Equal((1, 1, 1), (Files("email"), Files("teams"), Files("webhooks")));

        // The same cycle again (a duplicate timer fire): nothing new, nothing sent.
        var again = await runner.RunAsync(Sources);
        Assert.Equal(0, again.Report.New);
        Assert.Equal(0, again.Report.Alerts);
        Assert.Empty(again.Delivered);

        // A queue redelivery of the same delivery messages: already delivered, nothing sent twice.
        var dispatcher = _host.Services.GetRequiredService<DeliveryDispatcher>();
        foreach (var id in second.Report.DeliveryIds)
            Assert.Equal(DeliveryOutcome.AlreadyDelivered, (await dispatcher.DeliverAsync(id)).Outcome);
        Assert.Equal((1, 1, 1), (Files("email"), Files("teams"), Files("webhooks")));
    }

    [Fact]
    public async Task A_source_whose_item_pack_is_damaged_polls_on_alerting_only_what_was_published_since_its_last_success()
    {
        var runner = _host.Services.GetRequiredService<LocalCycleRunner>();
        var states = _host.Services.GetRequiredService<ISourceStateStore>();
        (string, string, DateTimeOffset?) ev = ("g-1", "Canada imposes 100% tariff on Chinese EVs", DateTimeOffset.UtcNow.AddDays(-2));
        (string, string, DateTimeOffset?) canola = ("g-2", "China imposes 76% levy on Canadian canola seed", null);
        _feed = Dated(ev);
        await runner.RunAsync(Sources);
        _feed = Dated(ev, canola);
        Assert.Equal(1, (await runner.RunAsync(Sources)).Report.Alerts);
        var lastSuccess = (await states.GetAsync("wire"))!.LastSuccess!.Value;

        // The head row's pack is damaged (a hand edit, a bad write): the items it held cannot be read back.
        var items = azurite.Tables.GetTableClient(TableNames.Items);
        var head = (await items.GetEntityAsync<TableEntity>("wire", TableItemStore.HeadRow)).Value;
        head["Items"] = "[{\"i\":\"g-1\",";
        await items.UpdateEntityAsync(head, head.ETag, TableUpdateMode.Replace);

        // The source is still polled. The items it no longer recognises alert only if published after its last successful
        // poll (as a baseline after failed attempts): the EV story (older) and the canola one (undated) stay silent, the
        // steel story published since alerts once. The damaged text is kept in a row of its own.
        _feed = Dated(ev, canola, ("g-3", "EU imposes 25% tariff on Chinese steel", lastSuccess.AddSeconds(5)));
        var damaged = await runner.RunAsync(Sources);
        Assert.Equal(0, damaged.Report.Failed);
        Assert.Equal(1, damaged.Report.Alerts);
        Assert.Equal(new Dictionary<string, int> { ["email"] = 1, ["teams"] = 1, ["webhook"] = 1 }, damaged.Delivered);
        Assert.Single(Directory.GetFiles(Path.Combine(_outbox, "webhooks")), f => File.ReadAllText(f).Contains("steel", StringComparison.Ordinal));
        Assert.Contains(items.Query<TableEntity>(e => e.PartitionKey == "wire"), e => e.RowKey.StartsWith(ItemPack.SetAsidePrefix, StringComparison.Ordinal));

        // The pack is whole again: the same feed is nothing new, and the source alerts as before.
        var again = await runner.RunAsync(Sources);
        Assert.Equal(0, again.Report.New);
        Assert.Empty(again.Delivered);
        _feed = Dated(ev, canola, ("g-3", "EU imposes 25% tariff on Chinese steel", lastSuccess.AddSeconds(5)), ("g-4", "Mexico raises tariff on Chinese cars to 50%", null));
        Assert.Equal(new Dictionary<string, int> { ["email"] = 1, ["teams"] = 1, ["webhook"] = 1 }, (await runner.RunAsync(Sources)).Delivered);
        Assert.Equal((3, 3, 3), (Files("email"), Files("teams"), Files("webhooks")));
    }

    [Fact]
    public async Task A_source_whose_first_poll_failed_alerts_what_was_published_after_that_attempt()
    {
        var runner = _host.Services.GetRequiredService<LocalCycleRunner>();
        var states = _host.Services.GetRequiredService<ISourceStateStore>();

        // The first attempt fails: no baseline yet, and the time of the attempt is kept.
        _status = 404;
        var failed = await runner.RunAsync(Sources);
        Assert.Equal(0, failed.Report.Alerts);
        var first = (await states.GetAsync("wire"))!.FirstAttempt ?? throw new Xunit.Sdk.XunitException("no FirstAttempt after a failed first poll");
        Assert.False((await states.GetAsync("wire"))!.Baselined);

        // The next poll succeeds and is the baseline: the item published before the first attempt stays silent, as
        // does an undated one; the item published after it is news the failure delayed, and alerts once.
        _status = 200;
        _feed = Dated(("g-1", "Canada imposes 100% tariff on Chinese EVs", first.AddDays(-2)),
                      ("g-2", "China imposes 76% levy on Canadian canola seed", first.AddSeconds(2)),
                      ("g-3", "EU imposes 25% tariff on Chinese steel", null));
        var baseline = await runner.RunAsync(Sources);
        Assert.Equal(1, baseline.Report.Alerts);
        Assert.Equal(new Dictionary<string, int> { ["email"] = 1, ["teams"] = 1, ["webhook"] = 1 }, baseline.Delivered);
        Assert.Contains("canola", File.ReadAllText(Directory.GetFiles(Path.Combine(_outbox, "webhooks")).Single()), StringComparison.Ordinal);
        Assert.True((await states.GetAsync("wire"))!.Baselined);

        var again = await runner.RunAsync(Sources);
        Assert.Equal(0, again.Report.Alerts);
        Assert.Empty(again.Delivered);
    }

    [Fact]
    public async Task A_first_poll_that_succeeds_stays_silent_even_for_fresh_dated_items()
    {
        var runner = _host.Services.GetRequiredService<LocalCycleRunner>();
        _feed = Dated(("g-1", "Canada imposes 100% tariff on Chinese EVs", DateTimeOffset.UtcNow.AddHours(-1)),
                      ("g-2", "China imposes 76% levy on Canadian canola seed", DateTimeOffset.UtcNow));

        var baseline = await runner.RunAsync(Sources);

        Assert.Equal(2, baseline.Report.New);
        Assert.Equal(0, baseline.Report.Alerts);
        Assert.Empty(baseline.Delivered);
        Assert.Null((await _host.Services.GetRequiredService<ISourceStateStore>().GetAsync("wire"))!.FirstAttempt);
    }

    [Fact]
    public async Task A_crash_between_recording_and_saving_state_neither_loses_nor_duplicates_the_alert()
    {
        var runner = _host.Services.GetRequiredService<LocalCycleRunner>();
        _feed = Rss(("g-1", "Canada imposes 100% tariff on Chinese EVs", "Ottawa announced a 100% surtax."));
        await runner.RunAsync(Sources);

        // Record the deliveries for a new item, then "crash": the item and source state are never saved.
        _feed = Rss(("g-1", "Canada imposes 100% tariff on Chinese EVs", "Ottawa announced a 100% surtax."),
                    ("g-2", "China imposes 76% levy on Canadian canola seed", "Beijing retaliated on Saturday."));
        var ledger = _host.Services.GetRequiredService<IDeliveryLedger>();
        var crashing = new Core.Pipeline.SourcePoller(
            _host.Services.GetRequiredService<Core.Fetching.FeedFetcher>(),
            _host.Services.GetRequiredService<ISourceStateStore>(),
            new CrashingItemStore(_host.Services.GetRequiredService<IItemStore>()),
            _host.Services.GetRequiredService<Core.Matching.ITopicMatcher>(),
            _host.Services.GetRequiredService<DeliveryDispatcher>(),
            new Core.Pipeline.PollOptions(), TimeProvider.System,
            _host.Services.GetRequiredService<ILogger<Core.Pipeline.SourcePoller>>());
        await Assert.ThrowsAsync<IOException>(() => crashing.PollAsync(Sources[0]));
        Assert.Equal(0, Files("email"));

        // The next cycle re-detects the item, finds its ledger rows already there, and sends each exactly once.
        var recovered = await runner.RunAsync(Sources);
        Assert.Equal(new Dictionary<string, int> { ["email"] = 1, ["teams"] = 1, ["webhook"] = 1 }, recovered.Delivered);
        Assert.Empty(recovered.Report.DeliveryIds); // the rows existed: this cycle added none
        var after = await runner.RunAsync(Sources);
        Assert.Empty(after.Delivered);
        Assert.Equal((1, 1, 1), (Files("email"), Files("teams"), Files("webhooks")));
        Assert.Empty(await ledger.DueAsync(DateTimeOffset.UtcNow.AddDays(1), 10));
    }

    [Fact]
    public async Task Sixteen_sources_carrying_one_story_in_one_cycle_all_record_their_baseline()
    {
        // Every source lists the same item (a wire story syndicated everywhere): one story row, sixteen writers at once.
        // Each lost ETag race merges into the row instead of failing the poll; a poll that failed here would make the
        // source's next success its baseline and silence that poll's new stories (found by the fault harness).
        var runner = _host.Services.GetRequiredService<LocalCycleRunner>();
        var sources = Enumerable.Range(1, 16).Select(i => new SourceDefinition { Id = $"wire-{i:D2}", Url = new Uri(_server.BaseUrl, $"wire-{i:D2}.xml").AbsoluteUri }).ToList();
        _feed = Rss(("g-1", "Markets wrap: stocks, bonds and the dollar on Friday", "Stocks rose, bonds fell and the dollar was flat."));

        var baseline = await runner.RunAsync(sources);

        Assert.Equal((16, 0), (baseline.Report.Fetched, baseline.Report.Failed));
        var states = _host.Services.GetRequiredService<ISourceStateStore>();
        foreach (var source in sources) Assert.True((await states.GetAsync(source.Id))!.Baselined, source.Id + " has no baseline");
        var items = _host.Services.GetRequiredService<IItemStore>();
        var story = await items.GetStoryAsync((await items.GetItemsAsync("wire-01"))["g-1"].StoryId);
        Assert.Equal(sources.Select(s => s.Id).Order(), story!.Sources.Order()); // every writer's source survived the merges
    }

    [Fact]
    public async Task A_story_breaking_on_eight_sources_in_one_cycle_gives_one_alert()
    {
        // The wire story lands on every outlet within one poll interval, so the next cycle meets it on all of them at
        // once: the pollers race to create the story, and all but one must join it (one alert, seven copies).
        var runner = _host.Services.GetRequiredService<LocalCycleRunner>();
        var sources = Enumerable.Range(1, 8).Select(i => new SourceDefinition { Id = $"outlet-{i}", Url = new Uri(_server.BaseUrl, $"outlet-{i}.xml").AbsoluteUri }).ToList();
        _feed = Rss(("g-0", "Oilers edge Flames in overtime", "Edmonton won 4-3."));
        await runner.RunAsync(sources);

        _feed = Rss(("g-0", "Oilers edge Flames in overtime", "Edmonton won 4-3."),
                    ("{source}-canola", "China imposes 76% levy on Canadian canola seed", "Beijing announced anti-dumping duties on canola imports from Canada."));
        var breaking = await runner.RunAsync(sources);

        Assert.Equal(8, breaking.Report.New + breaking.Report.Duplicates);
        var items = _host.Services.GetRequiredService<IItemStore>();
        var storyIds = new HashSet<string>();
        foreach (var source in sources) storyIds.Add((await items.GetItemsAsync(source.Id))[$"{source.Id}.xml-canola"].StoryId);
        Assert.Single(storyIds);
        Assert.Equal(new Dictionary<string, int> { ["email"] = 1, ["teams"] = 1, ["webhook"] = 1 }, breaking.Delivered);
        Assert.Equal((1, 1, 1), (Files("email"), Files("teams"), Files("webhooks")));
    }

    private sealed class CrashingItemStore(IItemStore inner) : IItemStore
    {
        public Task<IReadOnlyDictionary<string, ItemRecord>> GetItemsAsync(string sourceId, CancellationToken ct = default, bool firstPoll = false, bool unwritten = false) => inner.GetItemsAsync(sourceId, ct, firstPoll, unwritten);
        public Task SaveItemsAsync(string sourceId, IReadOnlyList<ItemRecord> items, CancellationToken ct = default, IReadOnlyDictionary<string, ItemRecord>? known = null) => throw new IOException("simulated crash");
        public Task<StoryRecord?> GetStoryAsync(string storyId, CancellationToken ct = default) => inner.GetStoryAsync(storyId, ct);
        public Task<StoryRecord> SaveStoryAsync(StoryRecord story, CancellationToken ct = default) => inner.SaveStoryAsync(story, ct);
        public Task<IReadOnlyList<StoryRecord>> RecentStoriesAsync(DateTimeOffset since, int top, CancellationToken ct = default) => inner.RecentStoriesAsync(since, top, ct);
    }

    private static string Dated(params (string Guid, string Title, DateTimeOffset? Published)[] items) =>
        "<rss version=\"2.0\"><channel><title>Wire</title><link>https://wire.example/</link>" +
        string.Concat(items.Select(i => $"<item><guid isPermaLink=\"false\">{i.Guid}</guid><title>{i.Title}</title><link>https://wire.example/{i.Guid}</link>"
            + (i.Published is { } p ? $"<pubDate>{p.ToUniversalTime():R}</pubDate>" : string.Empty) + $"<description>{i.Title}.</description></item>")) +
        "</channel></rss>";

    [Theory]
    [InlineData(true)]   // each poll in a new host (a `watcher poll --once` process, another Functions instance): reads the stored text
    [InlineData(false)]  // one host: reads its cache of what it wrote, which must be the stored text too
    public async Task An_edit_past_the_stored_text_of_a_long_article_is_compared_with_what_was_stored_not_with_nothing(bool newHost)
    {
        // Storage keeps an item's first 8,000 characters. A long article's typo fix past them, polled by a host that had not
        // seen the full text (a new `watcher poll --once` process, another Functions instance), was compared with that
        // clipped text, so its whole tail read as new sentences: a false "updated" alert for a cosmetic edit.
        var tail = string.Concat(Enumerable.Range(1, 120).Select(i => $"Paragraph {i} of the long read recalls how the canola dispute grew over the years. "));
        var lede = "Beijing announced a 76% duty on Canadian canola seed on Tuesday. ";
        _feed = Rss(("long-1", "China imposes 76% levy on Canadian canola seed", lede + tail + "The author recieved comments."));
        Assert.Equal(1, (await PollAsync(newHost)).Report.New);
        Assert.True((lede + tail).Length > 9_000);

        _feed = Rss(("long-1", "China imposes 76% levy on Canadian canola seed", lede + tail + "The author received comments."));
        var typo = await PollAsync(newHost);
        Assert.Equal((0, 0), (typo.Report.Updated, typo.Report.Alerts));

        // A material edit within the stored text still gives one "updated" story alert, with its diff.
        _feed = Rss(("long-1", "China imposes 100% levy on Canadian canola seed", lede.Replace("76%", "100%") + tail + "The author received comments."));
        var raised = await PollAsync(newHost);
        Assert.Equal(1, raised.Report.Updated);
        Assert.Equal(1, raised.Delivered["email"]);
    }

    private async Task<LocalCycleResult> PollAsync(bool newHost = true)
    {
        if (!newHost) return await _host.Services.GetRequiredService<LocalCycleRunner>().RunAsync(Sources);
        _host.Dispose();
        _host = await TestHosts.StartAsync(azurite, new Dictionary<string, string?>
        {
            ["Watcher:Outbox:Directory"] = _outbox,
            ["Watcher:Webhooks:Outbox"] = "true",
        }, seedDemo: true);
        return await _host.Services.GetRequiredService<LocalCycleRunner>().RunAsync(Sources);
    }

    internal static string Rss(params (string Guid, string Title, string Body)[] items) =>
        "<rss version=\"2.0\"><channel><title>Wire</title><link>https://wire.example/</link>" +
        string.Concat(items.Select(i => $"<item><guid isPermaLink=\"false\">{i.Guid}</guid><title>{i.Title}</title><link>https://wire.example/{i.Guid}</link><description>{i.Body}</description></item>")) +
        "</channel></rss>";
}
