using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Watcher.Azure;
using Watcher.Azure.Telemetry;
using Watcher.Azure.Email;
using Watcher.Core;
using Watcher.Core.Channels.Outbox;
using Watcher.Core.Delivery;
using Watcher.Core.Webhooks;

namespace Watcher.Cli.LocalHost;

/// <summary>Builds the local host's configuration and services: the same registrations the Function app uses.</summary>
public static class WatcherHost
{
    /// <summary>
    /// Configuration, lowest to highest precedence: local.settings.json "Values" (as Core Tools reads it),
    /// environment variables (`__` for `:`), then `--Watcher:Key=value` options.
    /// </summary>
    public static void AddWatcherConfiguration(this IConfigurationBuilder config, IReadOnlyDictionary<string, string?> overrides)
    {
        var settings = Path.Combine(Directory.GetCurrentDirectory(), "local.settings.json");
        if (File.Exists(settings)) config.AddInMemoryCollection(ReadLocalSettings(settings));
        config.AddEnvironmentVariables();
        config.AddInMemoryCollection(overrides);
    }

    /// <summary>The console host a one-shot verb runs on (poll, digest, demo, parse): the Watcher configuration with
    /// <paramref name="overrides"/> on top (<see cref="AddWatcherConfiguration"/>) and every Watcher service, logging warnings
    /// and above. `watcher serve` builds its web host itself (<see cref="Commands.ServeCommand.Build"/>).</summary>
    public static IHost BuildConsoleHost(IReadOnlyDictionary<string, string?> overrides)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddWatcherConfiguration(overrides);
        builder.AddWatcherServices(LogLevel.Warning);
        return builder.Build();
    }

    public static void AddWatcherServices(this IHostApplicationBuilder builder, LogLevel minimumLevel)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; });
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(minimumLevel);
        builder.Logging.AddFilter("System.Net.Http", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Logging.AddFilter("Polly", LogLevel.Warning); // every successful fetch attempt is otherwise a line

        builder.Services.AddWatcherCore(builder.Configuration);
        builder.Services.AddWatcherTableStorage(builder.Configuration);
        builder.Services.AddWatcherTelemetry(builder.Configuration);
        // Channels: each line registers the real transport when it is configured, else that channel's outbox sink.
        builder.Services.AddWatcherEmail(builder.Configuration);
        builder.Services.AddWatcherTeams(builder.Configuration, localHost: true);
        builder.Services.AddWatcherWebhooks(builder.Configuration);
        builder.Services.AddSingleton<LocalCycleRunner>();
    }

    private static Dictionary<string, string?> ReadLocalSettings(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (doc.RootElement.TryGetProperty("Values", out var v) && v.ValueKind == JsonValueKind.Object)
            foreach (var p in v.EnumerateObject()) values[p.Name.Replace("__", ":", StringComparison.Ordinal)] = p.Value.ToString();
        return values;
    }
}
