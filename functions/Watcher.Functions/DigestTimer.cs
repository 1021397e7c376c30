using Microsoft.Azure.Functions.Worker;
using Watcher.Core.Digests;

namespace Watcher.Functions;

/// <summary>Timer → send every due digest once (the ledger makes a second fire harmless). Schedule: Watcher:DigestSchedule.</summary>
public sealed class DigestTimer(DigestRunner runner)
{
    [Function(nameof(DigestTimer))]
    public Task Run([TimerTrigger("%Watcher:DigestSchedule%")] TimerInfo timer, CancellationToken ct) => runner.RunAsync(ct);
}
