using System.Text;

namespace Watcher.Core.Feeds;

/// <summary>
/// Two reusable <see cref="StringBuilder"/>s per thread for the HTML passes (sanitising, plain text, collapsing white
/// space), so a field's pass allocates little more than the string it returns. Builders over 64 K characters are not kept.
/// </summary>
internal static class Builders
{
    private const int MaxKept = 64 * 1024;

    [ThreadStatic] private static StringBuilder? first;
    [ThreadStatic] private static StringBuilder? second;

    public static StringBuilder Rent(int capacity)
    {
        var sb = first;
        if (sb is not null) first = null;
        else
        {
            sb = second;
            second = null;
        }
        if (sb is null) return new StringBuilder(Math.Max(capacity, 256));
        sb.Clear();
        sb.EnsureCapacity(capacity);
        return sb;
    }

    public static void Return(StringBuilder sb)
    {
        if (sb.Capacity > MaxKept) return;
        if (first is null) first = sb;
        else second ??= sb;
    }
}
