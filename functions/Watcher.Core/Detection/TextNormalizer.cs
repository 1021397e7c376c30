using System.Globalization;
using System.Text;

namespace Watcher.Core.Detection;

/// <summary>Normalise before comparing: case, punctuation, whitespace and diacritics never make a change.</summary>
public static class TextNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var ch in decomposed)
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (cat == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(ch) || ch is '%' or '$' or '€' or '£')
            {
                if (pendingSpace && sb.Length > 0) sb.Append(' ');
                pendingSpace = false;
                sb.Append(char.ToLowerInvariant(ch));
            }
            else if (ch is '.' or ',' && sb.Length > 0 && char.IsDigit(sb[^1]))
            {
                // keep decimal points inside numbers ("2.5%"), drop thousands separators
                if (ch == '.') sb.Append('.');
            }
            else
            {
                pendingSpace = true;
            }
        }
        while (sb.Length > 0 && sb[^1] == '.') sb.Length--;
        return sb.ToString();
    }

    /// <summary>The first <paramref name="max"/> characters of <paramref name="text"/>, one fewer rather than half a surrogate pair.</summary>
    public static string Head(string text, int max) => text.Length <= max ? text : text[..CutAt(text, max)];

    /// <summary>Where a cut at <paramref name="at"/> falls without splitting a surrogate pair.</summary>
    public static int CutAt(string text, int at) => char.IsHighSurrogate(text[at - 1]) ? at - 1 : at;

    public static IReadOnlyList<string> Tokens(string? text) =>
        Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
