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
        var ids = AssignExceptHashes(items);
        for (var i = 0; i < ids.Length; i++) ids[i] ??= ContentId(items[i].Title, items[i].Content);
        return ids!;
    }

    /// <summary>The chain's first three links (GUID, GUID + link for repeated GUIDs, link); null where only the content
    /// hash is left (<see cref="ContentId"/>), which the caller may compute later. <see cref="Candidate.Content"/> is not read.</summary>
    internal static string?[] AssignExceptHashes(IReadOnlyList<Candidate> items)
    {
        // Counted only when two or more items have a GUID (a single one is unique); most small documents have none.
        Dictionary<string, int>? guidCounts = null;
        var withGuid = 0;
        foreach (var c in items)
            if (!string.IsNullOrWhiteSpace(c.Guid) && ++withGuid == 2) break;
        if (withGuid == 2)
        {
            guidCounts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var c in items)
                if (!string.IsNullOrWhiteSpace(c.Guid))
                    guidCounts[c.Guid.Trim()] = guidCounts.GetValueOrDefault(c.Guid.Trim()) + 1;
        }

        var ids = new string?[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var c = items[i];
            var guid = c.Guid?.Trim();
            var link = c.Link?.Trim();
            if (!string.IsNullOrEmpty(guid))
                ids[i] = guidCounts is null || guidCounts[guid] == 1 || string.IsNullOrEmpty(link) ? guid : guid + " " + link;
            else if (!string.IsNullOrEmpty(link))
                ids[i] = link;
        }
        return ids;
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
