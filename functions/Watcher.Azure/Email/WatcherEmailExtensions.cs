using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Watcher.Azure.Tables;
using Watcher.Core.Channels.Email;
using Watcher.Core.Channels.Outbox;
using Watcher.Core.Delivery;
using Watcher.Core.Digests;

namespace Watcher.Azure.Email;

public static class WatcherEmailExtensions
{
    public const string HttpClientName = "sendgrid";

    /// <summary>
    /// The "email" channel with its transport: SendGrid when Watcher:SendGrid:ApiKey and From are set, else SMTP when
    /// Watcher:Smtp:Host is set, else the outbox sink (.eml files). Also the digest queue, the digest runner and the
    /// unsubscribe links. Needs AddWatcherCore and AddWatcherTableStorage.
    /// </summary>
    public static IServiceCollection AddWatcherEmail(this IServiceCollection services, IConfiguration configuration)
    {
        var sendGrid = Bind<SendGridOptions>(configuration, SendGridOptions.Section);
        var smtp = Bind<SmtpOptions>(configuration, SmtpOptions.Section);
        services.AddSingleton(sendGrid);
        services.AddSingleton(smtp);
        services.TryAddSingleton(Bind<DigestOptions>(configuration, DigestOptions.Section));
        services.TryAddSingleton<IDigestQueue, TableDigestQueue>();
        services.TryAddSingleton(sp => UnsubscribeTokens.From(
            sp.GetRequiredService<EmailOptions>().SigningKey,
            sp.GetRequiredService<StorageOptions>().ConnectionString));
        services.TryAddSingleton<EmailLinks>();
        services.TryAddSingleton<EmailPreferences>();
        services.TryAddSingleton<DigestRunner>();

        if (sendGrid.IsConfigured)
        {
            services.AddHttpClient(HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
            services.AddSingleton<IEmailTransport>(sp => new SendGridEmailTransport(
                sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName), sendGrid,
                sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<SendGridEmailTransport>>()));
        }
        else if (smtp.IsConfigured)
            services.AddSingleton<IEmailTransport, SmtpEmailTransport>();
        else
            services.AddSingleton<IEmailTransport, OutboxEmailTransport>();
        services.AddSingleton<IAlertChannel, EmailChannel>();
        return services;
    }

    private static T Bind<T>(IConfiguration configuration, string section) where T : new()
    {
        var options = new T();
        configuration.GetSection(section).Bind(options);
        return options;
    }
}
