using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Watcher.Core.Channels.Email;
using Watcher.Core.Channels.Outbox;
using Watcher.Core.Delivery;
using Watcher.Core.Fetching;
using Watcher.Core.Matching;
using Watcher.Core.Pipeline;
using Watcher.Core.Sources;

namespace Watcher.Core;

public static class WatcherCoreExtensions
{
    /// <summary>Everything the pipeline needs except storage and channels, which each host adds.</summary>
    public static IServiceCollection AddWatcherCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<SourcesOptions>().Bind(configuration.GetSection(SourcesOptions.Section));
        services.AddWatcherFetching(configuration);
        services.AddSingleton(Bind<PollOptions>(configuration, PollOptions.Section));
        services.AddSingleton(Bind<DeliveryOptions>(configuration, DeliveryOptions.Section));
        services.AddSingleton(Bind<EmailOptions>(configuration, EmailOptions.Section));
        services.AddSingleton(Bind<OutboxOptions>(configuration, OutboxOptions.Section));

        services.TryAddSingleton<SourceCatalog>();
        services.TryAddSingleton<ITopicMatcher>(sp => new QueryTopicMatcher(sp.GetRequiredService<SourceCatalog>().Topics));
        services.TryAddSingleton<DeliveryDispatcher>();
        services.TryAddSingleton<SourcePoller>();
        services.TryAddSingleton<PollCycle>();
        services.TryAddSingleton(new WarmupStatus()); // "off" unless the host adds its warm-up (AddSignalWarmup)
        services.TryAddSingleton<Api.WatcherApi>();
        services.TryAddSingleton<Tariffs.TariffApi>();
        return services;
    }

    private static T Bind<T>(IConfiguration configuration, string section) where T : new()
    {
        var options = new T();
        configuration.GetSection(section).Bind(options);
        return options;
    }
}
