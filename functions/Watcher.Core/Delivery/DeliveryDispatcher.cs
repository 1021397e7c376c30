using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Watcher.Core.Alerts;
using Watcher.Core.Feeds;
using Watcher.Core.State;

namespace Watcher.Core.Delivery;

public sealed class DeliveryOptions
{
    public const string Section = "Watcher:Delivery";
    /// <summary>Attempts before a delivery is dead-lettered.</summary>
    public int MaxAttempts { get; set; } = 10;
    /// <summary>How long a claimed delivery is hidden from other workers while it is being sent.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);
    /// <summary>
    /// Deliveries sent at once by <see cref="DeliveryDispatcher.DeliverManyAsync"/> (the local host's cycle and the
    /// sweep). It also bounds the connections to any one receiver: at most this many requests are in flight.
    /// </summary>
    public int Parallelism { get; set; } = 8;
}

/// <summary>
/// The delivery ledger's writer and reader. <see cref="RecordAsync"/> writes one pending row per
/// (subscription, alert, channel) before anything is sent (the outbox); <see cref="DeliverAsync"/> claims a row
/// with an optimistic-concurrency write, sends it, and records the outcome, so duplicate queue messages, a second
/// timer fire or two workers never send one delivery twice, and a crash never loses one.
/// </summary>
public sealed class DeliveryDispatcher(
    IDeliveryLedger ledger,
    ISubscriptionStore subscriptions,
    IEnumerable<IAlertChannel> channels,
    DeliveryOptions options,
    TimeProvider time,
    ILogger<DeliveryDispatcher> logger)
{
    private readonly Dictionary<string, IAlertChannel> _channels = channels.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);

    public static string DeliveryId(string subscriptionId, string alertId, string channel) =>
        "d-" + ItemIdentity.Hash($"{subscriptionId}\n{alertId}\n{channel}");

    /// <summary>
    /// Rows this dispatcher just recorded, with their version: delivering one of them needs no read, since a claim
    /// with that version succeeds only if nobody touched the row since. Bounded: past the cap it starts over.
    /// </summary>
    private readonly ConcurrentDictionary<string, DeliveryRecord> _recorded = new(StringComparer.Ordinal);
    private const int MaxRecorded = 10_000;

    /// <summary>Writes a pending ledger row for every subscriber who wants each alert; returns the ids this call added.</summary>
    public async Task<IReadOnlyList<string>> RecordAsync(IReadOnlyList<Alert> alerts, CancellationToken ct = default)
    {
        if (alerts.Count == 0) return [];
        var subs = (await subscriptions.ListAsync(ct)).Where(s => s.Enabled).ToList();
        var now = time.GetUtcNow();
        var records = new List<DeliveryRecord>();
        var byId = new Dictionary<string, Alert>(StringComparer.Ordinal);
        foreach (var a in alerts) byId.TryAdd(a.Id, a);
        foreach (var alert in alerts)
        {
            var json = alert.ToJson();
            foreach (var sub in subs.Where(s => s.Wants(alert) && !CarriedByHost(alert, s, byId)))
                records.Add(new DeliveryRecord
                {
                    Id = DeliveryId(sub.Id, alert.Id, sub.Channel),
                    SubscriptionId = sub.Id,
                    Channel = sub.Channel,
                    AlertId = alert.Id,
                    AlertJson = json,
                    Created = now,
                    NextAttempt = now,
                });
        }
        var added = await ledger.AddManyAsync(records.DistinctBy(r => r.Id, StringComparer.Ordinal).ToList(), ct);
        if (_recorded.Count + added.Count > MaxRecorded) _recorded.Clear();
        foreach (var row in added.Where(r => r.Version is not null)) _recorded[row.Id] = row;
        return added.Select(r => r.Id).ToList();
    }

    /// <summary>A folded fact alert reaches a person through its story alert, if that person gets the story alert.</summary>
    private static bool CarriedByHost(Alert alert, Subscription sub, Dictionary<string, Alert> batch) =>
        alert.FoldedInto is { } hostId && sub.Channel != ChannelNames.Webhook && batch.TryGetValue(hostId, out var host) && sub.Wants(host);

    /// <summary>Sends one recorded delivery unless it is already delivered, dead, or claimed by another worker.</summary>
    public async Task<DeliveryResult> DeliverAsync(string deliveryId, CancellationToken ct = default)
    {
        var result = await DeliverMeteredAsync(deliveryId, Recorded(deliveryId), ct);
        await ledger.FlushAsync(ct);
        return result;
    }

    /// <summary>
    /// Sends many recorded deliveries, <see cref="DeliveryOptions.Parallelism"/> at a time (no order is kept, not even
    /// per endpoint: every delivery carries its own id and time). Results come back in the order of the ids.
    /// </summary>
    public Task<IReadOnlyList<DeliveryResult>> DeliverManyAsync(IReadOnlyList<string> deliveryIds, CancellationToken ct = default) =>
        DeliverManyAsync(deliveryIds.Select(id => (id, Recorded(id))).ToList(), ct);

    /// <summary>
    /// Deliveries per wave, per unit of parallelism. A wave's rows are claimed together and their successes recorded
    /// together, so a wave must be sent well within the lease: 4 rounds of 15 s timeouts fit in the 2-minute lease.
    /// </summary>
    private const int WavePerWorker = 4;

    private async Task<IReadOnlyList<DeliveryResult>> DeliverManyAsync(IReadOnlyList<(string Id, DeliveryRecord? Known)> work, CancellationToken ct)
    {
        var results = new DeliveryResult[work.Count];
        var size = Math.Max(1, options.Parallelism) * WavePerWorker;
        for (var start = 0; start < work.Count; start += size)
            await DeliverWaveAsync(work, Enumerable.Range(start, Math.Min(size, work.Count - start)).ToArray(), results, ct);
        await ledger.FlushAsync(ct);
        return results;
    }

    /// <summary>
    /// One wave: read the rows not in hand, claim the due ones in one call (the ledger makes it a transaction per
    /// partition, every row guarded by its version), send them <see cref="DeliveryOptions.Parallelism"/> at a time,
    /// and record the successes in one call. Everything else — not due, final, unknown, out of attempts, a claim that
    /// lost its race (read again) — goes the one-by-one way, which decides exactly as <see cref="DeliverAsync"/> does.
    /// </summary>
    private async Task DeliverWaveAsync(IReadOnlyList<(string Id, DeliveryRecord? Known)> work, int[] wave, DeliveryResult[] results, CancellationToken ct)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = ct };
        var rows = new DeliveryRecord?[wave.Length];
        await Parallel.ForEachAsync(Enumerable.Range(0, wave.Length), parallel,
            async (k, t) => rows[k] = work[wave[k]].Known ?? await ledger.GetAsync(work[wave[k]].Id, t));

        var now = time.GetUtcNow();
        var due = Enumerable.Range(0, wave.Length).Where(k => rows[k] is { Status: DeliveryStatus.Pending or DeliveryStatus.Failed } r
            && r.NextAttempt <= now && r.Attempts < options.MaxAttempts).ToArray();
        var claims = await ledger.ClaimManyAsync(due.Select(k => rows[k]! with { Attempts = rows[k]!.Attempts + 1, NextAttempt = now + options.Lease }).ToList(), ct);
        var claimed = new DeliveryRecord?[wave.Length];
        var lost = new bool[wave.Length];
        for (var j = 0; j < due.Length; j++)
        {
            claimed[due[j]] = claims[j];
            lost[due[j]] = claims[j] is null;
        }

        var sent = new ConcurrentQueue<(int K, DeliveryRecord Final)>();
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, wave.Length), parallel, async (k, t) =>
            {
                if (claimed[k] is { } mine)
                {
                    var (result, success) = await SendMeteredAsync(mine, t);
                    if (success is not null) sent.Enqueue((k, success));
                    else results[wave[k]] = result;
                }
                else results[wave[k]] = await DeliverMeteredAsync(work[wave[k]].Id, lost[k] ? null : rows[k], t);
            });
        }
        finally
        {
            // Record what was sent even when a send crashed the wave: only the sends in flight can then go out twice.
            var done = sent.ToArray();
            if (done.Length > 0)
            {
                var finished = await ledger.FinishManyAsync(done.Select(d => d.Final).ToList(), CancellationToken.None);
                for (var j = 0; j < done.Length; j++)
                {
                    if (finished[j] is null)
                        logger.LogWarning("Delivery {DeliveryId} was sent, but its row changed meanwhile (a replay?): the other write stays", done[j].Final.Id);
                    var result = new DeliveryResult(DeliveryOutcome.Delivered, done[j].Final.Channel);
                    Telemetry.WatcherMetrics.Record(result);
                    results[wave[done[j].K]] = result;
                }
            }
        }
    }

    private DeliveryRecord? Recorded(string deliveryId) => _recorded.TryRemove(deliveryId, out var row) ? row : null;

    private async Task<DeliveryResult> DeliverMeteredAsync(string deliveryId, DeliveryRecord? known, CancellationToken ct)
    {
        try
        {
            var result = await DeliverOnceAsync(deliveryId, known, ct);
            Telemetry.WatcherMetrics.Record(result);
            return result;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            Telemetry.WatcherMetrics.DeliveryCrashed(null);
            throw;
        }
    }

    /// <param name="known">The row as this process last saw it (just recorded, or read by the sweep), or null to read it.
    /// If its version is stale the claim fails and the row is read again: the decision is always made on the current row.</param>
    private async Task<DeliveryResult> DeliverOnceAsync(string deliveryId, DeliveryRecord? known, CancellationToken ct)
    {
        var record = known ?? await ledger.GetAsync(deliveryId, ct);
        if (record is null) return new(DeliveryOutcome.Unknown, null);
        if (record.Status is DeliveryStatus.Delivered) return new(DeliveryOutcome.AlreadyDelivered, record.Channel);
        if (record.Status is DeliveryStatus.Dead) return new(DeliveryOutcome.Dead, record.Channel);
        var now = time.GetUtcNow();
        if (record.NextAttempt > now) return new(DeliveryOutcome.NotDue, record.Channel);
        if (record.Attempts >= options.MaxAttempts)
        {
            // Every attempt so far ended without an outcome being recorded (a worker crashed mid-send each time): give up.
            try
            {
                await ledger.FinishAsync(record with { Status = DeliveryStatus.Dead, LastError = $"gave up after {record.Attempts} attempts; last error: {record.LastError ?? "none recorded (worker stopped mid-send)"}" }, ct);
                return new(DeliveryOutcome.Dead, record.Channel);
            }
            catch (ConcurrencyException)
            {
                return known is null ? new(DeliveryOutcome.ClaimedElsewhere, record.Channel) : await DeliverOnceAsync(deliveryId, null, ct);
            }
        }

        DeliveryRecord claimed;
        try
        {
            claimed = await ledger.ClaimAsync(record with { Attempts = record.Attempts + 1, NextAttempt = now + options.Lease }, ct);
        }
        catch (ConcurrencyException)
        {
            return known is null ? new(DeliveryOutcome.ClaimedElsewhere, record.Channel) : await DeliverOnceAsync(deliveryId, null, ct);
        }

        var (sent, _) = await SendClaimedAsync(claimed, deferSuccess: false, ct);
        return sent;
    }

    private async Task<(DeliveryResult Result, DeliveryRecord? Success)> SendMeteredAsync(DeliveryRecord claimed, CancellationToken ct)
    {
        try
        {
            var (result, success) = await SendClaimedAsync(claimed, deferSuccess: true, ct);
            if (success is null) Telemetry.WatcherMetrics.Record(result);
            return (result, success);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            Telemetry.WatcherMetrics.DeliveryCrashed(null);
            throw;
        }
    }

    /// <summary>
    /// Sends a row this worker has claimed and records the outcome. With <paramref name="deferSuccess"/> a success is
    /// not written here but returned (the Delivered row to write), for the caller to record with others in one go.
    /// </summary>
    private async Task<(DeliveryResult Result, DeliveryRecord? Success)> SendClaimedAsync(DeliveryRecord claimed, bool deferSuccess, CancellationToken ct)
    {
        var subscription = await subscriptions.FindAsync(claimed.SubscriptionId, ct);
        if (subscription is null || !_channels.TryGetValue(claimed.Channel, out var channel))
        {
            await ledger.FinishAsync(claimed with { Status = DeliveryStatus.Dead, LastError = subscription is null ? "subscription no longer exists" : $"no '{claimed.Channel}' channel configured" }, ct);
            return (new(DeliveryOutcome.Dead, claimed.Channel), null);
        }

        try
        {
            await channel.SendAsync(Alert.FromJson(claimed.AlertJson), subscription, claimed.Id, ct);
            var delivered = claimed with { Status = DeliveryStatus.Delivered, Delivered = time.GetUtcNow(), LastError = null };
            if (deferSuccess) return (new(DeliveryOutcome.Delivered, claimed.Channel), delivered);
            await ledger.FinishAsync(delivered, ct);
            return (new(DeliveryOutcome.Delivered, claimed.Channel), null);
        }
        catch (Exception ex) when (ex is DeliveryException or HttpRequestException or IOException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            var permanent = ex is DeliveryException { Permanent: true };
            var dead = permanent || claimed.Attempts >= options.MaxAttempts;
            var wait = (ex as DeliveryException)?.RetryAfter ?? Backoff(claimed.Attempts);
            logger.LogWarning("Delivery {DeliveryId} over {Channel} failed (attempt {Attempt}): {Error}", claimed.Id, claimed.Channel, claimed.Attempts, ex.Message);
            var outcome = claimed with
            {
                Status = dead ? DeliveryStatus.Dead : DeliveryStatus.Failed,
                NextAttempt = time.GetUtcNow() + wait,
                LastError = ex.Message,
            };
            if (dead) await ledger.FinishAsync(outcome, ct);
            else await ledger.UpdateAsync(outcome, ct);
            return (new(dead ? DeliveryOutcome.Dead : DeliveryOutcome.Failed, claimed.Channel), null);
        }
    }

    /// <summary>Delivers every due row: the reconciliation sweep that picks up anything stuck or failed.</summary>
    public async Task<IReadOnlyList<DeliveryResult>> SweepAsync(CancellationToken ct = default)
    {
        var due = await ledger.DueAsync(time.GetUtcNow(), 500, ct);
        return await DeliverManyAsync(due.Select(r => (r.Id, (DeliveryRecord?)r)).ToList(), ct);
    }

    /// <summary>The Standard Webhooks schedule: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h, with ±10 % jitter.</summary>
    public static TimeSpan Backoff(int attempt)
    {
        TimeSpan[] schedule = [TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), TimeSpan.FromHours(5),
            TimeSpan.FromHours(10), TimeSpan.FromHours(14), TimeSpan.FromHours(20), TimeSpan.FromHours(24)];
        var baseDelay = schedule[Math.Clamp(attempt - 1, 0, schedule.Length - 1)];
        var jitter = 1 + (Random.Shared.NextDouble() * 0.2 - 0.1);
        return baseDelay * jitter;
    }
}

public enum DeliveryOutcome { Delivered, AlreadyDelivered, Failed, Dead, NotDue, ClaimedElsewhere, Unknown }

public readonly record struct DeliveryResult(DeliveryOutcome Outcome, string? Channel);
