using Azure;
using Watcher.Core.State;

namespace Watcher.Azure.Tables;

public sealed class ItemCacheOptions
{
    public const string Section = "Watcher:Items";
    /// <summary>
    /// How many item rows a host keeps in memory (whole sources, the least recently polled dropped first); 0 turns
    /// the cache off. Item text is capped at 8,000 characters, so the default costs at most a few hundred MB.
    /// </summary>
    public int CacheItems { get; set; } = 50_000;
}

/// <summary>
/// A source's items as read or written at one version of its partition's head row (see <see cref="TableItemStore"/>):
/// what <see cref="TableItemStore.GetItemsAsync"/> returns, and what the next save of that source is conditional on.
/// </summary>
public sealed class SourceItems(IReadOnlyDictionary<string, ItemRecord> items, ETag? head, IReadOnlySet<string>? rows = null) : IReadOnlyDictionary<string, ItemRecord>, IPartialItems
{
    /// <summary>The head row's ETag when these items were read; null when the partition had no head row.</summary>
    public ETag? Head { get; } = head;

    /// <summary>
    /// The ids of the items that have rows of their own (written before packs, or that did not fit the head row's pack):
    /// a save writes them as rows again, and everything else into the pack (<see cref="TableItemStore"/>).
    /// </summary>
    internal IReadOnlySet<string> Rows { get; } = rows ?? EmptyRows;

    /// <summary>
    /// The head row's pack when it did not read back (<see cref="ItemPack.TryRead"/>): these items lack what it held, and
    /// the next save keeps its text in a row of its own and writes a new pack. A save's result never has one.
    /// </summary>
    internal UnreadablePack? Unreadable { get; init; }

    /// <summary>True when the head row's pack did not read back (<see cref="Unreadable"/>).</summary>
    public bool Partial => Unreadable is not null;

    private static readonly IReadOnlySet<string> EmptyRows = new HashSet<string>(StringComparer.Ordinal);

    public ItemRecord this[string key] => items[key];
    public IEnumerable<string> Keys => items.Keys;
    public IEnumerable<ItemRecord> Values => items.Values;
    public int Count => items.Count;
    public bool ContainsKey(string key) => items.ContainsKey(key);
    public bool TryGetValue(string key, out ItemRecord value) => items.TryGetValue(key, out value!);
    public IEnumerator<KeyValuePair<string, ItemRecord>> GetEnumerator() => items.GetEnumerator();
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>These items with <paramref name="written"/> upserted over them, at the head version the write produced.</summary>
    public SourceItems With(IReadOnlyList<ItemRecord> written, ETag head, IReadOnlySet<string>? rows = null)
    {
        var merged = new Dictionary<string, ItemRecord>(items, StringComparer.Ordinal);
        foreach (var item in written) merged[item.ItemId] = item;
        return new SourceItems(merged, head, rows ?? Rows);
    }
}

/// <summary>
/// Per host: each source's items at the head version they were read or written at. An entry is only used while the
/// head row still has that ETag (one point read per poll), so another host's write, a retention purge or a failed
/// save makes the next poll read the partition again.
/// </summary>
internal sealed class SourceItemsCache(int capacity)
{
    private readonly Dictionary<string, (SourceItems Items, long Used)> _entries = new(StringComparer.Ordinal);
    private long _clock;
    private int _count;

    public SourceItems? Get(string sourceId, ETag head)
    {
        lock (_entries)
        {
            if (!_entries.TryGetValue(sourceId, out var entry) || entry.Items.Head != head) return null;
            _entries[sourceId] = (entry.Items, ++_clock);
            return entry.Items;
        }
    }

    public void Put(string sourceId, SourceItems items)
    {
        if (capacity <= 0 || items.Head is null) return;
        lock (_entries)
        {
            if (_entries.TryGetValue(sourceId, out var old)) _count -= old.Items.Count;
            _entries[sourceId] = (items, ++_clock);
            _count += items.Count;
            if (_count > capacity) Trim();
        }
    }

    public void Forget(string sourceId)
    {
        lock (_entries)
            if (_entries.Remove(sourceId, out var old)) _count -= old.Items.Count;
    }

    /// <summary>Drops the least recently used sources until a quarter of the capacity is free.</summary>
    private void Trim()
    {
        foreach (var (sourceId, entry) in _entries.OrderBy(e => e.Value.Used).ToList())
        {
            if (_count <= capacity * 3 / 4) break;
            _entries.Remove(sourceId);
            _count -= entry.Items.Count;
        }
    }
}
