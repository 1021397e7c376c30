using System.Text;

namespace Watcher.Core.Feeds.Xml;

/// <summary>
/// Names and namespace URIs as strings, looked up by their UTF-8 bytes in a small per-thread table, so a document
/// allocates a string only for a name the thread has not met recently. Also the byte class of ASCII name characters.
/// </summary>
internal static class Utf8XmlNames
{
    private const int Size = 1024;

    private struct Entry
    {
        public byte[]? Key;
        public string Value;
    }

    [ThreadStatic] private static Entry[]? table;

    public static string Get(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) return string.Empty;
        var t = table ??= new Entry[Size];
        // A few bytes and the length pick the slot (names and namespace URIs differ early, late or in length); the
        // comparison below settles it.
        var n = bytes.Length;
        var hash = ((uint)n * 2654435761u) ^ (bytes[0] * 16777619u) ^ (bytes[n - 1] * 2246822519u) ^ (bytes[n / 2] * 3266489917u)
            ^ (bytes[n * 3 / 4] * 668265263u);
        hash ^= hash >> 15;
        ref var e = ref t[hash & (Size - 1)];
        if (e.Key is not null && bytes.SequenceEqual(e.Key)) return e.Value;
        var value = Encoding.UTF8.GetString(bytes);
        if (bytes.Length <= 256) e = new Entry { Key = bytes.ToArray(), Value = value };
        return value;
    }

    /// <summary>1 for a character that may start a name (ASCII letters, '_'), 2 for one that may follow (also digits, '.', '-'); ':' is 4.</summary>
    private static readonly byte[] Classes = BuildClasses();

    private static byte[] BuildClasses()
    {
        var c = new byte[256];
        for (var b = 'a'; b <= 'z'; b++) c[b] = 3;
        for (var b = 'A'; b <= 'Z'; b++) c[b] = 3;
        c['_'] = 3;
        for (var b = '0'; b <= '9'; b++) c[b] = 2;
        c['.'] = 2;
        c['-'] = 2;
        c[':'] = 4;
        return c;
    }

    /// <summary>
    /// The length of the qualified name (ASCII NCName, optionally prefix:local) starting at <paramref name="at"/>;
    /// <paramref name="colon"/> is the offset of its colon or -1. Anything else (non-ASCII names included) is a doubt.
    /// </summary>
    public static int QName(ReadOnlySpan<byte> data, int at, out int colon)
    {
        colon = -1;
        var i = at;
        if (i >= data.Length || (Classes[data[i]] & 1) == 0) throw new Utf8XmlDoubt("name expected");
        i++;
        while (i < data.Length)
        {
            var k = Classes[data[i]];
            if ((k & 2) != 0) { i++; continue; }
            if (k == 4)
            {
                if (colon >= 0 || i + 1 >= data.Length || (Classes[data[i + 1]] & 1) == 0) throw new Utf8XmlDoubt("bad qualified name");
                colon = i - at;
                i++;
                continue;
            }
            if (data[i] >= 0x80) throw new Utf8XmlDoubt("non-ASCII name");
            break;
        }
        return i - at;
    }
}
