using System.Text.RegularExpressions;

namespace Watcher.Core.Detection;

/// <summary>
/// Decides whether an edit to an already-seen item is material (a new number, a new sentence, a different claim)
/// or cosmetic (whitespace, punctuation, case, a typo, a timestamp).
/// </summary>
public static partial class ChangeClassifier
{
    public sealed record Verdict(bool Material, IReadOnlyList<string> Diff);

    public static Verdict Compare(string oldText, string newText)
    {
        if (TextNormalizer.Normalize(oldText) == TextNormalizer.Normalize(newText)) return new(false, []);
        var diff = LineDiff.Compute(oldText, newText);
        var removed = diff.Where(l => l.StartsWith("- ", StringComparison.Ordinal)).Select(l => l[2..]).ToList();
        var added = diff.Where(l => l.StartsWith("+ ", StringComparison.Ordinal)).Select(l => l[2..]).ToList();
        var material = false;
        foreach (var sentence in added)
        {
            var twin = removed.Select(r => (r, score: Similarity(r, sentence))).OrderByDescending(p => p.score).FirstOrDefault();
            if (twin.r is null || twin.score < 0.8 || !SameNumbers(twin.r, sentence)) { material = true; break; }
        }
        if (!material && removed.Count > added.Count) material = true; // a sentence was dropped
        return new(material, material ? diff : []);
    }

    private static double Similarity(string a, string b)
    {
        var ta = Tokens(a);
        var tb = Tokens(b);
        if (ta.Count == 0 && tb.Count == 0) return 1;
        var inter = ta.Intersect(tb).Count();
        return (double)inter / ta.Union(tb).Count();
    }

    private static HashSet<string> Tokens(string s) =>
        TextNormalizer.Tokens(TimeOfDay().Replace(s, " ")).ToHashSet(StringComparer.Ordinal);

    private static bool SameNumbers(string a, string b) =>
        Numbers(a).SequenceEqual(Numbers(b));

    private static List<string> Numbers(string s) =>
        Number().Matches(TimeOfDay().Replace(s, " ")).Select(m => m.Value.Replace(",", string.Empty, StringComparison.Ordinal)).ToList();

    [GeneratedRegex(@"\d[\d,]*(\.\d+)?")]
    private static partial Regex Number();

    // "Updated 10:42 GMT", "3:15 p.m. ET": timestamps are cosmetic.
    [GeneratedRegex(@"\b\d{1,2}:\d{2}(:\d{2})?\s*(a\.?m\.?|p\.?m\.?)?(\s*(GMT|UTC|ET|EST|EDT|BST|CET))?", RegexOptions.IgnoreCase)]
    private static partial Regex TimeOfDay();
}
