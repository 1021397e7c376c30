using System.Diagnostics;
using System.Diagnostics.Metrics;
using Watcher.Core.Delivery;
using Watcher.Core.Fetching;
using Watcher.Core.Pipeline;

namespace Watcher.Core.Telemetry;

/// <summary>
/// The "Watcher" meter (System.Diagnostics.Metrics; OpenTelemetry reads it in the hosts). Tags stay low-cardinality:
/// fetch status, change kind, channel, outcome; never a source or item id.
/// </summary>
public static class WatcherMetrics
{
    public const string MeterName = "Watcher";

    private static readonly Meter Meter = new(MeterName, "1.0");

    public static readonly Counter<long> SourcesPolled = Meter.CreateCounter<long>("watcher.sources.polled", "{source}", "Source polls, by fetch status");
    public static readonly Counter<long> ItemsFetched = Meter.CreateCounter<long>("watcher.items.fetched", "{item}", "Items read from fetched documents");
    public static readonly Counter<long> ItemsChanged = Meter.CreateCounter<long>("watcher.items.changed", "{item}", "Items found new, updated or duplicated");
    public static readonly Counter<long> Alerts = Meter.CreateCounter<long>("watcher.alerts", "{alert}", "Alerts composed");
    public static readonly Counter<long> Deliveries = Meter.CreateCounter<long>("watcher.deliveries", "{delivery}", "Delivery attempts, by channel and outcome");
    public static readonly Counter<long> DeliveryFailures = Meter.CreateCounter<long>("watcher.delivery.failures", "{delivery}", "Deliveries that failed (retried later) or were dead-lettered");
    public static readonly Histogram<double> SourcePollDuration = Meter.CreateHistogram<double>("watcher.source.poll.duration", "s", "Time to poll one source");
    public static readonly Histogram<double> CycleDuration = Meter.CreateHistogram<double>("watcher.cycle.duration", "s", "Time of a whole poll cycle (local host)");

    public static void Record(SourcePollResult result, TimeSpan elapsed)
    {
        var status = new KeyValuePair<string, object?>("fetch", Status(result.Fetch));
        SourcesPolled.Add(1, status);
        SourcePollDuration.Record(elapsed.TotalSeconds, status);
        if (result.Items > 0) ItemsFetched.Add(result.Items);
        foreach (var group in result.Changes.GroupBy(c => c.Change))
            ItemsChanged.Add(group.Count(), new KeyValuePair<string, object?>("change", group.Key.ToString().ToLowerInvariant()));
        if (result.Alerts.Count > 0) Alerts.Add(result.Alerts.Count);
    }

    public static void Record(DeliveryResult result)
    {
        KeyValuePair<string, object?>[] tags = [new("channel", result.Channel ?? "unknown"), new("outcome", result.Outcome.ToString().ToLowerInvariant())];
        Deliveries.Add(1, tags);
        if (result.Outcome is DeliveryOutcome.Failed or DeliveryOutcome.Dead) DeliveryFailures.Add(1, tags);
    }

    public static void DeliveryCrashed(string? channel) =>
        DeliveryFailures.Add(1, new KeyValuePair<string, object?>("channel", channel ?? "unknown"), new KeyValuePair<string, object?>("outcome", "error"));

    public static void RecordCycle(TimeSpan elapsed) => CycleDuration.Record(elapsed.TotalSeconds);

    public static long Start() => Stopwatch.GetTimestamp();

    private static string Status(FetchStatus status) => status switch
    {
        FetchStatus.Fetched => "fetched",
        FetchStatus.NotModified => "not_modified",
        FetchStatus.Failed => "failed",
        _ => status.ToString().ToLowerInvariant(),
    };
}
