using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Watcher.Azure.Queues;
using Watcher.Azure.Tables;
using Watcher.Cli.Commands;
using Watcher.Core.Sources;
using Watcher.Core.State;
using Watcher.Functions;

namespace Watcher.Azure.Tests;

/// <summary>
/// The Function classes, called directly (the Functions host cannot run here) with the Function app's own
/// registrations, against Azurite tables and queues: timer → source queue → poller → delivery queue → delivery.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class FunctionTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly string _outbox = Directory.CreateTempSubdirectory("watcher-fn-").FullName;
    private volatile string _feed = PipelineCycleTests.Rss(("g-1", "Canada imposes 100% tariff on Chinese EVs", "Ottawa announced a 100% surtax."));
    private LocalHttpServer _server = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        await azurite.ResetAsync();
        _server = await LocalHttpServer.StartAsync(ctx => ctx.Response.WriteAsync(_feed));
        var sourcesFile = Path.Combine(_outbox, "sources.json");
        await File.WriteAllTextAsync(sourcesFile, $$"""{"sources":[{"id":"wire","url":"{{_server.BaseUrl}}rss.xml","every":"00:05:00"}]}""");
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Watcher:Storage:ConnectionString"] = azurite.ConnectionString,
            ["Watcher:Sources:File"] = sourcesFile,
            ["Watcher:Outbox:Directory"] = _outbox,
            ["Watcher:Net:AllowPrivateAddresses"] = "true",
            ["Watcher:Webhooks:Outbox"] = "true",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(config);
        services.AddWatcherFunctions(config);
        services.AddTransient<PollTimer>().AddTransient<PollSource>().AddTransient<DeliverAlert>().AddTransient<HttpApi>();
        _services = services.BuildServiceProvider();
        await _services.GetRequiredService<TableStorageInitializer>().EnsureCreatedAsync();
        await _services.GetRequiredService<WatcherQueues>().EnsureCreatedAsync();
        await DemoCommand.SeedAsync(_services, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
        Directory.Delete(_outbox, recursive: true);
    }

    private async Task<List<string>> DrainAsync(string queue)
    {
        var client = _services.GetRequiredService<WatcherQueues>().Client(queue);
        var bodies = new List<string>();
        while (true)
        {
            var batch = (await client.ReceiveMessagesAsync(32)).Value;
            if (batch.Length == 0) return bodies;
            foreach (var m in batch)
            {
                bodies.Add(m.Body.ToString());
                await client.DeleteMessageAsync(m.MessageId, m.PopReceipt);
            }
        }
    }

    private async Task RunTimerAndPollersAsync(List<string> deliveries)
    {
        await _services.GetRequiredService<PollTimer>().Run(new TimerInfo(), CancellationToken.None);
        foreach (var message in await DrainAsync(QueueNames.Sources))
            await _services.GetRequiredService<PollSource>().Run(message, CancellationToken.None);
        deliveries.AddRange(await DrainAsync(QueueNames.Deliveries));
    }

    [Fact]
    public async Task Timer_fans_out_due_sources_and_deliveries_flow_through_the_queues_once()
    {
        var deliveries = new List<string>();
        await RunTimerAndPollersAsync(deliveries); // baseline
        Assert.Empty(deliveries);

        // Not due again within its 5-minute interval: the timer enqueues nothing.
        await _services.GetRequiredService<PollTimer>().Run(new TimerInfo(), CancellationToken.None);
        Assert.Empty(await DrainAsync(QueueNames.Sources));

        // Make it due, publish a new story: one delivery message per subscribed channel.
        var states = _services.GetRequiredService<ISourceStateStore>();
        var state = (await states.GetAsync("wire"))!;
        await states.SaveAsync(state with { LastPolled = state.LastPolled!.Value.AddMinutes(-6) });
        _feed = PipelineCycleTests.Rss(("g-1", "Canada imposes 100% tariff on Chinese EVs", "Ottawa announced a 100% surtax."),
                                       ("g-2", "China imposes 76% levy on Canadian canola seed", "Beijing retaliated."));
        await RunTimerAndPollersAsync(deliveries);
        Assert.Equal(3, deliveries.Count);

        // Each delivery message delivered, then redelivered (as the queue would after a lost ack): one file each.
        foreach (var message in deliveries.Concat(deliveries))
            await _services.GetRequiredService<DeliverAlert>().Run(message, CancellationToken.None);
        Assert.Equal(3, Directory.GetFiles(_outbox, "*.*", SearchOption.AllDirectories).Count(f => !f.EndsWith("sources.json", StringComparison.Ordinal)));

        var health = await _services.GetRequiredService<HttpApi>().Health(new DefaultHttpContext().Request, CancellationToken.None);
        var json = System.Text.Json.JsonSerializer.Serialize(((JsonResult)health).Value);
        Assert.Contains("\"Status\":\"ok\"", json);
        Assert.Contains("watcher-deliveries-poison", json);
    }
}
