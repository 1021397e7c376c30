using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Watcher.Azure.Tables;
using Watcher.Cli.LocalHost;
using Watcher.Core.State;

namespace Watcher.Azure.Tests;

/// <summary>`Watcher:Subscriptions:File`: subscriptions declared in a file are in storage after the local host starts.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SubscriptionsFileTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly string _file = Path.GetTempFileName();

    public Task InitializeAsync() => azurite.ResetAsync();

    public Task DisposeAsync()
    {
        File.Delete(_file);
        return Task.CompletedTask;
    }

    private IHost Host()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddWatcherConfiguration(new Dictionary<string, string?>
        {
            ["Watcher:Storage:ConnectionString"] = azurite.ConnectionString,
            [SubscriptionsFile.Key] = _file,
        });
        builder.AddWatcherServices(LogLevel.Warning);
        return builder.Build();
    }

    [Fact]
    public async Task Declared_subscriptions_are_upserted_and_a_bad_file_names_the_setting()
    {
        await File.WriteAllTextAsync(_file, """{"subscriptions":[{"id":"desk","channel":"email","target":"desk@example.com","topics":["tariffs"]}]}""");
        using var host = Host();
        await host.Services.GetRequiredService<TableStorageInitializer>().EnsureCreatedAsync();
        var config = host.Services.GetRequiredService<IConfiguration>();

        Assert.Equal(1, await SubscriptionsFile.SeedAsync(host.Services, config, default));
        Assert.Equal(1, await SubscriptionsFile.SeedAsync(host.Services, config, default)); // again: the same row, not a second one
        var desk = Assert.Single(await host.Services.GetRequiredService<ISubscriptionStore>().ListAsync());
        Assert.Equal(("email", "desk@example.com", "tariffs"), (desk.Channel, desk.Target, Assert.Single(desk.Topics)));

        await File.WriteAllTextAsync(_file, """{"subscriptions":[{"id":"x","channel":"email"}]}""");
        var bad = await Assert.ThrowsAsync<InvalidOperationException>(() => SubscriptionsFile.SeedAsync(host.Services, config, default));
        Assert.Contains(SubscriptionsFile.Key, bad.Message);
    }
}
