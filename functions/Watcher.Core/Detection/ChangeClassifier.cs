using System.Text.RegularExpressions;

namespace Watcher.Core.Detection;

/// <summary>
/// Decides whether an edit to an already-seen item is material (a new number, a new party, a new or dropped claim,
/// a flipped negation) or cosmetic (whitespace, punctuation, case, a typo fix, a timestamp or "updated" line).
/// Each changed sentence is paired with its closest old sentence; the verdict names the reasons and a short diff.
/// </summary>
public static partial class ChangeClassifier
{
    /// <summary>The verdict; <see cref="Diff"/> holds "- old" / "+ new" sentences (at most <see cref="MaxDiffLines"/>).</summary>
    public sealed record Verdict(bool Material, IReadOnlyList<string> Diff)
    {
        /// <summary>Why the edit is material ("new number: 100%", "new party: Japan", …); empty when cosmetic.</summary>
        public IReadOnlyList<string> Reasons { get; init; } = [];
    }

    public const int MaxDiffLines = 8;
    private const double SameSentence = 0.6;
    private const double Reworded = 0.75;

    public static Verdict Compare(string oldText, string newText)
    {
        if (TextNormalizer.Normalize(oldText) == TextNormalizer.Normalize(newText)) return new(false, []);
        var full = LineDiff.Compute(oldText, newText, int.MaxValue);
        var removed = full.Where(l => l.StartsWith("- ", StringComparison.Ordinal)).Select(l => l[2..]).Where(l => !IsTimestampLine(l)).ToList();
        var added = full.Where(l => l.StartsWith("+ ", StringComparison.Ordinal)).Select(l => l[2..]).Where(l => !IsTimestampLine(l)).ToList();

        var reasons = new List<string>();
        var diff = new List<string>();
        var paired = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in added)
        {
            var (twin, score) = removed.Select(r => (r, Similarity(r, sentence))).OrderByDescending(p => p.Item2).FirstOrDefault();
            if (twin is null || score < SameSentence)
            {
                reasons.Add("new sentence");
                diff.Add("+ " + sentence);
                continue;
            }
            paired.Add(twin);
            var why = Differences(twin, sentence, score);
            if (why.Count == 0) continue;
            reasons.AddRange(why);
            diff.Add("- " + twin);
            diff.Add("+ " + sentence);
        }
        foreach (var sentence in removed.Where(r => !paired.Contains(r)))
        {
            reasons.Add("removed sentence");
            diff.Add("- " + sentence);
        }
        var material = reasons.Count > 0;
        return new(material, material ? diff.Take(MaxDiffLines).ToList() : []) { Reasons = reasons.Distinct().ToList() };
    }

    /// <summary>What changed between a sentence and its edited twin, in words a reader understands.</summary>
    private static List<string> Differences(string before, string after, double score)
    {
        var why = new List<string>();
        var oldNumbers = Numbers(before);
        foreach (var n in Numbers(after).Where(n => !oldNumbers.Contains(n))) why.Add("new number: " + n);
        var newNumbers = Numbers(after);
        foreach (var n in oldNumbers.Where(n => !newNumbers.Contains(n))) why.Add("removed number: " + n);
        var oldNames = Names(before);
        foreach (var name in Names(after).Where(n => !oldNames.Any(o => SameWord(o, n)))) why.Add("new party: " + name);
        if (Negations(before) != Negations(after)) why.Add("negation changed");
        if (why.Count == 0 && score < Reworded) why.Add("claim reworded");
        return why;
    }

    /// <summary>Jaccard similarity of the two sentences' words, where a typo fix ("aluminum"/"aluminium") counts as the same word.</summary>
    internal static double Similarity(string a, string b)
    {
        var ta = Words(a);
        var tb = Words(b);
        if (ta.Count == 0 && tb.Count == 0) return 1;
        var matched = 0;
        var used = new bool[tb.Count];
        foreach (var w in ta)
        {
            var j = tb.FindIndex(x => x == w);
            if (j < 0 || used[j]) j = Enumerable.Range(0, tb.Count).FirstOrDefault(k => !used[k] && SameWord(w, tb[k]), -1);
            if (j < 0) continue;
            used[j] = true;
            matched++;
        }
        return (double)matched / (ta.Count + tb.Count - matched);
    }

    /// <summary>Equal, or a one- or two-letter typo of a word of five letters or more (never a number).</summary>
    internal static bool SameWord(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase)) return true;
        if (a.Length < 5 || b.Length < 5 || a.Any(char.IsDigit) || b.Any(char.IsDigit)) return false;
        var (la, lb) = (a.ToLowerInvariant(), b.ToLowerInvariant());
        if (la.StartsWith(lb, StringComparison.Ordinal) || lb.StartsWith(la, StringComparison.Ordinal)) return false; // "raise"/"raised": a different word form
        var limit = Math.Min(a.Length, b.Length) >= 8 ? 2 : 1;
        return Math.Abs(a.Length - b.Length) <= limit && Distance(la, lb) <= limit;
    }

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }

    private static List<string> Words(string s) => [.. TextNormalizer.Tokens(TimeOfDay().Replace(s, " "))];

    private static HashSet<string> Numbers(string s) =>
        Number().Matches(TimeOfDay().Replace(s, " ")).Select(m => m.Value.Replace(",", string.Empty, StringComparison.Ordinal).TrimEnd('.')).ToHashSet(StringComparer.Ordinal);

    /// <summary>Capitalised words that are not the first word of the sentence: people, places, organisations, days.</summary>
    private static List<string> Names(string s) =>
        Capitalised().Matches(s).Where(m => m.Index > 0).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();

    private static int Negations(string s) => Negation().Matches(s).Count;

    /// <summary>"Updated 10:42 GMT", "Last updated: 28 November 2026", "Published 3 hours ago": never news.</summary>
    private static bool IsTimestampLine(string sentence) =>
        TimestampLine().IsMatch(sentence) || TextNormalizer.Tokens(TimeOfDay().Replace(sentence, " ")).Count == 0;

    [GeneratedRegex(@"\d[\d,]*(\.\d+)?%?")]
    private static partial Regex Number();

    // "Updated 10:42 GMT", "3:15 p.m. ET": timestamps are cosmetic.
    [GeneratedRegex(@"\b\d{1,2}:\d{2}(:\d{2})?\s*(a\.?m\.?|p\.?m\.?)?(\s*(GMT|UTC|ET|EST|EDT|BST|CET|CEST|PT|PST|PDT))?", RegexOptions.IgnoreCase)]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"^\s*(?:last\s+)?(?:updated|published|posted|modified|first published)\b[^.]{0,60}$|^\s*\d+\s+(?:minutes?|hours?|days?)\s+ago\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TimestampLine();

    [GeneratedRegex(@"\b[A-Z][\p{L}'’-]*[a-z][\p{L}'’-]*\b|\b[A-Z]{2,}\b")]
    private static partial Regex Capitalised();

    [GeneratedRegex(@"\b(?:not|no|never|none|nor|cannot|without)\b|n['’]t\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negation();
}
