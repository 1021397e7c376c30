namespace Watcher.Core.Tariffs;

public static class TariffStatuses
{
    public const string InForce = "in-force";
    public const string Removed = "removed";
    public const string Threatened = "threatened";
    public const string Proposed = "proposed";
    public const string Ruled = "ruled";

    public static string Of(string action) => action switch
    {
        Facts.TariffActions.Removed => Removed,
        Facts.TariffActions.Threatened => Threatened,
        Facts.TariffActions.Proposed => Proposed,
        Facts.TariffActions.Ruled => Ruled,
        _ => InForce,
    };
}

/// <summary>One observed version of a tariff measure: what was reported, where, when.</summary>
public sealed record TariffObservation
{
    public double? Rate { get; init; }
    public string RateUnit { get; init; } = "percent";
    public required string Status { get; init; }
    public required string Action { get; init; }
    public string? Date { get; init; }
    public required string Evidence { get; init; }
    public string? SourceId { get; init; }
    public string? StoryId { get; init; }
    public string? Link { get; init; }
    public DateTimeOffset Seen { get; init; }
}

/// <summary>The tracker's row for one (imposer, target, product): the current measure and how it got there.</summary>
public sealed record TariffRecord
{
    public required string Imposer { get; init; }
    public required string Target { get; init; }
    /// <summary>Canonical product ("canola seed", "automobile", "goods").</summary>
    public required string Product { get; init; }
    /// <summary>
    /// The product as the first article that stated the measure wrote it ("peas", "canola oil"), for display: the key's
    /// canonical form is singular and folded ("pea"). Null on rows written before it was kept.
    /// </summary>
    public string? Name { get; init; }
    /// <summary>What to show a reader: <see cref="Name"/>, else the canonical product.</summary>
    public string DisplayName => Name ?? Product;
    public required TariffObservation Current { get; init; }
    /// <summary>Earlier versions, oldest first (at most <see cref="MaxHistory"/>).</summary>
    public IReadOnlyList<TariffObservation> History { get; init; } = [];
    public DateTimeOffset FirstSeen { get; init; }
    public DateTimeOffset LastChanged { get; init; }
    public string? Version { get; init; }
    /// <summary>
    /// Set only on a plan's row that was found under its product's key of before the goods key changed (a row stored before
    /// the upgrade, <see cref="Facts.TariffExtractor.LegacyCanonical"/>) and is carried to the current key: the old key's row
    /// is retired once this one is written. Never stored.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? CarriedFrom { get; init; }

    public const int MaxHistory = 50;

    public string Key => TariffKey(Imposer, Target, Product);

    public static string TariffKey(string imposer, string target, string product) => $"{imposer}>{target}:{product}";
}

/// <summary>A diplomatic event the tracker has announced, keyed by type, participants and place.</summary>
public sealed record EventRecord
{
    public required string Key { get; init; }
    public required Facts.DiplomaticEvent Event { get; init; }
    public string? SourceId { get; init; }
    public string? StoryId { get; init; }
    public string? Link { get; init; }
    public DateTimeOffset FirstSeen { get; init; }
}

/// <summary>Tariff tracker storage: rows per (imposer, target, product) with optimistic concurrency, and announced events.</summary>
public interface ITariffStore
{
    Task<TariffRecord?> GetAsync(string imposer, string target, string product, CancellationToken ct = default);
    /// <summary>Insert (Version null) or replace if the version still matches; else <see cref="State.ConcurrencyException"/>.</summary>
    Task<TariffRecord> SaveAsync(TariffRecord record, CancellationToken ct = default);
    /// <summary>Removes the row stored under (imposer, target, product) if there is one: a row carried to another key.</summary>
    Task RetireAsync(string imposer, string target, string product, CancellationToken ct = default);
    /// <summary>
    /// False only when no row was stored under (imposer, target, product) when this store first looked (a store may answer
    /// from one snapshot of the table's keys, taken once per host): the tracker asks it for a product's key of before the
    /// goods key changed (<see cref="Facts.TariffExtractor.LegacyCanonical"/>), which only the tracker of before the upgrade
    /// wrote, so such rows only ever go away. True means "read it to know".
    /// </summary>
    Task<bool> MayHoldAsync(string imposer, string target, string product, CancellationToken ct = default) => Task.FromResult(true);
    /// <summary>Current measures, optionally for one imposer and/or target, most recently changed first.</summary>
    Task<IReadOnlyList<TariffRecord>> ListAsync(string? imposer = null, string? target = null, CancellationToken ct = default);
    Task<EventRecord?> GetEventAsync(string key, CancellationToken ct = default);
    /// <summary>Adds the event unless one with the same key exists; true when this call added it.</summary>
    Task<bool> TryAddEventAsync(EventRecord record, CancellationToken ct = default);
}
