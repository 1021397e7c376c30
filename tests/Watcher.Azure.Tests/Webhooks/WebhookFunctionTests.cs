using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Watcher.Azure.Queues;
using Watcher.Azure.Tables;
using Watcher.Core.Alerts;
using Watcher.Core.Delivery;
using Watcher.Core.State;
using Watcher.Core.Webhooks;
using Watcher.Functions;

namespace Watcher.Azure.Tests.Webhooks;

/// <summary>
/// The Function app's webhook pieces, called directly with its own registrations against Azurite: registration
/// through the HTTP function, and retries through queue visibility delays in DeliverAlert.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class WebhookFunctionTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private WebhookReceiver _receiver = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        await azurite.ResetAsync();
        _receiver = await WebhookReceiver.StartAsync(() => DateTimeOffset.UtcNow);
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Watcher:Storage:ConnectionString"] = azurite.ConnectionString,
            ["Watcher:Net:AllowPrivateAddresses"] = "true",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(config);
        services.AddWatcherFunctions(config);
        services.AddTransient<DeliverAlert>().AddTransient<WebhookApi>();
        _services = services.BuildServiceProvider();
        await _services.GetRequiredService<TableStorageInitializer>().EnsureCreatedAsync();
        var queues = _services.GetRequiredService<WatcherQueues>();
        await queues.EnsureCreatedAsync();
        await queues.Client(QueueNames.Deliveries).ClearMessagesAsync();
    }

    public async Task DisposeAsync()
    {
        await _services.GetRequiredService<WatcherQueues>().Client(QueueNames.Deliveries).ClearMessagesAsync();
        await _services.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    private async Task<string> RegisterThroughFunctionAsync()
    {
        var context = new DefaultHttpContext();
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes($$"""{"url":"{{_receiver.Url}}","topics":[]}"""));
        var result = Assert.IsType<ObjectResult>(await _services.GetRequiredService<WebhookApi>().Register(context.Request, CancellationToken.None));
        Assert.Equal(201, result.StatusCode);
        return Assert.IsType<WebhookManager.Registration>(result.Value).Secret;
    }

    [Fact]
    public async Task A_failed_send_is_requeued_invisible_until_its_next_attempt_then_delivered_once()
    {
        var secret = await RegisterThroughFunctionAsync();
        _receiver.Respond = (n, _) => Task.FromResult(n == 1 ? 503 : 204);
        var id = Assert.Single(await _services.GetRequiredService<DeliveryDispatcher>().RecordAsync(
            [new Alert { Id = "a-1", Kind = AlertKinds.NewStory, Title = "Tariff news", SourceId = "wire", Detected = DateTimeOffset.UtcNow }]));
        var queue = _services.GetRequiredService<WatcherQueues>().Client(QueueNames.Deliveries);
        var deliver = _services.GetRequiredService<DeliverAlert>();

        await deliver.Run($$"""{"deliveryId":"{{id}}"}""", CancellationToken.None);           // attempt 1: 503

        Assert.Equal(1, (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount);   // re-enqueued…
        Assert.Empty((await queue.ReceiveMessagesAsync(1)).Value);                            // …but invisible (≈5 s)
        global::Azure.Storage.Queues.Models.QueueMessage[] due = [];
        for (var i = 0; i < 40 && due.Length == 0; i++)
        {
            await Task.Delay(250);
            due = (await queue.ReceiveMessagesAsync(1)).Value;
        }
        var message = Assert.Single(due);
        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
        await deliver.Run(message.Body.ToString(), CancellationToken.None);                   // attempt 2: 204

        Assert.Equal(DeliveryStatus.Delivered, (await _services.GetRequiredService<IDeliveryLedger>().GetAsync(id))!.Status);
        Assert.Equal(0, (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount);   // nothing left to retry
        Assert.Equal([id, id], _receiver.Deliveries.Select(d => d.Id));
        Assert.All(await WebhookReceiver.VerifyAsync(_receiver.Received, secret), r => Assert.StartsWith("ok ", r));
    }

    [Theory]
    [InlineData(5, 5)]
    [InlineData(4.2, 5)]                      // rounded up: the queue counts whole seconds, and early is too early
    [InlineData(-30, 0)]                       // overdue: visible at once
    [InlineData(60 * 60 * 24 * 9, 60 * 60 * 24 * 7)] // beyond Azure's 7-day cap: capped, the sweep or the next message covers the rest
    public void Visibility_delay_is_the_time_to_the_next_attempt_capped_at_seven_days(double seconds, int expected)
    {
        var now = DateTimeOffset.UtcNow;
        Assert.Equal(TimeSpan.FromSeconds(expected), DeliverAlert.RetryDelay(now.AddSeconds(seconds), now));
    }
}
