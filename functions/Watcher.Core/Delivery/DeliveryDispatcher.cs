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

    /// <summary>Writes a pending ledger row for every subscriber who wants each alert; returns the ids this call added.</summary>
    public async Task<IReadOnlyList<string>> RecordAsync(IReadOnlyList<Alert> alerts, CancellationToken ct = default)
    {
        if (alerts.Count == 0) return [];
        var subs = (await subscriptions.ListAsync(ct)).Where(s => s.Enabled).ToList();
        var now = time.GetUtcNow();
        var added = new List<string>();
        foreach (var alert in alerts)
        {
            var json = alert.ToJson();
            foreach (var sub in subs.Where(s => s.Wants(alert)))
            {
                var record = new DeliveryRecord
                {
                    Id = DeliveryId(sub.Id, alert.Id, sub.Channel),
                    SubscriptionId = sub.Id,
                    Channel = sub.Channel,
                    AlertId = alert.Id,
                    AlertJson = json,
                    Created = now,
                    NextAttempt = now,
                };
                if (await ledger.TryAddAsync(record, ct)) added.Add(record.Id);
            }
        }
        return added;
    }

    /// <summary>Sends one recorded delivery unless it is already delivered, dead, or claimed by another worker.</summary>
    public async Task<DeliveryResult> DeliverAsync(string deliveryId, CancellationToken ct = default)
    {
        try
        {
            var result = await DeliverOnceAsync(deliveryId, ct);
            Telemetry.WatcherMetrics.Record(result);
            return result;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            Telemetry.WatcherMetrics.DeliveryCrashed(null);
            throw;
        }
    }

    private async Task<DeliveryResult> DeliverOnceAsync(string deliveryId, CancellationToken ct)
    {
        var record = await ledger.GetAsync(deliveryId, ct);
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
                await ledger.UpdateAsync(record with { Status = DeliveryStatus.Dead, LastError = $"gave up after {record.Attempts} attempts; last error: {record.LastError ?? "none recorded (worker stopped mid-send)"}" }, ct);
                return new(DeliveryOutcome.Dead, record.Channel);
            }
            catch (ConcurrencyException)
            {
                return new(DeliveryOutcome.ClaimedElsewhere, record.Channel);
            }
        }

        DeliveryRecord claimed;
        try
        {
            claimed = await ledger.UpdateAsync(record with { Attempts = record.Attempts + 1, NextAttempt = now + options.Lease }, ct);
        }
        catch (ConcurrencyException)
        {
            return new(DeliveryOutcome.ClaimedElsewhere, record.Channel);
        }

        var subscription = await subscriptions.FindAsync(record.SubscriptionId, ct);
        if (subscription is null || !_channels.TryGetValue(record.Channel, out var channel))
        {
            await ledger.UpdateAsync(claimed with { Status = DeliveryStatus.Dead, LastError = subscription is null ? "subscription no longer exists" : $"no '{record.Channel}' channel configured" }, ct);
            return new(DeliveryOutcome.Dead, record.Channel);
        }

        try
        {
            await channel.SendAsync(Alert.FromJson(record.AlertJson), subscription, record.Id, ct);
            await ledger.UpdateAsync(claimed with { Status = DeliveryStatus.Delivered, Delivered = time.GetUtcNow(), LastError = null }, ct);
            return new(DeliveryOutcome.Delivered, record.Channel);
        }
        catch (Exception ex) when (ex is DeliveryException or HttpRequestException or IOException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            var permanent = ex is DeliveryException { Permanent: true };
            var dead = permanent || claimed.Attempts >= options.MaxAttempts;
            var wait = (ex as DeliveryException)?.RetryAfter ?? Backoff(claimed.Attempts);
            logger.LogWarning("Delivery {DeliveryId} over {Channel} failed (attempt {Attempt}): {Error}", record.Id, record.Channel, claimed.Attempts, ex.Message);
            await ledger.UpdateAsync(claimed with
            {
                Status = dead ? DeliveryStatus.Dead : DeliveryStatus.Failed,
                NextAttempt = time.GetUtcNow() + wait,
                LastError = ex.Message,
            }, ct);
            return new(dead ? DeliveryOutcome.Dead : DeliveryOutcome.Failed, record.Channel);
        }
    }

    /// <summary>Delivers every due row: the reconciliation sweep that picks up anything stuck or failed.</summary>
    public async Task<IReadOnlyList<DeliveryResult>> SweepAsync(CancellationToken ct = default)
    {
        var results = new List<DeliveryResult>();
        foreach (var due in await ledger.DueAsync(time.GetUtcNow(), 500, ct))
            results.Add(await DeliverAsync(due.Id, ct));
        return results;
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
