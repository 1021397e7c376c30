using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Watcher.Core.State;

namespace Watcher.Cli.LocalHost;

/// <summary>The local host's retention timer: the Function app's schedule (Watcher:RetentionSchedule) and window (Watcher:Retention:Days).</summary>
public sealed class RetentionTimer(IConfiguration configuration, IRetentionStore store, RetentionOptions options, TimeProvider time, ILogger<RetentionTimer> logger)
    : BackgroundService
{
    public const string DefaultSchedule = "0 30 3 * * *";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var schedule = PollTimer.Parse(configuration["Watcher:RetentionSchedule"] ?? DefaultSchedule);
        while (!stoppingToken.IsCancellationRequested)
        {
            var next = schedule.GetNextOccurrence(time.GetUtcNow().UtcDateTime);
            if (next is null) return;
            var wait = next.Value - time.GetUtcNow().UtcDateTime;
            if (wait > TimeSpan.Zero) await Task.Delay(wait, time, stoppingToken);
            try
            {
                var cutoff = options.Cutoff(time.GetUtcNow());
                var report = await store.PurgeAsync(cutoff, stoppingToken);
                logger.LogInformation("Retention before {Cutoff:o}: deleted {Items} items, {Stories} stories, {TimelineRows} timeline rows, {Deliveries} deliveries",
                    cutoff, report.Items, report.Stories, report.TimelineRows, report.Deliveries);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Retention run failed; the next one runs on schedule");
            }
        }
    }
}
