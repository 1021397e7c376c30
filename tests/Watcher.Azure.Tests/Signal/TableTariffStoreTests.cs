using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Watcher.Azure.Tables;
using Watcher.Core.Facts;
using Watcher.Core.Pipeline;
using Watcher.Core.State;
using Watcher.Core.Tariffs;
using Watcher.Functions;

namespace Watcher.Azure.Tests.Signal;

/// <summary>The tariff tracker in Azurite: rows per (imposer, target, product) with ETags, events inserted once, and GET /api/tariffs.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableTariffStoreTests(AzuriteFixture azurite) : IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await azurite.ResetAsync();
        await new TableStorageInitializer(azurite.Tables).EnsureCreatedAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static readonly DateTimeOffset Now = new(2025, 3, 8, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_tracker_keeps_current_and_history_and_refuses_a_stale_write()
    {
        var store = new TableTariffStore(azurite.Tables);
        var tracker = new TariffTracker(store, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Now));
        var source = new FactSource("wire", "Wire", "s-1", "https://wire.example/1", "t");
        await tracker.CommitAsync(await tracker.PlanAsync(FactExtractor.Extract("China will impose a 76% levy on Canadian canola seeds."), source));
        var update = await tracker.PlanAsync(FactExtractor.Extract("China raised its levy on Canadian canola seed to 100% from 76%."), source);
        Assert.Equal(Core.Alerts.AlertKinds.TariffChanged, Assert.Single(update.Alerts).Kind);
        await tracker.CommitAsync(update);

        var row = Assert.Single(await store.ListAsync("CN", "CA"));
        Assert.Equal(("canola seed", 100.0, 76.0), (row.Product, row.Current.Rate!.Value, row.History.Single().Rate!.Value));
        Assert.Equal("canola seeds", row.Name); // the product as the first article wrote it survives the round trip (display form)
        Assert.Single(await store.ListAsync(target: "CA"));
        Assert.Empty(await store.ListAsync("US"));

        // The planned row carries the ETag it read: writing it again after someone else did is refused, not merged.
        var stale = update.Tariffs.Single();
        await Assert.ThrowsAsync<ConcurrencyException>(() => store.SaveAsync(stale));
    }

    [Fact]
    public async Task A_row_stored_under_the_key_of_before_the_goods_key_is_updated_not_duplicated()
    {
        // a row as the tracker wrote it before GoodsKey: "aluminium" under "aluminium" (the key is "aluminum" now)
        var store = new TableTariffStore(azurite.Tables);
        await store.SaveAsync(new TariffRecord
        {
            Imposer = "US", Target = "CA", Product = "aluminium", Name = "aluminium", FirstSeen = Now.AddDays(-30), LastChanged = Now.AddDays(-30),
            Current = new TariffObservation { Rate = 25, Status = TariffStatuses.InForce, Action = TariffActions.Imposed, Evidence = "old report", Seen = Now.AddDays(-30) },
        });
        var tracker = new TariffTracker(store, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Now));
        var update = await tracker.PlanAsync(FactExtractor.Extract("The US raised its tariff on Canadian aluminium to 50% from 25% on Monday."), new FactSource("wire", "Wire", "s-2", null, "t"));
        Assert.Equal(Core.Alerts.AlertKinds.TariffChanged, Assert.Single(update.Alerts).Kind);
        await tracker.CommitAsync(update);

        var row = Assert.Single(await store.ListAsync("US", "CA"));
        Assert.Equal(("aluminum", "aluminium", 50.0, 25.0), (row.Product, row.Name, row.Current.Rate!.Value, row.History.Single().Rate!.Value));
        Assert.Equal(Now.AddDays(-30), row.FirstSeen);
        Assert.Null(await store.GetAsync("US", "CA", "aluminium"));
        // retiring a row that is gone already is no error (another poll carried it first)
        await store.RetireAsync("US", "CA", "aluminium");
    }

    [Fact]
    public async Task An_event_is_added_once()
    {
        var store = new TableTariffStore(azurite.Tables);
        var e = new DiplomaticEvent("meeting", ["Donald Trump", "Xi Jinping"], "Busan", null, "They met.");
        var record = new EventRecord { Key = TariffTracker.EventKey(e), Event = e, FirstSeen = Now };
        Assert.True(await store.TryAddEventAsync(record));
        Assert.False(await store.TryAddEventAsync(record));
        Assert.Equal(["Donald Trump", "Xi Jinping"], (await store.GetEventAsync(record.Key))!.Event.Participants);
    }

    [Fact]
    public async Task The_function_route_serves_the_tracker_and_rejects_a_bad_country_code()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Watcher:Storage:ConnectionString"] = azurite.ConnectionString,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(config);
        services.AddWatcherFunctions(config);
        services.AddTransient<TariffRoutes>();
        await using var provider = services.BuildServiceProvider();
        Assert.NotNull(provider.GetRequiredService<SourcePoller>()); // the poller resolves with the story index and tracker registered

        var store = provider.GetRequiredService<ITariffStore>();
        var tracker = new TariffTracker(store, TimeProvider.System);
        await tracker.CommitAsync(await tracker.PlanAsync(FactExtractor.Extract("The US has imposed a 50% levy on Canadian steel."), new FactSource("wire", null, "s-1", null, "t")));

        var route = provider.GetRequiredService<TariffRoutes>();
        var ok = Assert.IsType<JsonResult>(await route.Tariffs(Request("?imposer=us&target=CA"), CancellationToken.None));
        using var doc = JsonDocument.Parse(JsonSerializer.Serialize(ok.Value, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
        var tariff = Assert.Single(doc.RootElement.GetProperty("tariffs").EnumerateArray());
        Assert.Equal(("US", "CA", "steel", 50.0), (tariff.GetProperty("imposer").GetString(), tariff.GetProperty("target").GetString(),
            tariff.GetProperty("product").GetString(), tariff.GetProperty("rate").GetDouble()));

        var bad = Assert.IsType<BadRequestObjectResult>(await route.Tariffs(Request("?imposer=Canada"), CancellationToken.None));
        Assert.Contains("ISO 3166-1", JsonSerializer.Serialize(bad.Value));
    }

    private static HttpRequest Request(string query)
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString(query);
        return context.Request;
    }
}
