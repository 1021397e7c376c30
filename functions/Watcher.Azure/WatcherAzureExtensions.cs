using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Watcher.Azure.Tables;
using Watcher.Core.State;

namespace Watcher.Azure;

public static class WatcherAzureExtensions
{
    /// <summary>Table Storage behind every Core store interface.</summary>
    public static IServiceCollection AddWatcherTableStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new StorageOptions();
        configuration.GetSection(StorageOptions.Section).Bind(options);
        services.AddSingleton(options);
        services.AddSingleton(_ => StorageClients.Tables(options));
        services.AddSingleton<TableStorageInitializer>();
        services.AddSingleton<ISourceStateStore, TableSourceStateStore>();
        var itemCache = new ItemCacheOptions();
        configuration.GetSection(ItemCacheOptions.Section).Bind(itemCache);
        services.AddSingleton(itemCache);
        services.AddSingleton<IItemStore, TableItemStore>();
        services.AddSingleton<TableSubscriptionStore>();
        services.AddSingleton<ISubscriptionStore>(sp => new CachedSubscriptionStore(
            sp.GetRequiredService<TableSubscriptionStore>(), sp.GetService<TimeProvider>() ?? TimeProvider.System, CachedSubscriptionStore.DefaultTtl));
        services.AddSingleton<IDeliveryLedger, TableDeliveryLedger>();
        services.AddSingleton<IWebhookEndpointStore, TableWebhookEndpointStore>();
        var stories = new StoryIndexOptions();
        configuration.GetSection(StoryIndexOptions.Section).Bind(stories);
        services.AddSingleton(stories);
        services.AddSingleton<Core.Stories.IStoryIndex, TableStoryIndex>();
        services.AddSingleton<Core.Tariffs.ITariffStore, TableTariffStore>();
        services.AddSingleton<IRetentionStore, TableRetentionStore>();
        var retention = new RetentionOptions();
        configuration.GetSection(RetentionOptions.Section).Bind(retention);
        services.AddSingleton(retention);
        return services;
    }
}
