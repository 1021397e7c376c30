using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Watcher.Azure.Queues;

namespace Watcher.Azure.Tests.State;

public class StorageClientsTests
{
    private static ServiceProvider Services(params (string Key, string Value)[] settings)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings.ToDictionary(s => s.Key, s => (string?)s.Value)).Build();
        return new ServiceCollection().AddWatcherTableStorage(config).AddWatcherQueues(config).BuildServiceProvider();
    }

    [Fact]
    public void Without_settings_the_clients_use_the_local_development_storage()
    {
        using var services = Services();
        Assert.Equal("devstoreaccount1", services.GetRequiredService<TableServiceClient>().AccountName);
        Assert.Equal("127.0.0.1", services.GetRequiredService<QueueServiceClient>().Uri.Host);
    }

    [Fact]
    public void An_account_name_switches_both_clients_to_the_account_endpoints_and_an_identity()
    {
        // In Azure: Watcher__Storage__AccountName, no key. The connection string (still the default) is ignored.
        using var services = Services(("Watcher:Storage:AccountName", "watcherabc123"));
        Assert.Equal(new Uri("https://watcherabc123.table.core.windows.net/"), services.GetRequiredService<TableServiceClient>().Uri);
        Assert.Equal(new Uri("https://watcherabc123.queue.core.windows.net/"), services.GetRequiredService<QueueServiceClient>().Uri);
        Assert.False(services.GetRequiredService<QueueServiceClient>().CanGenerateAccountSasUri); // no shared key
    }

    [Fact]
    public void Service_uris_without_an_account_name_must_name_both_services()
    {
        var options = new StorageOptions { TableServiceUri = new Uri("https://t.example/") };
        Assert.True(options.UsesIdentity);
        Assert.Equal(new Uri("https://t.example/"), options.TableUri);
        Assert.Throws<InvalidOperationException>(() => options.QueueUri);
    }
}
