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
/// The silent first polls of sources that never finished one write behind, together after the polls
/// (<see cref="BaselineBatch"/>, which describes the order of the writes and what a crash or a race does) — or, with
/// <see cref="PollOptions.WriteBaselineBehind"/>, behind the cycle's report (<see cref="WrittenAsync"/>).
/// </summary>
public sealed class PollCycle(SourcePoller poller, ILogger<PollCycle> logger, PollOptions? options = null)
{
    private Task _written = Task.CompletedTask;

    /// <summary>
    /// Done when the rows of the last cycle's silent first polls are in storage: at once, unless
    /// <see cref="PollOptions.WriteBaselineBehind"/> left their flush running behind the report. Never faults (a flush that
    /// failed is logged, and its sources, un-baselined, are polled again by the next cycle). The next cycle waits for it
    /// before it polls; a process that exits after a cycle waits for it before it exits.
    /// </summary>
    public Task WrittenAsync() => Volatile.Read(ref _written);

    public async Task<CycleReport> RunAsync(IReadOnlyList<SourceDefinition> sources, int parallelism = 16, CancellationToken ct = default)
    {
        var started = Telemetry.WatcherMetrics.Start();
        // The last cycle's first polls are written before this one reads a state, an item or the story index (the wait is
        // part of this cycle's duration: the flush's time shows in the next cycle, not nowhere).
        await WrittenAsync().WaitAsync(ct);
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
        for (var from = 0; from < sources.Count; from += BatchSources)
        {
            var to = Math.Min(sources.Count, from + BatchSources);
            await RunBatchAsync(sources, from, to, results, errors, parallelism, behind: options?.WriteBaselineBehind == true && to == sources.Count, ct);
        }
        if (sources.Count > 0 && errors.All(e => e is not null))
            throw new AggregateException("every source in the cycle failed", errors!);
        var report = CycleReport.From(results);
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        Telemetry.WatcherMetrics.RecordCycle(elapsed);
        logger.LogInformation("Cycle of {Sources} sources in {ElapsedMs} ms: {Fetched} fetched, {NotModified} not modified, {Failed} failed, {New} new, {Updated} updated, {Alerts} alerts",
            report.Sources, (long)elapsed.TotalMilliseconds, report.Fetched, report.NotModified, report.Failed, report.New, report.Updated, report.Alerts);
        return report with { DurationMs = (long)elapsed.TotalMilliseconds };
    }

    /// <summary>
    /// Sources polled with one write-behind batch (<see cref="BaselineBatch"/>): a bound on what a first cycle of many
    /// sources keeps in memory before it writes (~10 items each).
    /// </summary>
    public const int BatchSources = 2_000;

    /// <summary>
    /// Polls sources [from, to) with one <see cref="BaselineBatch"/>, then writes what its silent first polls kept. A
    /// source whose deferred save lost a race (its items or state written by someone else meanwhile) is polled again
    /// the ordinary way; one whose rows could not be written (storage down) is a failed poll, and stays un-baselined.
    /// </summary>
    /// <param name="behind">The cycle's last batch, with <see cref="PollOptions.WriteBaselineBehind"/>: its flush is left
    /// running (<see cref="WriteBehindAsync"/>) and the cycle reports its polls as they ended.</param>
    private async Task RunBatchAsync(IReadOnlyList<SourceDefinition> sources, int from, int to, SourcePollResult[] results, Exception?[] errors, int parallelism, bool behind, CancellationToken ct)
    {
        var batch = new BaselineBatch();
        await Parallel.ForEachAsync(Enumerable.Range(from, to - from), new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = ct },
            (i, token) => PollIntoAsync(sources, i, batch, results, errors, token));
        if (batch.Polls == 0) return;
        if (behind)
        {
            Volatile.Write(ref _written, WriteBehindAsync(batch, parallelism));
            return;
        }
        var unsaved = await poller.FlushAsync(batch, parallelism, ct);
        if (unsaved.Count == 0) return;
        var again = new List<int>();
        for (var i = from; i < to; i++)
        {
            if (errors[i] is not null || !unsaved.TryGetValue(sources[i].Id, out var ex)) continue;
            if (ex is ConcurrencyException)
            {
                logger.LogInformation("First poll of {SourceId} lost a write race ({Message}); polling again", sources[i].Id, ex.Message);
                again.Add(i);
                continue;
            }
            RecordFailure(sources[i], i, ex, results, errors);
        }
        await Parallel.ForEachAsync(again, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = ct },
            (i, token) => PollIntoAsync(sources, i, null, results, errors, token));
    }

    /// <summary>
    /// A batch's flush behind the report. Its polls alerted nothing, and the next cycle, the only reader whose answers make
    /// alerts, waits for this (until it ends, the API's item and story lists do not show the baseline's rows yet); a crash
    /// before it ends is the crash <see cref="BaselineBatch"/> describes (sources whose state
    /// is not written are polled again as silent baselines). What the inline flush does for a source whose rows were not
    /// written — a failed poll in the report, a lost race polled again at once — the next cycle does: such a source has
    /// no baselined state, so it is read and polled again then. Not cancelled with the request that ran the cycle.
    /// </summary>
    private async Task WriteBehindAsync(BaselineBatch batch, int parallelism)
    {
        await Task.Yield();
        try
        {
            foreach (var (sourceId, ex) in await poller.FlushAsync(batch, parallelism, CancellationToken.None))
                logger.LogWarning(ex, "First poll of {SourceId} was not written behind the cycle; the next cycle polls it again", sourceId);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Writing the cycle's first polls behind its report failed; the next cycle polls them again");
        }
    }

    private async ValueTask PollIntoAsync(IReadOnlyList<SourceDefinition> sources, int i, BaselineBatch? batch, SourcePollResult[] results, Exception?[] errors, CancellationToken ct)
    {
        try
        {
            results[i] = await PollWithRetryAsync(sources[i], batch, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            RecordFailure(sources[i], i, ex, results, errors);
        }
    }

    /// <summary>A poll that threw (or whose deferred rows could not be written) is a failed poll in the cycle's results.</summary>
    private void RecordFailure(SourceDefinition source, int i, Exception ex, SourcePollResult[] results, Exception?[] errors)
    {
        logger.LogError(ex, "Poll of {SourceId} threw", source.Id);
        errors[i] = ex;
        results[i] = new SourcePollResult { SourceId = source.Id, Fetch = FetchStatus.Failed, Error = ex.Message };
    }

    /// <summary>A lost optimistic-concurrency race (two sources creating one story) is retried once from a fresh read.</summary>
    private async Task<SourcePollResult> PollWithRetryAsync(SourceDefinition source, BaselineBatch? batch, CancellationToken ct)
    {
        try
        {
            return await poller.PollAsync(source, batch, ct);
        }
        catch (ConcurrencyException ex)
        {
            logger.LogInformation("Poll of {SourceId} lost a write race ({Message}); polling again", source.Id, ex.Message);
            return await poller.PollAsync(source, batch, ct);
        }
    }
}
