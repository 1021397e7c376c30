using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Watcher.Core.Channels.Outbox;
using Watcher.Core.Channels.Webhooks;
using Watcher.Core.Delivery;
using Watcher.Core.Fetching;
using Watcher.Core.State;

namespace Watcher.Core.Webhooks;

public static class WebhookExtensions
{
    /// <summary>
    /// The webhook channel and management API. The real channel needs no credentials, so it is the default;
    /// Watcher:Webhooks:Outbox=true writes the signed requests to the outbox instead (`watcher demo`).
    /// Needs the stores (IDeliveryLedger must also implement IDeliveryLog, as the Table and in-memory ones do).
    /// </summary>
    public static IServiceCollection AddWatcherWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new WebhookOptions();
        configuration.GetSection(WebhookOptions.Section).Bind(options);
        options.AllowPrivateAddresses = configuration.GetValue<bool>("Watcher:Net:AllowPrivateAddresses");
        services.AddSingleton(options);

        services.AddHttpClient(WebhookSender.HttpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => AddressGuard.CreateHandler(options.AllowPrivateAddresses, followRedirects: false))
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        services.TryAddSingleton(sp => new WebhookSender(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(WebhookSender.HttpClientName), options, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<WebhookUrlPolicy>();
        services.TryAddSingleton<WebhookEndpointCache>();
        services.TryAddSingleton<WebhookDisabler>();
        services.TryAddSingleton<WebhookManager>();
        services.TryAddSingleton<IDeliveryLog>(sp => sp.GetRequiredService<IDeliveryLedger>() as IDeliveryLog
            ?? throw new InvalidOperationException("the registered IDeliveryLedger does not implement IDeliveryLog (the webhook delivery log)"));
        if (options.Outbox) services.AddSingleton<IAlertChannel, WebhookOutboxChannel>();
        else services.AddSingleton<IAlertChannel, WebhookChannel>();
        return services;
    }
}
