using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Watcher.Core.Digests;

namespace Watcher.Cli.LocalHost;

/// <summary>The local host's digest timer: the same NCRONTAB schedule (Watcher:DigestSchedule) as the Function app's DigestTimer.</summary>
public sealed class DigestTimer(IConfiguration configuration, DigestRunner runner, TimeProvider time, ILogger<DigestTimer> logger)
    : CronTimer(configuration, "Watcher:DigestSchedule", DefaultSchedule, time, logger)
{
    public const string DefaultSchedule = "15 */5 * * * *";

    protected override async Task TickAsync(CancellationToken ct)
    {
        var report = await runner.RunAsync(ct);
        if (report.DigestsRecorded > 0)
            logger.LogInformation("Digests: {Recorded} recorded, {Delivered} delivered", report.DigestsRecorded, report.Delivered);
    }
}
