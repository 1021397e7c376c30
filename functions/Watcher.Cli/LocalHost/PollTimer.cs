using Cronos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Watcher.Cli.LocalHost;

/// <summary>The local host's poll timer: the same NCRONTAB schedule (Watcher:PollSchedule) as the Function app's timer.</summary>
public sealed class PollTimer(IConfiguration configuration, LocalCycleRunner runner, TimeProvider time, ILogger<PollTimer> logger) : BackgroundService
{
    public const string DefaultSchedule = "0 */5 * * * *";

    public static CronExpression Parse(string schedule) =>
        CronExpression.Parse(schedule, schedule.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var schedule = Parse(configuration["Watcher:PollSchedule"] ?? DefaultSchedule);
        while (!stoppingToken.IsCancellationRequested)
        {
            var next = schedule.GetNextOccurrence(time.GetUtcNow().UtcDateTime);
            if (next is null) return;
            var wait = next.Value - time.GetUtcNow().UtcDateTime;
            if (wait > TimeSpan.Zero) await Task.Delay(wait, time, stoppingToken);
            try
            {
                var result = await runner.RunAsync(ct: stoppingToken);
                logger.LogInformation("Cycle: {Sources} sources, {New} new, {Updated} updated, {Alerts} alerts", result.Report.Sources, result.Report.New, result.Report.Updated, result.Report.Alerts);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Poll cycle failed; the next one runs on schedule");
            }
        }
    }
}
