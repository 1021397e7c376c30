using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Watcher.Azure;
using Watcher.Azure.Queues;
using Watcher.Core;

namespace Watcher.Functions;

public static class WatcherFunctionsExtensions
{
    /// <summary>Every registration the Function app needs: Core, Table and Queue storage, and the channels.</summary>
    public static IServiceCollection AddWatcherFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddWatcherCore(configuration);
        services.AddWatcherTableStorage(configuration);
        services.AddWatcherQueues(configuration);
        services.AddOutboxChannels();
        return services;
    }
}
