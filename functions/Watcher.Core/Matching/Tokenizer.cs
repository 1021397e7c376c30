using System.Globalization;
using System.Text;

namespace Watcher.Core.Matching;

/// <summary>A word of the text, normalised for matching, with where it sits in the original.</summary>
public readonly record struct Token(string Text, int Start, int End);

/// <summary>
/// Splits text into normalised word tokens: lower case, diacritics removed, possessive "'s" dropped, hyphens and
/// punctuation split words, digits keep their decimal point ("2.5") and lose thousands separators. "US", "U.S." and
/// "U.S.A." become "usa" so the country never collides with the pronoun "us".
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string? text) => Tokenize(text, percentSign: false);

    /// <summary>Tokens as <see cref="Tokenize(string?)"/>; with <paramref name="percentSign"/> a "%" is the word "percent"
    /// too ("a 50% duty" reads as "a 50 percent duty"), which is how the topic matcher reads text, so a query can ask for a
    /// rate beside a tariff word. Other readers (the story fingerprint, the entity finder) keep the sign out.</summary>
    public static List<Token> Tokenize(string? text, bool percentSign)
    {
        var tokens = new List<Token>();
        if (string.IsNullOrEmpty(text)) return tokens;
        var sb = new StringBuilder(16);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                if (percentSign && text[i] == '%') tokens.Add(new Token("percent", i, i + 1));
                i++;
                continue;
            }
            var start = i;
            sb.Clear();
            if (TryDottedAcronym(text, ref i, sb))
            {
                var acronym = sb.ToString();
                tokens.Add(new Token(acronym is "us" or "usa" ? "usa" : acronym, start, i));
                continue;
            }
            var upper = 0;
            while (i < text.Length)
            {
                var ch = text[i];
                if (char.IsLetterOrDigit(ch))
                {
                    if (char.IsUpper(ch)) upper++;
                    Append(sb, ch);
                    i++;
                }
                else if (ch is '.' or ',' && i + 1 < text.Length && char.IsDigit(text[i + 1]) && i > start && char.IsDigit(text[i - 1]))
                {
                    if (ch == '.') sb.Append('.');
                    i++;
                }
                else if (ch is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                {
                    if ((text[i + 1] is 's' or 'S') && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2]))) { i += 2; break; }
                    i++;
                }
                else break;
            }
            var end = i;
            if (end > start && text[end - 1] is 's' or 'S' && end - start >= 2 && text[end - 2] is '\'' or '’') end -= 2;
            var word = sb.ToString();
            if ((word == "us" && upper == 2) || (word == "usa" && upper == 3)) word = "usa";
            if (percentSign && word == "pct" && tokens.Count > 0 && char.IsDigit(tokens[^1].Text[^1]))
            {
                // (relev30) "up to 31.7 pct deposit" (the wire services' per cent, a word after its number) reads as "percent"
                tokens.Add(new Token("percent", start, end));
                continue;
            }
            if (percentSign && IsPcRate(word))
            {
                // "a 25pc duty" (the South Asian and African press's per cent) reads as "a 25 percent duty", as "%" does
                tokens.Add(new Token(word[..^2], start, end - 2));
                tokens.Add(new Token("percent", end - 2, end));
                continue;
            }
            tokens.Add(new Token(word, start, end));
        }
        return tokens;
    }

    /// <summary>A number written with "pc" for per cent ("25pc", "2.5pc"); not a count of personal computers ("10 PCs" is two
    /// words) nor a word that ends in "pc".</summary>
    private static bool IsPcRate(string word)
    {
        if (word.Length < 3 || !word.EndsWith("pc", StringComparison.Ordinal) || !char.IsDigit(word[0])) return false;
        for (var k = 0; k < word.Length - 2; k++)
            if (!char.IsDigit(word[k]) && word[k] != '.') return false;
        return char.IsDigit(word[^3]);
    }

    /// <summary>"U.S." / "U.K." / "E.U.": single capitals each followed by a dot, at least two of them.</summary>
    private static bool TryDottedAcronym(string text, ref int i, StringBuilder sb)
    {
        var j = i;
        var letters = 0;
        while (j + 1 < text.Length && char.IsUpper(text[j]) && text[j + 1] == '.')
        {
            j += 2;
            letters++;
        }
        if (letters < 2) return false;
        for (var k = i; k < j; k += 2) sb.Append(char.ToLowerInvariant(text[k]));
        i = j;
        return true;
    }

    private static void Append(StringBuilder sb, char ch)
    {
        if (ch < 128) { sb.Append(char.ToLowerInvariant(ch)); return; }
        foreach (var c in ch.ToString().Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(char.ToLowerInvariant(c));
    }
}
