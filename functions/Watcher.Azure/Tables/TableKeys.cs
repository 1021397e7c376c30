using System.Text;
using Watcher.Core.Feeds;

namespace Watcher.Azure.Tables;

/// <summary>
/// PartitionKey/RowKey helpers. Table Storage forbids / \ # ? and control characters in keys and caps them at
/// 1 KiB; <see cref="Escape"/> percent-encodes those (and % itself) reversibly, and replaces an over-long key
/// by a prefix plus a hash.
/// </summary>
public static class TableKeys
{
    // "Up to 1 KiB": UTF-16, so 512 characters (Azurite enforces it in bytes too).
    private const int MaxKeyLength = 512;

    public static string Escape(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var ch in value)
        {
            if (ch is '/' or '\\' or '#' or '?' or '%' || ch <= '\u001F' || ch is >= '\u007F' and <= '\u009F')
                sb.Append('%').Append(((int)ch).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            else
                sb.Append(ch);
        }
        if (sb.Length <= MaxKeyLength) return sb.ToString();
        var hash = ItemIdentity.Hash(value);
        return sb.ToString(0, MaxKeyLength - hash.Length - 1) + "~" + hash;
    }

    public static string Unescape(string key)
    {
        if (!key.Contains('%')) return key;
        var sb = new StringBuilder(key.Length);
        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] == '%' && i + 2 < key.Length && int.TryParse(key.AsSpan(i + 1, 2), System.Globalization.NumberStyles.HexNumber, null, out var code))
            {
                sb.Append((char)code);
                i += 2;
            }
            else sb.Append(key[i]);
        }
        return sb.ToString();
    }

    /// <summary>A RowKey that sorts newest first ("log tail" pattern).</summary>
    /// <summary>
    /// <paramref name="prefix"/> and one of <paramref name="shards"/> numbers, from the first byte of SHA-256 of
    /// <paramref name="id"/>: spreads rows over a few partitions, the same way in every process.
    /// </summary>
    public static string Shard(string prefix, string id, int shards) =>
        prefix + (System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(id))[0] % shards).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string InvertedTicks(DateTimeOffset time) =>
        (DateTimeOffset.MaxValue.UtcTicks - time.UtcTicks).ToString("D19", System.Globalization.CultureInfo.InvariantCulture);
}
