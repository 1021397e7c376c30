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
        services.TryAddSingleton(sp => UnsubscribeTokens.From(sp.GetRequiredService<EmailOptions>().SigningKey,
            FallbackSecret(sendGrid, smtp, sp.GetRequiredService<StorageOptions>(), sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WatcherEmailExtensions)))));
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

    /// <summary>
    /// Without Watcher:Email:SigningKey, the unsubscribe key is derived from a secret the deployment already has (the
    /// SendGrid key, the SMTP password, a storage account key) so links survive restarts; with none of those, a
    /// random key per process (links stop working after a restart, but cannot be forged).
    /// </summary>
    private static string FallbackSecret(SendGridOptions sendGrid, SmtpOptions smtp, StorageOptions storage, ILogger logger)
    {
        if (!string.IsNullOrEmpty(sendGrid.ApiKey)) return "sendgrid|" + sendGrid.ApiKey;
        if (!string.IsNullOrEmpty(smtp.Password)) return "smtp|" + smtp.Password;
        if (!storage.UsesIdentity && storage.ConnectionString.Contains("AccountKey=", StringComparison.OrdinalIgnoreCase)) return "storage|" + storage.ConnectionString;
        if (!storage.UsesIdentity && storage.ConnectionString.Contains("UseDevelopmentStorage", StringComparison.OrdinalIgnoreCase)) return "storage|" + storage.ConnectionString;
        logger.LogWarning("Watcher:Email:SigningKey is not set and no other secret is configured: unsubscribe links use a random key and stop working after a restart");
        return Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    }

    private static T Bind<T>(IConfiguration configuration, string section) where T : new()
    {
        var options = new T();
        configuration.GetSection(section).Bind(options);
        return options;
    }
}
