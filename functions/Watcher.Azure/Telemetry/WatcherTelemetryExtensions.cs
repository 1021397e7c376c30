using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using Watcher.Core.Telemetry;

namespace Watcher.Azure.Telemetry;

/// <summary>
/// Where the "Watcher" meter goes. Azure Monitor when Application Insights is configured (in Azure: the
/// APPLICATIONINSIGHTS_CONNECTION_STRING app setting, sent with the app's managed identity); the console only when
/// asked (Watcher:Telemetry:Console=true; it writes to stdout, so never with a --json verb). Neither: no exporter.
/// </summary>
public sealed class TelemetryOptions
{
    public const string Section = "Watcher:Telemetry";
    /// <summary>Export to Azure Monitor; defaults to on when a connection string is present.</summary>
    public bool? AzureMonitor { get; set; }
    public bool Console { get; set; }
    public int ExportIntervalSeconds { get; set; } = 60;
    /// <summary>Send with a Microsoft Entra token (the app's identity), as App Insights with local auth disabled requires.</summary>
    public bool UseIdentity { get; set; } = true;
}

public static class WatcherTelemetryExtensions
{
    public static IServiceCollection AddWatcherTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new TelemetryOptions();
        configuration.GetSection(TelemetryOptions.Section).Bind(options);
        var connectionString = configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"];
        var azureMonitor = (options.AzureMonitor ?? true) && !string.IsNullOrWhiteSpace(connectionString);
        if (!azureMonitor && !options.Console) return services;

        var storage = new StorageOptions();
        configuration.GetSection(StorageOptions.Section).Bind(storage);
        services.AddOpenTelemetry().WithMetrics(metrics =>
        {
            metrics.AddMeter(WatcherMetrics.MeterName);
            var interval = (int)TimeSpan.FromSeconds(Math.Max(5, options.ExportIntervalSeconds)).TotalMilliseconds;
            if (azureMonitor)
                metrics.AddAzureMonitorMetricExporter(o =>
                {
                    o.ConnectionString = connectionString;
                    if (options.UseIdentity) o.Credential = StorageClients.Credential(storage);
                });
            if (options.Console)
                metrics.AddConsoleExporter((exporter, reader) =>
                {
                    exporter.Targets = ConsoleExporterOutputTargets.Console;
                    reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = interval;
                });
        });
        return services;
    }
}
