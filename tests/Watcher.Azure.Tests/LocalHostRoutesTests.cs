using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Watcher.Core.State;

namespace Watcher.Azure.Tests;

/// <summary>The local host's routes over real HTTP, as a user with curl would call them.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class LocalHostRoutesTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        await azurite.ResetAsync();
        _app = await TestHosts.ServeAsync(azurite, new Dictionary<string, string?> { ["Watcher:Api:Key"] = "test-key" });
        var items = _app.Services.GetRequiredService<IItemStore>();
        var now = DateTimeOffset.UtcNow;
        await items.SaveStoryAsync(new StoryRecord { StoryId = "s-1", Title = "China imposes 76% levy on Canadian canola seed", Topics = ["tariffs"], Sources = ["wire", "mbc"], FirstSeen = now, LastUpdated = now });
        await items.SaveStoryAsync(new StoryRecord { StoryId = "s-2", Title = "Carney and Xi meet at APEC", Topics = ["summits"], Sources = ["gc"], FirstSeen = now, LastUpdated = now.AddMinutes(1) });
        await _app.StartAsync();
        _http = new HttpClient { BaseAddress = new Uri(_app.Urls.First()) };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Health_is_open_and_reports_status()
    {
        var health = await _http.GetFromJsonAsync<JsonElement>("/api/health");
        Assert.Equal("ok", health.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Items_need_the_function_key_by_header_or_query()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await _http.GetAsync("/api/items")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _http.GetAsync("/api/items?code=wrong")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync("/api/items?code=test-key")).StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/items?topic=tariffs");
        request.Headers.Add("x-functions-key", "test-key");
        var body = await (await _http.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();
        var item = Assert.Single(body.GetProperty("items").EnumerateArray());
        Assert.Equal("s-1", item.GetProperty("id").GetString());
        Assert.Equal(2, item.GetProperty("sourceCount").GetInt32());
    }

    [Fact]
    public async Task Items_are_newest_first_and_filter_by_text()
    {
        var all = await _http.GetFromJsonAsync<JsonElement>("/api/items?code=test-key");
        Assert.Equal(["s-2", "s-1"], all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        var q = await _http.GetFromJsonAsync<JsonElement>("/api/items?code=test-key&q=apec");
        Assert.Equal("s-2", Assert.Single(q.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        var bad = await _http.GetAsync("/api/items?code=test-key&since=yesterday");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("ISO-8601", await bad.Content.ReadAsStringAsync());
    }
}
