using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Azure.Data.Tables;
using Watcher.Core.State;

namespace Watcher.Azure.Tables;

/// <summary>
/// A source's item records packed into its WatcherItems head row (since 2026-12-01, perf36): one JSON array, short field
/// names, defaults left out, split over string columns <c>Items</c>, <c>Items1</c>, … of at most <see cref="ChunkChars"/>
/// characters each (Table Storage: 64 KiB per string, 1 MiB per entity, 252 properties), and <c>Oldest</c>, the least
/// LastSeen in the pack (retention's filter). A pack holds at most <see cref="MaxChars"/> characters of JSON (≤ 0.5 MB an
/// entity, UTF-16): items that do not fit are rows of their own, as every item was before (<see cref="TableItemStore"/>).
/// </summary>
internal static class ItemPack
{
    /// <summary>The first column's name; the next are <c>Items1</c>, <c>Items2</c>, ….</summary>
    public const string Column = "Items";
    public const string OldestColumn = "Oldest";

    /// <summary>Characters per string column: under 64 KiB in UTF-16, and a surrogate pair never split.</summary>
    public const int ChunkChars = 30_000;

    /// <summary>
    /// The most JSON one head row packs (8 columns; ~0.5 MB of the entity's 1 MiB). Every save of a source rewrites its
    /// pack, so a larger one costs a large feed's every poll more than its rows would.
    /// </summary>
    public const int MaxChars = 8 * ChunkChars;

    private static readonly JsonSerializerOptions Options = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
        // Stored, never shown in a page: only what JSON itself requires is escaped (non-ASCII text stays one character).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>One item as packed. Times are UTC ticks; a missing field reads as the record's default.</summary>
    private sealed class Packed
    {
        [JsonPropertyName("i")] public string Id { get; set; } = string.Empty;
        /// <summary>Only when the partition key does not give it back (as the rows' SourceId column).</summary>
        [JsonPropertyName("o")] public string? Source { get; set; }
        [JsonPropertyName("t")] public string? Title { get; set; }
        [JsonPropertyName("l")] public string? Link { get; set; }
        [JsonPropertyName("s")] public string? Story { get; set; }
        [JsonPropertyName("h")] public string? Hash { get; set; }
        [JsonPropertyName("e")] public IReadOnlyList<string>? Seen { get; set; }
        [JsonPropertyName("x")] public string? Text { get; set; }
        [JsonPropertyName("c")] public IReadOnlyList<string>? Topics { get; set; }
        [JsonPropertyName("p")] public long? Published { get; set; }
        [JsonPropertyName("f")] public long FirstSeen { get; set; }
        [JsonPropertyName("a")] public long LastSeen { get; set; }
        [JsonPropertyName("r")] public int Revision { get; set; }
        [JsonPropertyName("n")] public string? Listing { get; set; }
    }

    /// <summary>One item's JSON, as it goes into a pack (the text clipped as on a row).</summary>
    public static string Serialize(string sourceId, ItemRecord i) => JsonSerializer.Serialize(new Packed
    {
        Id = i.ItemId,
        Source = i.SourceId == sourceId ? null : i.SourceId,
        Title = i.Title,
        Link = i.Link,
        Story = i.StoryId,
        Hash = i.ContentHash,
        Seen = i.SeenHashes.Count > 0 ? i.SeenHashes : null,
        Text = ItemRecord.Clip(i.Text) is { Length: > 0 } text ? text : null,
        Topics = i.Topics.Count > 0 ? i.Topics : null,
        Published = i.Published?.UtcTicks,
        FirstSeen = i.FirstSeen.UtcTicks,
        LastSeen = i.LastSeen.UtcTicks,
        Revision = i.Revision,
        Listing = i.StoryListing,
    }, Options);

    /// <summary>
    /// Sets the pack's columns on <paramref name="head"/>: <paramref name="items"/> (each with its JSON from
    /// <see cref="Serialize"/>, together at most <see cref="MaxChars"/>) as one array over as many columns as it takes.
    /// </summary>
    public static void Write(TableEntity head, IReadOnlyCollection<(ItemRecord Item, string Json)> items)
    {
        if (items.Count == 0) return;
        WriteColumns(head, "[" + string.Join(",", items.Select(i => i.Json)) + "]");
        head[OldestColumn] = items.Min(i => i.Item.LastSeen);
    }

    /// <summary><paramref name="json"/> over the columns <c>Items</c>, <c>Items1</c>, … of <paramref name="row"/>.</summary>
    private static void WriteColumns(TableEntity row, string json)
    {
        var column = 0;
        for (var at = 0; at < json.Length; column++)
        {
            var length = Math.Min(ChunkChars, json.Length - at);
            if (at + length < json.Length && char.IsHighSurrogate(json[at + length - 1])) length--;
            row[ColumnName(column)] = json.Substring(at, length);
            at += length;
        }
    }

    /// <summary>The pack's text as stored (its columns joined, a column of another type as its text); null on a head row without one.</summary>
    private static string? Joined(TableEntity head)
    {
        var json = new System.Text.StringBuilder();
        for (var column = 0; head.TryGetValue(ColumnName(column), out var part) && part is not null; column++)
            json.Append(Convert.ToString(part, System.Globalization.CultureInfo.InvariantCulture));
        return json.Length > 0 ? json.ToString() : null;
    }

    /// <summary>
    /// The items packed in <paramref name="head"/> (none on a head row written before packs). False, with no items and the
    /// pack's text in <paramref name="unreadable"/>, when the pack does not read back (not JSON, another shape, a time out
    /// of range: a pack written by hand, or damaged): the source is then polled as if it had no packed items, and its next
    /// save sets the text aside (<see cref="SetAside"/>) instead of failing every poll of that source.
    /// </summary>
    public static bool TryRead(TableEntity head, string sourceId, out IReadOnlyList<ItemRecord> items, out UnreadablePack? unreadable)
    {
        unreadable = null;
        items = [];
        if (Joined(head) is not { } json) return true;
        try
        {
            items = Read(json, sourceId, head.ETag.ToString());
            return true;
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException)
        {
            unreadable = new UnreadablePack(json, ex.Message);
            return false;
        }
    }

    /// <summary>
    /// A row of the source's partition that keeps an unreadable pack's text as it was found (<see cref="SetAsidePrefix"/>
    /// and the time, in the pack's own columns), for whoever looks into it; no item is read from it.
    /// </summary>
    public static TableEntity SetAside(string partition, UnreadablePack unreadable, DateTimeOffset now)
    {
        var row = new TableEntity(partition, SetAsidePrefix + now.UtcTicks.ToString("D19", System.Globalization.CultureInfo.InvariantCulture))
        {
            ["SetAside"] = now,
            ["Error"] = unreadable.Error,
        };
        WriteColumns(row, unreadable.Text);
        return row;
    }

    /// <summary>
    /// The row keys of set-aside packs: never an escaped item id (<see cref="TableKeys.Escape"/> writes '%' only before two
    /// upper-case hex digits).
    /// </summary>
    public const string SetAsidePrefix = "%unreadable-pack-";

    private static List<ItemRecord> Read(string json, string sourceId, string version) =>
        [.. (JsonSerializer.Deserialize<List<Packed?>>(json, Options) ?? []).Select(p => p is { Id.Length: > 0 } ? p : throw new JsonException("a packed item without an id")).Select(p => new ItemRecord
        {
            SourceId = p.Source ?? sourceId,
            ItemId = p.Id,
            Title = p.Title,
            Link = p.Link,
            StoryId = p.Story ?? string.Empty,
            ContentHash = p.Hash ?? string.Empty,
            SeenHashes = p.Seen ?? [],
            Text = p.Text ?? string.Empty,
            Topics = p.Topics ?? [],
            Published = p.Published is { } published ? new DateTimeOffset(published, TimeSpan.Zero) : null,
            FirstSeen = new DateTimeOffset(p.FirstSeen, TimeSpan.Zero),
            LastSeen = new DateTimeOffset(p.LastSeen, TimeSpan.Zero),
            Revision = p.Revision,
            StoryListing = p.Listing,
            Version = version,
        })];

    /// <summary>The pack's columns (what <see cref="TryRead"/> reads; retention selects them).</summary>
    public static IEnumerable<string> Columns() =>
        Enumerable.Range(0, MaxChars / ChunkChars + 1).Select(ColumnName).Append(OldestColumn);

    private static string ColumnName(int column) =>
        column == 0 ? Column : Column + column.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A head row's pack that did not read back: its text as stored, and why (<see cref="ItemPack.TryRead"/>).</summary>
internal sealed record UnreadablePack(string Text, string Error);
