using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Watcher.Azure.Queues;
using Watcher.Azure.Tables;
using Watcher.Core.Alerts;
using Watcher.Core.Delivery;
using Watcher.Core.State;
using Watcher.Functions;

namespace Watcher.Azure.Tests.State;

/// <summary>The delivery ledger on Table Storage under concurrent workers, crashes mid-send and channels that keep failing.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ExactlyOnceTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 4, 9, 0, 0, TimeSpan.Zero));
    private TableServiceClient _service = null!;
    private TableDeliveryLedger _ledger = null!;
    private TableSubscriptionStore _subscriptions = null!;

    public async Task InitializeAsync()
    {
        await azurite.ResetAsync();
        _service = azurite.Tables;
        await new TableStorageInitializer(_service).EnsureCreatedAsync();
        _ledger = new TableDeliveryLedger(_service);
        _subscriptions = new TableSubscriptionStore(_service);
        await _subscriptions.UpsertAsync(new Subscription { Id = "desk", Channel = ChannelNames.Email, Target = "desk@example.com" });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private DeliveryDispatcher Dispatcher(IAlertChannel channel, int maxAttempts = 10) =>
        new(_ledger, _subscriptions, [channel], new DeliveryOptions { MaxAttempts = maxAttempts, Lease = TimeSpan.FromMinutes(2) }, _time,
            NullLogger<DeliveryDispatcher>.Instance);

    private static Alert Alert(string id) => new() { Id = id, Kind = AlertKinds.NewStory, Title = "Canada imposes 100% tariff", SourceId = "wire" };

    /// <summary>The network edge: counts sends, and does what each test tells it to.</summary>
    private sealed class Channel(Func<int, Task> onSend) : IAlertChannel
    {
        public int Sends;
        public string Name => ChannelNames.Email;

        public Task SendAsync(Alert alert, Subscription subscription, string deliveryId, CancellationToken ct = default) =>
            onSend(Interlocked.Increment(ref Sends));
    }

    [Fact]
    public async Task Two_workers_delivering_the_same_id_at_once_send_it_once()
    {
        var gate = new TaskCompletionSource();
        var channel = new Channel(_ => gate.Task);
        var id = Assert.Single(await Dispatcher(channel).RecordAsync([Alert("story-1-r0")]));

        // Two workers (two queue messages for one delivery, or the sweep and the queue) start together.
        var workers = Enumerable.Range(0, 2).Select(_ => Task.Run(() => Dispatcher(channel).DeliverAsync(id))).ToList();
        await Task.Delay(500);
        gate.SetResult();
        var outcomes = (await Task.WhenAll(workers)).Select(r => r.Outcome).ToList();

        Assert.Equal(1, channel.Sends);
        Assert.Single(outcomes, DeliveryOutcome.Delivered);
        Assert.Contains(outcomes, o => o is DeliveryOutcome.ClaimedElsewhere or DeliveryOutcome.NotDue);
        Assert.Equal(DeliveryStatus.Delivered, (await _ledger.GetAsync(id))!.Status);
        Assert.Equal(DeliveryOutcome.AlreadyDelivered, (await Dispatcher(channel).DeliverAsync(id)).Outcome);
        Assert.Equal(1, channel.Sends);
    }

    [Fact]
    public async Task The_local_hosts_batched_delivery_sends_each_row_once_while_another_worker_races_it()
    {
        var channel = new Channel(_ => Task.Delay(1));
        var local = Dispatcher(channel);
        var ids = await local.RecordAsync(Enumerable.Range(0, 100).Select(i => Alert($"story-b{i}-r0")).ToList());
        var queue = Dispatcher(channel); // the DeliverAlert function on another instance

        var first = new List<DeliveryResult>();
        foreach (var id in ids.Take(10)) first.Add(await queue.DeliverAsync(id)); // these went out before the local batch starts
        var batch = local.DeliverManyAsync(ids); // holds the versions its inserts returned: ten of them are stale now
        var racing = Task.WhenAll(ids.Skip(10).Take(30).Select(id => Task.Run(() => queue.DeliverAsync(id))));
        var results = (await batch).Concat(await racing).ToList();

        Assert.Equal(100, channel.Sends); // 100 rows, all delivered: not one sent twice
        Assert.Equal(100, first.Concat(results).Count(r => r.Outcome == DeliveryOutcome.Delivered));
        Assert.All(ids.Take(10), id => Assert.Equal(DeliveryOutcome.AlreadyDelivered, results[ids.ToList().IndexOf(id)].Outcome));
        Assert.All(await Task.WhenAll(ids.Select(id => _ledger.GetAsync(id))), r => Assert.Equal((DeliveryStatus.Delivered, 1), (r!.Status, r.Attempts)));
        Assert.Empty(_service.GetTableClient(TableNames.DeliveryDue).Query<TableEntity>());
    }

    [Fact]
    public async Task A_worker_that_dies_mid_send_leaves_a_claim_the_sweep_sends_once_its_lease_expires()
    {
        var channel = new Channel(n => n == 1 ? throw new OperationCanceledException("worker killed (host shutdown)") : Task.CompletedTask);
        var dispatcher = Dispatcher(channel);
        var id = Assert.Single(await dispatcher.RecordAsync([Alert("story-2-r0")]));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dispatcher.DeliverAsync(id));
        Assert.Equal(DeliveryStatus.Pending, (await _ledger.GetAsync(id))!.Status);

        // While the lease runs the row is someone's: the sweep leaves it alone.
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Empty(await dispatcher.SweepAsync());

        _time.Advance(TimeSpan.FromMinutes(2));
        var swept = Assert.Single(await dispatcher.SweepAsync());
        Assert.Equal(DeliveryOutcome.Delivered, swept.Outcome);
        Assert.Equal(2, channel.Sends);
        Assert.Equal(2, (await _ledger.GetAsync(id))!.Attempts);
        Assert.Empty(await dispatcher.SweepAsync());
        Assert.Empty(_service.GetTableClient(TableNames.DeliveryDue).Query<TableEntity>());
    }

    [Fact]
    public async Task A_delivery_that_keeps_failing_is_dead_lettered_after_MaxAttempts_and_never_sent_again()
    {
        var channel = new Channel(_ => throw new DeliveryException("503 from the mail relay"));
        var dispatcher = Dispatcher(channel, maxAttempts: 3);
        var id = Assert.Single(await dispatcher.RecordAsync([Alert("story-3-r0")]));

        var outcomes = new List<DeliveryOutcome> { (await dispatcher.DeliverAsync(id)).Outcome };
        for (var i = 0; i < 6; i++)
        {
            _time.Advance(TimeSpan.FromHours(25)); // past any back-off step
            outcomes.AddRange((await dispatcher.SweepAsync()).Select(r => r.Outcome));
        }

        Assert.Equal([DeliveryOutcome.Failed, DeliveryOutcome.Failed, DeliveryOutcome.Dead], outcomes);
        Assert.Equal(3, channel.Sends);
        var row = (await _ledger.GetAsync(id))!;
        Assert.Equal((DeliveryStatus.Dead, 3, "503 from the mail relay"), (row.Status, row.Attempts, row.LastError));
        Assert.Empty(_service.GetTableClient(TableNames.DeliveryDue).Query<TableEntity>());
    }

    [Fact]
    public async Task A_delivery_whose_worker_crashes_every_time_is_dead_lettered_too()
    {
        var channel = new Channel(_ => throw new OperationCanceledException("worker killed"));
        var dispatcher = Dispatcher(channel, maxAttempts: 2);
        var id = Assert.Single(await dispatcher.RecordAsync([Alert("story-4-r0")]));
        for (var i = 0; i < 2; i++)
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dispatcher.DeliverAsync(id));
            _time.Advance(TimeSpan.FromMinutes(3));
        }
        Assert.Equal(DeliveryOutcome.Dead, Assert.Single(await dispatcher.SweepAsync()).Outcome);
        Assert.Equal(2, channel.Sends);
        Assert.StartsWith("gave up after 2 attempts", (await _ledger.GetAsync(id))!.LastError);
    }

    [Fact]
    public async Task A_message_the_delivery_function_cannot_process_ends_in_the_poison_queue_and_health_reports_it()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Watcher:Storage:ConnectionString"] = azurite.ConnectionString,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(config);
        services.AddWatcherFunctions(config);
        services.AddTransient<DeliverAlert>().AddTransient<HttpApi>();
        await using var provider = services.BuildServiceProvider();
        var queues = provider.GetRequiredService<WatcherQueues>();
        await queues.EnsureCreatedAsync();
        var queue = queues.Client(QueueNames.Deliveries);
        await queue.ClearMessagesAsync();
        await queues.Client(QueueNames.Deliveries + "-poison").ClearMessagesAsync();
        await queue.SendMessageAsync("{\"deliveryId\": 42"); // truncated JSON: no retry can ever process it

        // What the Functions host does (host.json extensions.queues.maxDequeueCount): retry, then move to <queue>-poison.
        using var host = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(AzuriteFixture.RepoRoot, "host.json")));
        var maxDequeue = host.RootElement.GetProperty("extensions").GetProperty("queues").GetProperty("maxDequeueCount").GetInt32();
        var function = provider.GetRequiredService<DeliverAlert>();
        var failures = 0;
        while (true)
        {
            var message = (await queue.ReceiveMessageAsync(TimeSpan.FromSeconds(30))).Value;
            Assert.NotNull(message);
            try
            {
                await function.Run(message.Body.ToString(), CancellationToken.None);
                Assert.Fail("a truncated message must not be processed");
            }
            catch (JsonException)
            {
                failures++;
            }
            if (message.DequeueCount >= maxDequeue)
            {
                await queues.Client(QueueNames.Deliveries + "-poison").SendMessageAsync(message.Body.ToString());
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
                break;
            }
            await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: TimeSpan.Zero);
        }
        Assert.Equal(maxDequeue, failures);

        var health = await provider.GetRequiredService<HttpApi>().Health(new DefaultHttpContext().Request, CancellationToken.None);
        var json = JsonSerializer.Serialize(((JsonResult)health).Value);
        await queues.Client(QueueNames.Deliveries + "-poison").ClearMessagesAsync(); // the Azurite instance is shared by the collection
        Assert.Contains("\"Status\":\"degraded\"", json);
        Assert.Contains("\"watcher-deliveries-poison\":1", json);
    }
}
