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
        var counts = RepeatedGuids(items, static c => c.Guid);
        var ids = new string[items.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            var c = items[i];
            ids[i] = KeyWithoutHash(c.Guid, c.Link, counts) ?? ContentId(c.Title, c.Content);
        }
        return ids;
    }

    /// <summary>How often each trimmed GUID occurs among <paramref name="items"/>; null when fewer than two items have
    /// a GUID (a single one is unique), as in most small documents.</summary>
    internal static Dictionary<string, int>? RepeatedGuids<T>(IReadOnlyList<T> items, Func<T, string?> guidOf)
    {
        var withGuid = 0;
        for (var i = 0; i < items.Count && withGuid < 2; i++)
            if (!string.IsNullOrWhiteSpace(guidOf(items[i]))) withGuid++;
        if (withGuid < 2) return null;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var guid = guidOf(items[i]);
            if (!string.IsNullOrWhiteSpace(guid)) counts[guid.Trim()] = counts.GetValueOrDefault(guid.Trim()) + 1;
        }
        return counts;
    }

    /// <summary>The chain's first three links (GUID, GUID + link for a repeated GUID, link); null when only the content
    /// hash is left (<see cref="ContentId"/>), which the caller may compute later.</summary>
    internal static string? KeyWithoutHash(string? guid, string? link, Dictionary<string, int>? repeatedGuids)
    {
        guid = guid?.Trim();
        link = link?.Trim();
        if (!string.IsNullOrEmpty(guid))
            return repeatedGuids is null || repeatedGuids[guid] == 1 || string.IsNullOrEmpty(link) ? guid : guid + " " + link;
        return string.IsNullOrEmpty(link) ? null : link;
    }

    public static string Hash(string text) => Hash(text.AsSpan(), ReadOnlySpan<char>.Empty, ReadOnlySpan<char>.Empty);

    /// <summary>"sha256:" and the hash of title, a line break and content: the last link of the chain.</summary>
    internal static string ContentId(string? title, string? content)
    {
        Span<byte> digest = stackalloc byte[16];
        Digest(title ?? string.Empty, "\n", content ?? string.Empty, digest);
        Span<char> id = stackalloc char[7 + 32];
        "sha256:".CopyTo(id);
        Convert.TryToHexStringLower(digest, id[7..], out _);
        return new string(id);
    }

    /// <summary>The first 128 bits of the SHA-256 of the UTF-8 of the three parts, in lower-case hex (32 characters).</summary>
    private static string Hash(ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c)
    {
        Span<byte> digest = stackalloc byte[16];
        Digest(a, b, c, digest);
        return Convert.ToHexStringLower(digest);
    }

    /// <summary>The first 16 bytes of the SHA-256 of the UTF-8 of the three parts.</summary>
    private static void Digest(ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c, Span<byte> first16)
    {
        var max = Encoding.UTF8.GetMaxByteCount(a.Length + b.Length + c.Length);
        var rented = max > 1024 ? System.Buffers.ArrayPool<byte>.Shared.Rent(max) : null;
        var bytes = rented ?? stackalloc byte[1024];
        var n = Encoding.UTF8.GetBytes(a, bytes);
        n += Encoding.UTF8.GetBytes(b, bytes[n..]);
        n += Encoding.UTF8.GetBytes(c, bytes[n..]);
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(bytes[..n], digest);
        if (rented is not null) System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        digest[..16].CopyTo(first16);
    }
}
