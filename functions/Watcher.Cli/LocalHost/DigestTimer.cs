using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Watcher.Core.Digests;

namespace Watcher.Cli.LocalHost;

/// <summary>The local host's digest timer: the same NCRONTAB schedule (Watcher:DigestSchedule) as the Function app's DigestTimer.</summary>
public sealed class DigestTimer(IConfiguration configuration, DigestRunner runner, TimeProvider time, ILogger<DigestTimer> logger) : BackgroundService
{
    public const string DefaultSchedule = "15 */5 * * * *";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var schedule = PollTimer.Parse(configuration["Watcher:DigestSchedule"] ?? DefaultSchedule);
        while (!stoppingToken.IsCancellationRequested)
        {
            var next = schedule.GetNextOccurrence(time.GetUtcNow().UtcDateTime);
            if (next is null) return;
            var wait = next.Value - time.GetUtcNow().UtcDateTime;
            if (wait > TimeSpan.Zero) await Task.Delay(wait, time, stoppingToken);
            try
            {
                var report = await runner.RunAsync(stoppingToken);
                if (report.DigestsRecorded > 0)
                    logger.LogInformation("Digests: {Recorded} recorded, {Delivered} delivered", report.DigestsRecorded, report.Delivered);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Digest run failed; the next one runs on schedule");
            }
        }
    }
}
