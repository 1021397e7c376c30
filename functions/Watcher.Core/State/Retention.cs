namespace Watcher.Core.State;

/// <summary>How long Watcher keeps what it has seen (Watcher:Retention:Days; the timer's schedule is Watcher:RetentionSchedule).</summary>
public sealed class RetentionOptions
{
    public const string Section = "Watcher:Retention";
    /// <summary>Items not seen, stories not updated and deliveries finished this many days ago are deleted.</summary>
    public int Days { get; set; } = 90;

    public DateTimeOffset Cutoff(DateTimeOffset now) =>
        Days > 0 ? now.AddDays(-Days) : throw new InvalidOperationException($"{Section}:Days must be positive (was {Days})");
}

/// <summary>What one retention run deleted.</summary>
public sealed record RetentionReport(int Items, int Stories, int TimelineRows, int Deliveries)
{
    /// <summary>Story-index rows (whole day partitions) and per-subscription delivery-log rows older than the cutoff.</summary>
    public int IndexRows { get; init; }
    public int LogRows { get; init; }
}

/// <summary>Deletes state older than a cutoff. Pending and failed deliveries are never deleted.</summary>
public interface IRetentionStore
{
    Task<RetentionReport> PurgeAsync(DateTimeOffset cutoff, CancellationToken ct = default);
}
