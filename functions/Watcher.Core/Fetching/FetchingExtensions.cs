using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Watcher.Core.Fetching;

/// <summary>Watcher:Net settings that apply to every outbound request.</summary>
public sealed class NetOptions
{
    public const string Section = "Watcher:Net";
    /// <summary>Local development only: lets requests reach loopback and private addresses.</summary>
    public bool AllowPrivateAddresses { get; set; }
}

public static class FetchingExtensions
{
    /// <summary>
    /// Registers <see cref="FetchOptions"/>, <see cref="NetOptions"/>, the named client <see cref="FeedFetcher.HttpClientName"/>
    /// (SSRF-guarded connect, decompression, retries only for connection failures and 502/504 — never 429 or 503, whose
    /// Retry-After the poller honours) and the <see cref="FeedFetcher"/> singleton.
    /// </summary>
    public static IServiceCollection AddWatcherFetching(this IServiceCollection services, IConfiguration configuration)
    {
        var fetch = new FetchOptions();
        configuration.GetSection(FetchOptions.Section).Bind(fetch);
        var net = new NetOptions();
        configuration.GetSection(NetOptions.Section).Bind(net);
        services.TryAddSingleton(fetch);
        services.TryAddSingleton(net);

        services.AddHttpClient(FeedFetcher.HttpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => AddressGuard.CreateHandler(sp.GetRequiredService<NetOptions>().AllowPrivateAddresses))
            .AddResilienceHandler("watcher-fetch-retry", builder => builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = 2,
                Delay = TimeSpan.FromMilliseconds(500),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldRetryAfterHeader = false,
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
            }));
        services.AddWatcherGuardedClient(WebhookClientName);
        services.TryAddSingleton(sp => new FeedFetcher(sp.GetRequiredService<IHttpClientFactory>().CreateClient(FeedFetcher.HttpClientName), sp.GetRequiredService<FetchOptions>()));
        return services;
    }

    /// <summary>A guarded client for other outbound calls (webhooks, token and metadata endpoints): no retries, redirects not followed.</summary>
    public const string WebhookClientName = "watcher-outbound";

    /// <summary>Registers a named client whose every connection goes through the SSRF guard.</summary>
    public static IHttpClientBuilder AddWatcherGuardedClient(this IServiceCollection services, string name) =>
        services.AddHttpClient(name).ConfigurePrimaryHttpMessageHandler(sp =>
            AddressGuard.CreateHandler(sp.GetRequiredService<NetOptions>().AllowPrivateAddresses));

    private static bool IsGuardRefusal(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
            if (ex.Message.StartsWith("refused to connect", StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Exception is HttpRequestException ex)
            return ex.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.ResponseEnded && !IsGuardRefusal(ex);
        return outcome.Result?.StatusCode is System.Net.HttpStatusCode.BadGateway or System.Net.HttpStatusCode.GatewayTimeout;
    }
}
