using Azure.Data.Tables;
using Watcher.Azure.Tables;
using Watcher.Core.Facts;
using Watcher.Core.State;
using Watcher.Core.Tariffs;

namespace Watcher.Azure.Tests.State;

/// <summary>
/// Session 16 (pipe16): "delete if present" is one helper on the Table store base (<see cref="TableStore.DeleteIfPresentAsync(TableClient, string, string, CancellationToken)"/>),
/// used by the tariff store's retire, the source state store's old-row delete and the webhook store's delete; a delete
/// of a row that is not there is no error in any of them.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DeleteIfPresentTests(AzuriteFixture azurite) : IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await azurite.ResetAsync();
        await new TableStorageInitializer(azurite.Tables).EnsureCreatedAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static readonly DateTimeOffset Now = new(2025, 3, 8, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_helper_says_whether_it_deleted_a_row_and_a_missing_row_is_no_error()
    {
        var table = azurite.Tables.GetTableClient(TableNames.Webhooks);
        await table.AddEntityAsync(new TableEntity("p", "r"));
        Assert.True(await TableStore.DeleteIfPresentAsync(table, "p", "r", CancellationToken.None));
        Assert.False(await TableStore.DeleteIfPresentAsync(table, "p", "r", CancellationToken.None));
        Assert.False(await TableStore.DeleteIfPresentAsync(table, "never", "there", CancellationToken.None));
    }

    [Fact]
    public async Task A_batched_delete_that_names_rows_already_gone_deletes_the_rest_and_is_no_error()
    {
        // Two retention runs overlapping (a duplicate timer fire, two hosts): the second finds some rows already deleted.
        // The service fails the whole transaction with 404 for one of them; the helper drops that row and sends the rest.
        var table = azurite.Tables.GetTableClient(TableNames.Webhooks);
        var rows = Enumerable.Range(0, 150).Select(i => new TableEntity("p", $"r{i:000}")).ToList();
        await TableStore.SubmitBatchedAsync(table, rows, TableTransactionActionType.UpsertReplace, CancellationToken.None);
        foreach (var gone in new[] { "r000", "r057", "r099", "r100", "r149" }) await table.DeleteEntityAsync("p", gone);

        await TableStore.SubmitBatchedAsync(table, rows, TableTransactionActionType.Delete, CancellationToken.None);

        Assert.Empty(await TableStore.QueryAsync(table, "PartitionKey eq 'p'", CancellationToken.None));
        // Every row gone already: still no error.
        await TableStore.SubmitBatchedAsync(table, rows, TableTransactionActionType.Delete, CancellationToken.None);
    }

    [Fact]
    public async Task Deleting_a_webhook_endpoint_that_is_not_there_is_no_error()
    {
        var store = new TableWebhookEndpointStore(azurite.Tables);
        await store.DeleteAsync("missing");
        await store.SaveAsync(new WebhookEndpoint { Id = "hook-1", Url = "https://example.com/hook", Secrets = ["s"], Topics = [], Created = Now });
        await store.DeleteAsync("hook-1");
        Assert.Null(await store.GetAsync("hook-1"));
        await store.DeleteAsync("hook-1"); // deleted already (another request)
    }

    [Fact]
    public async Task Retiring_a_tariff_row_that_is_not_there_is_no_error()
    {
        var store = new TableTariffStore(azurite.Tables);
        await store.RetireAsync("US", "CA", "aluminium");
        var saved = await store.SaveAsync(new TariffRecord
        {
            Imposer = "US", Target = "CA", Product = "copper", FirstSeen = Now, LastChanged = Now,
            Current = new TariffObservation { Rate = 10, Status = TariffStatuses.InForce, Action = TariffActions.Imposed, Evidence = "e", Seen = Now },
        });
        await store.RetireAsync("US", "CA", "copper");
        Assert.Null(await store.GetAsync("US", "CA", "copper"));
        await store.RetireAsync("US", "CA", "copper");
        Assert.NotNull(saved.Version);
    }

    [Fact]
    public async Task Saving_a_state_read_from_an_old_row_another_host_deleted_already_is_no_error()
    {
        // an old-schema state row (PartitionKey = source id, RowKey = "state"), read, then deleted by another host's migration
        var table = azurite.Tables.GetTableClient(TableNames.Sources);
        await table.AddEntityAsync(new TableEntity(TableKeys.Escape("src-1"), "state") { ["SourceId"] = "src-1", ["Url"] = "https://example.com/feed" });
        var store = new TableSourceStateStore(azurite.Tables);
        var state = await store.GetAsync("src-1") ?? throw new Xunit.Sdk.XunitException("the old row was not read");
        Assert.True(await TableStore.DeleteIfPresentAsync(table, TableKeys.Escape("src-1"), "state", CancellationToken.None));

        var saved = await store.SaveAsync(state with { LastError = "none" });
        Assert.Equal("none", (await store.GetAsync("src-1"))!.LastError);
        Assert.NotNull(saved.Version);
    }
}

/// <summary>
/// Session 16 (pipe16), fix15g's gap in Azurite: a row stored under a product's key of before the goods key changed, and
/// a host whose first report of it is a silent baseline poll (a record-only plan): one row after it, the history kept.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TrackerLegacyBaselineTableTests(AzuriteFixture azurite) : IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await azurite.ResetAsync();
        await new TableStorageInitializer(azurite.Tables).EnsureCreatedAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static readonly DateTimeOffset Now = new(2025, 3, 8, 9, 0, 0, TimeSpan.Zero);

    private static TariffRecord Old(string product, double rate) => new()
    {
        Imposer = "US", Target = "CA", Product = product, Name = product, FirstSeen = Now.AddDays(-30), LastChanged = Now.AddDays(-30),
        Current = new TariffObservation { Rate = rate, Status = TariffStatuses.InForce, Action = TariffActions.Imposed, Evidence = "old report", Seen = Now.AddDays(-30) },
    };

    private static async Task Baseline(ITariffStore store, string text)
    {
        var tracker = new TariffTracker(store, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Now));
        await tracker.CommitAsync(await tracker.PlanAsync([(FactExtractor.Extract(text), new FactSource("wire", "Wire", "s-2", null, "t"))], recordOnly: true));
    }

    [Fact]
    public async Task A_baseline_poll_after_the_upgrade_moves_the_old_key_row_and_keeps_its_history()
    {
        await new TableTariffStore(azurite.Tables).SaveAsync(Old("aluminium", 25)); // written by the host before the upgrade
        var store = new TableTariffStore(azurite.Tables);                           // the upgraded host
        await Baseline(store, "The US raised its tariff on Canadian aluminium to 50% from 25% on Monday.");

        var row = Assert.Single(await store.ListAsync("US", "CA"));
        Assert.Equal(("aluminum", 50.0), (row.Product, row.Current.Rate!.Value));
        Assert.Equal([25.0], row.History.Select(h => h.Rate!.Value));
        Assert.Equal(Now.AddDays(-30), row.FirstSeen);
        Assert.Null(await store.GetAsync("US", "CA", "aluminium"));
    }

    [Fact]
    public async Task A_fresh_table_answers_from_one_scan_and_a_baseline_poll_reads_no_row()
    {
        var store = new CountingStore(new TableTariffStore(azurite.Tables));
        await Baseline(store, "The US imposed a 25% tariff on Canadian aluminium.");
        await Baseline(store, "The US imposed a 25% tariff on Canadian steel products.");
        Assert.Equal(0, store.Reads);
        Assert.Equal(2, (await store.ListAsync("US", "CA")).Count);
    }

    /// <summary>Counts point reads.</summary>
    private sealed class CountingStore(ITariffStore inner) : ITariffStore
    {
        public int Reads;
        public Task<TariffRecord?> GetAsync(string imposer, string target, string product, CancellationToken ct = default)
        {
            Interlocked.Increment(ref Reads);
            return inner.GetAsync(imposer, target, product, ct);
        }
        public Task<bool> MayHoldAsync(string imposer, string target, string product, CancellationToken ct = default) => inner.MayHoldAsync(imposer, target, product, ct);
        public Task<TariffRecord> SaveAsync(TariffRecord record, CancellationToken ct = default) => inner.SaveAsync(record, ct);
        public Task<IReadOnlyList<TariffRecord>> ListAsync(string? imposer = null, string? target = null, CancellationToken ct = default) => inner.ListAsync(imposer, target, ct);
        public Task RetireAsync(string imposer, string target, string product, CancellationToken ct = default) => inner.RetireAsync(imposer, target, product, ct);
        public Task<EventRecord?> GetEventAsync(string key, CancellationToken ct = default) => inner.GetEventAsync(key, ct);
        public Task<bool> TryAddEventAsync(EventRecord record, CancellationToken ct = default) => inner.TryAddEventAsync(record, ct);
    }
}
