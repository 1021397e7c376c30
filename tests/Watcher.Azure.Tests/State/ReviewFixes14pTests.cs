using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Watcher.Azure.Tables;
using Watcher.Core.Pipeline;
using Watcher.Core.Sources;
using Watcher.Core.State;

namespace Watcher.Azure.Tests.State;

/// <summary>
/// Session 14 review of the sources table's schema change: an old-schema row is deleted once its new row is written (and
/// the fallback read is switched off once no unshadowed old row is left), a failed transaction answers only its own rows,
/// and a list reads state rows only.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReviewFixes14pTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TableServiceClient _service = null!;
    private TableClient _table = null!;

    public async Task InitializeAsync()
    {
        await azurite.ResetAsync();
        _service = azurite.Tables;
        await new TableStorageInitializer(_service).EnsureCreatedAsync();
        _table = _service.GetTableClient(TableNames.Sources);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A row as the earlier schema wrote it.</summary>
    private Task WriteOldRowAsync(string sourceId, string etagHeader = "\"old\"") =>
        _table.AddEntityAsync(new TableEntity(TableKeys.Escape(sourceId), "state")
        {
            ["SourceId"] = sourceId, ["Url"] = "http://old.example/feed", ["ETagHeader"] = etagHeader, ["Baselined"] = true,
        });

    private async Task<bool> OldRowExistsAsync(string sourceId) =>
        (await _table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Escape(sourceId), "state")).HasValue;

    private async Task<bool> NewRowExistsAsync(string sourceId) =>
        (await _table.GetEntityIfExistsAsync<TableEntity>(TableSourceStateStore.Partition(sourceId), TableKeys.Escape(sourceId))).HasValue;

    /// <summary>
    /// Point reads of a source no row names, by a store on a counted client: 1 once the fallback is off, else 3 (the new
    /// row, the old row, the new row again).
    /// </summary>
    private static async Task<int> ReadsOfAnUnknownSourceAsync(RequestCounter counter, ISourceStateStore store)
    {
        counter.Reset();
        Assert.Null(await store.GetAsync("never-seen-" + Guid.NewGuid().ToString("N")));
        return counter.Methods.Count(m => m == "GET");
    }

    public static TheoryData<string[], bool> Migrations => new()
    {
        // source ids read from old rows, saved one by one (false) or together (true)
        { ["old-a"], false },
        { ["old-a"], true },
        { ["old-a", "old-b", "https://example.com/news?id=42#top"], false },
        { ["old-a", "old-b", "https://example.com/news?id=42#top"], true },
        { [.. Enumerable.Range(0, 30).Select(i => $"many-{i:D2}")], true },
    };

    [Theory]
    [MemberData(nameof(Migrations))]
    public async Task Saving_a_state_read_from_an_old_row_deletes_the_old_row_and_the_next_list_switches_the_fallback_off(string[] ids, bool together)
    {
        foreach (var id in ids) await WriteOldRowAsync(id);
        var counter = new RequestCounter();
        var store = new TableSourceStateStore(counter.Tables(azurite.ConnectionString));
        ISourceStateStore states = store;

        var listed = await states.ListAsync();
        Assert.Equal(ids.Order(StringComparer.Ordinal), listed.Select(s => s.SourceId));
        Assert.Equal(3, await ReadsOfAnUnknownSourceAsync(counter, store)); // old rows unshadowed: the fallback stays on

        var changed = listed.Select(s => s with { ETag = "\"new\"" }).ToList();
        if (together) Assert.All(await store.SaveManyAsync(changed), a => Assert.Null(a.Error));
        else foreach (var s in changed) await store.SaveAsync(s);

        foreach (var id in ids)
        {
            Assert.True(await NewRowExistsAsync(id));
            Assert.False(await OldRowExistsAsync(id));
            Assert.Equal("\"new\"", (await states.GetAsync(id))!.ETag);
        }
        Assert.Equal(ids.Length, (await states.ListAsync()).Count(s => s.ETag == "\"new\""));
        Assert.Equal(1, await ReadsOfAnUnknownSourceAsync(counter, store)); // no old row left: one read per miss
        ISourceStateStore fresh = new TableSourceStateStore(counter.Tables(azurite.ConnectionString)); // another process
        Assert.Equal(ids.Length, (await fresh.ListAsync()).Count);
        Assert.Equal(1, await ReadsOfAnUnknownSourceAsync(counter, fresh));
    }

    [Fact]
    public async Task A_list_deletes_old_rows_a_new_row_shadows_and_keeps_the_fallback_while_one_is_unshadowed()
    {
        var store = new TableSourceStateStore(_service);
        ISourceStateStore states = store;
        // As a host before this change left them: old rows beside the new rows their first save wrote.
        foreach (var id in new[] { "a", "b", "c" })
        {
            await WriteOldRowAsync(id);
            await store.SaveAsync(new SourceState { SourceId = id, Url = "http://new.example/feed", ETag = "\"new\"" });
        }
        await WriteOldRowAsync("d"); // and one not migrated yet

        var listed = await states.ListAsync();
        Assert.Equal(["a", "b", "c", "d"], listed.Select(s => s.SourceId));
        Assert.Equal(["\"new\"", "\"new\"", "\"new\"", "\"old\""], listed.Select(s => s.ETag));
        Assert.Equal(new[] { false, false, false, true }, await Task.WhenAll(new[] { "a", "b", "c", "d" }.Select(OldRowExistsAsync)));
        // d's old row is still needed: a point read of a source missing from the new schema still looks for an old row.
        await WriteOldRowAsync("late");
        Assert.NotNull(await states.GetAsync("late"));

        // d and late migrate; the next list finds no old row and switches the fallback off.
        foreach (var id in new[] { "d", "late" }) await store.SaveAsync((await states.GetAsync(id))!);
        Assert.Equal(5, (await states.ListAsync()).Count);
        await WriteOldRowAsync("later");
        Assert.Null(await states.GetAsync("later"));
        Assert.NotNull(await ((ISourceStateStore)new TableSourceStateStore(_service)).GetAsync("later"));
    }

    /// <summary>Runs an action (once) just before the first read of an old-schema row goes out.</summary>
    private sealed class BeforeOldRowRead(Func<Task> action) : HttpPipelinePolicy
    {
        private int _done;

        private static bool IsOldRowRead(HttpMessage message) =>
            message.Request.Method == RequestMethod.Get && Uri.UnescapeDataString(message.Request.Uri.Path).Contains("RowKey='state')", StringComparison.Ordinal);

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            if (IsOldRowRead(message) && Interlocked.Exchange(ref _done, 1) == 0) action().GetAwaiter().GetResult();
            ProcessNext(message, pipeline);
        }

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            if (IsOldRowRead(message) && Interlocked.Exchange(ref _done, 1) == 0) await action();
            await ProcessNextAsync(message, pipeline);
        }
    }

    [Theory]
    [InlineData("mid-read")]
    [InlineData("https://example.com/feed?x=1#y")]
    public async Task A_point_read_during_another_hosts_migration_of_the_row_finds_the_new_row(string id)
    {
        await WriteOldRowAsync(id);
        var other = new TableSourceStateStore(_service);
        var theirs = (await other.GetAsync(id))!;
        // Between our read of the new row (missing) and of the old row, another host migrates it: new row in, old row out.
        var policy = new BeforeOldRowRead(() => other.SaveAsync(theirs with { ETag = "\"migrated\"" }));
        ISourceStateStore ours = new TableSourceStateStore(WatchedTables.Client(azurite.ConnectionString, policy, HttpPipelinePosition.PerCall));

        var read = await ours.GetAsync(id);

        Assert.False(await OldRowExistsAsync(id));
        Assert.NotNull(read); // before: null, and the source was taken for a new one
        Assert.Equal("\"migrated\"", read.ETag);
        await ours.SaveAsync(read with { LastError = "ours" }); // and its version guards our save
    }

    public static TheoryData<string, string, bool> RowsOfTheTable => new()
    {
        // PartitionKey, RowKey, listed as a state
        { "states-0", "src-x", true },        // a state row (the shard is whatever the id gives; see below)
        { "old-source", "state", true },      // an old-schema state row
        { "config", "settings", false },      // other row kinds that a SourceId column would once have made a state
        { "lease", "timer", false },
        { "states", "cursor", false },        // just before the state partitions
        { "statesarchive", "2026-11", false }, // just after them
        { "state", "lock", false },
    };

    [Theory]
    [MemberData(nameof(RowsOfTheTable))]
    public async Task A_list_reads_state_rows_only(string partitionKey, string rowKey, bool listed)
    {
        var store = new TableSourceStateStore(_service);
        ISourceStateStore states = store;
        var sourceId = partitionKey.StartsWith("states-", StringComparison.Ordinal) ? rowKey : rowKey == "state" ? partitionKey : $"{partitionKey}/{rowKey}";
        var key = partitionKey.StartsWith("states-", StringComparison.Ordinal) ? TableSourceStateStore.Partition(rowKey) : partitionKey;
        await _table.AddEntityAsync(new TableEntity(key, rowKey) { ["SourceId"] = sourceId, ["Url"] = "http://x/" });
        await store.SaveAsync(new SourceState { SourceId = "known", Url = "http://known/" });

        var ids = (await states.ListAsync()).Select(s => s.SourceId).ToList();

        Assert.Contains("known", ids);
        Assert.Equal(listed, ids.Contains(sourceId));
        Assert.Equal(listed ? 2 : 1, ids.Count);
    }

    /// <summary>Fails (as throttling past the retries would) every transaction that writes the given partition.</summary>
    private sealed class FailTransactionsOf(string partition) : HttpPipelinePolicy
    {
        public int Failed;

        public bool On = true;

        private void Check(HttpMessage message)
        {
            if (!On || message.Request.Method != RequestMethod.Post || !message.Request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal)) return;
            using var body = new MemoryStream();
            message.Request.Content!.WriteTo(body, message.CancellationToken);
            if (!System.Text.Encoding.UTF8.GetString(body.ToArray()).Contains($"\"PartitionKey\":\"{partition}\"", StringComparison.Ordinal)) return;
            Interlocked.Increment(ref Failed);
            throw new RequestFailedException(503, "injected: the server is busy");
        }

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            Check(message);
            ProcessNext(message, pipeline);
        }

        public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            Check(message);
            return ProcessNextAsync(message, pipeline);
        }
    }

    [Theory]
    [InlineData(40, false)]  // one transaction per partition
    [InlineData(250, false)] // several transactions in the failing partition
    [InlineData(40, true)]   // the failing partition's states were read from old rows (a migrating save)
    public async Task A_transaction_that_fails_answers_only_its_own_rows_and_the_other_partitions_are_written(int count, bool fromOldRows)
    {
        var ids = Enumerable.Range(0, count).Select(i => $"src-{i:D3}").ToList();
        var failing = TableSourceStateStore.Partition(ids[0]);
        var setup = new TableSourceStateStore(_service);
        if (fromOldRows) foreach (var id in ids) await WriteOldRowAsync(id);
        List<SourceState> read = fromOldRows
            ? [.. await ((ISourceStateStore)setup).ListAsync()]
            : ids.Select(id => new SourceState { SourceId = id, Url = "http://x/" + id }).ToList();
        var policy = new FailTransactionsOf(failing);
        var store = new TableSourceStateStore(WatchedTables.Client(azurite.ConnectionString, policy, HttpPipelinePosition.PerCall));

        var answers = await store.SaveManyAsync([.. read.Select(s => s with { ETag = "\"saved\"", Baselined = true })]);

        Assert.True(policy.Failed > 0);
        for (var i = 0; i < count; i++)
        {
            var inFailing = TableSourceStateStore.Partition(ids[i]) == failing;
            Assert.Equal(ids[i], answers[i].State.SourceId);
            if (inFailing)
            {
                Assert.Equal(503, Assert.IsType<RequestFailedException>(answers[i].Error).Status);
                Assert.False(await NewRowExistsAsync(ids[i]));
                Assert.Equal(fromOldRows, await OldRowExistsAsync(ids[i])); // a failed migration keeps the old row
            }
            else
            {
                Assert.Null(answers[i].Error);
                Assert.False(await OldRowExistsAsync(ids[i]));
                // The answered version is the stored one: it guards the next save.
                Assert.Equal("\"saved\"", (await setup.GetAsync(ids[i]))!.ETag);
                await setup.SaveAsync(answers[i].State with { LastError = "next" });
            }
        }
        Assert.Contains(ids, id => TableSourceStateStore.Partition(id) != failing);
        // The failed rows save once the partition answers again, from what they were.
        var retry = await setup.SaveManyAsync([.. answers.Where(a => a.Error is not null).Select(a => a.State)]);
        Assert.All(retry, a => Assert.Null(a.Error));
        Assert.Equal(count, (await ((ISourceStateStore)setup).ListAsync()).Count(s => s.ETag == "\"saved\""));
    }

    [Fact]
    public async Task A_row_the_service_refuses_fails_alone_and_the_rest_of_its_transaction_is_written()
    {
        var store = new TableSourceStateStore(_service);
        var states = Enumerable.Range(0, 30).Select(i => new SourceState { SourceId = $"src-{i:D2}", Url = "http://x/" }).ToList();
        // A string column over 64 KB: the service refuses the row (400), and with it its transaction.
        states[4] = states[4] with { LastError = new string('x', 40_000) };

        var answers = await store.SaveManyAsync(states);

        Assert.Equal(400, Assert.IsType<RequestFailedException>(answers[4].Error).Status);
        Assert.All(answers.Where((_, i) => i != 4), a => Assert.Null(a.Error));
        var listed = (await ((ISourceStateStore)store).ListAsync()).Select(s => s.SourceId).ToList();
        Assert.Equal(29, listed.Count);
        Assert.DoesNotContain("src-04", listed);
    }

    [Fact]
    public async Task A_cycle_whose_state_transaction_fails_for_one_partition_fails_only_that_partitions_first_polls()
    {
        await using var server = await LocalHttpServer.StartAsync(ctx =>
        {
            var n = ctx.Request.Path.Value!.Split('/')[^1];
            return ctx.Response.WriteAsync($"<rss version=\"2.0\"><channel><title>{n}</title><item><guid>g-1</guid><title>alpha{n} bravo{n} charlie{n} delta{n}</title></item></channel></rss>");
        });
        var sources = Enumerable.Range(0, 40).Select(i => new SourceDefinition { Id = $"src-{i:D2}", Url = new Uri(server.BaseUrl, $"feed/{i}").AbsoluteUri }).ToList();
        var failing = TableSourceStateStore.Partition(sources[0].Id);
        var inFailing = sources.Count(s => TableSourceStateStore.Partition(s.Id) == failing);
        var policy = new FailTransactionsOf(failing);
        using var host = await TestHosts.StartAsync(azurite, services: s => s.AddSingleton(WatchedTables.Client(azurite.ConnectionString, policy, HttpPipelinePosition.PerCall)));
        var cycle = host.Services.GetRequiredService<PollCycle>();
        var states = host.Services.GetRequiredService<ISourceStateStore>();

        var report = await cycle.RunAsync(sources);

        // Before: all 40 first polls failed (the one failed transaction faulted the whole flush).
        Assert.True(policy.Failed > 0);
        Assert.Equal((40 - inFailing, inFailing), (report.Fetched, report.Failed));
        var saved = await states.ListAsync();
        Assert.Equal(sources.Where(s => TableSourceStateStore.Partition(s.Id) != failing).Select(s => s.Id), saved.Where(s => s.Baselined).Select(s => s.SourceId));

        // The partition answers again: the next cycle baselines the rest, and the others poll from the versions they saved.
        policy.On = false;
        report = await cycle.RunAsync(sources);
        Assert.Equal(0, report.Failed);
        Assert.Equal(40, (await states.ListAsync()).Count(s => s.Baselined));
    }
}
