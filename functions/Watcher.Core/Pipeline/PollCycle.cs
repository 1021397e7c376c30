using Microsoft.Extensions.Logging;
using Watcher.Core.Fetching;
using Watcher.Core.State;
using Watcher.Core.Sources;

namespace Watcher.Core.Pipeline;

/// <summary>The totals of one poll cycle (the `watcher poll --once --json` document).</summary>
public sealed record CycleReport
{
    public int Sources { get; init; }
    public int Fetched { get; init; }
    public int NotModified { get; init; }
    public int Failed { get; init; }
    public int New { get; init; }
    public int Updated { get; init; }
    public int Duplicates { get; init; }
    public int Alerts { get; init; }
    /// <summary>Items read from every fetched document (not part of the poll JSON contract).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int ItemsRead { get; init; }
    public IReadOnlyList<ItemChange> Items { get; init; } = [];
    /// <summary>Wall time of the cycle itself (fetch, parse, detect, record), without process start-up.</summary>
    public long DurationMs { get; init; }
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<string> DeliveryIds { get; init; } = [];

    public static CycleReport From(IReadOnlyList<SourcePollResult> results) => new()
    {
        Sources = results.Count,
        Fetched = results.Count(r => r.Fetch == FetchStatus.Fetched),
        NotModified = results.Count(r => r.Fetch == FetchStatus.NotModified),
        Failed = results.Count(r => r.Fetch == FetchStatus.Failed),
        New = results.Sum(r => r.Changes.Count(c => c.Change == ItemChangeKind.New)),
        Updated = results.Sum(r => r.Changes.Count(c => c.Change == ItemChangeKind.Updated)),
        Duplicates = results.Sum(r => r.Changes.Count(c => c.Change == ItemChangeKind.Duplicate)),
        Alerts = results.Sum(r => r.Alerts.Count),
        ItemsRead = results.Sum(r => r.Items),
        Items = results.SelectMany(r => r.Changes).ToList(),
        DeliveryIds = results.SelectMany(r => r.DeliveryIds).ToList(),
    };
}

/// <summary>
/// Polls many sources with bounded parallelism (the local host's cycle; in Azure the fan-out queue does this).
/// One source's failure is data in the report; a cycle in which every source threw (storage down, say) throws.
/// </summary>
public sealed class PollCycle(SourcePoller poller, ILogger<PollCycle> logger)
{
    public async Task<CycleReport> RunAsync(IReadOnlyList<SourceDefinition> sources, int parallelism = 16, CancellationToken ct = default)
    {
        var started = Telemetry.WatcherMetrics.Start();
        var results = new SourcePollResult[sources.Count];
        var errors = new Exception?[sources.Count];
        try
        {
            await poller.RememberAsync(sources, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Listing source states failed; each poll reads its own");
        }
        await Parallel.ForEachAsync(Enumerable.Range(0, sources.Count), new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = ct },
            async (i, token) =>
            {
                try
                {
                    results[i] = await PollWithRetryAsync(sources[i], token);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Poll of {SourceId} threw", sources[i].Id);
                    errors[i] = ex;
                    results[i] = new SourcePollResult { SourceId = sources[i].Id, Fetch = FetchStatus.Failed, Error = ex.Message };
                }
            });
        if (sources.Count > 0 && errors.All(e => e is not null))
            throw new AggregateException("every source in the cycle failed", errors!);
        var report = CycleReport.From(results);
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        Telemetry.WatcherMetrics.RecordCycle(elapsed);
        logger.LogInformation("Cycle of {Sources} sources in {ElapsedMs} ms: {Fetched} fetched, {NotModified} not modified, {Failed} failed, {New} new, {Updated} updated, {Alerts} alerts",
            report.Sources, (long)elapsed.TotalMilliseconds, report.Fetched, report.NotModified, report.Failed, report.New, report.Updated, report.Alerts);
        return report with { DurationMs = (long)elapsed.TotalMilliseconds };
    }

    /// <summary>A lost optimistic-concurrency race (two sources creating one story) is retried once from a fresh read.</summary>
    private async Task<SourcePollResult> PollWithRetryAsync(SourceDefinition source, CancellationToken ct)
    {
        try
        {
            return await poller.PollAsync(source, ct);
        }
        catch (ConcurrencyException ex)
        {
            logger.LogInformation("Poll of {SourceId} lost a write race ({Message}); polling again", source.Id, ex.Message);
            return await poller.PollAsync(source, ct);
        }
    }
}
