using Cronos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Watcher.Cli.LocalHost;

/// <summary>
/// A local-host timer on the same NCRONTAB schedule (an app setting) as its Function app twin: waits for each
/// occurrence, runs <see cref="TickAsync"/>, and logs a failed run without stopping the schedule.
/// </summary>
public abstract class CronTimer(IConfiguration configuration, string scheduleSetting, string defaultSchedule, TimeProvider time, ILogger logger)
    : BackgroundService
{
    public static CronExpression Parse(string schedule) =>
        CronExpression.Parse(schedule, schedule.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);

    protected TimeProvider Time => time;

    protected abstract Task TickAsync(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var schedule = Parse(configuration[scheduleSetting] ?? defaultSchedule);
        while (!stoppingToken.IsCancellationRequested)
        {
            var next = schedule.GetNextOccurrence(time.GetUtcNow().UtcDateTime);
            if (next is null) return;
            var wait = next.Value - time.GetUtcNow().UtcDateTime;
            if (wait > TimeSpan.Zero) await Task.Delay(wait, time, stoppingToken);
            try
            {
                await TickAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "{Timer} run failed; the next one runs on schedule", GetType().Name);
            }
        }
    }
}
