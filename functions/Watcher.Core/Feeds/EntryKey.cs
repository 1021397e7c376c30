namespace Watcher.Core.Feeds;

/// <summary>
/// An item's stored identity (<see cref="FeedEntry.Id"/>): a string, or — for an item with neither GUID nor link —
/// the content hash of its title and sanitised content, computed when first read (<see cref="ContentHashId"/>).
/// Equal by value, so an entry compares the same whether or not its id has been read.
/// </summary>
internal readonly struct EntryKey : IEquatable<EntryKey>
{
    private readonly string? value;
    private readonly ContentHashId? pending;

    public EntryKey(string value) => this.value = value;

    public EntryKey(ContentHashId pending) => this.pending = pending;

    public string Value => value ?? pending?.Value ?? string.Empty;

    public bool Equals(EntryKey other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is EntryKey other && Equals(other);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);
}

/// <summary>
/// The last link of <see cref="ItemIdentity"/>'s chain, left until the id is read: "sha256:" and the hash of the title,
/// a line break and the sanitised content (else summary) — the same input and result as when it was computed during
/// the parse. Reading it sanitises that field, which the entry then keeps (it is the same <see cref="EntryHtml"/>).
/// Races are benign: two threads compute the same string.
/// </summary>
internal sealed class ContentHashId(string? title, EntryHtml? html)
{
    private string? value;

    public string Value => value ??= ItemIdentity.ContentId(title, html?.Html);
}
