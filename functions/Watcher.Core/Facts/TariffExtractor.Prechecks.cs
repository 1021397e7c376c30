namespace Watcher.Core.Facts;

/// <summary>Plumbing only: literal tests that settle, before any pattern runs, that a reader would find nothing in a sentence.
/// Each says "nothing" only where the reader it guards could not find anything either; no reading rule lives here.</summary>
public static partial class TariffExtractor
{
    /// <summary>True when the sentence can hold no rate <see cref="RateParser"/> reads: no digit (every specific duty and every
    /// figure needs one), no "%", and none of the letters a rate word needs ("per cent", "percent", "pc", "pct", "p.c."). A sentence
    /// without a rate states no measure (<see cref="FromSentence"/> returns only measures at a rate it read).</summary>
    /// <remarks>Also true of the sentence <see cref="FromSentence"/> reads in its place: joining country lists and blanking codes
    /// and lead-ins only turn characters into spaces or "&amp;", so they make no digit, "%" or letter run that was not there.</remarks>
    internal static bool NoRateWritten(string sentence)
    {
        var s = sentence.AsSpan();
        return s.IndexOfAnyInRange('0', '9') < 0 && !s.Contains('%')
            && !s.Contains("per", StringComparison.OrdinalIgnoreCase) && !s.Contains("pc", StringComparison.OrdinalIgnoreCase)
            && !s.Contains("p.c.", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when <see cref="ClauseOwnRate"/> matches nowhere in <paramref name="s"/>: every match of it opens after a ";" or
    /// a "while" or "whereas" (its lookbehind requires one), so a sentence with none of them has no rate of a clause of its own. Asked
    /// for every rate a sentence reads (<see cref="OwnClauseNotTheMeasure"/>), where the pattern otherwise tries its lookbehind at
    /// every verb-like word.</summary>
    /// <remarks>The pattern ignores case: besides the ASCII letters of the two words, the only characters it may read as one of them
    /// are the Turkish dotted and dotless i and the long s, and a sentence with any of those is left to the pattern.</remarks>
    internal static bool NoOwnRateClause(string s)
    {
        var span = s.AsSpan();
        return !span.Contains(';') && !span.Contains("while", StringComparison.OrdinalIgnoreCase)
            && !span.Contains("whereas", StringComparison.OrdinalIgnoreCase) && span.IndexOfAny(OtherCaseLetters) < 0;
    }

    /// <summary>"İ", "ı", "ſ": letters a pattern that ignores case may read as an ASCII "i" or "s".</summary>
    private static readonly System.Buffers.SearchValues<char> OtherCaseLetters = System.Buffers.SearchValues.Create("\u0130\u0131\u017F");
}
