using System.Text.RegularExpressions;

namespace Watcher.Core.Detection;

/// <summary>A sentence-level diff, for "what changed" in update alerts.</summary>
public static partial class LineDiff
{
    /// <summary>Lines prefixed "- " (only in the old text) and "+ " (only in the new), in order; normalised-equal sentences are equal.</summary>
    public static IReadOnlyList<string> Compute(string oldText, string newText, int maxLines = 12)
    {
        var a = Sentences(oldText);
        var b = Sentences(newText);
        var na = a.Select(TextNormalizer.Normalize).ToArray();
        var nb = b.Select(TextNormalizer.Normalize).ToArray();
        var lcs = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
            for (var j = b.Count - 1; j >= 0; j--)
                lcs[i, j] = na[i] == nb[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        var result = new List<string>();
        int x = 0, y = 0;
        while (x < a.Count || y < b.Count)
        {
            if (x < a.Count && y < b.Count && na[x] == nb[y]) { x++; y++; }
            else if (x < a.Count && (y == b.Count || lcs[x + 1, y] >= lcs[x, y + 1])) result.Add("- " + a[x++]);
            else result.Add("+ " + b[y++]);
            if (result.Count >= maxLines) break;
        }
        return result;
    }

    public static IReadOnlyList<string> Sentences(string text) =>
        SentenceBreak().Split(text ?? string.Empty).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[""'“‘(\[]?[A-Z0-9])|\n+")]
    private static partial Regex SentenceBreak();
}
