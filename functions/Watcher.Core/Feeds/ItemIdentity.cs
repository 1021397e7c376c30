using System.Security.Cryptography;
using System.Text;

namespace Watcher.Core.Feeds;

/// <summary>
/// The identity an item is stored under. The fallback chain, in order:
/// 1. the item's GUID (RSS guid, Atom id, JSON Feed id), unless another item of the same document has the same one;
/// 2. GUID + link, for GUIDs repeated within the document;
/// 3. the canonical link;
/// 4. a SHA-256 hash of title and content.
/// </summary>
public static class ItemIdentity
{
    public readonly record struct Candidate(string? Guid, string? Link, string? Title, string? Content);

    public static IReadOnlyList<string> Assign(IReadOnlyList<Candidate> items)
    {
        var guidCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in items)
            if (!string.IsNullOrWhiteSpace(c.Guid))
                guidCounts[c.Guid.Trim()] = guidCounts.GetValueOrDefault(c.Guid.Trim()) + 1;

        var ids = new string[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var c = items[i];
            var guid = c.Guid?.Trim();
            var link = c.Link?.Trim();
            if (!string.IsNullOrEmpty(guid))
                ids[i] = guidCounts[guid] == 1 || string.IsNullOrEmpty(link) ? guid : guid + " " + link;
            else if (!string.IsNullOrEmpty(link))
                ids[i] = link;
            else
                ids[i] = "sha256:" + Hash((c.Title ?? string.Empty) + "\n" + (c.Content ?? string.Empty));
        }
        return ids;
    }

    /// <summary>Whether an item with this GUID and link falls through to the content hash (so its content is needed).</summary>
    public static bool NeedsHash(string? guid, string? link) =>
        string.IsNullOrEmpty(guid?.Trim()) && string.IsNullOrEmpty(link?.Trim());

    public static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
}
