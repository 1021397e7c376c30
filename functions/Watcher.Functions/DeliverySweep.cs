using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Watcher.Core.Delivery;

namespace Watcher.Functions;

/// <summary>The reconciliation sweep: sends every ledger row that is due (failed earlier, or stuck). Schedule: Watcher:SweepSchedule.</summary>
public sealed class DeliverySweep(DeliveryDispatcher dispatcher, ILogger<DeliverySweep> logger)
{
    [Function(nameof(DeliverySweep))]
    public async Task Run([TimerTrigger("%Watcher:SweepSchedule%")] TimerInfo timer, CancellationToken ct)
    {
        var results = await dispatcher.SweepAsync(ct);
        if (results.Count > 0)
            logger.LogInformation("Delivery sweep: {Count} due, {Delivered} delivered", results.Count, results.Count(r => r.Outcome == DeliveryOutcome.Delivered));
    }
}
