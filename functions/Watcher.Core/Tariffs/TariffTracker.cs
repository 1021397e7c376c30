using System.Globalization;
using Watcher.Core.Alerts;
using Watcher.Core.Facts;
using Watcher.Core.Feeds;
using Watcher.Core.Matching;

namespace Watcher.Core.Tariffs;

/// <summary>Where facts were read: the item they came from.</summary>
public sealed record FactSource(string SourceId, string? SourceName, string? StoryId, string? Link, string Title);

/// <summary>What one article changes in the tracker: the alerts to send and the rows to write once they are recorded.</summary>
public sealed record TrackerUpdate(IReadOnlyList<Alert> Alerts, IReadOnlyList<TariffRecord> Tariffs, IReadOnlyList<EventRecord> Events)
{
    public static readonly TrackerUpdate None = new([], [], []);
}

/// <summary>
/// Keeps the current tariff per (imposer, target, product) and its history, and says what is news: "tariff changed"
/// when a known measure's rate or status changes, "event announced" for a meeting, visit, talks or summit not seen before.
/// The first sighting of a measure records it without an alert (the story alert already reports it), and a rate that
/// merely restates an earlier one from the history ("the 25% levy imposed last year") is not a change.
/// Plan first, commit after the alerts are in the delivery ledger: a crash in between re-plans the same alerts (same ids).
/// </summary>
public sealed class TariffTracker(ITariffStore store, TimeProvider time)
{
    public Task<TrackerUpdate> PlanAsync(ExtractResult facts, FactSource source, CancellationToken ct = default) =>
        PlanAsync([(facts, source)], ct);

    /// <summary>Plans several articles in order (one poll): a later article sees what an earlier one changed.</summary>
    /// <param name="recordOnly">
    /// The caller sends no tracker alerts (a source's silent baseline poll): the stored rows are not read first; every
    /// measure is planned as a first sighting (an insert), and one that exists already is merged at commit by the same
    /// rule a planned change follows. A first poll of many sources is mostly new measures, so this halves its tracker
    /// requests. The alerts of such a plan are not meaningful. A row stored under a product's old key is still carried to the
    /// new one (<see cref="CarriedRowsAsync"/>), read only where the store says such a row may be there.
    /// </param>
    public async Task<TrackerUpdate> PlanAsync(IReadOnlyList<(ExtractResult Facts, FactSource Source)> articles, CancellationToken ct = default, bool recordOnly = false)
    {
        var now = time.GetUtcNow();
        var alerts = new List<Alert>();
        var tariffs = new Dictionary<string, TariffRecord>(StringComparer.Ordinal);
        var events = new List<EventRecord>();
        var (stored, storedEvents) = recordOnly
            ? (await CarriedRowsAsync(articles, ct), new HashSet<string>(StringComparer.Ordinal))
            : await ReadAllAsync(articles, ct);
        foreach (var (facts, source) in articles)
        {
            PlanTariffs(facts, source, now, stored, tariffs, alerts);
            PlanEvents(facts, source, now, storedEvents, events, alerts);
        }
        return new TrackerUpdate(alerts, tariffs.Values.ToList(), events);
    }

    /// <summary>The tariffs a poll's facts name: each product's key and its key of before the goods key changed.</summary>
    private static List<(string Imposer, string Target, string Product, string Legacy)> Names(IReadOnlyList<(ExtractResult Facts, FactSource Source)> articles) =>
        articles.SelectMany(a => a.Facts.Measures.SelectMany(m => m.Products.Select(p => (m.Imposer, m.Target, Product: TariffExtractor.Canonical(p), Legacy: TariffExtractor.LegacyCanonical(p)))))
            .Distinct().ToList();

    /// <summary>
    /// A record-only plan's rows (fix15g's gap, closed in session 16): it reads nothing, so a measure whose row is stored under
    /// the product's old key would be inserted beside it. Only tariffs whose old key differs are looked at, and of those only
    /// the ones the store says may hold a row under it (<see cref="ITariffStore.MayHoldAsync"/>: the Table store answers from
    /// one scan of its keys per host, so a table without old rows costs no read per item); those are read as a planned update
    /// reads them: the row under the new key, else the old key's row, carried.
    /// </summary>
    private async Task<Dictionary<string, TariffRecord?>> CarriedRowsAsync(IReadOnlyList<(ExtractResult Facts, FactSource Source)> articles, CancellationToken ct)
    {
        var rows = new Dictionary<string, TariffRecord?>(StringComparer.Ordinal);
        foreach (var g in Names(articles).Where(n => n.Legacy.Length > 0 && n.Legacy != n.Product).GroupBy(n => (n.Imposer, n.Target, n.Product)))
        {
            var (imposer, target, product) = g.Key;
            var legacy = new List<string>();
            foreach (var old in g.Select(n => n.Legacy).Distinct(StringComparer.Ordinal))
                if (await store.MayHoldAsync(imposer, target, old, ct)) legacy.Add(old);
            if (legacy.Count == 0) continue;
            if ((await store.GetAsync(imposer, target, product, ct) ?? await LegacyRowAsync(imposer, target, product, legacy, ct)) is { } row)
                rows[TariffRecord.TariffKey(imposer, target, product)] = row;
        }
        return rows;
    }

    /// <summary>The rows a poll's facts touch, read at once (not one round trip after another).</summary>
    private async Task<(Dictionary<string, TariffRecord?> Tariffs, HashSet<string> Events)> ReadAllAsync(
        IReadOnlyList<(ExtractResult Facts, FactSource Source)> articles, CancellationToken ct)
    {
        var names = Names(articles);
        var eventKeys = articles.SelectMany(a => a.Facts.Events.Select(EventKey)).Distinct(StringComparer.Ordinal).ToList();
        var tariffs = await Task.WhenAll(names.GroupBy(k => (k.Imposer, k.Target, k.Product)).Select(async g =>
        {
            var (imposer, target, product) = g.Key;
            return (Key: TariffRecord.TariffKey(imposer, target, product), Row: await store.GetAsync(imposer, target, product, ct)
                ?? await LegacyRowAsync(imposer, target, product, g.Select(k => k.Legacy), ct));
        }));
        var events = await Task.WhenAll(eventKeys.Select(async k => (Key: k, Known: await store.GetEventAsync(k, ct) is not null)));
        return (tariffs.ToDictionary(t => t.Key, t => t.Row, StringComparer.Ordinal), events.Where(e => e.Known).Select(e => e.Key).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>
    /// A row stored before the goods key changed ("aluminium" was stored as "aluminium", is "aluminum" now; "steel products"
    /// was "steel product", is "steel"): found under the product's old key when none is stored under the new one, and carried
    /// to the new key (written there by the plan, the old row retired at commit), so a report of that measure after the
    /// upgrade reads as a change of it, not as a new one. One extra read per product whose old key differs, only on a miss.
    /// </summary>
    private async Task<TariffRecord?> LegacyRowAsync(string imposer, string target, string product, IEnumerable<string> legacyKeys, CancellationToken ct)
    {
        foreach (var legacy in legacyKeys.Where(l => l.Length > 0 && l != product).Distinct(StringComparer.Ordinal))
            if (await store.GetAsync(imposer, target, legacy, ct) is { } old)
                return old with { Product = product, Version = null, CarriedFrom = legacy };
        return null;
    }

    private static void PlanTariffs(ExtractResult facts, FactSource source, DateTimeOffset now, Dictionary<string, TariffRecord?> stored, Dictionary<string, TariffRecord> tariffs, List<Alert> alerts)
    {
        foreach (var (measure, product, name) in OneReadingPerTariff(facts.Measures))
            {
                var key = TariffRecord.TariffKey(measure.Imposer, measure.Target, product);
                var known = tariffs.GetValueOrDefault(key) ?? stored.GetValueOrDefault(key);
                var seen = Observe(measure, source, now);
                if (known is null)
                {
                    tariffs[key] = new TariffRecord { Imposer = measure.Imposer, Target = measure.Target, Product = product, Name = name, Current = seen, FirstSeen = now, LastChanged = now };
                    continue;
                }
                if (!Changed(known, seen))
                {
                    // a row found under its old key moves to the new one even when this report changes nothing
                    if (known.CarriedFrom is not null) tariffs[key] = known;
                    continue;
                }
                tariffs[key] = known with { Name = known.Name ?? name, Current = seen, History = [.. known.History.TakeLast(TariffRecord.MaxHistory - 1), known.Current], LastChanged = now };
                alerts.Add(TariffAlert(known, seen, source, known.Name ?? name, now));
            }
    }

    /// <summary>
    /// One article gives one reading of a tariff (imposer, target, product): the rate it states as a change (raised,
    /// lowered, removed) if it states one, else the first it gives (its lede's). Its other rates for that tariff are a
    /// background level ("imposed 76% in March; on Monday it raised the levy to 100%"), a schedule step or a misreading
    /// ("Toyota shares tumbled 4%" after "a 25% tariff on Japanese cars"); compared with each other, they made one article
    /// alert "25% → 4%" against its own first rate.
    /// </summary>
    internal static List<(TariffMeasure Measure, string Product, string Name)> OneReadingPerTariff(IReadOnlyList<TariffMeasure> measures)
    {
        var chosen = new List<(TariffMeasure Measure, string Product, string Name)>();
        var at = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var measure in measures)
            foreach (var (product, name) in measure.Products.Select(p => (Key: TariffExtractor.Canonical(p), Name: p.Trim().ToLowerInvariant())).DistinctBy(p => p.Key, StringComparer.Ordinal))
            {
                var key = TariffRecord.TariffKey(measure.Imposer, measure.Target, product);
                if (!at.TryGetValue(key, out var i))
                {
                    at[key] = chosen.Count;
                    chosen.Add((measure, product, name));
                }
                else if (!IsChange(chosen[i].Measure) && IsChange(measure)) chosen[i] = (measure, product, chosen[i].Name);
            }
        return chosen;

        static bool IsChange(TariffMeasure m) => m.Action is TariffActions.Raised or TariffActions.Lowered or TariffActions.Removed;
    }

    private static void PlanEvents(ExtractResult facts, FactSource source, DateTimeOffset now, HashSet<string> stored, List<EventRecord> events, List<Alert> alerts)
    {
        foreach (var e in facts.Events)
        {
            var key = EventKey(e);
            if (events.Any(x => x.Key == key) || stored.Contains(key)) continue;
            events.Add(new EventRecord { Key = key, Event = e, SourceId = source.SourceId, StoryId = source.StoryId, Link = source.Link, FirstSeen = now });
            alerts.Add(EventAlert(e, key, source, now));
        }
    }

    /// <summary>Writes the planned rows (after the alerts are recorded).</summary>
    public async Task CommitAsync(TrackerUpdate update, CancellationToken ct = default)
    {
        await Task.WhenAll(update.Tariffs.Select(t => CommitAsync(t, ct)));
        await Task.WhenAll(update.Events.Select(e => store.TryAddEventAsync(e, ct)));
    }

    private async Task CommitAsync(TariffRecord t, CancellationToken ct)
    {
        try
        {
            await store.SaveAsync(t, ct);
        }
        catch (State.ConcurrencyException)
        {
            // Another poll wrote this row since we read it (or a record-only plan did not read it): put our observation on
            // top of theirs if it is a change by the rule a planned change follows (the alert, if any, is already recorded).
            var theirs = await store.GetAsync(t.Imposer, t.Target, t.Product, ct);
            if (theirs is not null && Merge(theirs, t) is { } merged) await store.SaveAsync(merged, ct);
        }
        // the row stored under the product's old key is now under the new one (or another poll carried it first)
        if (t.CarriedFrom is { } legacy) await store.RetireAsync(t.Imposer, t.Target, legacy, ct);
    }

    /// <summary>
    /// <paramref name="mine"/>'s observation put on top of <paramref name="theirs"/> (the row as written by someone
    /// else) if it is a change by the rule a planned change follows; null when it is not.
    /// </summary>
    public static TariffRecord? Merge(TariffRecord theirs, TariffRecord mine) => !Changed(theirs, mine.Current) ? null : theirs with
    {
        Current = mine.Current,
        History = [.. theirs.History.TakeLast(TariffRecord.MaxHistory - 1), theirs.Current],
        LastChanged = mine.LastChanged,
    };

    public static string EventKey(DiplomaticEvent e) =>
        $"{e.Type}:{string.Join('|', e.Participants.Order(StringComparer.Ordinal))}";

    private static bool Changed(TariffRecord known, TariffObservation seen)
    {
        var rateChanged = seen.Rate is not null && seen.Rate != known.Current.Rate;
        var statusChanged = seen.Status != known.Current.Status;
        if (!rateChanged && !statusChanged) return false;
        // A measure in force does not become proposed or threatened again at its own rate: "weighing a response to Canada's
        // 100% tariff", "the levy first proposed in May" refer to it (a new proposal names a new rate, or follows a removal).
        if (!rateChanged && known.Current.Status == TariffStatuses.InForce && seen.Status is TariffStatuses.Proposed or TariffStatuses.Threatened) return false;
        // "Canada's 25% levy imposed last year" in a later story restates history; only an explicit move changes the tracker.
        var restated = seen.Action == TariffActions.Imposed && known.History.Any(h => h.Rate == seen.Rate && h.Status == seen.Status);
        return !restated;
    }

    private static TariffObservation Observe(TariffMeasure m, FactSource source, DateTimeOffset now) => new()
    {
        Rate = m.Rate, RateUnit = m.RateUnit, Status = TariffStatuses.Of(m.Action), Action = m.Action, Date = m.Date, Evidence = m.Evidence,
        SourceId = source.SourceId, StoryId = source.StoryId, Link = source.Link, Seen = now,
    };

    private static Alert TariffAlert(TariffRecord known, TariffObservation seen, FactSource source, string product, DateTimeOffset now)
    {
        var before = Describe(known.Current);
        var after = Describe(seen);
        var id = $"tariff-{ItemIdentity.Hash($"{known.Key}\n{seen.Rate?.ToString(CultureInfo.InvariantCulture)}\n{seen.Status}")[..20]}";
        return new Alert
        {
            Id = id,
            Kind = AlertKinds.TariffChanged,
            Title = $"Tariff changed: {Name(known.Imposer)} on {Name(known.Target)} {product}: {before} → {after}",
            Link = source.Link,
            StoryId = source.StoryId,
            SourceId = source.SourceId,
            SourceName = source.SourceName,
            Summary = seen.Evidence,
            Matches = [new TopicMatch(DefaultTopics.Tariffs, [product], seen.Evidence)],
            Changes = ["- " + before + " — " + known.Current.Evidence, "+ " + after + " — " + seen.Evidence],
            Detected = now,
        };
    }

    private static Alert EventAlert(DiplomaticEvent e, string key, FactSource source, DateTimeOffset now) => new()
    {
        Id = "event-" + ItemIdentity.Hash(key)[..20],
        Kind = AlertKinds.EventAnnounced,
        Title = $"{char.ToUpperInvariant(e.Type[0])}{e.Type[1..]}: {string.Join(" and ", e.Participants)}{(e.Place is null ? string.Empty : $" ({e.Place})")}",
        Link = source.Link,
        StoryId = source.StoryId,
        SourceId = source.SourceId,
        SourceName = source.SourceName,
        Summary = e.Evidence,
        Matches = [new TopicMatch(DefaultTopics.Summits, [.. e.Participants], e.Evidence)],
        Detected = now,
    };

    private static string Describe(TariffObservation o) =>
        (o.Rate is { } r ? r.ToString(CultureInfo.InvariantCulture) + (o.RateUnit == "percent" ? "%" : " " + o.RateUnit) : "rate unknown") + $" ({o.Status})";

    private static string Name(string id) => id == "*" ? "all countries" : Entities.EntityCatalog.NameOf(id) ?? id;
}
