using Azure;
using Azure.Data.Tables;
using Watcher.Core.State;

namespace Watcher.Azure.Tables;

/// <summary>
/// Group commit for one table: a write to a partition that arrives while another write to that partition is on its way
/// waits, with every other such write, and they go together in the next entity group transaction (at most
/// <see cref="TableStore.MaxBatch"/>). A write that finds its partition idle goes at once, so a lone write is never
/// delayed; concurrent polls writing rows of one partition (tariffs of one imposer, stories of one bucket) share
/// requests. Each write keeps its own answer: its new ETag, or <see cref="ConcurrencyException"/> when its row was
/// inserted or changed by someone else — a transaction that fails is done again write by write, so one lost race
/// never fails its neighbours.
/// </summary>
public sealed class PartitionWriter(TableClient table)
{
    private sealed record Pending(TableEntity Entity, string? Version, TaskCompletionSource<string> Done);

    private readonly Dictionary<string, Queue<Pending>> _waiting = new(StringComparer.Ordinal);

    /// <summary>Transactions sent with more than one write in them (for tests and metrics).</summary>
    public int Transactions => Volatile.Read(ref _transactions);

    private int _transactions;

    /// <summary>Insert when <paramref name="version"/> is null, else replace if the ETag still matches; returns the new ETag.</summary>
    public Task<string> WriteAsync(TableEntity entity, string? version, CancellationToken ct)
    {
        var pending = new Pending(entity, version, new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously));
        lock (_waiting)
        {
            if (_waiting.TryGetValue(entity.PartitionKey, out var queue))
            {
                queue.Enqueue(pending);
                return pending.Done.Task.WaitAsync(ct);
            }
            _waiting[entity.PartitionKey] = new Queue<Pending>();
        }
        _ = DrainAsync(entity.PartitionKey, [pending]);
        return pending.Done.Task.WaitAsync(ct);
    }

    /// <summary>Sends <paramref name="batch"/>, then whatever queued up meanwhile, until the partition has nothing waiting.</summary>
    private async Task DrainAsync(string partition, List<Pending> batch)
    {
        while (true)
        {
            await SendAsync(batch);
            lock (_waiting)
            {
                var queue = _waiting[partition];
                if (queue.Count == 0)
                {
                    _waiting.Remove(partition);
                    return;
                }
                batch = Take(queue);
            }
        }
    }

    /// <summary>Up to a transaction's worth, in order, each row once (a transaction may not touch a row twice; a repeat waits for the next).</summary>
    private static List<Pending> Take(Queue<Pending> queue)
    {
        var batch = new List<Pending>();
        var rows = new HashSet<string>(StringComparer.Ordinal);
        var rest = new List<Pending>();
        while (queue.TryDequeue(out var next))
        {
            if (batch.Count < TableStore.MaxBatch && rows.Add(next.Entity.RowKey)) batch.Add(next);
            else rest.Add(next);
        }
        foreach (var p in rest) queue.Enqueue(p);
        return batch;
    }

    private async Task SendAsync(List<Pending> batch)
    {
        if (batch.Count == 1)
        {
            await SendOneAsync(batch[0]);
            return;
        }
        try
        {
            var actions = batch.Select(p => p.Version is null
                ? new TableTransactionAction(TableTransactionActionType.Add, p.Entity)
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, p.Entity, new ETag(p.Version))).ToList();
            var response = await table.SubmitTransactionAsync(actions, CancellationToken.None);
            Interlocked.Increment(ref _transactions);
            for (var i = 0; i < batch.Count; i++)
            {
                if (response.Value[i].Headers.ETag is { } etag) batch[i].Done.TrySetResult(etag.ToString());
                else batch[i].Done.TrySetException(new InvalidOperationException("Table service returned no ETag"));
            }
        }
        catch (Exception ex) when (ex is TableTransactionFailedException or RequestFailedException)
        {
            // Nothing of a failed transaction was written: each write goes again on its own and gets its own answer.
            await Task.WhenAll(batch.Select(SendOneAsync));
        }
        catch (Exception ex)
        {
            // Anything else (storage unreachable after the client's retries, say) is every write's answer: a write left
            // unanswered would hang its caller, and its partition's queue with it.
            foreach (var p in batch) p.Done.TrySetException(ex);
        }
    }

    private async Task SendOneAsync(Pending p)
    {
        try
        {
            p.Done.TrySetResult(await TableStore.WriteAsync(table, p.Entity, p.Version, CancellationToken.None));
        }
        catch (Exception ex)
        {
            p.Done.TrySetException(ex);
        }
    }
}
