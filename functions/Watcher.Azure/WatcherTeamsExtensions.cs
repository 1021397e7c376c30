using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Watcher.Azure.Bot;
using Watcher.Azure.Tables;
using Watcher.Core.Bot;
using Watcher.Core.Channels.Outbox;
using Watcher.Core.Delivery;

namespace Watcher.Azure;

public static class WatcherTeamsExtensions
{
    public const string HttpClientName = "Watcher.Bot";

    /// <summary>
    /// The Teams bot (POST /api/messages service, conversation store) and both Teams channels: the real "teams"
    /// channel when bot credentials are configured (else its outbox sink), and "teams-workflow".
    /// <paramref name="localHost"/>: with no AppId, accept unauthenticated activities (the Function app passes false
    /// and only does so with Watcher:Bot:AllowUnauthenticated=true).
    /// </summary>
    public static IServiceCollection AddWatcherTeams(this IServiceCollection services, IConfiguration configuration, bool localHost = false)
    {
        var options = new BotOptions();
        configuration.GetSection(BotOptions.Section).Bind(options);
        options.AllowPrivateAddresses = configuration.GetValue("Watcher:Net:AllowPrivateAddresses", false);
        if (localHost && !options.HasAppId) options.AllowUnauthenticated = true;
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });

        services.TryAddSingleton<IConversationStore, TableConversationStore>();
        services.AddSingleton<EndpointPolicy>();
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<OpenIdKeys>(sp, Client(sp)));
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<BotTokenProvider>(sp, Client(sp)));
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<ConnectorClient>(sp, Client(sp)));
        services.AddSingleton<BotAuthenticator>();
        services.AddSingleton<BotCommands>();
        services.AddSingleton<CardActions>();
        services.AddSingleton<BotConversation>();
        services.AddSingleton<BotEndpoint>();

        if (options.CanSend) services.AddSingleton<IAlertChannel, TeamsBotChannel>();
        else services.AddSingleton<IAlertChannel, TeamsOutboxChannel>();
        services.AddSingleton<IAlertChannel>(sp => ActivatorUtilities.CreateInstance<TeamsWorkflowChannel>(sp, Client(sp)));
        return services;
    }

    private static HttpClient Client(IServiceProvider sp) => sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
}
