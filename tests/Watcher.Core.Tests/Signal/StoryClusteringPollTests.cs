using System.Net;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Watcher.Core.Alerts;
using Watcher.Core.Delivery;
using Watcher.Core.Fetching;
using Watcher.Core.Matching;
using Watcher.Core.Pipeline;
using Watcher.Core.Sources;
using Watcher.Core.State;
using Watcher.Core.Stories;
using Watcher.Core.Tariffs;

namespace Watcher.Core.Tests.Signal;

/// <summary>The poller with a story index: a rewritten copy on another source joins the first story and alerts nobody.</summary>
public class StoryClusteringPollTests
{
    private sealed class FeedsHandler : HttpMessageHandler
    {
        public Dictionary<string, string> Feeds { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent(Feeds.GetValueOrDefault(request.RequestUri!.AbsolutePath, Rss()), Encoding.UTF8, "application/rss+xml"),
            });
    }

    private static string Rss(params (string Id, string Title, string Body)[] items) =>
        "<rss version=\"2.0\"><channel><title>t</title><link>https://news.example/</link>"
        + string.Concat(items.Select(i => $"<item><guid>{i.Id}</guid><title>{i.Title}</title><link>https://news.example/{i.Id}</link><description>{i.Body}</description></item>"))
        + "</channel></rss>";

    private static readonly SourceDefinition Wire = new() { Id = "wire", Url = "https://news.example/wire" };
    private static readonly SourceDefinition Broadcaster = new() { Id = "broadcaster", Url = "https://news.example/broadcaster" };

    private static (SourcePoller Poller, FeedsHandler Feeds, InMemoryStores Stores) Build(IStoryIndex? index, ITariffStore? tariffs = null)
    {
        var feeds = new FeedsHandler();
        var stores = new InMemoryStores();
        stores.UpsertAsync(new Subscription { Id = "s1", Channel = "email", Target = "a@example.com" }).GetAwaiter().GetResult();
        var dispatcher = new DeliveryDispatcher(stores, stores, [], new DeliveryOptions(), TimeProvider.System, NullLogger<DeliveryDispatcher>.Instance);
        var poller = new SourcePoller(new FeedFetcher(new HttpClient(feeds), new FetchOptions()), stores, stores, QueryTopicMatcher.Default,
            dispatcher, new PollOptions(), TimeProvider.System, NullLogger<SourcePoller>.Instance, index, tariffs);
        return (poller, feeds, stores);
    }

    private const string WireBody = "Canada will impose a 100% tariff on Chinese electric vehicles from October 1, 2024, Finance Minister Chrystia Freeland said in Ottawa, matching action by the United States. A 25% tariff on Chinese steel and aluminium follows on October 15.";
    private const string CopyBody = "Ottawa is slapping a 100 per cent surtax on China-made electric vehicles starting October 1, 2024, Chrystia Freeland announced, following the United States. Steel and aluminium from China will face a 25 per cent surtax from October 15.";

    [Fact]
    public async Task A_rewritten_copy_on_another_source_is_a_duplicate_of_the_first_story()
    {
        var (poller, feeds, stores) = Build(new InMemoryStoryIndex());
        await poller.PollAsync(Wire);
        await poller.PollAsync(Broadcaster); // baselines: empty feeds

        feeds.Feeds["/wire"] = Rss(("w1", "Canada slaps 100% tariff on Chinese EVs", WireBody));
        var first = await poller.PollAsync(Wire);
        feeds.Feeds["/broadcaster"] = Rss(("b1", "Ottawa hits China-made electric cars with 100 per cent surtax", CopyBody),
            ("b2", "US raises tariff on Canadian goods to 35%", "The United States will raise its tariff on Canadian goods to 35% from 25% on August 1, 2025."));
        var second = await poller.PollAsync(Broadcaster);

        Assert.Equal(AlertKinds.NewStory, Assert.Single(first.Alerts).Kind);
        Assert.Equal([ItemChangeKind.Duplicate, ItemChangeKind.New], second.Changes.Select(c => c.Change));
        var alert = Assert.Single(second.Alerts); // only the unrelated US story alerts
        Assert.Contains("35%", alert.Title);
        var items = await stores.GetItemsAsync("broadcaster");
        var story = await stores.GetStoryAsync(items["b1"].StoryId);
        Assert.Equal(["wire", "broadcaster"], story!.Sources);
    }

    [Fact]
    public async Task Without_an_index_the_rewritten_copy_would_alert_again()
    {
        var (poller, feeds, _) = Build(null);
        await poller.PollAsync(Wire);
        await poller.PollAsync(Broadcaster);
        feeds.Feeds["/wire"] = Rss(("w1", "Canada slaps 100% tariff on Chinese EVs", WireBody));
        await poller.PollAsync(Wire);
        feeds.Feeds["/broadcaster"] = Rss(("b1", "Ottawa hits China-made electric cars with 100 per cent surtax", CopyBody));
        var second = await poller.PollAsync(Broadcaster);
        Assert.Equal(ItemChangeKind.New, Assert.Single(second.Changes).Change);
    }

    // the source's country (sources.json "country") reaches the extractor: a domestic measure that names no country is its outlet's
    [Fact]
    public async Task A_source_s_country_is_the_imposer_of_a_measure_its_item_names_no_country_for()
    {
        var tariffs = new InMemoryTariffStore();
        var (poller, feeds, _) = Build(new InMemoryStoryIndex(), tariffs);
        var paper = new SourceDefinition { Id = "paper", Url = "https://news.example/paper", Country = "BD" };
        await poller.PollAsync(paper);
        await poller.PollAsync(Wire); // baselines: empty feeds
        const string body = "The National Board of Revenue has cut the import duty on rice to 2 per cent from 25 per cent to cool prices.";
        feeds.Feeds["/paper"] = Rss(("p1", "Import duty on rice cut to 2%", body));
        feeds.Feeds["/wire"] = Rss(("w1", "Rice duty cut to 2% as prices climb", body));
        await poller.PollAsync(paper);
        await poller.PollAsync(Wire);
        Assert.Equal(2, Assert.Single(await tariffs.ListAsync("BD")).Current.Rate);
        Assert.Single(await tariffs.ListAsync()); // nothing else is recorded (the wire, without a country, names no imposer)
    }

    // the source's country reaches the story fingerprint: the same goods' duty in two countries' papers, neither naming its
    // country, is two stories; a wire copy (no country) still joins its story
    [Fact]
    public async Task Two_countries_papers_on_the_same_goods_are_two_stories_and_a_wire_copy_joins_the_first()
    {
        var (poller, feeds, stores) = Build(new InMemoryStoryIndex());
        var lusaka = new SourceDefinition { Id = "lusaka", Url = "https://news.example/lusaka", Country = "ZM" };
        var kampala = new SourceDefinition { Id = "kampala", Url = "https://news.example/kampala", Country = "UG" };
        foreach (var source in new[] { lusaka, kampala, Wire }) await poller.PollAsync(source); // baselines: empty feeds
        const string copy = "Customs duty on imported cooking oil rises to 35 per cent from 20 per cent, the finance ministry said, in a bid to protect local refiners.";
        feeds.Feeds["/lusaka"] = Rss(("z1", "Government raises import duty on cooking oil to 35 percent",
            "The government has raised the customs duty on imported cooking oil to 35 percent from 20 percent to protect local refiners, the finance ministry said."));
        feeds.Feeds["/kampala"] = Rss(("u1", "Cooking oil import duty goes up to 35%", copy));
        feeds.Feeds["/wire"] = Rss(("w1", "Cooking oil import duty goes up to 35%", copy));
        await poller.PollAsync(lusaka);
        Assert.Equal(ItemChangeKind.New, Assert.Single((await poller.PollAsync(kampala)).Changes).Change);
        Assert.Equal(ItemChangeKind.Duplicate, Assert.Single((await poller.PollAsync(Wire)).Changes).Change);
        var (zambian, ugandan, wire) = ((await stores.GetItemsAsync("lusaka"))["z1"], (await stores.GetItemsAsync("kampala"))["u1"], (await stores.GetItemsAsync("wire"))["w1"]);
        Assert.NotEqual(zambian.StoryId, ugandan.StoryId);
        Assert.Contains(wire.StoryId, new[] { zambian.StoryId, ugandan.StoryId });
    }

    [Fact]
    public async Task A_rate_change_in_an_updated_item_alerts_the_update_and_the_tariff_change()
    {
        var tariffs = new InMemoryTariffStore();
        var (poller, feeds, _) = Build(new InMemoryStoryIndex(), tariffs);
        feeds.Feeds["/wire"] = Rss(("w0", "Trump and Xi meet in Busan", "President Donald Trump met Chinese President Xi Jinping in Busan on Thursday."));
        var baseline = await poller.PollAsync(Wire); // baseline: recorded, nobody alerted
        Assert.Empty(baseline.Alerts);

        feeds.Feeds["/wire"] = Rss(("w0", "Trump and Xi meet in Busan", "President Donald Trump met Chinese President Xi Jinping in Busan on Thursday."),
            ("w1", "China imposes 76% levy on Canadian canola seed", "China will impose a 76% levy on imports of Canadian canola seed, the commerce ministry said."));
        var first = await poller.PollAsync(Wire);
        Assert.Equal([AlertKinds.NewStory], first.Alerts.Select(a => a.Kind)); // the meeting was already known at baseline

        feeds.Feeds["/wire"] = Rss(("w0", "Trump and Xi meet in Busan", "President Donald Trump met Chinese President Xi Jinping in Busan on Thursday."),
            ("w1", "China raises levy on Canadian canola seed to 100%", "China will impose a 100% levy on imports of Canadian canola seed, up from 76%, the commerce ministry said."),
            ("w2", "Carney to visit China in January", "Prime Minister Mark Carney will visit China in January at the invitation of President Xi Jinping."));
        var second = await poller.PollAsync(Wire);
        Assert.Equal([AlertKinds.UpdatedStory, AlertKinds.NewStory, AlertKinds.TariffChanged, AlertKinds.EventAnnounced], second.Alerts.Select(a => a.Kind));
        Assert.Contains("76% (in-force) → 100% (in-force)", second.Alerts[2].Title);
        Assert.Equal(["tariffs"], second.Alerts[2].Topics);
        // People get one follow-up per fact change: each fact rides on its story's alert as the first change line.
        Assert.Equal(second.Alerts[0].Id, second.Alerts[2].FoldedInto);
        Assert.StartsWith("+ Tariff changed: China on Canada canola seed: 76% (in-force) → 100% (in-force)", second.Alerts[0].Changes[0]);
        Assert.Equal(second.Alerts[1].Id, second.Alerts[3].FoldedInto);
        Assert.StartsWith("+ Event announced: ", second.Alerts[1].Changes[0]);
        Assert.Equal(100, Assert.Single(await tariffs.ListAsync("CN", "CA")).Current.Rate);

        Assert.Empty((await poller.PollAsync(Wire)).Alerts); // the same feed again: nothing new
    }
}
