using Azure;
using Azure.Data.Tables;
using Watcher.Core.Stories;

namespace Watcher.Azure.Tables;

/// <summary>
/// WatcherStoryIndex: PartitionKey = fingerprint key (LSH band "b07-…", headline "t-…" or URL "u-…"), RowKey = story id,
/// with the story's signature and facts in each row. A lookup reads only the partitions of the item's own keys
/// (34 small partition queries, in parallel), so its cost does not grow with the number of stories.
/// </summary>
public sealed class TableStoryIndex(TableServiceClient service) : TableStore(service, TableNames.StoryIndex), IStoryIndex
{
    /// <summary>Rows read per key at most: a band key shared by this many stories carries no signal.</summary>
    private const int MaxPerKey = 200;

    public async Task<IReadOnlyList<StoryCandidate>> CandidatesAsync(StoryFingerprint fingerprint, CancellationToken ct = default)
    {
        var queries = fingerprint.Keys().Select(key =>
            QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Escape(key)}"), ct, MaxPerKey));
        var found = new Dictionary<string, StoryCandidate>(StringComparer.Ordinal);
        foreach (var rows in await Task.WhenAll(queries))
            foreach (var row in rows)
            {
                var id = row.GetString("StoryId");
                if (id is null || found.ContainsKey(id)) continue;
                found[id] = new StoryCandidate(id, Map(row));
            }
        return found.Values.ToList();
    }

    public Task AddAsync(string storyId, StoryFingerprint fingerprint, CancellationToken ct = default)
    {
        var signature = fingerprint.SignatureBase64();
        var facts = ToJson(fingerprint.Facts);
        return Task.WhenAll(fingerprint.Keys().Select(key => Table.UpsertEntityAsync(new TableEntity(TableKeys.Escape(key), TableKeys.Escape(storyId))
        {
            ["StoryId"] = storyId,
            ["Signature"] = signature,
            ["TitleKey"] = fingerprint.TitleKey,
            ["UrlKey"] = fingerprint.UrlKey,
            ["Facts"] = facts,
        }, TableUpdateMode.Replace, ct)));
    }

    /// <summary>The creation lock's row: PartitionKey "lock" (no fingerprint key starts so), RowKey "create".</summary>
    private const string LockPartition = "lock", LockRow = "create";

    /// <summary>A holder that died keeps the lock at most this long.</summary>
    internal static readonly TimeSpan LockLease = TimeSpan.FromSeconds(30);

    /// <summary>Waiting longer than this for the lock fails the poll (nothing recorded yet; the next cycle retries).</summary>
    internal static readonly TimeSpan LockWait = TimeSpan.FromSeconds(60);

    /// <summary>
    /// A lease row: inserting it takes the lock; a row whose lease ran out is taken over with its ETag; deleting it
    /// (with our ETag) releases. Held for one lookup and one index write, so waits are short.
    /// </summary>
    public async Task<IAsyncDisposable> LockCreationAsync(CancellationToken ct = default)
    {
        var owner = Guid.NewGuid().ToString("N");
        var deadline = DateTimeOffset.UtcNow + LockWait;
        for (var attempt = 0; ; attempt++)
        {
            var row = new TableEntity(LockPartition, LockRow) { ["Owner"] = owner, ["Until"] = DateTimeOffset.UtcNow + LockLease };
            try
            {
                var added = await Table.AddEntityAsync(row, ct);
                return new CreationLock(Table, added.Headers.ETag ?? ETag.All);
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
                var held = await Table.GetEntityIfExistsAsync<TableEntity>(LockPartition, LockRow, cancellationToken: ct);
                if (held.HasValue && held.Value!.GetDateTimeOffset("Until") < DateTimeOffset.UtcNow)
                {
                    try
                    {
                        var taken = await Table.UpdateEntityAsync(row, held.Value.ETag, TableUpdateMode.Replace, ct);
                        return new CreationLock(Table, taken.Headers.ETag ?? ETag.All);
                    }
                    catch (RequestFailedException lost) when (lost.Status is 404 or 412) { }
                }
            }
            if (DateTimeOffset.UtcNow > deadline) throw new TimeoutException($"the story creation lock was not free within {LockWait.TotalSeconds:0} s");
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(2, 4 + 4 * Math.Min(attempt, 10))), ct);
        }
    }

    private sealed class CreationLock(TableClient table, ETag etag) : IAsyncDisposable
    {
        private int _released;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0) return;
            try
            {
                await table.DeleteEntityAsync(LockPartition, LockRow, etag);
            }
            catch (RequestFailedException ex) when (ex.Status is 404 or 412)
            {
                // Our lease ran out and someone else holds the lock now: theirs to release.
            }
        }
    }

    private static StoryFingerprint Map(TableEntity row) =>
        new(StoryFingerprint.ParseSignature(row.GetString("Signature") ?? string.Empty), row.GetString("TitleKey"), row.GetString("UrlKey"))
        {
            Facts = FromJson<List<string>>(row.GetString("Facts"), []),
        };
}
