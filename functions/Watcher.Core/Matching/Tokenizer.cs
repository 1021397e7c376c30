using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Watcher.Core.Facts;

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
        if (string.IsNullOrEmpty(text)) return [];
        var scratch = t_scratch ??= new Scratch();
        Words(text, scratch);
        return Finish(text, CollectionsMarshal.AsSpan(scratch.Words), percentSign, scratch);
    }

    /// <summary>
    /// <see cref="Tokenize(string?, bool)"/> of a whole item text that other readers of the same item tokenise too: the topic
    /// matcher reads the headline and the body, then the story fingerprint reads them again (its content words, rates and
    /// summit names), each with a list of its own. The thread's last few such texts keep their words, so an equal text is
    /// not read again: the same tokens, as a new list. Not for the extractor's sentences and phrases, which would push the
    /// item's texts out (the entity finder remembers those answers itself).
    /// </summary>
    internal static List<Token> TokenizeItemText(string? text, bool percentSign = false)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var scratch = t_scratch ??= new Scratch();
        if (!scratch.ItemTexts.TryGet(text, out var words))
        {
            Words(text, scratch);
            words = [.. scratch.Words];
            scratch.ItemTexts.Put(text, words);
        }
        return Finish(text, words, percentSign, scratch);
    }

    /// <summary>A thread's buffers (the word being read, the words, the words with their percent signs) and its last item texts' words.</summary>
    private sealed class Scratch
    {
        public char[] Word = new char[32];
        public readonly List<Token> Words = [];
        public readonly List<Token> Signed = [];
        public readonly RecentAnswers<Token[]> ItemTexts = new(ItemTextsKept);
    }

    /// <summary>An item's headline, its body and the fingerprint's own forms of them (a headline without its outlet, the lede).</summary>
    private const int ItemTextsKept = 4;

    [ThreadStatic] private static Scratch? t_scratch;

    /// <summary>The caller's list, of exactly the words (the buffers' lists are the thread's).</summary>
    private static List<Token> Finish(string text, ReadOnlySpan<Token> words, bool percentSign, Scratch scratch)
    {
        if (percentSign)
        {
            WithPercentSigns(text, words, scratch.Signed);
            words = CollectionsMarshal.AsSpan(scratch.Signed);
        }
        var tokens = new List<Token>(words.Length);
        tokens.AddRange(words);
        return tokens;
    }

    /// <summary>The words of <paramref name="text"/> without the percent readings, into <paramref name="scratch"/>'s list.</summary>
    private static void Words(string text, Scratch scratch)
    {
        var tokens = scratch.Words;
        tokens.Clear();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            var length = 0;
            if (TryDottedAcronym(text, ref i, scratch, ref length))
            {
                var acronym = new string(scratch.Word, 0, length);
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
                    Append(scratch, ref length, ch);
                    i++;
                }
                else if (ch is '.' or ',' && i + 1 < text.Length && char.IsDigit(text[i + 1]) && i > start && char.IsDigit(text[i - 1]))
                {
                    if (ch == '.') Put(scratch, ref length, '.');
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
            var word = new string(scratch.Word, 0, length);
            if ((word == "us" && upper == 2) || (word == "usa" && upper == 3)) word = "usa";
            tokens.Add(new Token(word, start, end));
        }
    }

    /// <summary>
    /// <paramref name="words"/> as the topic matcher reads them, into <paramref name="signed"/>: every "%" between two words (or
    /// before the first, after the last) is the word "percent" where it stands; "pct" after a number is "percent"; a number
    /// written with "pc" is the number and "percent". A "%" is never inside a word (a word reads only letters, digits, a
    /// number's point or comma and an apostrophe), so the gaps between the words hold every one of them, in order.
    /// </summary>
    private static void WithPercentSigns(string text, ReadOnlySpan<Token> words, List<Token> signed)
    {
        signed.Clear();
        var from = 0;
        foreach (var token in words)
        {
            Signs(text, from, token.Start, signed);
            from = token.End;
            var word = token.Text;
            // a dotted acronym ("P.C.T.") is read whole, as no "pct" or "pc" word; no other word has a dot after a letter
            var acronym = char.IsLetter(text[token.Start]) && token.Start + 1 < text.Length && text[token.Start + 1] == '.';
            if (!acronym && word == "pct" && signed.Count > 0 && char.IsDigit(signed[^1].Text[^1]))
            {
                // (relev30) "up to 31.7 pct deposit" (the wire services' per cent, a word after its number) reads as "percent"
                signed.Add(new Token("percent", token.Start, token.End));
                continue;
            }
            if (!acronym && IsPcRate(word))
            {
                // "a 25pc duty" (the South Asian and African press's per cent) reads as "a 25 percent duty", as "%" does
                signed.Add(new Token(word[..^2], token.Start, token.End - 2));
                signed.Add(new Token("percent", token.End - 2, token.End));
                continue;
            }
            signed.Add(token);
        }
        Signs(text, from, text.Length, signed);
    }

    private static void Signs(string text, int from, int to, List<Token> signed)
    {
        for (var i = text.IndexOf('%', from, to - from); i >= 0; i = text.IndexOf('%', i + 1, to - i - 1))
            signed.Add(new Token("percent", i, i + 1));
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
    private static bool TryDottedAcronym(string text, ref int i, Scratch scratch, ref int length)
    {
        var j = i;
        var letters = 0;
        while (j + 1 < text.Length && char.IsUpper(text[j]) && text[j + 1] == '.')
        {
            j += 2;
            letters++;
        }
        if (letters < 2) return false;
        for (var k = i; k < j; k += 2) Put(scratch, ref length, char.ToLowerInvariant(text[k]));
        i = j;
        return true;
    }

    private static void Append(Scratch scratch, ref int length, char ch)
    {
        if (ch < 128) { Put(scratch, ref length, char.ToLowerInvariant(ch)); return; }
        foreach (var c in ch.ToString().Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) Put(scratch, ref length, char.ToLowerInvariant(c));
    }

    /// <summary>The next character of the word being read (a word longer than the buffer grows it).</summary>
    private static void Put(Scratch scratch, ref int length, char c)
    {
        if (length == scratch.Word.Length) Array.Resize(ref scratch.Word, length * 2);
        scratch.Word[length++] = c;
    }
}
