using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Watcher.Cli.LocalHost;

/// <summary>The local host's poll timer: the same NCRONTAB schedule (Watcher:PollSchedule) as the Function app's timer.</summary>
public sealed class PollTimer(IConfiguration configuration, LocalCycleRunner runner, TimeProvider time, ILogger<PollTimer> logger)
    : CronTimer(configuration, "Watcher:PollSchedule", DefaultSchedule, time, logger)
{
    public const string DefaultSchedule = "0 */5 * * * *";

    protected override async Task TickAsync(CancellationToken ct)
    {
        var result = await runner.RunAsync(ct: ct);
        logger.LogInformation("Cycle: {Sources} sources, {New} new, {Updated} updated, {Alerts} alerts", result.Report.Sources, result.Report.New, result.Report.Updated, result.Report.Alerts);
    }
}
