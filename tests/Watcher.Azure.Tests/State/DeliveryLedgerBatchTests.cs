using Azure.Data.Tables;
using Watcher.Azure.Tables;
using Watcher.Core.State;

namespace Watcher.Azure.Tests.State;

/// <summary>
/// The ledger's batched paths against Azurite: recording many rows (index rows in transactions of 100), claiming
/// without an index write, and finished deliveries whose index rows are deleted later, in one ETag-guarded batch.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DeliveryLedgerBatchTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TableServiceClient _service = null!;
    private TableDeliveryLedger _ledger = null!;
    private readonly DateTimeOffset _now = DateTimeOffset.UtcNow;

    public async Task InitializeAsync()
    {
        await azurite.ResetAsync();
        _service = azurite.Tables;
        await new TableStorageInitializer(_service).EnsureCreatedAsync();
        _ledger = new TableDeliveryLedger(_service);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private List<string> DueIds() => _service.GetTableClient(TableNames.DeliveryDue).Query<TableEntity>().Select(e => TableKeys.Unescape(e.RowKey)).Order().ToList();

    private DeliveryRecord Delivery(string id, string subscription = "sub") => new()
    {
        Id = id, SubscriptionId = subscription, Channel = "webhook", AlertId = "a-" + id, AlertJson = "{}", Created = _now, NextAttempt = _now,
    };

    [Fact]
    public async Task Recording_250_rows_where_some_exist_adds_only_the_new_ones_each_with_its_index_and_log_row()
    {
        Assert.True(await _ledger.TryAddAsync(Delivery("d-007")));
        Assert.True(await _ledger.TryAddAsync(Delivery("d-180")));
        var rows = Enumerable.Range(0, 250).Select(i => Delivery($"d-{i:000}", i % 2 == 0 ? "even" : "odd")).ToList();

        var added = await _ledger.AddManyAsync(rows);

        // The two that existed answered 409 and are not reported; the chunk holding them fell back to row by row.
        Assert.Equal(248, added.Count);
        Assert.DoesNotContain(added, r => r.Id is "d-007" or "d-180");
        Assert.All(added, r => Assert.NotNull(r.Version)); // claimable without reading the row back
        Assert.Equal(250, DueIds().Count);
        // d-180 and d-007 were recorded for "sub" first: their log rows are there, not under even/odd.
        Assert.Equal(124, (await _ledger.ForSubscriptionAsync("even", 500)).Count);
        Assert.Equal(124, (await _ledger.ForSubscriptionAsync("odd", 500)).Count);
        Assert.Equal(2, (await _ledger.ForSubscriptionAsync("sub", 500)).Count);
        Assert.Empty(await _ledger.AddManyAsync(rows)); // all recorded: nothing added, nothing lost
    }

    [Fact]
    public async Task A_claim_leaves_the_index_row_early_which_the_sweep_skips_until_the_lease_ends()
    {
        var row = Assert.Single(await _ledger.AddManyAsync([Delivery("d-1")]));
        var claimed = await _ledger.ClaimAsync(row with { Attempts = 1, NextAttempt = _now.AddMinutes(2) });

        Assert.Equal(["d-1"], DueIds()); // still indexed, at its old time: no later than the row's
        Assert.Empty(await _ledger.DueAsync(_now.AddMinutes(1), 10));
        Assert.Equal(["d-1"], (await _ledger.DueAsync(_now.AddMinutes(3), 10)).Select(d => d.Id)); // a dead worker's claim is picked up
        await Assert.ThrowsAsync<ConcurrencyException>(() => _ledger.ClaimAsync(row with { Attempts = 1 })); // the stale version lost
        Assert.Equal(1, (await _ledger.GetAsync("d-1"))!.Attempts);
        Assert.NotEqual(row.Version, claimed.Version);
    }

    [Fact]
    public async Task Finished_deliveries_leave_the_index_in_one_batch_but_a_row_replayed_meanwhile_keeps_its_index_row()
    {
        var rows = await _ledger.AddManyAsync(Enumerable.Range(0, 5).Select(i => Delivery($"d-{i}")).ToList());
        foreach (var row in rows)
        {
            var claimed = await _ledger.ClaimAsync(row with { Attempts = 1, NextAttempt = _now.AddMinutes(2) });
            await _ledger.FinishAsync(claimed with { Status = DeliveryStatus.Delivered, Delivered = _now });
        }
        Assert.Equal(5, DueIds().Count); // deferred: the ledger rows are final, their index rows wait for the flush

        // Meanwhile d-3 is replayed (by another instance, through its own ledger): pending again, re-indexed.
        var other = new TableDeliveryLedger(_service);
        var d3 = (await other.GetAsync("d-3"))!;
        await other.UpdateAsync(d3 with { Status = DeliveryStatus.Pending, Attempts = 0, NextAttempt = _now, Delivered = null });

        await _ledger.FlushAsync();

        Assert.Equal(["d-3"], DueIds()); // the batch failed on d-3's new ETag; row by row, the other four went
        Assert.Equal(["d-3"], (await _ledger.DueAsync(_now, 10)).Select(d => d.Id));
    }

    [Fact]
    public async Task A_finished_delivery_this_process_did_not_index_leaves_the_index_at_once()
    {
        Assert.True(await new TableDeliveryLedger(_service).TryAddAsync(Delivery("d-x"))); // recorded by another instance
        var row = (await _ledger.GetAsync("d-x"))!;
        var claimed = await _ledger.ClaimAsync(row with { Attempts = 1, NextAttempt = _now.AddMinutes(2) });
        await _ledger.FinishAsync(claimed with { Status = DeliveryStatus.Delivered, Delivered = _now });
        Assert.Empty(DueIds());
    }

    [Fact]
    public async Task Rows_share_four_shard_partitions_and_a_batch_claim_where_one_row_changed_claims_all_the_others()
    {
        var rows = await _ledger.AddManyAsync(Enumerable.Range(0, 40).Select(i => Delivery($"d-{i}")).ToList());
        var partitions = _service.GetTableClient(TableNames.Deliveries).Query<TableEntity>(e => e.RowKey.CompareTo("d-") >= 0 && e.RowKey.CompareTo("d.") < 0)
            .Select(e => e.PartitionKey).Distinct().Order().ToList();
        Assert.Equal(["shard|0", "shard|1", "shard|2", "shard|3"], partitions);

        // Another worker claimed d-7 after we read it: its transaction fails, the rows in it are claimed one by one.
        var other = new TableDeliveryLedger(_service);
        await other.ClaimAsync((await other.GetAsync("d-7"))! with { Attempts = 1, NextAttempt = _now.AddMinutes(2) });
        var claims = await _ledger.ClaimManyAsync(rows.Select(r => r with { Attempts = 1, NextAttempt = _now.AddMinutes(2) }).ToList());

        Assert.Null(claims[rows.ToList().FindIndex(r => r.Id == "d-7")]);
        Assert.Equal(39, claims.Count(c => c is not null));
        var finished = await _ledger.FinishManyAsync(claims.OfType<DeliveryRecord>().Select(c => c with { Status = DeliveryStatus.Delivered }).ToList());
        Assert.All(finished, f => Assert.NotNull(f));
        await _ledger.FlushAsync();
        Assert.Equal(["d-7"], DueIds()); // the one still out (claimed elsewhere) keeps its index row
        Assert.Equal(39, (await Task.WhenAll(Enumerable.Range(0, 40).Select(i => _ledger.GetAsync($"d-{i}")))).Count(r => r!.Status == DeliveryStatus.Delivered));
    }

    [Fact]
    public async Task A_row_written_before_the_shards_is_still_read_claimed_and_finished_where_it_is()
    {
        var table = _service.GetTableClient(TableNames.Deliveries);
        await table.AddEntityAsync(new TableEntity("d-old", "delivery")
        {
            ["Id"] = "d-old", ["SubscriptionId"] = "sub", ["Channel"] = "webhook", ["AlertId"] = "a", ["AlertJson"] = "{}",
            ["Status"] = "Pending", ["Attempts"] = 0, ["Created"] = _now, ["NextAttempt"] = _now,
        });
        await _service.GetTableClient(TableNames.DeliveryDue).AddEntityAsync(new TableEntity("due", "d-old") { ["NextAttempt"] = _now });

        var row = Assert.Single(await _ledger.DueAsync(_now, 10));
        var claimed = Assert.Single(await _ledger.ClaimManyAsync([row with { Attempts = 1, NextAttempt = _now.AddMinutes(2) }]))!;
        Assert.Single(await _ledger.FinishManyAsync([claimed with { Status = DeliveryStatus.Delivered }]));
        await _ledger.FlushAsync();

        var stored = Assert.Single(table.Query<TableEntity>(e => e.PartitionKey == "d-old"));
        Assert.Equal(("delivery", "Delivered", 1), (stored.RowKey, stored.GetString("Status"), stored.GetInt32("Attempts")));
        Assert.Equal(DeliveryStatus.Delivered, (await _ledger.GetAsync("d-old"))!.Status);
        Assert.Empty(DueIds());
    }

    [Fact]
    public async Task The_sweep_query_reads_a_backlog_a_few_rows_at_a_time_and_returns_the_oldest_up_to_top()
    {
        var rows = Enumerable.Range(0, 40).Select(i => Delivery($"d-{i:00}") with { NextAttempt = _now.AddSeconds(-40 + i) }).ToList();
        await _ledger.AddManyAsync(rows);

        var due = await _ledger.DueAsync(_now, 25);

        Assert.Equal(rows.Take(25).Select(r => r.Id), due.Select(d => d.Id)); // oldest first, exactly top of them
        Assert.Equal(40, DueIds().Count); // reading is not deciding: every row is still indexed
    }
}
