using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Watcher.Azure.Tests;

/// <summary>`POST /api/poll` on the running local host: one cycle now, answered with its report.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class PollRouteTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("watcher-pollroute-").FullName;
    private volatile string _feed = PipelineCycleTests.Rss(("g-1", "Canada imposes 100% tariff on Chinese EVs", "Ottawa announced a 100% surtax on electric vehicles made in China."));
    private LocalHttpServer _server = null!;
    private WebApplication _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        await azurite.ResetAsync();
        _server = await LocalHttpServer.StartAsync(ctx => ctx.Response.WriteAsync(_feed));
        var sourcesFile = Path.Combine(_dir, "sources.json");
        await File.WriteAllTextAsync(sourcesFile, $$"""{"sources":[{"id":"wire","url":"{{_server.BaseUrl}}rss.xml"}]}""");
        _app = await TestHosts.ServeAsync(azurite, new Dictionary<string, string?>
        {
            ["Watcher:Api:Key"] = "test-key",
            ["Watcher:Sources:File"] = sourcesFile,
            ["Watcher:Outbox:Directory"] = Path.Combine(_dir, "outbox"),
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
        await _server.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    private async Task<JsonElement> PollAsync()
    {
        var response = await _http.PostAsync("/api/poll?code=test-key", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("report");
    }

    [Fact]
    public async Task Poll_needs_the_function_key_and_polls_nothing_without_it()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await _http.PostAsync("/api/poll", null)).StatusCode);
        Assert.Equal(0, _server.Requests);
    }

    [Fact]
    public async Task Poll_runs_a_cycle_now_and_reports_it_like_poll_once()
    {
        var baseline = await PollAsync();
        Assert.Equal(1, baseline.GetProperty("sources").GetInt32());
        Assert.Equal(1, baseline.GetProperty("fetched").GetInt32());
        Assert.Equal(0, baseline.GetProperty("alerts").GetInt32()); // a source's first poll is its silent baseline

        _feed = PipelineCycleTests.Rss(
            ("g-1", "Canada imposes 100% tariff on Chinese EVs", "Ottawa announced a 100% surtax on electric vehicles made in China."),
            ("g-2", "China imposes 76% tariff on Canadian canola seed", "Beijing set a 76% duty on canola seed from Canada."));
        var next = await PollAsync();
        Assert.Equal(1, next.GetProperty("new").GetInt32());
        Assert.Equal(1, next.GetProperty("alerts").GetInt32());
        Assert.Equal("new", Assert.Single(next.GetProperty("items").EnumerateArray()).GetProperty("change").GetString());
    }

    [Fact]
    public async Task Polls_asked_at_once_run_one_after_the_other_so_one_finds_the_new_item()
    {
        await PollAsync();
        _feed = PipelineCycleTests.Rss(
            ("g-1", "Canada imposes 100% tariff on Chinese EVs", "Ottawa announced a 100% surtax on electric vehicles made in China."),
            ("g-2", "China imposes 76% tariff on Canadian canola seed", "Beijing set a 76% duty on canola seed from Canada."));
        var both = await Task.WhenAll(PollAsync(), PollAsync());
        Assert.Equal([0, 1], both.Select(r => r.GetProperty("new").GetInt32()).Order());
    }
}
