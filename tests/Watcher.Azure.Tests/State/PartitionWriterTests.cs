using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Watcher.Azure.Tables;
using Watcher.Core.State;

namespace Watcher.Azure.Tests.State;

/// <summary>
/// Group commit against Azurite: writes to one partition that arrive while one is on its way share the next transaction,
/// and each keeps its own answer (an ETag, or a lost race).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PartitionWriterTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly HoldFirstRequest _hold = new();
    private TableClient _table = null!;

    public async Task InitializeAsync()
    {
        _table = WatchedTables.Client(azurite.ConnectionString, _hold, HttpPipelinePosition.PerCall).GetTableClient("PartitionWriter" + Guid.NewGuid().ToString("N")[..8]);
        await _table.CreateIfNotExistsAsync();
        _hold.Requests.Clear();
    }

    public Task DisposeAsync() => _table.DeleteAsync();

    private static TableEntity Row(string partition, string row, string value = "v") => new(partition, row) { ["Value"] = value };

    [Fact]
    public async Task Writes_arriving_while_one_is_on_its_way_go_together_in_the_next_transaction()
    {
        var writer = new PartitionWriter(_table);
        var release = _hold.HoldNext();
        var first = writer.WriteAsync(Row("p", "r00"), null, default);
        await _hold.Held;
        var rest = Enumerable.Range(1, 20).Select(i => writer.WriteAsync(Row("p", $"r{i:00}"), null, default)).ToList();
        release();

        var etags = await Task.WhenAll([first, .. rest]);

        Assert.Equal(["POST", "POST"], _hold.Requests.Select(r => r.Method)); // one insert, then one $batch of 20
        Assert.EndsWith("$batch", _hold.Requests[1].Path);
        Assert.Equal(1, writer.Transactions);
        Assert.Equal(21, await _table.QueryAsync<TableEntity>(e => e.PartitionKey == "p").CountAsync());
        // Every ETag handed back is the row's own: an update conditional on it succeeds.
        for (var i = 0; i <= 20; i++) await _table.UpdateEntityAsync(Row("p", $"r{i:00}", "updated"), new ETag(etags[i]), TableUpdateMode.Replace);
    }

    [Fact]
    public async Task A_lost_race_in_a_transaction_fails_only_its_own_write()
    {
        await _table.AddEntityAsync(Row("p", "taken"));
        var stale = (await _table.AddEntityAsync(Row("p", "moved"))).Headers.ETag!.Value.ToString();
        await _table.UpdateEntityAsync(Row("p", "moved", "someone else"), ETag.All, TableUpdateMode.Replace);
        var writer = new PartitionWriter(_table);
        var release = _hold.HoldNext();
        var first = writer.WriteAsync(Row("p", "a"), null, default);
        await _hold.Held;
        var insertTaken = writer.WriteAsync(Row("p", "taken"), null, default);
        var updateStale = writer.WriteAsync(Row("p", "moved", "mine"), stale, default);
        var fine = writer.WriteAsync(Row("p", "b"), null, default);
        release();

        await first;
        await Assert.ThrowsAsync<ConcurrencyException>(() => insertTaken);   // inserted by someone else: a lost race
        await Assert.ThrowsAsync<ConcurrencyException>(() => updateStale);   // changed since read: a lost race
        await fine;                                                           // its neighbours are written all the same
        Assert.Equal("v", (await _table.GetEntityAsync<TableEntity>("p", "b")).Value.GetString("Value"));
        Assert.Equal("someone else", (await _table.GetEntityAsync<TableEntity>("p", "moved")).Value.GetString("Value"));
    }

    [Fact]
    public async Task Two_writes_of_one_row_never_share_a_transaction()
    {
        // A transaction may not touch a row twice: the repeat waits for the next request and answers as a lone write would.
        var writer = new PartitionWriter(_table);
        var release = _hold.HoldNext();
        var first = writer.WriteAsync(Row("p", "a"), null, default);
        await _hold.Held;
        var x1 = writer.WriteAsync(Row("p", "x", "one"), null, default);
        var x2 = writer.WriteAsync(Row("p", "x", "two"), null, default);
        var y = writer.WriteAsync(Row("p", "y"), null, default);
        release();

        await Task.WhenAll(first, x1, y);
        await Assert.ThrowsAsync<ConcurrencyException>(() => x2);
        Assert.Equal("one", (await _table.GetEntityAsync<TableEntity>("p", "x")).Value.GetString("Value"));
    }

    [Fact]
    public async Task A_partition_in_flight_does_not_hold_up_another()
    {
        var writer = new PartitionWriter(_table);
        var release = _hold.HoldNext();
        var held = writer.WriteAsync(Row("a", "1"), null, default);
        await _hold.Held;

        await writer.WriteAsync(Row("b", "1"), null, default).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.False(held.IsCompleted);
        release();
        await held;
    }

    [Fact]
    public async Task A_transaction_storage_refuses_hands_every_caller_the_error_and_the_writer_goes_on()
    {
        var writer = new PartitionWriter(_table);
        await _table.DeleteAsync();
        var release = _hold.HoldNext();
        var first = writer.WriteAsync(Row("p", "a"), null, default);
        await _hold.Held;
        var rest = Enumerable.Range(0, 5).Select(i => writer.WriteAsync(Row("p", $"r{i}"), null, default)).ToList();
        release();

        await Assert.ThrowsAsync<RequestFailedException>(() => first); // the table is gone: each caller hears it
        foreach (var write in rest) Assert.Equal(404, (await Assert.ThrowsAsync<RequestFailedException>(() => write)).Status);

        await _table.CreateIfNotExistsAsync();
        await writer.WriteAsync(Row("p", "after"), null, default); // nothing left stuck in the writer
        Assert.True((await _table.GetEntityIfExistsAsync<TableEntity>("p", "after")).HasValue);
    }

    [Fact]
    public async Task A_transaction_that_cannot_be_sent_at_all_hands_every_caller_the_error_and_the_writer_goes_on()
    {
        // Not a refusal from storage but no answer at all (what the client throws once its retries are spent): before,
        // such an exception left the waiting writes unanswered and the partition's queue stuck, hanging every caller.
        var writer = new PartitionWriter(_table);
        var release = _hold.HoldNext();
        var first = writer.WriteAsync(Row("p", "a"), null, default);
        await _hold.Held;
        var rest = Enumerable.Range(0, 5).Select(i => writer.WriteAsync(Row("p", $"r{i}"), null, default)).ToList();
        _hold.Fail = new IOException("storage unreachable (test)");
        release();

        await Assert.ThrowsAsync<IOException>(() => first);
        foreach (var write in rest) await Assert.ThrowsAsync<IOException>(() => write.WaitAsync(TimeSpan.FromMinutes(2)));

        _hold.Fail = null;
        await writer.WriteAsync(Row("p", "after"), null, default).WaitAsync(TimeSpan.FromMinutes(2)); // nothing left stuck
        Assert.True((await _table.GetEntityIfExistsAsync<TableEntity>("p", "after")).HasValue);
    }

    /// <summary>Records each request, and holds the next one back until told to let it go.</summary>
    private sealed class HoldFirstRequest : HttpPipelinePolicy
    {
        private TaskCompletionSource? _gate;
        private TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public List<(string Method, string Path)> Requests { get; } = [];

        /// <summary>When set, every request throws it (after the hold) instead of being sent.</summary>
        public volatile Exception? Fail;

        /// <summary>Completes when the held request has reached the gate.</summary>
        public Task Held => _held.Task;

        public Action HoldNext()
        {
            _held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _gate = gate;
            return () => gate.TrySetResult();
        }

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            lock (Requests) Requests.Add((message.Request.Method.Method, message.Request.Uri.Path));
            ProcessNext(message, pipeline);
        }

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            lock (Requests) Requests.Add((message.Request.Method.Method, message.Request.Uri.Path));
            var gate = Interlocked.Exchange(ref _gate, null);
            if (gate is not null)
            {
                _held.TrySetResult();
                await gate.Task;
            }
            if (Fail is { } fail) throw fail;
            await ProcessNextAsync(message, pipeline);
        }
    }
}
