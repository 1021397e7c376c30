using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Watcher.Azure.Tables;
using Watcher.Core.Channels.Email;
using Watcher.Core.Delivery;
using Watcher.Core.Digests;
using Watcher.Core.State;
using Watcher.Functions;

namespace Watcher.Azure.Tests.Email;

/// <summary>The Function app's e-mail functions, called directly with the app's own registrations (the Functions host cannot run here).</summary>
[Collection(AzuriteCollection.Name)]
public sealed class EmailFunctionTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 4, 0, 0, TimeSpan.Zero));
    private FakeSendGrid _sendGrid = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        await azurite.ResetAsync();
        _sendGrid = await FakeSendGrid.StartAsync();
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Watcher:Storage:ConnectionString"] = azurite.ConnectionString,
            ["Watcher:SendGrid:ApiKey"] = FakeSendGrid.ApiKey,
            ["Watcher:SendGrid:Host"] = _sendGrid.Host,
            ["Watcher:SendGrid:From"] = "alerts@watcher.example",
            ["Watcher:SendGrid:Retries"] = "0",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(config).AddSingleton<TimeProvider>(_time);
        services.AddWatcherFunctions(config);
        services.AddTransient<DigestTimer>().AddTransient<Unsubscribe>();
        _services = services.BuildServiceProvider();
        await _services.GetRequiredService<TableStorageInitializer>().EnsureCreatedAsync();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _sendGrid.DisposeAsync();
    }

    [Fact]
    public async Task The_digest_timer_sends_once_and_the_unsubscribe_function_stops_the_next_one()
    {
        var sub = EmailTestData.Instant() with { Cadence = Cadences.Hourly };
        await _services.GetRequiredService<ISubscriptionStore>().UpsertAsync(sub);
        var dispatcher = _services.GetRequiredService<DeliveryDispatcher>();
        foreach (var id in await dispatcher.RecordAsync([EmailTestData.Alert("s-1", "Canada imposes 100% tariff on Chinese EVs")]))
            await dispatcher.DeliverAsync(id);

        _time.Advance(TimeSpan.FromHours(1));
        var timer = _services.GetRequiredService<DigestTimer>();
        await timer.Run(new TimerInfo(), CancellationToken.None);
        await timer.Run(new TimerInfo(), CancellationToken.None); // fired twice
        Assert.Single(_sendGrid.Accepted);

        var request = new DefaultHttpContext().Request;
        request.QueryString = QueryString.Create("token", _services.GetRequiredService<EmailLinks>().Token(sub));
        var result = Assert.IsType<ContentResult>(await _services.GetRequiredService<Unsubscribe>().Run(request, CancellationToken.None));
        Assert.Equal(200, result.StatusCode);
        Assert.False((await _services.GetRequiredService<ISubscriptionStore>().ListAsync()).Single().Enabled);

        foreach (var id in await dispatcher.RecordAsync([EmailTestData.Alert("s-2", "China imposes 76% levy on canola")]))
            await dispatcher.DeliverAsync(id);
        _time.Advance(TimeSpan.FromHours(1));
        await timer.Run(new TimerInfo(), CancellationToken.None);
        Assert.Single(_sendGrid.Accepted); // unsubscribed: nothing more

        request.QueryString = QueryString.Create("token", "forged.token");
        Assert.Equal(400, Assert.IsType<ContentResult>(await _services.GetRequiredService<Unsubscribe>().Run(request, CancellationToken.None)).StatusCode);
    }
}
