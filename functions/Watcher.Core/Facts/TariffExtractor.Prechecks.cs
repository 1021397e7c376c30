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
}
