using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Watcher.Azure.Tables;
using Watcher.Core.Pipeline;
using Watcher.Core.Sources;
using Watcher.Core.State;

namespace Watcher.Azure.Tests;

/// <summary>
/// Session 17 (perf25), through the local host over HTTP: after a silent baseline (whose new stories have no timeline
/// rows, see State/BaselineListingTests) /api/items lists every story as its story row holds it, newest first, and
/// /api/tariffs answers from the tariff rows.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class LocalHostBaselineListingTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _http = null!;
    private LocalHttpServer _feeds = null!;

    public async Task InitializeAsync()
    {
        await azurite.ResetAsync();
        _feeds = await LocalHttpServer.StartAsync(ctx =>
        {
            var n = int.Parse(ctx.Request.Path.Value!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
            ctx.Response.ContentType = "application/rss+xml";
            return ctx.Response.WriteAsync(Feed(n));
        });
        _app = await TestHosts.ServeAsync(azurite, new Dictionary<string, string?>
        {
            ["Watcher:Api:Key"] = "test-key",
            ["Watcher:Net:AllowPrivateAddresses"] = "true",
        });
        await _app.StartAsync();
        _http = new HttpClient { BaseAddress = new Uri(_app.Urls.First()) };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _feeds.DisposeAsync();
    }

    private static readonly string[] Imposers = ["Canada", "Japan", "Mexico", "India"];
    private static readonly string[] Products = ["steel pipes", "canola oil", "soybeans", "solar panels", "wine", "beef", "shrimp", "coffee"];

    private static string Feed(int n)
    {
        var items = Enumerable.Range(0, 2).Select(k =>
        {
            var (imposer, product) = (Imposers[(n * 2 + k) % Imposers.Length], Products[n * 2 + k]);
            return Item($"f{n}-{k}", $"{imposer} imposes {10 + k * 5}% tariff on {product} from China",
                $"The government of {imposer} said it will apply a {10 + k * 5}% tariff on imports of {product} from China, effective May {k + 1}.");
        });
        var wire = n < 2 ? Item($"wire-{n}", "Vietnam raises 40% tariff on Thai sugar", "Hanoi said on Monday it will apply a 40% tariff on imports of sugar from Thailand, effective June 2. Growers fear a glut.") : string.Empty;
        return $"<rss version=\"2.0\"><channel><title>Feed {n}</title>{string.Concat(items)}{wire}</channel></rss>";
    }

    private static string Item(string guid, string title, string body) =>
        $"<item><guid isPermaLink=\"false\">{guid}</guid><title>{title}</title><link>https://feed.example/{guid}</link><description>{body}</description></item>";

    [Fact]
    public async Task After_a_silent_baseline_api_items_lists_every_story_as_its_story_row_holds_it()
    {
        var sources = Enumerable.Range(0, 4).Select(i => new SourceDefinition { Id = $"src-{i}", Url = new Uri(_feeds.BaseUrl, $"feed/{i}").AbsoluteUri }).ToList();
        var report = await _app.Services.GetRequiredService<PollCycle>().RunAsync(sources, parallelism: 1);
        Assert.Equal((4, 0, 0), (report.Fetched, report.Failed, report.Alerts));
        Assert.Empty(azurite.Tables.GetTableClient(TableNames.StoryTimeline).Query<global::Azure.Data.Tables.TableEntity>());

        var body = await _http.GetFromJsonAsync<JsonElement>("/api/items?code=test-key&top=500");
        var listed = body.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(9, listed.Count); // 8 stories of their own and the wire story both feeds carry
        var store = _app.Services.GetRequiredService<IItemStore>();
        var times = new List<DateTimeOffset>();
        foreach (var item in listed)
        {
            var story = await store.GetStoryAsync(item.GetProperty("id").GetString()!) ?? throw new Xunit.Sdk.XunitException("listed, but no story row");
            Assert.Equal(story.Title, item.GetProperty("title").GetString());
            Assert.Equal(story.Link, item.GetProperty("link").GetString());
            Assert.Equal(story.Sources, item.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
            Assert.Equal(story.Sources.Count, item.GetProperty("sourceCount").GetInt32());
            Assert.Equal(story.Topics, item.GetProperty("topics").EnumerateArray().Select(s => s.GetString()));
            Assert.Equal(story.Revision, item.GetProperty("revision").GetInt32());
            Assert.Equal(story.FirstSeen, item.GetProperty("firstSeen").GetDateTimeOffset());
            Assert.Equal(story.LastUpdated, item.GetProperty("lastUpdated").GetDateTimeOffset());
            times.Add(story.LastUpdated);
        }
        Assert.Equal(times.OrderDescending(), times); // newest first
        Assert.Contains(listed, i => i.GetProperty("sourceCount").GetInt32() == 2); // the wire story, with both feeds

        var tariffs = await _http.GetAsync("/api/tariffs?code=test-key&imposer=VN");
        Assert.True(tariffs.IsSuccessStatusCode);
        Assert.Contains("\"TH\"", await tariffs.Content.ReadAsStringAsync());
    }
}
