using Azure.Data.Tables;
using Watcher.Azure.Tables;
using Watcher.Core.State;

namespace Watcher.Azure.Tests.State;

/// <summary>
/// The sources table's state rows: sharded partitions written in transactions, and rows of the earlier schema
/// (PartitionKey = source id, RowKey = "state") still read, listed and taken over by their first save.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SourceStateSchemaTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TableServiceClient _service = null!;

    public async Task InitializeAsync()
    {
        await azurite.ResetAsync();
        _service = azurite.Tables;
        await new TableStorageInitializer(_service).EnsureCreatedAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A row as the earlier schema wrote it (every property, nulls included).</summary>
    private async Task WriteOldRowAsync(string sourceId, string etagHeader, bool baselined)
    {
        var polled = new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);
        await _service.GetTableClient(TableNames.Sources).AddEntityAsync(new TableEntity(TableKeys.Escape(sourceId), "state")
        {
            ["SourceId"] = sourceId, ["Url"] = "http://old.example/feed", ["ConfiguredUrl"] = "http://old.example/feed",
            ["ETagHeader"] = etagHeader, ["LastModified"] = null, ["Baselined"] = baselined, ["FirstAttempt"] = null,
            ["LastPolled"] = polled, ["LastSuccess"] = polled, ["NextPollNotBefore"] = null, ["ConsecutiveFailures"] = 0,
            ["LastError"] = null, ["BrokenAlerted"] = false,
        });
    }

    [Theory]
    [InlineData("old-source")]
    [InlineData("https://example.com/news?id=42#top")]
    public async Task A_state_row_of_the_earlier_schema_is_read_listed_and_taken_over_by_its_first_save(string id)
    {
        await WriteOldRowAsync(id, "\"e1\"", baselined: true);
        var store = new TableSourceStateStore(_service);
        ISourceStateStore states = store;

        var read = await states.GetAsync(id);
        Assert.NotNull(read);
        Assert.Equal((id, true, "\"e1\"", "http://old.example/feed"), (read.SourceId, read.Baselined, read.ETag, read.Url));
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.Zero), read.LastSuccess);
        Assert.Null(read.LastModified);
        var listed = Assert.Single(await states.ListAsync());
        Assert.Equal((id, "\"e1\""), (listed.SourceId, listed.ETag));

        // The first save writes the new row; from then on it is the one read and listed.
        var saved = await store.SaveAsync(read with { ETag = "\"e2\"" });
        Assert.Equal("\"e2\"", (await states.GetAsync(id))!.ETag);
        Assert.Equal(saved.Version, (await states.GetAsync(id))!.Version);
        listed = Assert.Single(await states.ListAsync());
        Assert.Equal("\"e2\"", listed.ETag);
        // A second host that read the old row too loses its race (the new row exists), as with any stale state;
        // so does one that listed it.
        await Assert.ThrowsAsync<ConcurrencyException>(() => store.SaveAsync(read with { ETag = "\"e3\"" }));
        var answer = Assert.Single(await store.SaveManyAsync([read with { ETag = "\"e3\"" }]));
        Assert.IsType<ConcurrencyException>(answer.Error);
        Assert.Equal("\"e2\"", (await states.GetAsync(id))!.ETag);
        // And the saved state saves again, guarded by its new version.
        await store.SaveAsync(saved with { ETag = "\"e4\"" });
        Assert.Equal("\"e4\"", (await states.GetAsync(id))!.ETag);
    }

    [Fact]
    public async Task A_list_without_old_rows_makes_point_reads_of_unknown_sources_skip_the_old_row()
    {
        var store = new TableSourceStateStore(_service);
        ISourceStateStore states = store;
        await store.SaveAsync(new SourceState { SourceId = "new", Url = "http://x/" });
        Assert.Single(await states.ListAsync());
        // An old row written after that list (an older host still running) is not read any more; the new row still is.
        await WriteOldRowAsync("late", "\"e1\"", baselined: true);
        Assert.Null(await states.GetAsync("late"));
        Assert.NotNull(await states.GetAsync("new"));
        // A fresh store (another process) reads it.
        Assert.NotNull(await ((ISourceStateStore)new TableSourceStateStore(_service)).GetAsync("late"));
    }

    [Fact]
    public async Task States_saved_together_are_written_in_transactions_and_a_lost_race_fails_only_its_own_row()
    {
        var store = new TableSourceStateStore(_service);
        ISourceStateStore states = store;
        var fresh = Enumerable.Range(0, 250).Select(i => new SourceState { SourceId = $"src-{i:D3}", Url = $"http://x/{i}", Baselined = true }).ToList();

        var answers = await store.SaveManyAsync(fresh);
        Assert.All(answers, a => Assert.Null(a.Error));
        Assert.Equal(fresh.Select(s => s.SourceId), answers.Select(a => a.State.SourceId));
        Assert.All(answers, a => Assert.False(string.IsNullOrEmpty(a.State.Version)));
        Assert.Equal(250, (await states.ListAsync()).Count);

        // Another poll wrote src-007 since: its save loses, every other row of its transaction is still written.
        await store.SaveAsync(answers[7].State with { ETag = "\"other\"" });
        var again = await store.SaveManyAsync([.. answers.Take(20).Select(a => a.State with { ETag = "\"next\"" })]);
        Assert.IsType<ConcurrencyException>(again[7].Error);
        Assert.All(again.Where((_, i) => i != 7), a => Assert.Null(a.Error));
        var stored = (await states.ListAsync()).ToDictionary(s => s.SourceId);
        Assert.Equal("\"other\"", stored["src-007"].ETag);
        Assert.All(Enumerable.Range(0, 20).Where(i => i != 7), i => Assert.Equal("\"next\"", stored[$"src-{i:D3}"].ETag));
        Assert.All(Enumerable.Range(20, 230), i => Assert.Null(stored[$"src-{i:D3}"].ETag));
        // Each saved version guards the next save.
        Assert.Null((await store.SaveManyAsync([again[3].State with { LastError = "x" }]))[0].Error);
    }
}
