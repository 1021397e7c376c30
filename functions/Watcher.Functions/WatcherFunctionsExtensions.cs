using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Watcher.Azure;
using Watcher.Azure.Email;
using Watcher.Azure.Queues;
using Watcher.Azure.Telemetry;
using Watcher.Core;
using Watcher.Core.Channels.Outbox;
using Watcher.Core.Delivery;
using Watcher.Core.Webhooks;

namespace Watcher.Functions;

public static class WatcherFunctionsExtensions
{
    /// <summary>Every registration the Function app needs: Core, Table and Queue storage, and the channels.</summary>
    public static IServiceCollection AddWatcherFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddWatcherCore(configuration);
        services.AddWatcherTableStorage(configuration);
        services.AddWatcherQueues(configuration);
        services.AddHostedService<StorageStartup>();
        services.AddWatcherTelemetry(configuration);
        // Channels: each line registers the real transport when it is configured, else that channel's outbox sink.
        services.AddWatcherEmail(configuration);
        services.AddWatcherTeams(configuration);
        services.AddWatcherWebhooks(configuration);
        return services;
    }
}
