using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Watcher.Core.State;

namespace Watcher.Cli.LocalHost;

/// <summary>The local host's retention timer: the Function app's schedule (Watcher:RetentionSchedule) and window (Watcher:Retention:Days).</summary>
public sealed class RetentionTimer(IConfiguration configuration, IRetentionStore store, RetentionOptions options, TimeProvider time, ILogger<RetentionTimer> logger)
    : CronTimer(configuration, "Watcher:RetentionSchedule", DefaultSchedule, time, logger)
{
    public const string DefaultSchedule = "0 30 3 * * *";

    protected override async Task TickAsync(CancellationToken ct)
    {
        var cutoff = options.Cutoff(Time.GetUtcNow());
        var report = await store.PurgeAsync(cutoff, ct);
        logger.LogInformation("Retention before {Cutoff:o}: deleted {Items} items, {Stories} stories, {TimelineRows} timeline rows, {Deliveries} deliveries",
            cutoff, report.Items, report.Stories, report.TimelineRows, report.Deliveries);
    }
}
