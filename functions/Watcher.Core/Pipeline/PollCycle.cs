using Watcher.Core.Fetching;
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
    public IReadOnlyList<ItemChange> Items { get; init; } = [];
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
        Items = results.SelectMany(r => r.Changes).ToList(),
        DeliveryIds = results.SelectMany(r => r.DeliveryIds).ToList(),
    };
}

/// <summary>Polls many sources with bounded parallelism (the local host's cycle; in Azure the fan-out queue does this).</summary>
public sealed class PollCycle(SourcePoller poller)
{
    public async Task<CycleReport> RunAsync(IReadOnlyList<SourceDefinition> sources, int parallelism = 16, CancellationToken ct = default)
    {
        var results = new SourcePollResult[sources.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, sources.Count), new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = ct },
            async (i, token) => results[i] = await poller.PollAsync(sources[i], token));
        return CycleReport.From(results);
    }
}
